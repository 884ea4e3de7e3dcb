package fr.segurstudio.ui.lifecycle;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

import fr.segurstudio.ui.lifecycle.spreadsheet.SpreadsheetWizard;

/**
 * Importer un tableur…: the wizard, started on the spreadsheet selected in the explorer, if one is. It needs no
 * editor: the dossiers it writes are new files.
 */
public final class ImportSpreadsheetHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		WizardDialog dialog = new WizardDialog(window.getShell(), new SpreadsheetWizard(window, selectedSpreadsheet(event)));
		dialog.setPageSize(960, 540); // inside a 1280×800 screen, with room for the values beside the mapping
		dialog.open();
		return null;
	}

	private static Path selectedSpreadsheet(ExecutionEvent event) {
		if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection && !selection.isEmpty()) {
			IFile file = Adapters.adapt(selection.getFirstElement(), IFile.class);
			if (file != null && file.getLocation() != null && "csv".equalsIgnoreCase(file.getFileExtension())) {
				return Path.of(file.getLocation().toOSString());
			}
		}
		return null;
	}
}
