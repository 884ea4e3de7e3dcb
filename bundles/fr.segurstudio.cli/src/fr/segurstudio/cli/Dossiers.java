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

/**
 * The .segur dossiers of {@code --dossiers DIR} options (default: the working directory), opened as editing
 * sessions: every change goes through their commands and is saved into the text, comments and layout kept.
 */
final class Dossiers {

	private final CliContext context;
	private final Inputs inputs;
	private final Map<Path, DossierSession> sessions = new LinkedHashMap<>();
	private final Map<DossierSession, String> names = new LinkedHashMap<>();

	Dossiers(CliContext context, Inputs inputs) {
		this.context = context;
		this.inputs = inputs;
	}

	/**
	 * The dossiers under the folders (a file counts as itself), opened; a dossier that cannot be opened or
	 * whose text does not read entirely is reported and left out.
	 *
	 * @throws Inputs.Unreadable when a folder does not exist or cannot be listed
	 */
	List<DossierSession> under(List<String> folders) throws Inputs.Unreadable {
		List<DossierSession> found = new ArrayList<>();
		for (String folder : folders.isEmpty() ? List.of(".") : folders) {
			Path root = inputs.resolve(folder);
			if (!Files.exists(root)) {
				throw new Inputs.Unreadable(NLS.bind(Messages.noSuchFile, folder));
			}
			List<Path> files;
			try {
				files = DossierFiles.find(root);
			} catch (IOException e) {
				throw new Inputs.Unreadable(NLS.bind(Messages.cannotRead, folder, e.getMessage()));
			}
			for (Path file : files) {
				String name = folder.equals(".") ? root.relativize(file).toString() : Path.of(folder).resolve(root.relativize(file)).toString();
				DossierSession session = open(file, name, false);
				if (session != null && !found.contains(session)) {
					found.add(session);
				}
			}
		}
		return found;
	}

	/**
	 * One dossier named on the command line.
	 *
	 * @throws Inputs.Unreadable when it cannot be read at all
	 */
	DossierSession named(String file) throws Inputs.Unreadable {
		Path path = inputs.resolve(file);
		if (!Files.isRegularFile(path)) {
			throw new Inputs.Unreadable(NLS.bind(Files.isDirectory(path) ? Messages.isDirectory : Messages.noSuchFile, file));
		}
		return open(path, file, true);
	}

	private DossierSession open(Path file, String name, boolean named) throws Inputs.Unreadable {
		Path key = file.toAbsolutePath().normalize();
		DossierSession session = sessions.get(key);
		if (session != null) {
			return session;
		}
		try {
			session = context.service(DossierSessions.class).open(key);
		} catch (IOException e) {
			if (named) {
				throw new Inputs.Unreadable(NLS.bind(Messages.cannotRead, name, e.getMessage()));
			}
			context.err().println(NLS.bind(Messages.dossierLeftOut, name, e.getMessage()));
			return null;
		}
		if (session.readOnlyReason() != null) {
			context.err().println(NLS.bind(Messages.dossierLeftOut, name, session.readOnlyReason()));
			return null;
		}
		sessions.put(key, session);
		names.put(session, name);
		return session;
	}

	/** The dossier's name as the user gave or found it (relative to the working directory). */
	String name(DossierSession session) {
		return names.getOrDefault(session, session.file().toString());
	}

	/** Saves the sessions that changed (atomically, only the text of what changed); false after reporting a failure. */
	boolean save(List<DossierSession> changed) {
		boolean ok = true;
		for (DossierSession session : changed) {
			try {
				session.save();
			} catch (IOException e) {
				context.err().println(NLS.bind(Messages.cannotWrite, name(session), e.getMessage()));
				ok = false;
			}
		}
		return ok;
	}
}
