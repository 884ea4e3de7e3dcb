package fr.segurstudio.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;

import fr.segurstudio.model.issue.Echo;

/**
 * What the user reads when something fails that is not the input's fault: one French line, never a stack
 * trace on the terminal (the trace goes to a file in the temporary folder, named in the line, for a bug
 * report). An {@link OutOfMemoryError} or a {@link StackOverflowError} says so in words.
 */
final class Failures {

	/** Set once a call of this process ran out of memory (the resident process then ends when idle). */
	private static volatile boolean outOfMemory;

	private Failures() {
	}

	static boolean outOfMemorySeen() {
		return outOfMemory;
	}

	/** The line to print for a failure of the whole command. */
	static String message(Throwable failure) {
		return NLS.bind(Messages.internalError, describe(failure)) + details(failure);
	}

	/** The failure in words: its kind and its message, escaped and shortened. */
	static String describe(Throwable failure) {
		if (failure instanceof OutOfMemoryError) {
			outOfMemory = true;
			return Messages.outOfMemory;
		}
		if (failure instanceof StackOverflowError) {
			return Messages.stackOverflow;
		}
		String message = failure.getMessage();
		return failure.getClass().getSimpleName() + (message == null ? "" : " : " + Echo.text(message.lines().findFirst().orElse("")));
	}

	/** " ; détails : FILE" when the trace could be written, else nothing. */
	private static String details(Throwable failure) {
		if (failure instanceof OutOfMemoryError) {
			return ""; // writing a trace needs memory; the message says what to do
		}
		try {
			StringWriter trace = new StringWriter();
			failure.printStackTrace(new PrintWriter(trace));
			Path file = Files.createTempFile("segur-erreur-", ".txt");
			Files.writeString(file, trace.toString(), StandardCharsets.UTF_8);
			return NLS.bind(Messages.internalErrorDetails, file);
		} catch (IOException | RuntimeException | Error e) {
			return "";
		}
	}
}
