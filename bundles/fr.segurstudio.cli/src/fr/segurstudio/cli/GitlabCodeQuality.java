package fr.segurstudio.cli;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import fr.segurstudio.json.AspPrettyPrinter;
import fr.segurstudio.model.issue.Issue;
import fr.segurstudio.validation.json.FileReport;

/**
 * {@code --format gitlab}: the Code Quality report of GitLab CI, a JSON array with one object per issue:
 * description, check_name (the code), fingerprint (see Findings: the same across runs and when lines
 * move, so that GitLab tells new issues from old ones), severity, location.path and location.lines.begin
 * (line 1 for an issue of the whole file). Severity: {@code critical} for an error of the file's structure
 * (the portal rejects the whole file), {@code major} for a request's error (the request is rejected),
 * {@code minor} for a warning.
 */
final class GitlabCodeQuality implements ReportFormat {

	@Override
	public void write(List<FileReport> reports, CliContext context) throws IOException {
		try (JsonGenerator g = new JsonFactory().createGenerator(context.out(), JsonEncoding.UTF8)) {
			g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
			g.setPrettyPrinter(new AspPrettyPrinter());
			g.writeStartArray();
			for (Findings.Finding finding : Findings.of(reports, context.workingDirectory())) {
				Issue issue = finding.issue();
				g.writeStartObject();
				g.writeStringField("description", finding.message());
				g.writeStringField("check_name", issue.code());
				g.writeStringField("fingerprint", finding.fingerprint());
				g.writeStringField("severity", severity(finding));
				g.writeObjectFieldStart("location");
				g.writeStringField("path", finding.path());
				g.writeObjectFieldStart("lines");
				g.writeNumberField("begin", Math.max(1, issue.location().line()));
				g.writeEndObject();
				g.writeEndObject();
				g.writeEndObject();
			}
			g.writeEndArray();
			g.writeRaw('\n');
		}
	}

	static String severity(Findings.Finding finding) {
		if (!finding.issue().isError()) {
			return "minor";
		}
		return finding.request() == null ? "critical" : "major";
	}
}
