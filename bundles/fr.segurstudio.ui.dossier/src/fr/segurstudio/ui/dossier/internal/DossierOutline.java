package fr.segurstudio.ui.dossier.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

import fr.segurstudio.editing.DossierSession;
import fr.segurstudio.model.core.Demande;
import fr.segurstudio.model.core.Dossier;
import fr.segurstudio.ui.dossier.pages.SessionWatch;

/**
 * The Outline view of a dossier: its requests (number, beneficiary, status). Its selection and the editor's are
 * the same requests: selecting here selects them on the Demandes page (and is the selection handlers read while the
 * Outline is the active part), and a selection made in the table shows here. It follows the dossier by itself: the
 * whole list when requests came or went, or after a change of the session (the file read again, a deposit's record
 * given back); else only the requests the last command touched, every command of it (a refresh of 200 rows per
 * keystroke would be felt).
 */
public final class DossierOutline extends ContentOutlinePage {

	private DossierSession session;
	private final ISelectionProvider editorSelection;
	private final Consumer<List<Demande>> show;
	private final ISelectionChangedListener fromEditor = event -> follow(event.getSelection());
	private SessionWatch watch;
	private List<Demande> shown = List.of();
	/** A selection being passed from one side to the other: not passed back. */
	private boolean passing;

	/**
	 * @param editorSelection the editor's selection provider (the Demandes table's selection)
	 * @param show            selects requests on the Demandes page
	 */
	public DossierOutline(ISelectionProvider editorSelection, Consumer<List<Demande>> show) {
		this.editorSelection = editorSelection;
		this.show = show;
	}

	/**
	 * The dossier to show, once its file is read (the editor reads it in a Job: the Outline view, which asks for its
	 * page when the editor becomes active, gets this page at once, empty until then).
	 */
	public void show(DossierSession read) {
		if (session != null) {
			return;
		}
		session = read;
		TreeViewer viewer = getTreeViewer();
		if (viewer != null && !viewer.getControl().isDisposed()) {
			attach(viewer.getControl().getDisplay());
		}
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		TreeViewer viewer = getTreeViewer();
		viewer.setUseHashlookup(true);
		viewer.setContentProvider(new ITreeContentProvider() {
			@Override
			public Object[] getElements(Object input) {
				return input instanceof Dossier dossier ? dossier.getDemandes().toArray() : new Object[0];
			}

			@Override
			public Object[] getChildren(Object parentElement) {
				return new Object[0];
			}

			@Override
			public Object getParent(Object element) {
				return null;
			}

			@Override
			public boolean hasChildren(Object element) {
				return false;
			}
		});
		viewer.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				Demande demande = (Demande) element;
				String name = RequestLabels.beneficiary(demande);
				return demande.getNumeroEditeur() + (name.isEmpty() ? "" : " – " + name) + " (" + demande.getStatut() + ")";
			}
		});
		viewer.addSelectionChangedListener(event -> {
			List<Demande> selected = requests(event.getSelection());
			if (!passing && !selected.isEmpty()) {
				pass(() -> show.accept(selected));
			}
		});
		if (session != null) {
			attach(parent.getDisplay());
		}
	}

	/** Shows the session's requests and follows the session and the table's selection from now on. */
	private void attach(Display display) {
		getTreeViewer().setInput(session.dossier());
		shown = requests();
		watch = new SessionWatch(session, display, this::refresh);
		editorSelection.addSelectionChangedListener(fromEditor);
		follow(editorSelection.getSelection());
	}

	/** The table's selection, shown here. */
	private void follow(ISelection selection) {
		TreeViewer viewer = getTreeViewer();
		List<Demande> selected = requests(selection);
		if (passing || viewer == null || viewer.getControl().isDisposed() || selected.isEmpty()
				|| selected.equals(requests(viewer.getSelection()))) {
			return;
		}
		pass(() -> viewer.setSelection(new StructuredSelection(selected), true));
	}

	private void pass(Runnable action) {
		passing = true;
		try {
			action.run();
		} finally {
			passing = false;
		}
	}

	private static List<Demande> requests(ISelection selection) {
		List<Demande> requests = new ArrayList<>();
		if (selection instanceof IStructuredSelection structured) {
			for (Object element : structured) {
				if (element instanceof Demande demande) {
					requests.add(demande);
				}
			}
		}
		return requests;
	}

	private List<Demande> requests() {
		return session == null || session.dossier() == null ? List.of() : List.copyOf(session.dossier().getDemandes());
	}

	/** After a command (only what it touched), or a change of the session (null: everything). */
	private void refresh(Command command) {
		TreeViewer viewer = getTreeViewer();
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		List<Demande> now = requests();
		if (viewer.getInput() != session.dossier()) {
			viewer.setInput(session.dossier());
		} else if (command == null || !now.equals(shown)) {
			viewer.refresh();
		} else {
			Set<Demande> touched = AffectedRequests.of(command);
			if (!touched.isEmpty()) {
				viewer.update(touched.toArray(), null);
			}
		}
		shown = now;
	}

	/** The labels shown (tests). */
	public List<String> labels() {
		TreeViewer viewer = getTreeViewer();
		List<String> labels = new ArrayList<>();
		if (viewer != null && !viewer.getControl().isDisposed()) {
			for (var item : viewer.getTree().getItems()) {
				labels.add(item.getText());
			}
		}
		return labels;
	}

	@Override
	public void dispose() {
		if (watch != null) {
			watch.close();
		}
		editorSelection.removeSelectionChangedListener(fromEditor);
		super.dispose();
	}
}
