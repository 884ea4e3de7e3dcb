package fr.segurstudio.ui.dossier.actions;

import java.util.List;

import org.eclipse.core.commands.ExecutionEvent;

import fr.segurstudio.model.core.Demande;
import fr.segurstudio.ui.dossier.DossierEditor;

/**
 * Nouvelle demande: a draft with the next free numeroEditeur, selected in the table, which has the focus (Enter: its
 * form), and shown in its form.
 */
public final class NewRequestHandler extends DossierHandler {

	@Override
	protected void run(DossierEditor editor, ExecutionEvent event) {
		editor.execute(editor.session().commands().newDemande());
		List<Demande> demandes = editor.session().dossier().getDemandes();
		editor.showRequests(List.of(demandes.get(demandes.size() - 1)));
		editor.requestsPage().setFocus(); // the table, where Enter opens the new request's form
	}
}
