package fr.segurstudio.ui.dossier.actions;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.wizard.WizardDialog;

import fr.segurstudio.ui.dossier.DossierEditor;
import fr.segurstudio.ui.dossier.wizards.ExportWizard;

/** Exporter le dépôt…: the export wizard on the active dossier. */
public final class ExportHandler extends DossierHandler {

	@Override
	protected void run(DossierEditor editor, ExecutionEvent event) {
		new WizardDialog(editor.getSite().getShell(), new ExportWizard(editor, requests(editor, event))).open();
	}
}
