package fr.segurstudio.ui.dossier.internal;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

import fr.segurstudio.editing.DossierSession;
import fr.segurstudio.model.core.Demande;
import fr.segurstudio.model.core.Dossier;
import fr.segurstudio.ui.dossier.pages.RequestRows;
import fr.segurstudio.ui.dossier.pages.SessionWatch;

/**
 * The Outline view of a dossier: its requests (number, beneficiary, status); a click shows the request (on the
 * Demandes page). It follows the dossier by itself: the whole list when requests came or went (or the model was
 * read again), else only the requests the last command touched (a refresh of 200 rows per keystroke would be felt).
 */
public final class DossierOutline extends ContentOutlinePage {

	private final DossierSession session;
	private final Consumer<Demande> show;
	private SessionWatch watch;
	private List<Demande> shown = List.of();

	public DossierOutline(DossierSession session, Consumer<Demande> show) {
		this.session = session;
		this.show = show;
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
		viewer.setInput(session.dossier());
		shown = requests();
		viewer.addSelectionChangedListener(event -> {
			if (event.getSelection() instanceof IStructuredSelection selection && selection.getFirstElement() instanceof Demande demande) {
				show.accept(demande);
			}
		});
		watch = new SessionWatch(session, parent.getDisplay(), this::refresh);
	}

	private List<Demande> requests() {
		return session.dossier() == null ? List.of() : List.copyOf(session.dossier().getDemandes());
	}

	private void refresh() {
		TreeViewer viewer = getTreeViewer();
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		List<Demande> now = requests();
		if (viewer.getInput() != session.dossier()) {
			viewer.setInput(session.dossier());
		} else if (!now.equals(shown)) {
			viewer.refresh();
		} else {
			Command last = session.commandStack().getMostRecentCommand();
			Set<Demande> touched = touched(last == null ? List.of() : last.getAffectedObjects());
			if (!touched.isEmpty()) {
				viewer.update(touched.toArray(), null);
			}
		}
		shown = now;
	}

	/** The requests that hold these objects. */
	private static Set<Demande> touched(Collection<?> objects) {
		Set<Demande> requests = new LinkedHashSet<>();
		for (Object object : objects) {
			Demande demande = object instanceof EObject eObject ? RequestRows.requestOf(eObject) : null;
			if (demande != null) {
				requests.add(demande);
			}
		}
		return requests;
	}

	@Override
	public void dispose() {
		if (watch != null) {
			watch.close();
		}
		super.dispose();
	}
}
