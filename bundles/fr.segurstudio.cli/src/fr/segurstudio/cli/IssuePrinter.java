package fr.segurstudio.cli;

import java.io.PrintStream;

import org.eclipse.osgi.util.NLS;

import fr.segurstudio.model.issue.Echo;
import fr.segurstudio.model.issue.Issue;
import fr.segurstudio.validation.json.FileReport;

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
		return Echo.longText(file) + ":" + (position.isEmpty() ? "" : position + ":") + " " + (issue.isError() ? Messages.error : Messages.warning)
				+ " : " + (where == null ? "" : where + " : ") + Echo.escape(issue.message()); // a rule may quote a value raw
	}

	/**
	 * A request named by its numeroEditeur; for a JSON file also by its numLigne (the ASP's own numbering),
	 * which in a .segur text would be mistaken for a line of the text.
	 */
	static String request(String file, FileReport.RequestReport request) {
		return Inputs.isText(file) ? NLS.bind(Messages.validateRequestText, Echo.text(request.numeroEditeur()))
				: NLS.bind(Messages.validateRequest, Echo.text(request.numeroEditeur()), request.numLigne());
	}
}
