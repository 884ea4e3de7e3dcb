package fr.segurstudio.cli;

import java.util.List;

/** One sub-command of {@code segur}. */
public interface CliCommand {

	/** Exit codes of every command (README: 0 success, 1 the input has errors, 2 usage or I/O problem). */
	int OK = 0;
	int INPUT_ERRORS = 1;
	int USAGE = 2;

	/** The word typed after {@code segur}. */
	String name();

	/** One line for {@code segur --help}. */
	String summary();

	/** The command's own help: usage line, options, examples. */
	String help();

	/** Runs the command; returns an exit code. */
	int run(List<String> args, CliContext context);
}
