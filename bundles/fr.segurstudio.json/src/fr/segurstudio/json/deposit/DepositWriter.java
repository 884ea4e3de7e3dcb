package fr.segurstudio.json.deposit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import fr.segurstudio.json.AspJsonWriter;
import fr.segurstudio.model.core.Demande;
import fr.segurstudio.model.core.StatutDemande;

/**
 * Writes a {@link DepositPlan} all or nothing: every artefact (JSON files, zips or pieces folders,
 * manifests) is first written into a staging folder inside the output folder, then moved into place,
 * manifests last; on any failure what was moved is taken back and the staging folder removed, so no
 * file of a failed deposit remains and a retry is numbered as if it never happened. Before the moves, the
 * staging folder's journal lists them: a run killed while moving leaves its staging folder, and the next
 * deposit ({@link #recover}, under the folder's lock, so they are no one's) completes it when every
 * manifest is in place, else takes back what had been moved.
 */
final class DepositWriter {

	/** Prefix of the staging folders; never matches a deposit's names, so numbering ignores them. */
	static final String STAGING_PREFIX = ".depot-en-cours-";
	/** Room kept per zip entry for its headers, so that a zip never exceeds the limit. */
	private static final long ZIP_ENTRY_OVERHEAD = 1024;

	/** In a staging folder: the artefacts to move, one name a line, in their order (manifests last). */
	private static final String JOURNAL = ".journal";
	/** In a staging folder: the record of the deposit in its dossiers ({@link Deposit.Record#journal}). */
	private static final String RECORD = ".enregistrement";
	/** In a staging folder: every artefact is in place (the deposit happened); only its record may remain to do. */
	private static final String COMPLETE = ".complet";

	private final Deposit.Options options;
	private final BooleanSupplier cancelled;
	private final UnaryOperator<OutputStream> streams;
	private final Deposit.Record record;
	private final AspJsonWriter writer = new AspJsonWriter();

	DepositWriter(Deposit.Options options, BooleanSupplier cancelled, UnaryOperator<OutputStream> streams, Deposit.Record record) {
		this.options = options;
		this.cancelled = cancelled;
		this.streams = streams;
		this.record = record;
	}

	private void checkCancelled() {
		if (cancelled.getAsBoolean()) {
			throw new CancellationException("dépôt annulé");
		}
	}

	DepositResult write(DepositPlan plan) throws IOException {
		Path out = options.outputDirectory();
		Path staging = Files.createTempDirectory(out, STAGING_PREFIX);
		List<Path> moved = new ArrayList<>();
		boolean[] placed = { false };
		boolean[] pending = { false };
		try {
			List<DepositResult.File> files = new ArrayList<>();
			List<String> manifests = new ArrayList<>();
			List<String> artefacts = new ArrayList<>();
			List<byte[]> jsons = serialized(plan.files());
			for (int i = 0; i < plan.files().size(); i++) {
				DepositPlan.File file = plan.files().get(i);
				checkCancelled();
				DepositResult.File written = writeFile(staging, file, jsons.get(i), artefacts);
				files.add(written);
				write(staging.resolve(file.name() + Manifest.SUFFIX), Manifest.toBytes(written));
				manifests.add(file.name() + Manifest.SUFFIX);
			}
			List<DepositResult.StatusChange> changes = new ArrayList<>();
			for (DepositPlan.File file : plan.files()) {
				for (Demande demande : file.demandes()) {
					changes.add(new DepositResult.StatusChange(demande, StatutDemande.DEPOSEE, file.name() + ".json", options.date()));
				}
			}
			DepositResult result = new DepositResult(List.copyOf(files), plan.problems(), List.copyOf(changes));
			checkCancelled(); // the last moment a cancel leaves no trace: next, the files go into place
			artefacts.addAll(manifests); // a manifest says its file is whole: moved last
			if (record != null) { // the record is part of the journal: a run killed after the moves is completed by the next
				write(staging.resolve(RECORD), record.journal(result));
				record.announce(staging);
			}
			write(staging.resolve(JOURNAL), String.join("\n", artefacts).getBytes(StandardCharsets.UTF_8));
			// from the first move on, the deposit is completed and recorded, never cut: an interrupt waits until it is
			Uninterrupted.run(() -> {
				for (String name : artefacts) {
					Path target = out.resolve(name);
					move(staging.resolve(name), target);
					moved.add(target);
				}
				write(staging.resolve(COMPLETE), new byte[0]);
				placed[0] = true;
				if (record != null) {
					pending[0] = true;
					try {
						record.write(staging, result);
					} catch (IOException | RuntimeException e) {
						throw new Deposit.RecordPending(result, e);
					}
					pending[0] = false;
				}
				return null;
			});
			return result;
		} catch (IOException | RuntimeException | Error e) {
			if (!placed[0]) {
				for (Path target : moved.reversed()) {
					deleteTree(target);
				}
			}
			throw e;
		} finally {
			if (!pending[0]) {
				deleteTree(staging);
			}
		}
	}

	/**
	 * The JSON of each file, written on the cores there are (each file's model is only read; a month's deposit
	 * is 50 files: a tenth of the command's work), in the files' order.
	 */
	private List<byte[]> serialized(List<DepositPlan.File> files) {
		java.util.stream.Stream<DepositPlan.File> stream = files.size() > 1 ? files.parallelStream() : files.stream();
		return stream.map(file -> writer.toBytes(file.header(), file.demandes(), AspJsonWriter.DEPOSIT)).toList();
	}

	private DepositResult.File writeFile(Path staging, DepositPlan.File file, byte[] json, List<String> artefacts) throws IOException {
		write(staging.resolve(file.name() + ".json"), json);
		artefacts.add(file.name() + ".json");
		List<DepositPlan.Piece> all = new ArrayList<>();
		file.pieces().values().forEach(all::addAll);
		Map<DepositPlan.Piece, String> placed = options.zip() ? zip(staging, file.name(), all) : copy(staging, file.name(), all);
		placed.values().stream().distinct().map(c -> c.endsWith("/") ? c.substring(0, c.length() - 1) : c).forEach(artefacts::add);
		List<DepositResult.Request> requests = new ArrayList<>();
		for (int i = 0; i < file.demandes().size(); i++) {
			Demande demande = file.demandes().get(i);
			List<DepositResult.Placement> placements = new ArrayList<>();
			for (DepositPlan.Piece piece : file.pieces().get(demande)) {
				placements.add(new DepositResult.Placement(piece.name(), placed.get(piece)));
			}
			requests.add(new DepositResult.Request(i + 1, demande.getNumeroEditeur(), List.copyOf(placements)));
		}
		return new DepositResult.File(file.name() + ".json", file.numeroAns(), file.typeLogiciel(), options.date(), List.copyOf(requests),
				placed.values().stream().distinct().toList());
	}

	/** Greedy packing in file order; a new zip starts when the next document would pass the limit. */
	private Map<DepositPlan.Piece, String> zip(Path staging, String base, List<DepositPlan.Piece> all) throws IOException {
		List<List<DepositPlan.Piece>> zips = new ArrayList<>();
		List<DepositPlan.Piece> current = new ArrayList<>();
		long size = 0;
		for (DepositPlan.Piece piece : all) {
			// deflate may grow an incompressible piece (a PDF, a JPG) by about a thousandth: counted, so that a zip never passes the limit
			long needed = piece.size() + piece.size() / 1000 + ZIP_ENTRY_OVERHEAD;
			if (!current.isEmpty() && size + needed > options.maxZipBytes()) {
				zips.add(current);
				current = new ArrayList<>();
				size = 0;
			}
			current.add(piece);
			size += needed;
		}
		if (!current.isEmpty()) {
			zips.add(current);
		}
		Map<DepositPlan.Piece, String> placed = new LinkedHashMap<>();
		for (int i = 0; i < zips.size(); i++) {
			String name = base + (i == 0 ? "" : "-" + (i + 1)) + ".zip";
			List<DepositPlan.Piece> content = zips.get(i);
			write(staging.resolve(name), stream -> {
				ZipOutputStream zip = new ZipOutputStream(stream);
				for (DepositPlan.Piece piece : content) {
					ZipEntry entry = new ZipEntry(piece.name());
					entry.setTime(0L); // same content, same bytes
					zip.putNextEntry(entry);
					try (InputStream in = Files.newInputStream(piece.file())) {
						in.transferTo(zip);
					}
					zip.closeEntry();
				}
				zip.finish(); // the file's stream is closed by AtomicFiles
			});
			content.forEach(piece -> placed.put(piece, name));
		}
		return placed;
	}

	private Map<DepositPlan.Piece, String> copy(Path staging, String base, List<DepositPlan.Piece> all) throws IOException {
		Map<DepositPlan.Piece, String> placed = new LinkedHashMap<>();
		for (DepositPlan.Piece piece : all) {
			checkCancelled();
			write(staging.resolve(base).resolve(piece.name()), stream -> Files.copy(piece.file(), stream));
			placed.put(piece, base + "/");
		}
		return placed;
	}

	private void write(Path file, byte[] bytes) throws IOException {
		write(file, stream -> stream.write(bytes));
	}

	/** Every file of the deposit is written through the deposit's stream filter. */
	private void write(Path file, AtomicFiles.Content content) throws IOException {
		AtomicFiles.write(file, stream -> {
			OutputStream filtered = streams.apply(stream);
			content.writeTo(filtered);
			filtered.flush();
		});
	}

	/** A rename within the folder; never replaces a file that appeared there meanwhile. */
	private static void move(Path from, Path to) throws IOException {
		if (Files.exists(to, LinkOption.NOFOLLOW_LINKS)) {
			throw new FileAlreadyExistsException(to.toString()); // a rename would replace it
		}
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(from, to);
		}
	}

	/**
	 * Settles the deposits a killed run left in the middle (their staging folders), holding the folder's
	 * lock: without a journal nothing was moved yet; with one, the deposit is complete when its staging folder
	 * says so or every manifest it lists is in place (manifests move last), else each artefact no longer in the
	 * staging folder was moved and is taken back. A complete deposit whose record in its dossiers is left to do
	 * is recorded by {@code completer} (which may leave it for later: its staging folder then stays, the
	 * numbering never counts it). Then the staging folder goes.
	 */
	static void recover(Path out, Deposit.Completer completer) {
		List<Path> leftovers = new ArrayList<>();
		try (DirectoryStream<Path> stream = Files.newDirectoryStream(out, STAGING_PREFIX + "*")) {
			stream.forEach(leftovers::add);
		} catch (IOException e) {
			return; // what cannot be listed stays; its name never matches a deposit's
		}
		for (Path staging : leftovers) {
			if (Files.isSymbolicLink(staging) || !Files.isDirectory(staging)) {
				deleteTree(staging);
				continue;
			}
			List<String> artefacts = journal(staging);
			boolean complete = Files.exists(staging.resolve(COMPLETE), LinkOption.NOFOLLOW_LINKS) || !artefacts.isEmpty() && artefacts.stream()
					.filter(name -> name.endsWith(Manifest.SUFFIX)).allMatch(name -> Files.exists(out.resolve(name), LinkOption.NOFOLLOW_LINKS));
			if (!complete) {
				for (String name : artefacts.reversed()) {
					if (!Files.exists(staging.resolve(name), LinkOption.NOFOLLOW_LINKS)) { // moved: a move never replaces a file
						deleteTree(out.resolve(name));
					}
				}
			} else if (Files.exists(staging.resolve(RECORD), LinkOption.NOFOLLOW_LINKS) && !recorded(staging, completer)) {
				continue; // its dossiers cannot be written now: the next command that touches them or this folder records it
			}
			deleteTree(staging);
		}
	}

	/** True when the deposit's record is written now (or cannot ever be: its journal is unreadable). */
	private static boolean recorded(Path staging, Deposit.Completer completer) {
		if (completer == null) {
			return false;
		}
		byte[] journal;
		try {
			journal = Files.readAllBytes(staging.resolve(RECORD));
		} catch (IOException e) {
			return false;
		}
		try {
			return Uninterrupted.run(() -> completer.complete(staging, journal));
		} catch (IOException | RuntimeException e) {
			return false;
		}
	}

	/** True when a staging folder holds a deposit that is complete but not yet recorded in its dossiers. */
	static boolean recordPending(Path staging) {
		return Files.exists(staging.resolve(RECORD), LinkOption.NOFOLLOW_LINKS) && Files.exists(staging.resolve(COMPLETE), LinkOption.NOFOLLOW_LINKS);
	}

	/** The artefacts a staging folder's journal lists (safe names only), or none. */
	private static List<String> journal(Path staging) {
		try {
			return Files.readAllLines(staging.resolve(JOURNAL), StandardCharsets.UTF_8).stream()
					.filter(name -> name.startsWith("JSON-") && !name.contains("/") && !name.contains("..")).toList();
		} catch (IOException | RuntimeException e) {
			return List.of();
		}
	}

	/** Removes a file or a folder, never following a symbolic link out of it. */
	static void deleteTree(Path path) {
		try {
			if (Files.isSymbolicLink(path) || !Files.isDirectory(path)) {
				Files.deleteIfExists(path);
				return;
			}
			Files.walkFileTree(path, new SimpleFileVisitor<>() {
				@Override
				public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
					Files.deleteIfExists(file);
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
					Files.deleteIfExists(dir);
					return FileVisitResult.CONTINUE;
				}
			});
		} catch (IOException e) {
			// best effort: a leftover staging folder is removed by the next deposit
		}
	}
}
