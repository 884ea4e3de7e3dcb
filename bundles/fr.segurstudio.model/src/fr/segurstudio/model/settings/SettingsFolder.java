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

	/** {@value #PROPERTY}, else {@code $SEGUR_STUDIO_HOME}, else {@code .segur-studio} of the {@link #userHome() user's home}. */
	public static Path path() {
		String property = System.getProperty(PROPERTY);
		if (property != null && !property.isBlank()) {
			return Path.of(property);
		}
		String environment = System.getenv("SEGUR_STUDIO_HOME");
		if (environment != null && !environment.isBlank()) {
			return Path.of(environment);
		}
		return userHome().resolve(".segur-studio");
	}

	/**
	 * The user's home folder: {@code $HOME}, as the start script and the shell know it, else the JVM's {@code user.home}
	 * (which Java takes from the password database: a workbench started with another HOME would write elsewhere than
	 * where the command line reads).
	 */
	public static Path userHome() {
		String home = System.getenv("HOME");
		if (home != null && !home.isBlank() && Path.of(home).isAbsolute()) {
			return Path.of(home);
		}
		return Path.of(System.getProperty("user.home"));
	}
}
