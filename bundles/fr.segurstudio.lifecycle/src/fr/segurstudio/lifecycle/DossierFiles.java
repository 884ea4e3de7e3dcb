package fr.segurstudio.lifecycle;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import fr.segurstudio.dsl.DossierTexts;

/**
 * The .segur dossiers under a folder, recursively, in path order: what {@code retour}, {@code resoumettre}
 * and {@code etat} look through. Hidden folders (.git, a deposit's staging folder .depot-en-cours-*) are
 * left out.
 */
public final class DossierFiles {

	private DossierFiles() {
	}

	public static boolean isDossier(Path file) {
		return file.getFileName() != null
				&& file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith("." + DossierTexts.FILE_EXTENSION);
	}

	/** The dossier itself for a .segur file, the dossiers under it for a folder. */
	public static List<Path> find(Path root) throws IOException {
		if (!Files.isDirectory(root)) {
			return isDossier(root) && Files.isRegularFile(root) ? List.of(root) : List.of();
		}
		List<Path> found = new ArrayList<>();
		Files.walkFileTree(root, new SimpleFileVisitor<>() {
			@Override
			public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
				return !dir.equals(root) && dir.getFileName().toString().startsWith(".") ? FileVisitResult.SKIP_SUBTREE
						: FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
				if (attrs.isRegularFile() && isDossier(file) && !file.getFileName().toString().startsWith(".")) {
					found.add(file);
				}
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFileFailed(Path file, IOException exc) throws IOException {
				if (exc instanceof NoSuchFileException) {
					return FileVisitResult.CONTINUE; // gone since the folder was listed: another writer's temporary file
				}
				throw exc;
			}
		});
		found.sort(null);
		return found;
	}
}
