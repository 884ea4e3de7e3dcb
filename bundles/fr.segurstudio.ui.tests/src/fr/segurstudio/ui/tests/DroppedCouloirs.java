package fr.segurstudio.ui.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import fr.segurstudio.model.couloir.Couloir;
import fr.segurstudio.model.couloir.CouloirRegistry;
import fr.segurstudio.model.settings.SettingsFolder;
import fr.segurstudio.testing.Services;

/**
 * FIC-DEM as the workbench's tests have it: not a plug-in of this runtime but its folder of data
 * (fr.segurstudio.couloir.tests/couloirs/FIC-DEM, named by -Dsegur.fic-dem) dropped into the settings folder's couloirs/.
 */
final class DroppedCouloirs {

	private DroppedCouloirs() {
	}

	/** Where FIC-DEM is dropped. */
	static Path ficDemFolder() {
		return SettingsFolder.path().resolve("couloirs").resolve("FIC-DEM");
	}

	/** FIC-DEM's folder dropped (once) into the couloirs folder, without telling the registry. */
	static void dropFicDem() {
		Path source = Path.of(System.getProperty("segur.fic-dem"));
		Path target = ficDemFolder();
		if (Files.isDirectory(target)) {
			return;
		}
		try (Stream<Path> files = Files.walk(source)) {
			for (Path file : files.toList()) {
				Path to = target.resolve(source.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(to);
				} else {
					Files.copy(file, to);
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** FIC-DEM's folder removed, and the registry told. */
	static void removeFicDem() {
		if (Files.isDirectory(ficDemFolder())) {
			try (Stream<Path> files = Files.walk(ficDemFolder())) {
				files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		Services.get(CouloirRegistry.class).refresh();
	}

	/** The dropped FIC-DEM, as the registry serves it. */
	static Couloir ficDem() {
		dropFicDem();
		CouloirRegistry registry = Services.get(CouloirRegistry.class);
		registry.refresh();
		return registry.couloir("FIC-DEM").orElseThrow(() -> new AssertionError("FIC-DEM not loaded: " + registry.problems()));
	}
}
