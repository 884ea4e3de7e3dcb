package fr.segurstudio.bench;

import java.util.Arrays;

/** Runs a task many times after a warm-up and keeps the median: figures for a table, not assertions. */
final class Timer {

	@FunctionalInterface
	interface Task {
		void run() throws Exception;
	}

	private Timer() {
	}

	/** Median duration in milliseconds of {@code runs} runs, after {@code warmUp} unmeasured ones. */
	static double medianMillis(int warmUp, int runs, Task task) throws Exception {
		for (int i = 0; i < warmUp; i++) {
			task.run();
		}
		long[] nanos = new long[runs];
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			task.run();
			nanos[i] = System.nanoTime() - start;
		}
		Arrays.sort(nanos);
		return nanos[runs / 2] / 1e6;
	}

	static String megabytesPerSecond(long bytes, double millis) {
		return String.format("%.1f Mo/s", bytes / 1e6 / (millis / 1000));
	}
}
