package fr.segurstudio.json.deposit;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;

import fr.segurstudio.model.core.Dossier;

/**
 * A deposit (seeds §2.1, §3.3): the requests grouped by (numeroAns, couloir, software) into files of at
 * most 200 requests named {@code JSON-<numeroAns>-<AAAAMMJJ>-<NNN>.json}, the supporting documents copied
 * under their nomenclature name or zipped, a manifest per file. In two steps: a {@link DepositPlan} (checks,
 * grouping, numbering; it reads the output folder, never writes), then {@link DepositWriter} writes it all
 * or nothing. The requests' new status is returned ({@link DepositResult#statusChanges()}), for the caller
 * to apply: the model is not touched here.
 */
public final class Deposit {

	/** Seed §2.1: « Le nombre exact de demandes maximum par fichier JSON est fixé à 200 ». */
	public static final int MAX_REQUESTS_PER_FILE = 200;
	/**
	 * Seed §2.1: « Le fichier .zip ne peut excéder la taille de 200 Mo », read as 200 000 000 octets (1 Mo = 10^6
	 * octets), the reading the portal cannot refuse (as {@link PieceFiles#MAX_BYTES}).
	 */
	public static final long MAX_ZIP_BYTES = 200_000_000L;
	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuuMMdd");

	/**
	 * A dossier to deposit.
	 *
	 * @param directory the folder its relative supporting-document paths start from, or null
	 * @param name      the input it was read from (a file name), for messages; may be null
	 */
	public record Source(Dossier dossier, Path directory, String name) {

		public Source(Dossier dossier, Path directory) {
			this(dossier, directory, null);
		}
	}

	/**
	 * @param zip                  pack the supporting documents into zips rather than copy them into a folder
	 * @param maxZipBytes          size limit of one zip ({@link #MAX_ZIP_BYTES} but in tests)
	 * @param piecesOutsideAllowed the user allows pieces outside their dossier's folder, or symbolic links
	 *                             ({@link PieceFiles#OUTSIDE_OPTION}; refused otherwise)
	 */
	public record Options(Path outputDirectory, LocalDate date, boolean zip, long maxZipBytes, boolean piecesOutsideAllowed) {

		public Options(Path outputDirectory, LocalDate date, boolean zip) {
			this(outputDirectory, date, zip, MAX_ZIP_BYTES, false);
		}

		public Options(Path outputDirectory, LocalDate date, boolean zip, long maxZipBytes) {
			this(outputDirectory, date, zip, maxZipBytes, false);
		}

		public Options allowingPiecesOutside(boolean allowed) {
			return new Options(outputDirectory, date, zip, maxZipBytes, allowed);
		}
	}

	/**
	 * The record of a deposit in the dossiers it came from, made part of the deposit's journal: written once
	 * every file of the deposit is in place, before the deposit's lock is let go; a run killed (or an I/O
	 * failure) between the two leaves the record in the journal, and the next run that settles the folder
	 * completes it ({@link Completer}).
	 */
	public interface Record {
		/** What the journal keeps of the record (for a {@link Completer}), once the deposit's files are known. */
		byte[] journal(DepositResult result);

		/** The record is in the journal of this staging folder, and the files are about to move into place. */
		void announce(Path staging) throws IOException;

		/** Writes the record: every file of the deposit is in place. */
		void write(Path staging, DepositResult result) throws IOException;
	}

	/** Completes the record a killed run left in a staging folder's journal. */
	@FunctionalInterface
	public interface Completer {
		/** True when the record is written now; false leaves it for later (its dossiers are being written by another). */
		boolean complete(Path staging, byte[] journal) throws IOException;
	}

	/** The deposit is written, whole, but its record could not be: the journal keeps it for the next run. */
	public static final class RecordPending extends IOException {
		private static final long serialVersionUID = 1L;
		private final transient DepositResult result;

		RecordPending(DepositResult result, Throwable cause) {
			super(cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage(), cause);
			this.result = result;
		}

		/** What the deposit wrote. */
		public DepositResult result() {
			return result;
		}
	}

	private Runnable onWait = () -> {
	};
	private BooleanSupplier cancelled = () -> false;
	private UnaryOperator<OutputStream> streams = UnaryOperator.identity();
	private Record record;
	private Completer completer;

	/** The deposit is recorded in its dossiers as part of its journal. */
	public Deposit recording(Record value) {
		this.record = value;
		return this;
	}

	/** Completes the records that killed runs left in the folder's journals, when settling the folder. */
	public Deposit completingWith(Completer value) {
		this.completer = value;
		return this;
	}

	/** Called once when another deposit into the same folder holds it: the caller tells the user it waits. */
	public Deposit onWait(Runnable action) {
		this.onWait = action;
		return this;
	}

	/**
	 * Asked between the artefacts written (a progress monitor's cancel): when it says true, the deposit
	 * stops and leaves nothing behind ({@link java.util.concurrent.CancellationException}).
	 */
	public Deposit cancelWhen(BooleanSupplier check) {
		this.cancelled = check;
		return this;
	}

	/**
	 * Every byte the deposit writes goes through the stream this gives for each file (the identity but in
	 * tests: a disk that fills up after N bytes, a slow disk to kill a deposit in the middle of).
	 */
	public Deposit writingThrough(UnaryOperator<OutputStream> filter) {
		this.streams = filter;
		return this;
	}

	/** What a deposit would write, and every problem; reads the output folder (numbering, earlier deposits). */
	public DepositPlan plan(List<Source> sources, Options options) {
		return DepositPlanner.plan(sources, options);
	}

	/**
	 * Plans and, when the plan has no error, writes, holding the folder's lock throughout: nothing is
	 * written when a check fails, and a failure while writing leaves nothing of this deposit behind. A
	 * deposit cut in the middle by a kill (its staging folder is left) is first completed or taken back
	 * ({@link DepositWriter#recover}), so that the numbering never counts a deposit that did not happen.
	 */
	public DepositResult run(List<Source> sources, Options options) throws IOException {
		FileModes.createDirectories(options.outputDirectory());
		// a link planted under the lock's name is not followed (the lock fails)
		try (FolderLock lock = FolderLock.acquire(options.outputDirectory(), FolderLock.DEPOSIT, onWait)) {
			DepositWriter.recover(options.outputDirectory(), completer);
			DepositPlan plan = plan(sources, options);
			if (!plan.ok()) {
				return new DepositResult(List.of(), plan.problems(), List.of());
			}
			return new DepositWriter(options, cancelled, streams, record).write(plan);
		}
	}

	/**
	 * Settles what killed deposits left in a folder, under its lock: each is completed (and recorded, with a
	 * {@link #completingWith completer}) or taken back. Nothing when the folder does not exist.
	 */
	public void settle(Path outputDirectory) throws IOException {
		if (!Files.isDirectory(outputDirectory) || !hasLeftovers(outputDirectory)) {
			return;
		}
		try (FolderLock lock = FolderLock.acquire(outputDirectory, FolderLock.DEPOSIT, onWait)) {
			DepositWriter.recover(outputDirectory, completer);
		}
	}

	/** True when a killed deposit left something in the folder (read without the lock: a hint only). */
	public static boolean hasLeftovers(Path outputDirectory) {
		try (var stream = Files.newDirectoryStream(outputDirectory, DepositWriter.STAGING_PREFIX + "*")) {
			return stream.iterator().hasNext();
		} catch (IOException e) {
			return false;
		}
	}
}
