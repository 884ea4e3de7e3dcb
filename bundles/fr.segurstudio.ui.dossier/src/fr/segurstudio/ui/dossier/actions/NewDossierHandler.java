package fr.segurstudio.ui.dossier.actions;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

import fr.segurstudio.ui.dossier.wizards.NewDossierWizard;

/** Nouveau dossier…: the wizard, starting in the folder selected in the explorer. */
public final class NewDossierHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		NewDossierWizard wizard = new NewDossierWizard();
		wizard.init(window.getWorkbench(), HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection s ? s : null);
		new WizardDialog(window.getShell(), wizard).open();
		return null;
	}
}
