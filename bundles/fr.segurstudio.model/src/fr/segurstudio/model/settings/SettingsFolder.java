package fr.segurstudio.model.settings;

import java.nio.file.Path;

/**
 * The folder of the user's settings: the profiles file, the dropped couloirs ({@code couloirs/}). One definition for
 * the command line, the workbench and the tests.
 */
public final class SettingsFolder {

	/** Overrides the folder (tests, a portable install); else {@code $SEGUR_STUDIO_HOME}, else {@code ~/.segur-studio}. */
	public static final String PROPERTY = "segur.studio.home";

	private SettingsFolder() {
	}

	/** {@value #PROPERTY}, else {@code $SEGUR_STUDIO_HOME}, else {@code ~/.segur-studio}. */
	public static Path path() {
		String property = System.getProperty(PROPERTY);
		if (property != null && !property.isBlank()) {
			return Path.of(property);
		}
		String environment = System.getenv("SEGUR_STUDIO_HOME");
		if (environment != null && !environment.isBlank()) {
			return Path.of(environment);
		}
		return Path.of(System.getProperty("user.home"), ".segur-studio");
	}
}
