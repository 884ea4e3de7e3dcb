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
		String position = issue.location().position();
		return file + ":" + (position.isEmpty() ? "" : position + ":") + " " + (issue.isError() ? Messages.error : Messages.warning)
				+ " : " + issue.message();
	}
}
