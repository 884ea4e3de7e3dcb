package fr.segurstudio.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;

import fr.segurstudio.editing.DossierSession;
import fr.segurstudio.editing.DossierSessions;
import fr.segurstudio.lifecycle.DossierFiles;
import fr.segurstudio.lifecycle.DossierUpdate;
import fr.segurstudio.model.issue.Echo;

/**
 * The .segur dossiers of {@code --dossiers DIR} options (default: the working directory) and of the command
 * line, changed as one {@link DossierUpdate}: their folders locked, each read fresh, changed through its
 * session's commands and saved into its text (comments and layout kept) only over the version read.
 */
final class Dossiers {

	/** A dossier named on the command line that cannot be read at all: the command stops (exit 2). */
	static final class Refused extends IOException {
		private static final long serialVersionUID = 1L;

		Refused(String message) {
			super(message);
		}
	}

	private final CliContext context;
	private final Inputs inputs;
	private final Map<Path, String> names = new LinkedHashMap<>();
	private final List<String> leftOut = new ArrayList<>();

	Dossiers(CliContext context, Inputs inputs) {
		this.context = context;
		this.inputs = inputs;
	}

	/**
	 * The dossiers under the folders (a file counts as itself), in path order, each once.
	 *
	 * @throws Inputs.Unreadable when a folder does not exist or cannot be listed
	 */
	List<Path> under(List<String> folders) throws Inputs.Unreadable {
		List<Path> found = new ArrayList<>();
		for (String folder : folders.isEmpty() ? List.of(".") : folders) {
			Path root = inputs.resolve(folder);
			if (!Files.exists(root)) {
				throw new Inputs.Unreadable(NLS.bind(Messages.noSuchFile, Echo.longText(folder)));
			}
			List<Path> files;
			try {
				files = DossierFiles.find(root);
			} catch (IOException e) {
				throw new Inputs.Unreadable(NLS.bind(Messages.cannotRead, Echo.longText(folder), Echo.longText(String.valueOf(e.getMessage()))));
			}
			for (Path file : files) {
				String name = folder.equals(".") ? root.relativize(file).toString() : Path.of(folder).resolve(root.relativize(file)).toString();
				Path key = file.toAbsolutePath().normalize();
				if (!found.contains(key)) {
					found.add(key);
					names.putIfAbsent(key, name);
				}
			}
		}
		return found;
	}

	/**
	 * One dossier named on the command line.
	 *
	 * @throws Inputs.Unreadable when it is not a file
	 */
	Path named(String file) throws Inputs.Unreadable {
		Path path = inputs.resolve(file);
		if (!Files.isRegularFile(path)) {
			throw new Inputs.Unreadable(NLS.bind(Files.isDirectory(path) ? Messages.isDirectory : Messages.noSuchFile, Echo.longText(file)));
		}
		Path key = path.toAbsolutePath().normalize();
		names.put(key, file);
		return key;
	}

	/** The update of these dossiers; it says when it waits for another writer. */
	DossierUpdate update() {
		return new DossierUpdate(context.service(DossierSessions.class)).onWait(() -> {
			context.err().println(Messages.dossiersWaiting);
			context.err().flush(); // said now: the wait may be long
		});
	}

	/** Called at the start of each application of a change: what it leaves out is said once, for the last. */
	void begin() {
		leftOut.clear();
	}

	/**
	 * A dossier opened in an update; one that cannot be opened or whose text does not read entirely is left
	 * out (said by {@link #printLeftOut}), or, named, stops the command.
	 */
	DossierSession open(DossierUpdate.Sessions sessions, Path file, boolean named) throws Refused {
		DossierSession session;
		try {
			session = sessions.open(file);
		} catch (IOException e) {
			String message = Echo.longText(String.valueOf(e.getMessage()));
			if (named) {
				throw new Refused(NLS.bind(Messages.cannotRead, name(file), message));
			}
			leftOut.add(NLS.bind(Messages.dossierLeftOut, name(file), message));
			return null;
		}
		if (session.readOnlyReason() != null) {
			leftOut.add(NLS.bind(Messages.dossierLeftOut, name(file), session.readOnlyReason()));
			return null;
		}
		return session;
	}

	void printLeftOut() {
		leftOut.forEach(context.err()::println);
	}

	/** The dossier's name as the user gave or found it (relative to the working directory), escaped. */
	String name(Path file) {
		return Echo.longText(names.getOrDefault(file.toAbsolutePath().normalize(), file.toString()));
	}

	String name(DossierSession session) {
		return name(session.file());
	}

	/** Says each file that could not be written; false when one could not. */
	boolean report(DossierUpdate.Outcome<?> outcome) {
		outcome.failures().forEach((file, e) -> context.err().println(NLS.bind(Messages.cannotWrite, name(file),
				Echo.longText(String.valueOf(e.getMessage())))));
		return outcome.ok();
	}
}
