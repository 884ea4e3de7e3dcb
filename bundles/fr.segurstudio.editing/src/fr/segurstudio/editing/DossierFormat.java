package fr.segurstudio.editing;

import java.nio.file.Path;
import java.util.Locale;

/** How a dossier is kept on disk: a .segur text (the dossier itself), or an ASP JSON file. */
public enum DossierFormat {

	SEGUR("segur"), JSON("json");

	private final String extension;

	DossierFormat(String extension) {
		this.extension = extension;
	}

	public String extension() {
		return extension;
	}

	/** The format of a file by its extension, or null when it is neither. */
	public static DossierFormat of(Path file) {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		for (DossierFormat format : values()) {
			if (name.endsWith("." + format.extension)) {
				return format;
			}
		}
		return null;
	}
}
