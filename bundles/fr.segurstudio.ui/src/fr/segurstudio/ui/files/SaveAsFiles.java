package fr.segurstudio.ui.files;

import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

import fr.segurstudio.ui.Messages;

/**
 * Where "Enregistrer sous…" writes: a file of the file system, chosen in the system's dialog (which asks before
 * replacing a file), starting in the folder of the file being edited — never the workspace's dialog, whose folders
 * are links the user does not know. The choice goes through a {@link Chooser}: the system's dialog, or the one a test
 * puts in its place (a native dialog cannot be driven by the test bot).
 */
public final class SaveAsFiles {

	/** Chooses the file to write. */
	@FunctionalInterface
	public interface Chooser {
		/**
		 * @param extensions the dialog's filters ({@code *.segur}...), or null for none
		 * @param names      their names, in the same order
		 * @return the chosen file, or null when the user cancelled
		 */
		Path choose(Shell shell, String title, Path current, String fileName, String[] extensions, String[] names);
	}

	private static final Chooser SYSTEM_DIALOG = SaveAsFiles::askTheSystem;
	private static volatile Chooser chooser = SYSTEM_DIALOG;

	private SaveAsFiles() {
	}

	/**
	 * Puts a chooser in place of the system's dialog (for tests); null puts the system's dialog back.
	 *
	 * @return the chooser it replaces
	 */
	public static Chooser setChooser(Chooser replacement) {
		Chooser previous = chooser;
		chooser = replacement == null ? SYSTEM_DIALOG : replacement;
		return previous;
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
		Path chosen = chooser.choose(shell, title, current, fileName, extensions, names);
		return chosen == null ? null : chosen.toAbsolutePath().normalize();
	}

	private static Path askTheSystem(Shell shell, String title, Path current, String fileName, String[] extensions, String[] names) {
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
		return chosen == null ? null : Path.of(chosen);
	}
}
