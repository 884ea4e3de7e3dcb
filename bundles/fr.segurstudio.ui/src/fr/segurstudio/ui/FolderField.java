package fr.segurstudio.ui;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Text;

/** A field holding a folder, and its « Parcourir… » button: the system's folder dialog, opened on the field's folder, fills it. */
public final class FolderField {

	private FolderField() {
	}

	/** Makes {@code browse} choose the folder of {@code folder}. */
	public static void browse(Button browse, Text folder) {
		browse.addListener(SWT.Selection, e -> {
			DirectoryDialog dialog = new DirectoryDialog(browse.getShell());
			dialog.setFilterPath(folder.getText());
			String chosen = dialog.open();
			if (chosen != null) {
				folder.setText(chosen);
			}
		});
	}
}
