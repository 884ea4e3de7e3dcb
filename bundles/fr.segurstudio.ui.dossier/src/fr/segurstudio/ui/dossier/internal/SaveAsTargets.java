package fr.segurstudio.ui.dossier.internal;

import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

import fr.segurstudio.editing.DossierFormat;
import fr.segurstudio.editing.DossierSession;
import fr.segurstudio.ui.dossier.Messages;

/** Asks where to write a dossier ("Enregistrer sous…", "Enregistrer comme dossier .segur"). */
public final class SaveAsTargets {

	private SaveAsTargets() {
	}

	/**
	 * @param format the format to write, or null to let the user choose by the extension
	 * @return the file, or null when the user cancelled
	 */
	public static Path ask(Shell shell, DossierSession session, DossierFormat format) {
		FileDialog dialog = new FileDialog(shell, SWT.SAVE);
		dialog.setOverwrite(true);
		dialog.setText(format == DossierFormat.SEGUR ? Messages.saveAsSegurTitle : Messages.saveAsTitle);
		Path current = session.file().toAbsolutePath();
		dialog.setFilterPath(current.getParent().toString());
		String base = current.getFileName().toString().replaceFirst("\\.(segur|json)$", "");
		boolean segur = format == DossierFormat.SEGUR || format == null && session.format() == DossierFormat.SEGUR;
		dialog.setFileName(base + (segur ? ".segur" : ".json"));
		if (format == DossierFormat.SEGUR) {
			dialog.setFilterExtensions(new String[] { "*.segur" });
			dialog.setFilterNames(new String[] { Messages.filterSegur });
		} else {
			dialog.setFilterExtensions(segur ? new String[] { "*.segur", "*.json" } : new String[] { "*.json", "*.segur" });
			dialog.setFilterNames(segur ? new String[] { Messages.filterSegur, Messages.filterJson } : new String[] { Messages.filterJson, Messages.filterSegur });
		}
		String chosen = dialog.open();
		if (chosen == null) {
			return null;
		}
		Path target = Path.of(chosen);
		if (DossierFormat.of(target) == null) {
			target = target.resolveSibling(target.getFileName() + (segur ? ".segur" : ".json"));
		}
		return target;
	}
}
