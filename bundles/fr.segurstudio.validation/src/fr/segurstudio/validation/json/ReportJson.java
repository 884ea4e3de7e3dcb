package fr.segurstudio.validation.json;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import fr.segurstudio.json.AspPrettyPrinter;
import fr.segurstudio.model.issue.Issue;

/**
 * The machine-readable result of {@code segur validate --format json}, a contract others rely on:
 * <pre>
 * {"files": [ {"file", "couloir", "accepted", "errors": [issue...],
 *              "requests": [ {"numLigne", "numeroEditeur", "status", "issues": [issue...]} ]} ]}
 * issue = {"severity", "code", "message", "path", "line", "column"}
 * </pre>
 */
public final class ReportJson {

	private ReportJson() {
	}

	public static void write(List<FileReport> reports, OutputStream out) throws IOException {
		try (JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
			g.setPrettyPrinter(new AspPrettyPrinter());
			g.writeStartObject();
			g.writeArrayFieldStart("files");
			for (FileReport report : reports) {
				g.writeStartObject();
				g.writeStringField("file", report.file());
				g.writeStringField("couloir", report.couloir());
				g.writeBooleanField("accepted", report.accepted());
				g.writeArrayFieldStart("errors");
				for (Issue issue : report.errors()) {
					issue(g, issue);
				}
				g.writeEndArray();
				g.writeArrayFieldStart("requests");
				for (FileReport.RequestReport request : report.requests()) {
					g.writeStartObject();
					g.writeNumberField("numLigne", request.numLigne());
					g.writeStringField("numeroEditeur", request.numeroEditeur());
					g.writeStringField("status", request.status());
					g.writeArrayFieldStart("issues");
					for (Issue issue : request.issues()) {
						issue(g, issue);
					}
					g.writeEndArray();
					g.writeEndObject();
				}
				g.writeEndArray();
				g.writeEndObject();
			}
			g.writeEndArray();
			g.writeEndObject();
			g.writeRaw('\n');
		}
	}

	private static void issue(JsonGenerator g, Issue issue) throws IOException {
		g.writeStartObject();
		g.writeStringField("severity", issue.severity().name());
		g.writeStringField("code", issue.code());
		g.writeStringField("message", issue.message());
		g.writeStringField("path", issue.location().path());
		g.writeNumberField("line", issue.location().line());
		g.writeNumberField("column", issue.location().column());
		g.writeEndObject();
	}
}
