package fr.segurstudio.ui.preferences;

import java.nio.file.Path;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

/**
 * Where deposits go: the default deposit folder the user sets in Préférences > Ségur Studio, and the folder the
 * export wizard last wrote a deposit into; stored in the instance preferences of fr.segurstudio.ui.
 */
public final class DepositPreferences {

	public static final String NODE = "fr.segurstudio.ui";
	public static final String DEPOSIT_FOLDER = "depositFolder";
	public static final String LAST_DEPOSIT_FOLDER = "lastDepositFolder";
	/** The folder next to a dossier where its deposits go when no other was chosen. */
	public static final String NEXT_TO_DOSSIER = "depots";

	private DepositPreferences() {
	}

	/** The folder, or null when the user has not chosen one. */
	public static Path depositFolder() {
		return path(DEPOSIT_FOLDER);
	}

	/** Sets (null: forgets) the folder, and flushes the preferences to disk; the export wizard starts there again. */
	public static void setDepositFolder(Path folder) throws BackingStoreException {
		IEclipsePreferences preferences = preferences();
		if (folder == null) {
			preferences.remove(DEPOSIT_FOLDER);
		} else {
			preferences.put(DEPOSIT_FOLDER, folder.toAbsolutePath().normalize().toString());
		}
		preferences.remove(LAST_DEPOSIT_FOLDER);
		preferences.flush();
	}

	/**
	 * The folder the export wizard offers for a dossier: the one it last wrote a deposit into, else the default
	 * deposit folder, else {@value #NEXT_TO_DOSSIER} next to the dossier.
	 */
	public static Path folderFor(Path dossierFile) {
		Path last = path(LAST_DEPOSIT_FOLDER);
		if (last != null) {
			return last;
		}
		Path chosen = depositFolder();
		return chosen != null ? chosen : dossierFile.toAbsolutePath().getParent().resolve(NEXT_TO_DOSSIER);
	}

	/** The folder a deposit was just written into: offered next time. */
	public static void rememberDepositFolder(Path folder) {
		IEclipsePreferences preferences = preferences();
		preferences.put(LAST_DEPOSIT_FOLDER, folder.toAbsolutePath().normalize().toString());
		try {
			preferences.flush();
		} catch (BackingStoreException e) {
			// kept for this session; the next start offers the default folder again
		}
	}

	private static Path path(String key) {
		String value = preferences().get(key, "");
		return value.isBlank() ? null : Path.of(value);
	}

	private static IEclipsePreferences preferences() {
		return InstanceScope.INSTANCE.getNode(NODE);
	}
}
