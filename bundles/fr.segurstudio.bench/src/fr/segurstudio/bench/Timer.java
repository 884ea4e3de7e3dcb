package fr.segurstudio.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
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

	/** Median, min and max of the measured runs, and the garbage collections during them (their pauses: not G1's concurrent work). */
	record Measure(double medianMillis, double minMillis, double maxMillis, double gcMillis, long collections) {
	}

	static Measure measure(int warmUp, int runs, Task task) throws Exception {
		for (int i = 0; i < warmUp; i++) {
			task.run();
		}
		long[] nanos = new long[runs];
		long gcMillis = -gcMillis();
		long collections = -collections();
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			task.run();
			nanos[i] = System.nanoTime() - start;
		}
		gcMillis += gcMillis();
		collections += collections();
		Arrays.sort(nanos);
		return new Measure(nanos[runs / 2] / 1e6, nanos[0] / 1e6, nanos[runs - 1] / 1e6, gcMillis, collections);
	}

	private static long gcMillis() {
		return pauses().mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
	}

	private static long collections() {
		return pauses().mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
	}

	private static java.util.stream.Stream<GarbageCollectorMXBean> pauses() {
		return ManagementFactory.getGarbageCollectorMXBeans().stream().filter(gc -> !gc.getName().contains("Concurrent"));
	}

	static String megabytesPerSecond(long bytes, double millis) {
		return String.format("%.1f Mo/s", bytes / 1e6 / (millis / 1000));
	}
}
