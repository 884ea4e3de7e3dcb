package fr.segurstudio.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A command's work on each of its files, on a small fixed pool of threads (2 by default: the machines
 * the command line runs on, a developer's laptop or a CI runner, have few cores, and a resident process
 * serves several calls at once). The outcomes come back in the order of the files, and the command prints
 * them afterwards, so the output is byte for byte that of a run on one thread. {@value #THREADS_PROPERTY}
 * sets the number of threads (1: all on the command's own thread).
 */
final class PerFile {

	static final String THREADS_PROPERTY = "segur.cli.threads";

	private static final AtomicInteger THREAD_NUMBER = new AtomicInteger();

	private PerFile() {
	}

	/** The call was interrupted (its client went away): no result, and nothing for a bug report. */
	static final class Interrupted extends RuntimeException {
		private static final long serialVersionUID = 1L;

		Interrupted() {
			super("interrompu");
		}
	}

	/** What the work on one file gave: its value, or why the file could not be read or checked. */
	record Outcome<T>(T value, Inputs.Unreadable failure) {
	}

	/** The work on one file; a file it cannot read or check is its {@link Inputs.Unreadable}. */
	@FunctionalInterface
	interface Work<I, T> {
		T run(I item) throws Inputs.Unreadable;
	}

	static int threads() {
		return Math.max(1, Integer.getInteger(THREADS_PROPERTY, Math.min(2, Runtime.getRuntime().availableProcessors())));
	}

	/** The work on each item, in the items' order; an interrupt of the calling thread stops it (a cancelled call). */
	static <I, T> List<Outcome<T>> map(List<I> items, Work<I, T> work) {
		int threads = Math.min(threads(), items.size());
		if (threads <= 1) {
			List<Outcome<T>> outcomes = new ArrayList<>(items.size());
			for (I item : items) {
				outcomes.add(outcome(work, item));
			}
			return outcomes;
		}
		ThreadFactory factory = task -> {
			Thread thread = new Thread(task, "segur-fichiers-" + THREAD_NUMBER.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
		ExecutorService pool = Executors.newFixedThreadPool(threads, factory);
		try {
			List<Future<Outcome<T>>> futures = new ArrayList<>(items.size());
			for (I item : items) {
				futures.add(pool.submit(() -> outcome(work, item)));
			}
			List<Outcome<T>> outcomes = new ArrayList<>(items.size());
			for (Future<Outcome<T>> future : futures) {
				outcomes.add(future.get());
			}
			return outcomes;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new Interrupted();
		} catch (ExecutionException e) { // only an Error that Inputs.guard lets through (a linkage error...)
			if (e.getCause() instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException(e.getCause());
		} finally {
			pool.shutdownNow();
		}
	}

	private static <I, T> Outcome<T> outcome(Work<I, T> work, I item) {
		try {
			return new Outcome<>(work.run(item), null);
		} catch (Inputs.Unreadable e) {
			return new Outcome<>(null, e);
		}
	}
}
