package fr.segurstudio.json.deposit;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
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
	/** Taken for the whole of a deposit, so that two exports into one folder never share a number. */
	static final String LOCK_FILE = ".segur-depot.lock";
	/** The folders this process deposits into, each with its lock (the file lock cannot be taken twice by one process). */
	private static final Map<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();
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

	private Runnable onWait = () -> {
	};
	private BooleanSupplier cancelled = () -> false;
	private UnaryOperator<OutputStream> streams = UnaryOperator.identity();

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
		Files.createDirectories(options.outputDirectory());
		// a file lock is held per process: deposits of this process into one folder wait for each other first
		ReentrantLock inProcess = IN_PROCESS.computeIfAbsent(options.outputDirectory().toRealPath(), p -> new ReentrantLock());
		boolean waited = !inProcess.tryLock();
		if (waited) {
			onWait.run();
			inProcess.lock();
		}
		try {
			Path lockFile = options.outputDirectory().resolve(LOCK_FILE);
			// a link planted under the lock's name is not followed (the open fails)
			try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
					FileLock lock = lock(channel, waited)) {
				DepositWriter.recover(options.outputDirectory());
				DepositPlan plan = plan(sources, options);
				if (!plan.ok()) {
					return new DepositResult(List.of(), plan.problems(), List.of());
				}
				return new DepositWriter(options, cancelled, streams).write(plan);
			}
		} finally {
			inProcess.unlock();
		}
	}

	private FileLock lock(FileChannel channel, boolean waited) throws IOException {
		FileLock lock = channel.tryLock();
		if (lock == null) {
			if (!waited) {
				onWait.run();
			}
			lock = channel.lock();
		}
		return lock;
	}
}
