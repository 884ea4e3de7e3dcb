package fr.segurstudio.cli;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The heap the calls of the resident process share (a one-shot run has a heap of its own): a call waits
 * until the memory its inputs need is free, so that calls at once never fail where one-shot runs pass (three
 * {@code format --check} of a 20,000-request dossier); a call that needs more than {@link #SHARE} of the heap
 * is not taken (it runs in a JVM of its own, exactly as a one-shot run). What a call needs is estimated from
 * the size of the dossiers it names (files, and folders walked as the commands walk them), at
 * {@link #PER_INPUT_BYTE} bytes of heap per byte of input, measured on the heaviest command (a .segur text
 * parsed into its node model and checked).
 */
final class Admission {

	/** Heap per byte of a .segur or JSON input: the largest of the commands' measured needs, with a margin. */
	static final long PER_INPUT_BYTE = 60;
	/** What any call needs besides its inputs (its streams, the command's own state). */
	static final long BASE = 8L << 20;
	/** The part of the heap one call may take in this process; a larger one runs in a JVM of its own. */
	static final double SHARE = 0.45;
	/** The part of the heap the calls together may take (the rest is the process's own: classes, Xtext, caches). */
	static final double CALLS = 0.8;
	/** Folders named by a call are walked at most this far for their dossiers. */
	private static final int MAX_WALKED = 20_000;
	private static final long UNIT = 1L << 20;

	private final long heap;
	private final int total;
	private final Semaphore megabytes;

	Admission(long maxHeap) {
		this.heap = maxHeap;
		this.total = (int) Math.max(1, (long) (maxHeap * CALLS) / UNIT);
		this.megabytes = new Semaphore(total, true);
	}

	/** True when a call needing this much may run in this process. */
	boolean fits(long need) {
		return need <= heap * SHARE;
	}

	/** The memory a call holds while it runs. */
	interface Permit extends AutoCloseable {
		@Override
		void close();
	}

	/** Waits until the memory is free (interrupted: the client went away); the permit gives it back once. */
	Permit enter(long need) throws InterruptedException {
		int taken = (int) Math.max(1, Math.min(need / UNIT, total));
		megabytes.acquire(taken);
		AtomicBoolean released = new AtomicBoolean();
		return () -> {
			if (released.compareAndSet(false, true)) {
				megabytes.release(taken);
			}
		};
	}

	/** The heap a call needs: its inputs' size (the files and folders among its arguments) times the measured factor. */
	static long need(String[] args, Path workingDirectory) {
		long bytes = 0;
		int[] walked = { 0 };
		for (String arg : args) {
			if (arg.isEmpty() || arg.startsWith("-") && !arg.contains("/")) {
				continue;
			}
			try {
				Path path = workingDirectory.resolve(arg);
				if (Files.isRegularFile(path)) {
					bytes += dossier(path) ? Files.size(path) : 0;
				} else if (Files.isDirectory(path)) {
					bytes += walk(path, walked);
				}
			} catch (IOException | InvalidPathException | SecurityException e) {
				// not a file the call can read: it says so itself
			}
		}
		return BASE + bytes * PER_INPUT_BYTE;
	}

	private static boolean dossier(Path file) {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		return name.endsWith(".segur") || name.endsWith(".json") || name.endsWith(".csv");
	}

	private static long walk(Path folder, int[] walked) throws IOException {
		long[] bytes = { 0 };
		Files.walkFileTree(folder, new SimpleFileVisitor<>() {
			@Override
			public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
				return !dir.equals(folder) && dir.getFileName().toString().startsWith(".") ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
				if (attrs.isRegularFile() && dossier(file)) {
					bytes[0] += attrs.size();
				}
				return ++walked[0] >= MAX_WALKED ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFileFailed(Path file, IOException exc) {
				return FileVisitResult.CONTINUE;
			}
		});
		return bytes[0];
	}
}
