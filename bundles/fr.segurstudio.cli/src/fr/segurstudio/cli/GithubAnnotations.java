package fr.segurstudio.cli;

import java.util.List;

import org.eclipse.osgi.util.NLS;

import fr.segurstudio.model.issue.Echo;
import fr.segurstudio.validation.json.FileReport;

/**
 * {@code --format github}: one workflow command per issue, {@code ::error file=…,line=…,col=…,title=CODE::message}
 * ({@code ::warning} for a warning), that GitHub Actions shows on the file's line; then one {@code ::notice}
 * that counts them all, since GitHub shows only the first 10 annotations of a type per step. Escaped as GitHub
 * documents: {@code %}, CR and LF in the message, and also {@code :} and {@code ,} in the properties; the
 * message's control characters written as the text format writes them.
 */
final class GithubAnnotations implements ReportFormat {

	@Override
	public void write(List<FileReport> reports, CliContext context) {
		int errors = 0;
		int warnings = 0;
		for (Findings.Finding finding : Findings.of(reports, context.workingDirectory())) {
			StringBuilder line = new StringBuilder(finding.issue().isError() ? "::error " : "::warning ");
			line.append("file=").append(property(finding.path()));
			if (finding.issue().location().line() > 0) {
				line.append(",line=").append(finding.issue().location().line());
				if (finding.issue().location().column() > 0) {
					line.append(",col=").append(finding.issue().location().column());
				}
			}
			line.append(",title=").append(property(finding.issue().code()));
			line.append("::").append(data(Echo.escape(finding.message())));
			context.out().println(line);
			if (finding.issue().isError()) {
				errors++;
			} else {
				warnings++;
			}
		}
		long rejected = reports.stream().filter(FileReport::hasErrors).count();
		context.out().println("::notice title=segur validate::" + data(NLS.bind(Messages.validateCiSummary,
				new Object[] { reports.size(), rejected, errors, warnings })));
	}

	/** A command's message: {@code %}, CR and LF escaped. */
	static String data(String text) {
		return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
	}

	/** A property's value: also {@code :} and {@code ,}, which would end it. */
	static String property(String text) {
		return data(text).replace(":", "%3A").replace(",", "%2C");
	}
}
