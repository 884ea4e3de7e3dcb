package fr.segurstudio.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.runtime.Platform;

/**
 * The phases of a start of the window, for the start-up benchmark (releng/scripts/startup-bench.sh): with
 * {@code -Dsegur.startup.log=FILE}, each phase appends a line "EPOCH-MILLISECONDS PHASE" to FILE; without it,
 * nothing is done. The launcher's own start ({@code eclipse.startTime}, set by Equinox's launcher before the
 * framework) is the first line.
 */
public final class StartupLog {

	/** The system property naming the log file. */
	public static final String PROPERTY = "segur.startup.log";

	private static final String FILE = System.getProperty(PROPERTY);
	private static final Set<String> ONCE = ConcurrentHashMap.newKeySet();

	static {
		if (FILE != null) {
			String launched = System.getProperty("eclipse.startTime");
			if (launched != null) {
				write(launched + " launcher main (JVM up)");
			}
		}
	}

	private StartupLog() {
	}

	/** Whether a log was asked for. */
	public static boolean enabled() {
		return FILE != null;
	}

	/** Notes that this phase is reached now. */
	public static void phase(String phase) {
		if (FILE != null) {
			write(System.currentTimeMillis() + " " + phase);
		}
	}

	/** Notes the first time this phase is reached; later ones are not written. */
	public static void once(String phase) {
		if (FILE != null && ONCE.add(phase)) {
			phase(phase);
		}
	}

	private static synchronized void write(String line) {
		try {
			Files.writeString(Path.of(FILE), line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		} catch (IOException | RuntimeException e) {
			Platform.getLog(StartupLog.class).warn("startup log " + FILE + ": " + e.getMessage());
		}
	}
}
