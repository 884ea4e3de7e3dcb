package fr.segurstudio.ui.dossier.internal;

import java.nio.file.Path;

import org.eclipse.swt.widgets.Shell;

import fr.segurstudio.editing.DossierFormat;
import fr.segurstudio.editing.DossierSession;
import fr.segurstudio.ui.dossier.Messages;
import fr.segurstudio.ui.files.SaveAsFiles;

/** Asks where to write a dossier ("Enregistrer sous…", "Enregistrer comme dossier .segur"). */
public final class SaveAsTargets {

	private SaveAsTargets() {
	}

	/**
	 * @param format the format to write, or null to let the user choose by the extension
	 * @return the file, or null when the user cancelled
	 */
	public static Path ask(Shell shell, DossierSession session, DossierFormat format) {
		Path current = session.file().toAbsolutePath();
		String base = current.getFileName().toString().replaceFirst("\\.(segur|json)$", "");
		boolean segur = format == DossierFormat.SEGUR || format == null && session.format() == DossierFormat.SEGUR;
		String[] extensions;
		String[] names;
		if (format == DossierFormat.SEGUR) {
			extensions = new String[] { "*.segur" };
			names = new String[] { Messages.filterSegur };
		} else {
			extensions = segur ? new String[] { "*.segur", "*.json" } : new String[] { "*.json", "*.segur" };
			names = segur ? new String[] { Messages.filterSegur, Messages.filterJson } : new String[] { Messages.filterJson, Messages.filterSegur };
		}
		Path target = SaveAsFiles.ask(shell, format == DossierFormat.SEGUR ? Messages.saveAsSegurTitle : Messages.saveAsTitle, current,
				base + (segur ? ".segur" : ".json"), extensions, names);
		if (target == null) {
			return null;
		}
		if (DossierFormat.of(target) == null) {
			target = target.resolveSibling(target.getFileName() + (segur ? ".segur" : ".json"));
		}
		return target;
	}
}
