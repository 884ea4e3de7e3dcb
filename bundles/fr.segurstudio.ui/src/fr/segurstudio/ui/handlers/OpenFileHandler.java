package fr.segurstudio.ui.handlers;

import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

import fr.segurstudio.ui.Messages;
import fr.segurstudio.ui.OpenWork;

/** Fichier > Ouvrir un fichier...: .segur dossiers and ASP JSON files, in their editors. */
public final class OpenFileHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		FileDialog dialog = new FileDialog(window.getShell(), SWT.OPEN | SWT.MULTI);
		dialog.setText(Messages.openFileTitle);
		dialog.setFilterExtensions(new String[] { "*.segur;*.json", "*" });
		dialog.setFilterNames(new String[] { Messages.openFileFilter, "*" });
		if (dialog.open() != null) {
			Path folder = Path.of(dialog.getFilterPath());
			OpenWork.open(window, Arrays.stream(dialog.getFileNames()).map(folder::resolve).toList());
		}
		return null;
	}
}
