package fr.segurstudio.ui.dossier.actions;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;

import fr.segurstudio.ui.Services;
import fr.segurstudio.workspace.WorkspaceValidation;

/**
 * Valider les dossiers: every .segur and ASP JSON file of the opened folders checked again, as a background
 * job (Progress view); the results go to the Problems view and the explorer's decorations.
 */
public final class ValidateFoldersHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		WorkspaceValidation validation = Services.get(WorkspaceValidation.class);
		if (validation != null) {
			validation.validateAll();
		}
		return null;
	}
}
