package fr.segurstudio.ui.handlers;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

import fr.segurstudio.ui.Messages;
import fr.segurstudio.ui.OpenWork;

/** Fichier > Ouvrir un dossier...: a folder of the file system appears in the explorer, nothing copied, nothing written into it. */
public final class OpenFolderHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		DirectoryDialog dialog = new DirectoryDialog(window.getShell());
		dialog.setText(Messages.openFolderTitle);
		dialog.setMessage(Messages.openFolderMessage);
		String folder = dialog.open();
		if (folder != null) {
			OpenWork.open(window, List.of(Path.of(folder)));
		}
		return null;
	}
}
