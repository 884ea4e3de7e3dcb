package fr.segurstudio.ui.preferences;

import java.nio.file.Path;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

/**
 * The default deposit folder (where the export wizard writes the JSON files to deposit on the ASP
 * portal), as the user sets it in Préférences > Ségur Studio; stored in the instance preferences of
 * fr.segurstudio.ui.
 */
public final class DepositPreferences {

	public static final String NODE = "fr.segurstudio.ui";
	public static final String DEPOSIT_FOLDER = "depositFolder";

	private DepositPreferences() {
	}

	/** The folder, or null when the user has not chosen one. */
	public static Path depositFolder() {
		String value = preferences().get(DEPOSIT_FOLDER, "");
		return value.isBlank() ? null : Path.of(value);
	}

	/** Sets (null: forgets) the folder, and flushes the preferences to disk. */
	public static void setDepositFolder(Path folder) throws BackingStoreException {
		IEclipsePreferences preferences = preferences();
		if (folder == null) {
			preferences.remove(DEPOSIT_FOLDER);
		} else {
			preferences.put(DEPOSIT_FOLDER, folder.toAbsolutePath().normalize().toString());
		}
		preferences.flush();
	}

	private static IEclipsePreferences preferences() {
		return InstanceScope.INSTANCE.getNode(NODE);
	}
}
