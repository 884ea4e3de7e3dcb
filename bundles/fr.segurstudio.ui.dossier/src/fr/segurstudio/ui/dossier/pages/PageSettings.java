package fr.segurstudio.ui.dossier.pages;

import java.util.Arrays;

import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.FrameworkUtil;

/**
 * What the Demandes page remembers between sessions, per couloir (its columns differ from one couloir's habits to
 * another's): a section of this plug-in's dialog settings named after the couloir's id, under
 * {@value #ROOT}. The platform writes the dialog settings when the plug-in stops; a value read back that is not
 * what was written (a hand-edited file, a column that left) is ignored, never trusted.
 */
final class PageSettings {

	static final String ROOT = "demandes";

	static final String WIDTHS = "colonnes.largeurs";
	static final String ORDER = "colonnes.ordre";
	static final String HIDDEN = "colonnes.masquees";
	static final String SORT = "tri.colonne";
	static final String DESCENDING = "tri.descendant";
	static final String SASH = "partage";
	static final String TEXT = "filtre.texte";
	static final String STATUS = "filtre.statut";
	static final String ERRORS = "filtre.erreurs";

	private final IDialogSettings section;

	private PageSettings(IDialogSettings section) {
		this.section = section;
	}

	/** The settings of this couloir's Demandes pages (made on first use). */
	static PageSettings of(String couloirId) {
		IDialogSettings root = PlatformUI.getDialogSettingsProvider(FrameworkUtil.getBundle(PageSettings.class)).getDialogSettings();
		IDialogSettings pages = section(root, ROOT);
		return new PageSettings(section(pages, couloirId == null || couloirId.isBlank() ? "sans-couloir" : couloirId));
	}

	private static IDialogSettings section(IDialogSettings parent, String name) {
		IDialogSettings section = parent.getSection(name);
		return section != null ? section : parent.addNewSection(name);
	}

	String get(String key) {
		return section.get(key);
	}

	boolean getBoolean(String key) {
		return section.getBoolean(key);
	}

	void put(String key, String value) {
		section.put(key, value);
	}

	void put(String key, boolean value) {
		section.put(key, value);
	}

	void put(String key, int[] values) {
		section.put(key, Arrays.stream(values).mapToObj(Integer::toString).toArray(String[]::new));
	}

	void put(String key, String[] values) {
		section.put(key, values);
	}

	String[] getArray(String key) {
		String[] values = section.getArray(key);
		return values == null ? new String[0] : values;
	}

	/** The integers remembered under this key, or null when there are not {@code length} of them, each at least 0. */
	int[] getInts(String key, int length) {
		String[] values = getArray(key);
		if (values.length != length) {
			return null;
		}
		int[] ints = new int[length];
		try {
			for (int i = 0; i < length; i++) {
				ints[i] = Integer.parseInt(values[i].trim());
				if (ints[i] < 0) {
					return null;
				}
			}
		} catch (NumberFormatException e) {
			return null;
		}
		return ints;
	}
}
