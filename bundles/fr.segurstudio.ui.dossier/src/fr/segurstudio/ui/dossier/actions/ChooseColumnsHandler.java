package fr.segurstudio.ui.dossier.actions;

import org.eclipse.core.commands.ExecutionEvent;

import fr.segurstudio.ui.dossier.DossierEditor;
import fr.segurstudio.ui.dossier.pages.RequestsPage;

/**
 * Colonnes…: the requests table's columns to show, chosen with a check mark each (as in the table header's context
 * menu); the Demandes page is shown first. What is chosen is remembered for the couloir.
 */
public final class ChooseColumnsHandler extends DossierHandler {

	public ChooseColumnsHandler() {
		super(Needs.DOSSIER);
	}

	@Override
	protected void run(DossierEditor editor, ExecutionEvent event) {
		editor.setActivePage(RequestsPage.ID);
		editor.requestsPage().chooseColumns();
	}
}
