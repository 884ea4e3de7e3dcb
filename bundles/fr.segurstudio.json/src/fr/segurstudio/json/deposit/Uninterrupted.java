package fr.segurstudio.json.deposit;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Work that an interrupt must not cut in the middle: once a deposit's files are moving into place, it is
 * completed and recorded, never half done (file channels give up when their thread is interrupted). An
 * interrupt meant as a cancel (the resident process's client pressed Ctrl-C: {@link #interrupt}) that comes
 * during such work is held until it ends; an interrupt already pending when it starts waits too. Either is
 * given back to the thread afterwards.
 */
public final class Uninterrupted {

	/** The work. */
	@FunctionalInterface
	public interface Work<T> {
		T run() throws IOException;
	}

	private static final Set<Thread> INSIDE = ConcurrentHashMap.newKeySet();
	private static final Set<Thread> HELD = ConcurrentHashMap.newKeySet();

	private Uninterrupted() {
	}

	/** Runs the work with no interrupt of the thread cutting it; an interrupt meanwhile is given back after. */
	public static <T> T run(Work<T> work) throws IOException {
		Thread thread = Thread.currentThread();
		if (INSIDE.contains(thread)) {
			return work.run(); // nested: the outer section gives the interrupt back
		}
		boolean interrupted = Thread.interrupted();
		INSIDE.add(thread);
		try {
			return work.run();
		} finally {
			synchronized (Uninterrupted.class) {
				INSIDE.remove(thread);
				interrupted |= HELD.remove(thread) | Thread.interrupted();
			}
			if (interrupted) {
				thread.interrupt();
			}
		}
	}

	/** Interrupts a thread (a cancel), or, while it runs uninterrupted work, holds the interrupt until the work ends. */
	public static void interrupt(Thread thread) {
		synchronized (Uninterrupted.class) {
			if (INSIDE.contains(thread)) {
				HELD.add(thread);
			} else {
				thread.interrupt();
			}
		}
	}
}
