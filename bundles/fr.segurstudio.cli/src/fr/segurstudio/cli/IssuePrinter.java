package fr.segurstudio.cli;

import java.io.PrintStream;

import fr.segurstudio.model.issue.Issue;

/** One line per problem, as compilers write them: {@code file:line:column: erreur : message}. */
final class IssuePrinter {

	private IssuePrinter() {
	}

	static void print(PrintStream out, String file, Issue issue) {
		out.println(line(file, issue));
	}

	static String line(String file, Issue issue) {
		return line(file, issue, null);
	}

	/** With a prefix naming where in the file (the request), after the severity. */
	static String line(String file, Issue issue, String where) {
		String position = issue.location().position();
		return file + ":" + (position.isEmpty() ? "" : position + ":") + " " + (issue.isError() ? Messages.error : Messages.warning)
				+ " : " + (where == null ? "" : where + " : ") + issue.message();
	}
}
