package fr.segurstudio.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import fr.segurstudio.json.AspPrettyPrinter;
import fr.segurstudio.validation.json.FileReport;

/**
 * {@code --format sarif}: a SARIF 2.1.0 log as GitHub code scanning takes it. One run; the tool's rules are
 * the issue codes with their French descriptions (and any other code met, by its id); each result has its
 * ruleId, level (error or warning), message, and a physical location: the file as a URI relative to the
 * working directory, its line and column (UTF-16 code units, as the reports count them; line 1 for an issue
 * of the whole file, as code scanning wants a line). Its {@code partialFingerprints} carry the same
 * fingerprint as the GitLab format, so that a result keeps its identity when lines move.
 */
final class SarifReport implements ReportFormat {

	static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
	static final String FINGERPRINT = "segurFingerprint/v1";

	@Override
	public void write(List<FileReport> reports, CliContext context) throws IOException {
		List<Findings.Finding> findings = Findings.of(reports, context.workingDirectory());
		List<String> rules = new ArrayList<>(RuleDescriptions.all().keySet());
		Map<String, Integer> ruleIndex = new HashMap<>();
		for (int i = 0; i < rules.size(); i++) {
			ruleIndex.put(rules.get(i), i);
		}
		for (Findings.Finding finding : findings) {
			if (!ruleIndex.containsKey(finding.issue().code())) {
				ruleIndex.put(finding.issue().code(), rules.size());
				rules.add(finding.issue().code());
			}
		}
		try (JsonGenerator g = new JsonFactory().createGenerator(context.out(), JsonEncoding.UTF8)) {
			g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
			g.setPrettyPrinter(new AspPrettyPrinter());
			g.writeStartObject();
			g.writeStringField("$schema", SCHEMA);
			g.writeStringField("version", "2.1.0");
			g.writeArrayFieldStart("runs");
			g.writeStartObject();
			g.writeObjectFieldStart("tool");
			g.writeObjectFieldStart("driver");
			g.writeStringField("name", "segur");
			g.writeStringField("fullName", Messages.sarifToolName);
			g.writeArrayFieldStart("rules");
			for (String rule : rules) {
				g.writeStartObject();
				g.writeStringField("id", rule);
				text(g, "shortDescription", RuleDescriptions.of(rule));
				text(g, "fullDescription", RuleDescriptions.of(rule));
				g.writeEndObject();
			}
			g.writeEndArray();
			g.writeEndObject();
			g.writeEndObject();
			g.writeStringField("columnKind", "utf16CodeUnits");
			g.writeArrayFieldStart("results");
			for (Findings.Finding finding : findings) {
				result(g, finding, ruleIndex.get(finding.issue().code()));
			}
			g.writeEndArray();
			g.writeEndObject();
			g.writeEndArray();
			g.writeEndObject();
			g.writeRaw('\n');
		}
	}

	private static void result(JsonGenerator g, Findings.Finding finding, int ruleIndex) throws IOException {
		g.writeStartObject();
		g.writeStringField("ruleId", finding.issue().code());
		g.writeNumberField("ruleIndex", ruleIndex);
		g.writeStringField("level", finding.issue().isError() ? "error" : "warning");
		text(g, "message", finding.message());
		g.writeArrayFieldStart("locations");
		g.writeStartObject();
		g.writeObjectFieldStart("physicalLocation");
		g.writeObjectFieldStart("artifactLocation");
		g.writeStringField("uri", Findings.uri(finding.path()));
		g.writeEndObject();
		g.writeObjectFieldStart("region");
		boolean placed = finding.issue().location().line() > 0;
		g.writeNumberField("startLine", placed ? finding.issue().location().line() : 1);
		if (placed && finding.issue().location().column() > 0) {
			g.writeNumberField("startColumn", finding.issue().location().column());
		}
		g.writeEndObject();
		g.writeEndObject();
		g.writeEndObject();
		g.writeEndArray();
		g.writeObjectFieldStart("partialFingerprints");
		g.writeStringField(FINGERPRINT, finding.fingerprint());
		g.writeEndObject();
		g.writeEndObject();
	}

	/** A SARIF message object: {@code {"text": …}}. */
	private static void text(JsonGenerator g, String field, String text) throws IOException {
		g.writeObjectFieldStart(field);
		g.writeStringField("text", text);
		g.writeEndObject();
	}
}
