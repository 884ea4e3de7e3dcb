package fr.segurstudio.ui.files;

import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

import fr.segurstudio.ui.Messages;

/**
 * Where "Enregistrer sous…" writes: a file of the file system, chosen in the system's dialog (which asks before
 * replacing a file), starting in the folder of the file being edited — never the workspace's dialog, whose folders
 * are links the user does not know.
 */
public final class SaveAsFiles {

	private SaveAsFiles() {
	}

	/** @return the chosen file, absolute, or null when the user cancelled */
	public static Path ask(Shell shell, Path current, String fileName) {
		return ask(shell, Messages.saveAsTitle, current, fileName, null, null);
	}

	/**
	 * @param extensions the dialog's filters ({@code *.segur}...), or null for none
	 * @param names      their names, in the same order
	 */
	public static Path ask(Shell shell, String title, Path current, String fileName, String[] extensions, String[] names) {
		FileDialog dialog = new FileDialog(shell, SWT.SAVE);
		dialog.setText(title);
		dialog.setOverwrite(true);
		if (current != null && current.toAbsolutePath().getParent() != null) {
			dialog.setFilterPath(current.toAbsolutePath().getParent().toString());
		}
		dialog.setFileName(fileName);
		if (extensions != null) {
			dialog.setFilterExtensions(extensions);
			dialog.setFilterNames(names);
		}
		String chosen = dialog.open();
		return chosen == null ? null : Path.of(chosen).toAbsolutePath().normalize();
	}
}
