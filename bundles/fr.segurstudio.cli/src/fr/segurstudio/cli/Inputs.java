package fr.segurstudio.cli;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.eclipse.osgi.util.NLS;

import fr.segurstudio.dsl.DossierTexts;
import fr.segurstudio.editing.DossierSessions;
import fr.segurstudio.json.AspImporter;
import fr.segurstudio.json.ImportResult;
import fr.segurstudio.json.InputFiles;
import fr.segurstudio.lifecycle.PendingRecords;
import fr.segurstudio.model.issue.Echo;

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
	private final Map<Class<?>, Object> services = new HashMap<>();

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
		if (isText(file)) {
			settle(path);
		}
		return guard(file, () -> {
			ImportResult result = isText(file) ? service(DossierTexts.class).read(path) : service(AspImporter.class).read(path, couloir);
			return new ImportResult(file, result.tree(), result.dossier(), result.couloir(), result.issues(), result.sourceMap());
		});
	}

	/**
	 * Before a dossier is read: a deposit that a killed command wrote without recording it in the dossiers of
	 * that folder is recorded first (PendingRecords), so that no command reads a deposited request as a draft.
	 * A failure there is the next command's to retry; the reading goes on.
	 */
	void settle(Path dossier) {
		try {
			service(PendingRecords.class).settleBeforeReading(dossier);
		} catch (IOException | RuntimeException e) {
			// the record stays in its journal: the next command that can write the folder writes it
		}
	}

	/** A service of the context, asked once: files are read on several threads (PerFile). */
	private synchronized <T> T service(Class<T> type) {
		if (type == PendingRecords.class) { // made here from the sessions service, once; what it completes is said
			return type.cast(services.computeIfAbsent(type, t -> new PendingRecords(context.service(DossierSessions.class))
					.onCompleted((file, count) -> context.err().println(NLS.bind(Messages.exportRecordCompleted, Echo.longText(file), count)))));
		}
		return type.cast(services.computeIfAbsent(type, context::service));
	}

	/** The work of a command on one file. */
	@FunctionalInterface
	interface Work<T> {
		T run() throws IOException;
	}

	/**
	 * Runs a command's work on one file so that nothing that goes wrong there stops the other files: an I/O
	 * problem, and a failure of the program itself on this input (an exception, a stack or memory
	 * exhausted), become this file's {@link Unreadable}, which the command reports and counts (exit 2).
	 */
	static <T> T guard(String file, Work<T> work) throws Unreadable {
		try {
			return work.run();
		} catch (IOException e) {
			throw new Unreadable(unreadable(file, e));
		} catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
			throw new Unreadable(NLS.bind(Messages.fileFailed, Echo.longText(file), Failures.describe(e)));
		}
	}

	/** Why a file could not be read, in French, naming it. */
	static String unreadable(String file, IOException e) {
		if (e instanceof NoSuchFileException) {
			return NLS.bind(Messages.noSuchFile, Echo.longText(file));
		}
		if (e instanceof InputFiles.Refused) {
			return Echo.longText(file) + " : " + e.getMessage();
		}
		return NLS.bind(Messages.cannotRead, Echo.longText(file), Echo.longText(String.valueOf(e.getMessage())));
	}
}
