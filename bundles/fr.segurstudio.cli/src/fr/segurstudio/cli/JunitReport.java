package fr.segurstudio.cli;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import fr.segurstudio.model.issue.Echo;
import fr.segurstudio.validation.IssueCodes;
import fr.segurstudio.validation.json.FileReport;

/**
 * {@code --format junit}: the JUnit XML report CI servers show as tests. One testsuite per file, one testcase
 * per request (named as the text format names it), and one for the file's structure when it has issues of its
 * own; a case with an error has a {@code <failure>} (type: the first error's code) whose text is every issue of
 * the case as the text format writes them; a case with warnings only passes, its warnings in
 * {@code <system-out>}. A file that could not be read is an {@code <error>}, as the exit code 2 says.
 */
final class JunitReport implements ReportFormat {

	@Override
	public void write(List<FileReport> reports, CliContext context) {
		List<String> suites = new ArrayList<>();
		int tests = 0;
		int failures = 0;
		int errors = 0;
		for (FileReport report : reports) {
			List<Findings.Finding> findings = Findings.of(report, context.workingDirectory());
			String path = Findings.relativePath(report.file(), context.workingDirectory());
			// by identity: a report's hash would walk all its issues, for each of them
			Map<Object, Case> byOwner = new IdentityHashMap<>();
			List<Case> cases = new ArrayList<>();
			if (!report.errors().isEmpty()) {
				cases.add(new Case(Messages.validateCiStructure));
				byOwner.put(report, cases.get(0));
			}
			for (FileReport.RequestReport request : report.requests()) {
				cases.add(new Case(IssuePrinter.request(report.file(), request)));
				byOwner.put(request, cases.get(cases.size() - 1));
			}
			for (Findings.Finding finding : findings) {
				byOwner.get(finding.request() == null ? report : finding.request()).findings().add(finding);
			}
			StringBuilder suite = new StringBuilder();
			int suiteFailures = 0;
			int suiteErrors = 0;
			for (Case testCase : cases) {
				suite.append("    <testcase name=\"").append(xml(testCase.name())).append("\" classname=\"").append(xml(path))
						.append("\" file=\"").append(xml(path)).append('"');
				Findings.Finding firstError = testCase.findings().stream().filter(f -> f.issue().isError()).findFirst().orElse(null);
				if (testCase.findings().isEmpty()) {
					suite.append("/>\n");
					continue;
				}
				suite.append(">\n");
				StringBuilder lines = new StringBuilder();
				testCase.findings().forEach(f -> lines.append(f.textLine()).append('\n'));
				if (firstError != null) {
					boolean unreadable = firstError.issue().code().equals(IssueCodes.FICHIER_ILLISIBLE);
					String element = unreadable ? "error" : "failure";
					if (unreadable) {
						suiteErrors++;
					} else {
						suiteFailures++;
					}
					suite.append("      <").append(element).append(" message=\"").append(xml(Echo.escape(firstError.message())))
							.append("\" type=\"").append(xml(firstError.issue().code())).append("\">").append(xml(lines.toString()))
							.append("</").append(element).append(">\n");
				} else {
					suite.append("      <system-out>").append(xml(lines.toString())).append("</system-out>\n");
				}
				suite.append("    </testcase>\n");
			}
			suites.add("  <testsuite name=\"" + xml(path) + "\" tests=\"" + cases.size() + "\" failures=\"" + suiteFailures + "\" errors=\""
					+ suiteErrors + "\" skipped=\"0\">\n" + suite + "  </testsuite>\n");
			tests += cases.size();
			failures += suiteFailures;
			errors += suiteErrors;
		}
		StringBuilder document = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
		document.append("<testsuites name=\"segur validate\" tests=\"").append(tests).append("\" failures=\"").append(failures)
				.append("\" errors=\"").append(errors).append("\">\n");
		suites.forEach(document::append);
		document.append("</testsuites>\n");
		context.out().writeBytes(document.toString().getBytes(StandardCharsets.UTF_8));
		context.out().flush();
	}

	/** A test case: its name and its issues. */
	private record Case(String name, List<Findings.Finding> findings) {
		Case(String name) {
			this(name, new ArrayList<>());
		}
	}

	/**
	 * Text as XML 1.0 character data or attribute value: markup characters as entities, characters XML cannot
	 * hold (controls, lone surrogates, U+FFFE, U+FFFF) as U+FFFD.
	 */
	static String xml(String text) {
		StringBuilder out = new StringBuilder(text.length());
		text.codePoints().forEach(c -> {
			switch (c) {
			case '&' -> out.append("&amp;");
			case '<' -> out.append("&lt;");
			case '>' -> out.append("&gt;");
			case '"' -> out.append("&quot;");
			case '\'' -> out.append("&apos;");
			default -> {
				boolean allowed = c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000;
				out.appendCodePoint(allowed ? c : 0xFFFD);
			}
			}
		});
		return out.toString();
	}
}
