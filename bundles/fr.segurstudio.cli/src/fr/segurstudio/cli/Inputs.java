package fr.segurstudio.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;

import fr.segurstudio.dsl.DossierTexts;
import fr.segurstudio.json.AspImporter;
import fr.segurstudio.json.ImportResult;

/** Reads the files named on the command line (ASP JSON or .segur); a file that cannot be read at all is an I/O problem (exit 2). */
final class Inputs {

	/** Thrown when a file cannot be read; its message is French and names the file. */
	static final class Unreadable extends Exception {
		private static final long serialVersionUID = 1L;

		Unreadable(String message) {
			super(message);
		}
	}

	private final CliContext context;

	Inputs(CliContext context) {
		this.context = context;
	}

	static boolean isText(String file) {
		return file.toLowerCase(Locale.ROOT).endsWith("." + DossierTexts.FILE_EXTENSION);
	}

	Path resolve(String file) {
		return context.workingDirectory().resolve(file).normalize();
	}

	/** An ASP JSON file, or a .segur text (by its extension). */
	ImportResult read(String file, String couloir) throws Unreadable {
		Path path = resolve(file);
		try {
			if (Files.isDirectory(path)) {
				throw new Unreadable(NLS.bind(Messages.isDirectory, file));
			}
			ImportResult result = isText(file) ? context.service(DossierTexts.class).read(path)
					: context.service(AspImporter.class).read(path, couloir);
			return new ImportResult(file, result.tree(), result.dossier(), result.couloir(), result.issues(), result.sourceMap());
		} catch (NoSuchFileException e) {
			throw new Unreadable(NLS.bind(Messages.noSuchFile, file));
		} catch (IOException e) {
			throw new Unreadable(NLS.bind(Messages.cannotRead, file, e.getMessage()));
		}
	}
}
