package fr.segurstudio.cli.tests;

import static fr.segurstudio.cli.tests.CliRun.segurIn;
import static fr.segurstudio.cli.tests.Fixtures.dossier;
import static fr.segurstudio.cli.tests.Fixtures.request;
import static fr.segurstudio.cli.tests.Fixtures.returned;
import static fr.segurstudio.cli.tests.Fixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.segurstudio.cli.tests.Fixtures.Answer;
import fr.segurstudio.json.tree.JsonTreeReader;
import fr.segurstudio.json.tree.JsonValue;
import fr.segurstudio.model.issue.Echo;

/**
 * Issue 22, values echoed from files escaped and shortened everywhere, stdout included: a huge numeroASP, a
 * U+202E in a request number, control, tag and separator characters in labels, a line break in a file name —
 * through retour, etat (text, CSV, JSON), resoumettre, export, validate, format. And etat's CSV neutralises
 * what a spreadsheet would run as a formula (OWASP « CSV injection »), the value still readable. Counts in
 * target/fiabilite-echo.txt.
 */
class EchoCliTest {

	private static final Counts COUNTS = new Counts("Valeurs renvoyées à l'écran et formules", "fiabilite-echo.txt");

	/** Hostile values: each must come out escaped, on one line, shortened when huge. */
	private static final List<String> HOSTILE = List.of("ASP-" + "9".repeat(100_000), "A\u202eB", "ligne1\nligne2", "\u001b[2J\u001b[31mROUGE",
			"zéro\u200blargeur", "sépar\u2028ateur", "para\u2029graphe", "tag\udb40\udc41caché", "\u0085nel", "A\u0000B", "fin\r",
			"\u009b31m", "\u061cALM");

	@TempDir
	Path dir;

	@AfterAll
	static void record() throws IOException {
		COUNTS.record();
	}

	/** Nothing acts on the terminal or splits a line, and no line is huge. */
	private static void safe(String output, String what) {
		visible(output, what);
		assertTrue(output.lines().allMatch(line -> line.length() < 2_000), what + ": a huge value printed whole");
	}

	/** Nothing acts on the terminal or splits a line. */
	private static void visible(String output, String what) {
		for (int i = 0; i < output.length();) {
			int c = output.codePointAt(i);
			int type = Character.getType(c);
			boolean bad = c != '\n' && (type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
					|| type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE);
			assertFalse(bad, what + String.format(": raw U+%04X at %d in%n", c, i) + output.substring(0, Math.min(output.length(), 3000)));
			i += Character.charCount(c);
		}
	}

	@Test
	void valuesFromReturnedFilesAndDossiersAreEscapedAndShortenedEverywhere() throws IOException {
		int n = 0;
		for (String value : HOSTILE) {
			Path root = dir.resolve("cas" + n++);
			Files.createDirectories(root);
			write(root, "dossiers/bio.segur", dossier(request("00001", "statut DEPOSEE"), request("00002", "statut DEPOSEE"), request("00003")));
			write(root, "retour.json", returned(Fixtures.SIRET, Answer.accepted(1, "00001", value), Answer.rejected(2, "00002", "E\u202e12", value)));
			List<String[]> calls = List.of(new String[] { "retour", "--dossiers", "dossiers", "retour.json" }, new String[] { "etat", "dossiers" },
					new String[] { "etat", "--format", "csv", "dossiers" }, new String[] { "import", "retour.json" },
					new String[] { "resoumettre", "--dossiers", "dossiers", "dossiers/bio.segur" }, new String[] { "validate", "retour.json" });
			for (String[] call : calls) {
				CliRun run = segurIn(root, call);
				COUNTS.count("valeurs hostiles d'un fichier (" + call[0] + (call.length > 2 && call[1].equals("--format") ? " " + call[2] : "") + ")");
				assertFalse(run.stderr().contains("erreur interne"), run.stderr());
				safe(run.stdout() + run.stderr(), String.join(" ", call) + " with " + value.substring(0, Math.min(20, value.length())));
			}
			// the JSON output keeps the value whole, its invisible characters written \\u, the same string when read
			CliRun json = segurIn(root, "etat", "--format", "json", "dossiers");
			visible(json.stdout(), "etat json");
			COUNTS.count("valeurs hostiles d'un fichier (etat json, valeur entière)");
			JsonValue read = parse(json.stdout());
			assertTrue(contains(read, value), "the JSON output reads back the value whole");
		}
	}

	@Test
	void requestNumbersAndFileNamesWithHostileCharactersStayOnOneLine() throws IOException {
		int n = 0;
		for (String hostile : List.of("\n", "\u202e", "\u001b[2J", "\u2028", "\r", "\u200b")) {
			Path root = dir.resolve("noms" + n++);
			Files.createDirectories(root);
			String name = "dossiers/mars" + hostile + "x.segur";
			write(root, name, dossier(request("0000" + hostile + "1", "statut REJETEE"), request("00002")));
			write(root, "BIO-SGL-Va1-BDC-00002.pdf", "%PDF-1.4\n");
			List<String[]> calls = List.of(new String[] { "validate", name }, new String[] { "format", "--check", name }, new String[] { "etat", name },
					new String[] { "etat", "--format", "csv", "dossiers" }, new String[] { "resoumettre", "--dossiers", "dossiers", name },
					new String[] { "export", "--out", "depot" + hostile + "y", "--date", "20260305", name },
					new String[] { "convert", "--to", "json", "--out", "json" + hostile, name });
			for (String[] call : calls) {
				CliRun run = segurIn(root, call);
				COUNTS.count("nom de fichier ou numéro hostile (" + call[0] + ")");
				assertFalse(run.stderr().contains("erreur interne"), run.stderr());
				safe(run.stdout() + run.stderr(), String.join(" ", call));
			}
		}
	}

	@Test
	void aSpreadsheetNeverRunsACellAsAFormula() throws IOException {
		List<String> formulas = List.of("=1+1", "+33 1 23", "-2+3+cmd|' /C calc'!A0", "@SUM(A1:A2)", "\t=1", "\r=1", " =HYPERLINK(\"x\")",
				"\u00a0=1", "\uff1dIMPORTXML(\"x\")", "\uff0b1", "\uff0d1", "\uff20A1", "=cmd|'/C calc'!A0;x", "=\"a\"\"b\"", "  @x");
		int n = 0;
		for (String formula : formulas) {
			Path root = dir.resolve("formules" + n++);
			Files.createDirectories(root);
			write(root, "dossiers/bio.segur", dossier(request("00001", "statut ACCEPTEE", "numeroASP " + Fixtures.json(formula)),
					request("00002", "statut REJETEE", "codeTraitement " + Fixtures.json(formula), "libelleTraitement " + Fixtures.json(formula)),
					request("00003", "fichierDepot " + Fixtures.json(formula))));
			CliRun run = segurIn(root, "etat", "--format", "csv", "dossiers");
			COUNTS.count("formules neutralisées (etat csv)");
			assertEquals(0, run.exitCode, run.stderr());
			List<List<String>> rows = csv(run.stdout());
			assertEquals(4, rows.size(), run.stdout());
			for (List<String> row : rows.subList(1, rows.size())) {
				assertEquals(14, row.size(), row.toString());
				for (int column : new int[] { 0, 1, 2, 3, 4, 5, 6, 9, 11, 12, 13 }) {
					String cell = row.get(column);
					assertFalse(!cell.isEmpty() && "=+-@\t\r\uff1d\uff0b\uff0d\uff20".indexOf(cell.strip().charAt(0)) >= 0,
							"column " + column + " would run: " + cell);
				}
			}
			// the value still reads whole: escaped as every echo, after an apostrophe when it would run
			String shown = Echo.longText(formula);
			String first = shown.replace("\u00a0", " ").strip();
			boolean runs = !first.isEmpty() && "=+-@\uff1d\uff0b\uff0d\uff20".indexOf(first.charAt(0)) >= 0;
			assertEquals(runs ? "'" + shown : shown, rows.get(1).get(6), formula);
		}
		// amounts are numbers this command writes: never touched
		Path root = dir.resolve("montants");
		write(root, "dossiers/bio.segur", dossier(request("00001")));
		CliRun run = segurIn(root, "etat", "--format", "csv", "dossiers");
		assertTrue(run.stdout().contains(";27450,00;8235,00;"), run.stdout());
	}

	/** RFC 4180 with ; as the separator. */
	private static List<List<String>> csv(String text) {
		List<List<String>> rows = new ArrayList<>();
		List<String> row = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					cell.append('"');
					i++;
				} else if (c == '"') {
					quoted = false;
				} else {
					cell.append(c);
				}
			} else if (c == '"') {
				quoted = true;
			} else if (c == ';') {
				row.add(cell.toString());
				cell.setLength(0);
			} else if (c == '\n') {
				row.add(cell.toString());
				cell.setLength(0);
				rows.add(row);
				row = new ArrayList<>();
			} else {
				cell.append(c);
			}
		}
		return rows;
	}

	private static JsonValue parse(String json) {
		try {
			return new JsonTreeReader().read(json.getBytes(StandardCharsets.UTF_8));
		} catch (Exception e) {
			throw new AssertionError(json.substring(0, Math.min(2000, json.length())), e);
		}
	}

	private static boolean contains(JsonValue value, String text) {
		if (value instanceof JsonValue.JsonString s) {
			return s.value().equals(text);
		}
		if (value instanceof JsonValue.JsonArray a) {
			return a.elements().stream().anyMatch(e -> contains(e, text));
		}
		if (value instanceof JsonValue.JsonObject o) {
			return o.members().stream().anyMatch(m -> contains(m.value(), text));
		}
		return false;
	}
}
