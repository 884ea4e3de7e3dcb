package fr.segurstudio.ui.dossier.actions;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.eclipse.core.commands.ExecutionEvent;

import fr.segurstudio.model.core.Demande;
import fr.segurstudio.ui.dossier.DossierEditor;

/**
 * Dupliquer: a copy of each selected request right after it, as a new draft with a new number; one command for
 * all of them (one undo), the copies selected.
 */
public final class DuplicateRequestHandler extends DossierHandler {

	@Override
	protected void run(DossierEditor editor, ExecutionEvent event) {
		List<Demande> selected = requests(editor, event);
		if (selected.isEmpty()) {
			return;
		}
		Set<Demande> before = Collections.newSetFromMap(new IdentityHashMap<>());
		before.addAll(editor.session().dossier().getDemandes());
		editor.execute(editor.session().commands().duplicate(selected));
		List<Demande> copies = editor.session().dossier().getDemandes().stream().filter(d -> !before.contains(d)).toList();
		editor.showRequests(copies);
	}
}
