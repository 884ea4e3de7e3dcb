package fr.segurstudio.cli;

import java.io.PrintStream;
import java.nio.file.Path;

/** What a command may use: its output streams, the working directory and the OSGi services. */
public interface CliContext {

	PrintStream out();

	PrintStream err();

	/** Relative paths on the command line are resolved against this directory. */
	Path workingDirectory();

	/**
	 * An OSGi service; waits briefly for DS to register it.
	 *
	 * @throws IllegalStateException when no such service comes
	 */
	<T> T service(Class<T> type);
}
