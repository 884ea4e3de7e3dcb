package fr.segurstudio.ui.dossier.internal;

import java.util.List;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

import fr.segurstudio.model.core.Demande;
import fr.segurstudio.model.core.Dossier;
import fr.segurstudio.ui.dossier.DossierEditor;

/** The Outline view of a dossier: its requests (number, beneficiary, status); a click shows the request's form. */
public final class DossierOutline extends ContentOutlinePage {

	private final DossierEditor editor;

	public DossierOutline(DossierEditor editor) {
		this.editor = editor;
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
		viewer.setInput(editor.session().dossier());
		viewer.addSelectionChangedListener(event -> {
			if (event.getSelection() instanceof IStructuredSelection selection && selection.getFirstElement() instanceof Demande demande
					&& editor.requestsPage() != null) {
				editor.setActivePage(fr.segurstudio.ui.dossier.pages.RequestsPage.ID);
				editor.requestsPage().select(List.of(demande));
			}
		});
	}

	/**
	 * After a change of the model: the whole list when requests came or went (or the model was read again),
	 * else only the label of the request being edited (a refresh of 200 rows per keystroke would be felt).
	 */
	public void refresh() {
		TreeViewer viewer = getTreeViewer();
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		List<Demande> now = editor.session().dossier() == null ? List.of() : List.copyOf(editor.session().dossier().getDemandes());
		if (viewer.getInput() != editor.session().dossier()) {
			viewer.setInput(editor.session().dossier());
		} else if (!now.equals(shown)) {
			viewer.refresh();
		} else if (editor.requestsPage() != null && editor.requestsPage().form() != null && editor.requestsPage().form().input() != null) {
			viewer.update(editor.requestsPage().form().input(), null);
		}
		shown = now;
	}

	private List<Demande> shown = List.of();
}
