package fr.segurstudio.lifecycle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import fr.segurstudio.editing.DossierSession;
import fr.segurstudio.editing.DossierSessions;
import fr.segurstudio.json.deposit.AtomicFiles;
import fr.segurstudio.json.deposit.FileVersion;
import fr.segurstudio.json.deposit.FolderLock;

/**
 * Dossiers read, changed and written as one step that no other writer can cut into: the locks of their
 * folders are taken first ({@link FolderLock#FILES}, in a fixed order), what killed deposits left to record
 * there is completed ({@link PendingRecords}), then the dossiers are read fresh, the change is made on their
 * sessions and the sessions that changed are saved ({@link DossierSession#save()}: only over the version read).
 * A program that writes a file without these locks (a text editor, a git pull) is caught by that check: the
 * dossiers are read again and the change applied again, a few times, then refused saying why. The way
 * {@code retour}, {@code resoumettre} and a deposit's record write dossiers; the workbench gets the written
 * versions back ({@link DossierSession#absorb}).
 */
public final class DossierUpdate {

	/** How many times a change is applied again to a file that another program wrote meanwhile. */
	static final int ATTEMPTS = 3;

	/** The sessions of the update's dossiers, each opened once, fresh, under the locks. */
	public interface Sessions {
		DossierSession open(Path file) throws IOException;
	}

	/** A change of the update's dossiers: commands executed on their sessions; it may run again on a fresh reading. */
	@FunctionalInterface
	public interface Change<R> {
		R apply(Sessions sessions) throws IOException;
	}

	/**
	 * What an update did: the change's result (of its last application), the files written, and those that
	 * could not be (their reason, in French).
	 */
	public record Outcome<R>(R value, List<DossierSession.Written> written, Map<Path, IOException> failures) {

		public boolean ok() {
			return failures.isEmpty();
		}
	}

	private final DossierSessions services;
	private final PendingRecords pending;
	private Runnable onWait = () -> {
	};

	public DossierUpdate(DossierSessions services) {
		this.services = services;
		this.pending = new PendingRecords(services);
	}

	/** Called once when another writer holds one of the folders: the caller says it waits. */
	public DossierUpdate onWait(Runnable action) {
		this.onWait = action;
		return this;
	}

	/**
	 * Locks the folders of the files, completes their pending records, and applies the change to fresh
	 * sessions, saving those that changed.
	 */
	public <R> Outcome<R> run(Collection<Path> files, Change<R> change) throws IOException {
		try (FolderLock lock = FolderLock.acquireAll(folders(files), FolderLock.FILES, onWait)) {
			pending.settle(folders(files));
			return apply(change);
		}
	}

	/** The folders of the files, those that exist. */
	static List<Path> folders(Collection<Path> files) {
		TreeSet<Path> folders = new TreeSet<>();
		for (Path file : files) {
			Path folder = file.toAbsolutePath().normalize().getParent();
			if (folder != null && Files.isDirectory(folder)) {
				folders.add(folder);
			}
		}
		return List.copyOf(folders);
	}

	/** Applies the change and saves, under locks the caller holds. */
	<R> Outcome<R> apply(Change<R> change) throws IOException {
		Map<Path, IOException> failures = new LinkedHashMap<>();
		List<DossierSession.Written> written = new ArrayList<>();
		for (int attempt = 1;; attempt++) {
			Map<Path, DossierSession> opened = new LinkedHashMap<>();
			Sessions sessions = file -> {
				Path key = file.toAbsolutePath().normalize();
				DossierSession session = opened.get(key);
				if (session == null) {
					session = services.open(key);
					opened.put(key, session);
				}
				return session;
			};
			R value = change.apply(sessions);
			boolean again = false;
			failures.clear();
			for (DossierSession session : opened.values()) {
				if (!session.isDirty()) {
					continue;
				}
				FileVersion before = session.version();
				try {
					session.save();
					written.removeIf(w -> w.file().equals(session.file()));
					written.add(new DossierSession.Written(session.file(), before, session.version()));
				} catch (AtomicFiles.Changed e) {
					failures.put(session.file(), e);
					again = attempt < ATTEMPTS;
				} catch (IOException e) {
					failures.put(session.file(), e);
				}
			}
			if (!again) {
				return new Outcome<>(value, List.copyOf(written), Collections.unmodifiableMap(new LinkedHashMap<>(failures)));
			}
		}
	}
}
