package fr.segurstudio.ui.dossier.actions;

import java.util.List;

import org.eclipse.core.commands.ExecutionEvent;

import fr.segurstudio.model.core.Demande;
import fr.segurstudio.ui.dossier.DossierEditor;

/** Supprimer: the selected requests leave the dossier (one undo); their numbers stay taken (seed §3.2). */
public final class DeleteRequestsHandler extends DossierHandler {

	@Override
	protected void run(DossierEditor editor, ExecutionEvent event) {
		List<Demande> selected = editor.selectedRequests();
		if (!selected.isEmpty()) {
			editor.execute(editor.session().commands().delete(selected));
		}
	}
}
