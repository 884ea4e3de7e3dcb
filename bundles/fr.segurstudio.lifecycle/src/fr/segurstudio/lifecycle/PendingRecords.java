package fr.segurstudio.lifecycle;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import fr.segurstudio.editing.DossierSessions;
import fr.segurstudio.json.InputFiles;
import fr.segurstudio.json.deposit.AtomicFiles;
import fr.segurstudio.json.deposit.Deposit;
import fr.segurstudio.json.deposit.FolderLock;
import fr.segurstudio.json.tree.JsonTreeReader;
import fr.segurstudio.json.tree.JsonValue;

/**
 * The records of deposits that a killed (or failed) run left to write, found from either side: the deposit
 * folder keeps each in its staging folder's journal ({@link RecordedDeposit}), and each dossier's folder keeps
 * a list of those journals ({@value #FILE}), so that the next command that touches the deposit folder or one
 * of the dossiers writes the record before anything else. A journal whose staging folder is gone was settled:
 * its entry goes.
 */
public final class PendingRecords {

	/** In a dossiers' folder: the staging folders whose deposit is still to be recorded there (JSON array of paths). */
	public static final String FILE = ".segur-depots-en-cours";

	private final DossierSessions services;
	private BiConsumer<Path, Integer> onCompleted = (file, count) -> {
	};

	public PendingRecords(DossierSessions services) {
		this.services = services;
	}

	/** Told of each record a killed run left and this one wrote: the dossier and how many requests. */
	public PendingRecords onCompleted(BiConsumer<Path, Integer> listener) {
		this.onCompleted = listener;
		return this;
	}

	/**
	 * Before a command reads a dossier without taking its folder's lock (validate, etat, export's inputs):
	 * when a killed run left a record to write in its folder, the lock is taken and the record written. When
	 * another writer holds the lock, it is left to that writer, which settles the folder first (never waited
	 * for: the reader may be a thread of the holder).
	 */
	public void settleBeforeReading(Path dossier) throws IOException {
		Path folder = dossier.toAbsolutePath().normalize().getParent();
		if (folder == null || !Files.exists(folder.resolve(FILE), LinkOption.NOFOLLOW_LINKS)) {
			return;
		}
		try (FolderLock lock = FolderLock.tryAcquire(folder, FolderLock.FILES)) {
			if (lock != null) {
				settle(List.of(folder));
			}
		}
	}

	/** Writes the records left to do in these folders, whose locks the caller holds. */
	void settle(Collection<Path> folders) throws IOException {
		for (Path folder : folders) {
			for (Path staging : read(folder)) {
				if (Files.isDirectory(staging, LinkOption.NOFOLLOW_LINKS)) {
					new Deposit().completingWith(this::complete).settle(staging.getParent());
				}
				if (!Files.exists(staging, LinkOption.NOFOLLOW_LINKS)) {
					remove(folder, staging);
				}
			}
		}
	}

	/**
	 * The completer of a deposit folder's journals: writes the record into each dossier whose folder's lock
	 * can be had at once (its own, or free); true when every one is written (or gone).
	 */
	boolean complete(Path staging, byte[] journal) throws IOException {
		boolean all = true;
		for (Map.Entry<Path, List<DepositRecords.Entry>> entry : RecordedDeposit.parse(journal).entrySet()) {
			Path file = entry.getKey();
			Path folder = file.getParent();
			if (folder == null || !Files.isDirectory(folder)) {
				continue; // the dossier's folder is gone: nothing to record into
			}
			try (FolderLock lock = FolderLock.tryAcquire(folder, FolderLock.FILES)) {
				if (lock == null) {
					all = false; // another writer has it: that command, or the next, writes the record
					continue;
				}
				if (Files.isRegularFile(file)) {
					DossierUpdate.Outcome<Void> outcome = record(file, entry.getValue());
					if (!outcome.ok()) {
						all = false;
						continue;
					}
					if (!outcome.written().isEmpty()) {
						onCompleted.accept(file, entry.getValue().size());
					}
				}
				remove(folder, staging);
			}
		}
		return all;
	}

	/** Records deposited requests in a dossier whose folder's lock the caller holds. */
	DossierUpdate.Outcome<Void> record(Path file, List<DepositRecords.Entry> entries) throws IOException {
		return new DossierUpdate(services).apply(sessions -> {
			var session = sessions.open(file);
			Changes.execute(session, DepositRecords.command(session, entries));
			return null;
		});
	}

	/** Adds a staging folder to a dossiers' folder's list (its lock held). */
	static void add(Path folder, Path staging) throws IOException {
		List<Path> list = read(folder);
		if (!list.contains(staging)) {
			list.add(staging);
			write(folder, list);
		}
	}

	/** Removes a staging folder from a dossiers' folder's list (its lock held); the list goes when empty. */
	static void remove(Path folder, Path staging) throws IOException {
		List<Path> list = read(folder);
		if (list.remove(staging)) {
			write(folder, list);
		}
	}

	private static List<Path> read(Path folder) {
		List<Path> list = new ArrayList<>();
		try {
			JsonValue root = new JsonTreeReader().read(InputFiles.read(folder.resolve(FILE)));
			for (JsonValue value : ((JsonValue.JsonArray) root).elements()) {
				list.add(Path.of(((JsonValue.JsonString) value).value()));
			}
		} catch (NoSuchFileException e) {
			return list;
		} catch (Exception e) { // a damaged list: its journals are still found from their deposit folders
			return list;
		}
		return list;
	}

	private static void write(Path folder, List<Path> list) throws IOException {
		Path file = folder.resolve(FILE);
		if (list.isEmpty()) {
			Files.deleteIfExists(file);
			return;
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
			g.writeStartArray();
			for (Path staging : list) {
				g.writeString(staging.toString());
			}
			g.writeEndArray();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		AtomicFiles.write(file, out.toByteArray());
	}
}
