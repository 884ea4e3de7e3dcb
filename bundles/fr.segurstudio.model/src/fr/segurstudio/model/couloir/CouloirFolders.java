package fr.segurstudio.model.couloir;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import fr.segurstudio.model.couloir.internal.CouloirFolderWriter;
import fr.segurstudio.model.settings.SettingsFolder;

/**
 * Where couloirs dropped as data are looked for, in this order: the install's {@code couloirs/} (next to its
 * {@code plugins/}: what an administrator installs for every user), then the user's, {@code couloirs/} of the
 * settings folder ({@code $SEGUR_STUDIO_HOME/couloirs/}, else {@code ~/.segur-studio/couloirs/}). A couloir of a
 * plug-in wins over both, one of the install over the user's.
 */
public final class CouloirFolders {

	/** The name of the couloirs folder in the install and in the settings folder. */
	public static final String NAME = "couloirs";

	private CouloirFolders() {
	}

	/** The folders, whether they exist or not. */
	public static List<Path> folders() {
		List<Path> folders = new ArrayList<>();
		Path install = install();
		if (install != null) {
			folders.add(install.resolve(NAME));
		}
		Path user = SettingsFolder.path().resolve(NAME).toAbsolutePath();
		if (!folders.contains(user)) {
			folders.add(user);
		}
		return List.copyOf(folders);
	}

	/**
	 * Writes a compiled couloir as a couloir folder {@code into/ID}: its declaration as {@code couloir.xml} and its
	 * .ecore (found next to the GenModel its plug-in registers). A starting point for a new couloir, and how the tests
	 * and the benchmark compare a couloir in both forms. Its .view files are not written.
	 *
	 * @throws IOException when the .ecore cannot be read or the folder written
	 */
	public static Path write(Couloir couloir, Path into) throws IOException {
		return CouloirFolderWriter.write(couloir, into);
	}

	/** The install's folder (Equinox's install area: the folder of the start script), or null. */
	static Path install() {
		String area = System.getProperty("osgi.install.area");
		if (area == null || area.isBlank()) {
			return null;
		}
		try {
			return Path.of(URI.create(area)).toAbsolutePath();
		} catch (IllegalArgumentException | FileSystemNotFoundException e) {
			try {
				return Path.of(new URL(area).getPath()).toAbsolutePath(); // an area written with spaces, not encoded
			} catch (MalformedURLException | RuntimeException f) {
				return null;
			}
		}
	}
}
