package fr.segurstudio.ui.dossier.actions;

import java.nio.file.Path;

import org.eclipse.core.commands.ExecutionEvent;

import fr.segurstudio.editing.DossierFormat;
import fr.segurstudio.ui.dossier.DossierEditor;
import fr.segurstudio.ui.dossier.internal.SaveAsTargets;

/** Enregistrer comme dossier .segur: an ASP JSON file written as a text dossier, which the editor then edits. */
public final class SaveAsSegurHandler extends DossierHandler {

	public SaveAsSegurHandler() {
		super(Needs.DOSSIER); // a JSON file the forms cannot edit can still become a text dossier
	}

	@Override
	protected void run(DossierEditor editor, ExecutionEvent event) {
		Path target = SaveAsTargets.ask(editor.getSite().getShell(), editor.session(), DossierFormat.SEGUR);
		if (target != null) {
			editor.saveAs(target);
		}
	}
}
