package fr.segurstudio.cli.tests;

import static fr.segurstudio.cli.tests.CliRun.segurIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import fr.segurstudio.testing.Golden;
import fr.segurstudio.testing.InvalidVariants;

/**
 * {@code segur validate --format sarif|github|gitlab|junit}: each output checked against its schema or its
 * documented shape, and against the text output of the same files (the same issues at the same places);
 * the same exit codes; GitLab's fingerprints the same across runs and when lines move.
 */
class CiFormatsCliTest {

	/** A line of the text format: file:line:column: erreur : message [code]. */
	private static final Pattern TEXT_LINE = Pattern.compile("^(.+?):(?:(\\d+):(\\d+):)? (erreur|avertissement) : (.*) \\[([^\\]]+)\\]$");
	private static final Pattern GITHUB_LINE = Pattern
			.compile("^::(error|warning) file=([^,:]+)(?:,line=(\\d+)(?:,col=(\\d+))?)?,title=([^,:]+)::([^\\r\\n]*)$");
	private static final Set<String> GITLAB_SEVERITIES = Set.of("info", "minor", "major", "critical", "blocker");

	@TempDir
	Path dir;
	/** The text output of the last corpus validated. */
	private CliRun text;

	/** One issue as every format places it: file, line, column (0 when not known), level, code. */
	private record Place(String file, int line, int column, boolean error, String code) {
	}

	/** The golden files, and files with a request's error, a file's structure error, warnings, in folders. */
	private List<String> corpus() throws IOException {
		List<String> files = new ArrayList<>();
		for (Golden golden : Golden.all()) {
			Fixtures.write(dir, golden.fileName(), golden.text());
			Fixtures.write(dir, golden.segurFileName(), golden.segurText());
			files.add(golden.fileName());
			files.add(golden.segurFileName());
		}
		Fixtures.write(dir, "majuscules.json", Golden.MDV_LGC_LIBERAL.text().replace("\"nomMedecin\": \"PETIT\"", "\"nomMedecin\": \"Petit\""));
		Fixtures.write(dir, "structure.json", Golden.RAD_RIS.text().replace("\"SIRET\"", "\"siret\""));
		Fixtures.write(dir, "dossiers/mon dossier.segur", Golden.BIO_SGL.segurText().replace("nomMandataire \"DURAND\"", "nomMandataire \"Durand\""));
		files.addAll(List.of("majuscules.json", "structure.json", "dossiers/mon dossier.segur"));
		return files;
	}

	private CliRun validate(String format, List<String> files) {
		List<String> args = new ArrayList<>(List.of("validate", "--format", format));
		args.addAll(files);
		return segurIn(dir, args.toArray(String[]::new));
	}

	private static List<Place> textPlaces(CliRun text) {
		List<Place> places = new ArrayList<>();
		for (String line : text.stdout().split("\n")) {
			Matcher m = TEXT_LINE.matcher(line);
			if (m.matches()) {
				places.add(new Place(m.group(1), m.group(2) == null ? 0 : Integer.parseInt(m.group(2)),
						m.group(3) == null ? 0 : Integer.parseInt(m.group(3)), m.group(4).equals("erreur"), m.group(6)));
			}
		}
		return places;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> sarif(CliRun run) throws Exception {
		return (Map<String, Object>) SchemaCheck.read(run.stdout());
	}

	@SuppressWarnings("unchecked")
	private static SchemaCheck sarifSchema() throws Exception {
		try (InputStream in = CiFormatsCliTest.class.getResourceAsStream("/schemas/sarif-schema-2.1.0.json")) {
			return new SchemaCheck((Map<String, Object>) SchemaCheck.read(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
		}
	}

	@SuppressWarnings("unchecked")
	private static <T> T at(Object node, Object... path) {
		Object current = node;
		for (Object step : path) {
			current = step instanceof Integer i ? ((List<Object>) current).get(i) : ((Map<String, Object>) current).get(step);
		}
		return (T) current;
	}

	@SuppressWarnings("unchecked")
	private static List<Place> sarifPlaces(Map<String, Object> log) {
		List<Place> places = new ArrayList<>();
		for (Object result : (List<Object>) at(log, "runs", 0, "results")) {
			Map<String, Object> region = at(result, "locations", 0, "physicalLocation", "region");
			boolean placed = region.containsKey("startColumn");
			places.add(new Place(URI.create(at(result, "locations", 0, "physicalLocation", "artifactLocation", "uri")).getPath(),
					placed ? ((Number) region.get("startLine")).intValue() : 0, placed ? ((Number) region.get("startColumn")).intValue() : 0,
					at(result, "level").equals("error"), at(result, "ruleId")));
		}
		return places;
	}

	/** The corpus in this format, and as text in {@link #text}: the same exit code, 1 (the corpus has errors). */
	private CliRun validateCorpus(String format) throws IOException {
		List<String> files = corpus();
		CliRun run = validate(format, files);
		text = validate("text", files);
		assertEquals(1, run.exitCode, run.stderr());
		assertEquals(text.exitCode, run.exitCode);
		return run;
	}

	@Test
	void sarifIsAValidSarif210LogOfTheIssuesTheTextShows() throws Exception {
		CliRun run = validateCorpus("sarif");
		Map<String, Object> log = sarif(run);
		assertEquals(List.of(), sarifSchema().errors(log));
		assertEquals("2.1.0", log.get("version"));
		assertEquals(1, ((List<?>) log.get("runs")).size());
		List<Place> places = sarifPlaces(log);
		assertEquals(textPlaces(text), places);
		assertTrue(places.size() > 10, "warnings of the golden files and the errors: " + places);
		// the rules: every code of the results, each with its French description, at the index the result gives
		List<Map<String, Object>> rules = at(log, "runs", 0, "tool", "driver", "rules");
		Set<String> ids = new HashSet<>();
		rules.forEach(rule -> assertTrue(ids.add((String) rule.get("id")), "one rule per code: " + rule));
		for (Object result : (List<?>) at(log, "runs", 0, "results")) {
			int index = ((Number) at(result, "ruleIndex")).intValue();
			assertEquals(at(result, "ruleId"), rules.get(index).get("id"));
		}
		Map<String, Object> majuscules = rules.stream().filter(r -> r.get("id").equals("champ.majuscules")).findFirst().orElseThrow();
		assertEquals("Champ à écrire en majuscules", at(majuscules, "shortDescription", "text"));
		assertTrue(ids.containsAll(List.of("numeroEditeur.double", "json.syntaxe", "syntaxe", "rad.client-identifie", "fichier.illisible")), ids.toString());
		// the error of majuscules.json, as the text format says it
		Map<String, Object> error = ((List<Map<String, Object>>) at(log, "runs", 0, "results")).stream()
				.filter(r -> at(r, "ruleId").equals("champ.majuscules") && at(r, "locations", 0, "physicalLocation", "artifactLocation", "uri").equals("majuscules.json"))
				.findFirst().orElseThrow();
		assertEquals("error", error.get("level"));
		assertEquals("demande 00001 (ligne 1) : « nomMedecin » : « Petit » doit être en MAJUSCULES (PETIT)", at(error, "message", "text"));
		assertEquals(31, ((Number) at(error, "locations", 0, "physicalLocation", "region", "startLine")).intValue());
		assertEquals(27, ((Number) at(error, "locations", 0, "physicalLocation", "region", "startColumn")).intValue());
		assertTrue(run.stdout().contains("\"uri\": \"dossiers/mon%20dossier.segur\""), "a URI reference, its space encoded");
	}

	@Test
	void sarifUrisAreRelativeToTheWorkingDirectory() throws Exception {
		Fixtures.write(dir, "ci/dossiers/été.segur", Golden.RAD_RIS.segurText());
		Path work = Files.createDirectories(dir.resolve("ci/build"));
		CliRun run = segurIn(work, "validate", "--format", "sarif", dir.resolve("ci/dossiers/été.segur").toString(), "../dossiers/été.segur");
		assertEquals(0, run.exitCode, run.stderr());
		List<String> uris = ((List<?>) at(sarif(run), "runs", 0, "results")).stream()
				.map(r -> (String) at(r, "locations", 0, "physicalLocation", "artifactLocation", "uri")).distinct().toList();
		assertEquals(List.of("../dossiers/%C3%A9t%C3%A9.segur"), uris, "an absolute path and a relative one name the file alike");
		assertEquals(List.of(), sarifSchema().errors(sarif(run)));
	}

	@Test
	void theSchemaCheckFailsOnWhatTheSchemaForbids() throws Exception {
		Fixtures.write(dir, "f.json", Golden.MDV_LGC_LIBERAL.text().replace("\"nomMedecin\": \"PETIT\"", "\"nomMedecin\": \"Petit\""));
		String good = validate("sarif", List.of("f.json")).stdout();
		SchemaCheck schema = sarifSchema();
		assertEquals(List.of(), schema.errors(SchemaCheck.read(good)));
		for (String[] broken : new String[][] { { "\"level\": \"error\"", "\"level\": \"fatal\"" }, { "\"version\": \"2.1.0\"", "\"version\": \"2.0\"" },
				{ "\"startLine\": 31", "\"startLine\": 0" }, { "\"ruleId\"", "\"rule\"" }, { "\"text\": \"demande", "\"txt\": \"demande" },
				{ "\"driver\": {", "\"driver\": {\"nom\": 1," } }) {
			assertTrue(good.contains(broken[0]), broken[0]);
			assertFalse(schema.errors(SchemaCheck.read(good.replace(broken[0], broken[1]))).isEmpty(), broken[1]);
		}
	}

	@Test
	void githubAnnotatesEachIssueAndEndsWithOneSummary() throws IOException {
		CliRun run = validateCorpus("github");
		List<String> lines = List.of(run.stdout().split("\n"));
		List<Place> places = new ArrayList<>();
		for (String line : lines.subList(0, lines.size() - 1)) {
			Matcher m = GITHUB_LINE.matcher(line);
			assertTrue(m.matches(), line);
			places.add(new Place(m.group(2).replace("%25", "%").replace("%2C", ",").replace("%3A", ":"), m.group(3) == null ? 0 : Integer.parseInt(m.group(3)),
					m.group(4) == null ? 0 : Integer.parseInt(m.group(4)), m.group(1).equals("error"), m.group(5)));
		}
		List<Place> expected = textPlaces(text);
		assertEquals(expected, places);
		long errors = expected.stream().filter(Place::error).count();
		assertEquals("::notice title=segur validate::11 fichier(s), 3 avec des erreurs ; " + errors + " erreur(s), " + (expected.size() - errors)
				+ " avertissement(s)", lines.get(lines.size() - 1));
		assertTrue(run.stdout().contains("::error file=majuscules.json,line=31,col=27,title=champ.majuscules::demande 00001 (ligne 1) : « nomMedecin » : « Petit » doit être en MAJUSCULES (PETIT)\n"),
				run.stdout());
	}

	@Test
	void githubEscapesWhatWouldEndAPropertyOrTheCommand() throws IOException {
		Fixtures.write(dir, "a,b:c%d.json", Golden.MDV_LGC_LIBERAL.text().replace("\"nomMedecin\": \"PETIT\"", "\"nomMedecin\": \"50%\\r\\nX\""));
		Fixtures.write(dir, "ligne\r\nsuivante.json", Golden.MDV_LGC_LIBERAL.text().replace("\"nomMedecin\": \"PETIT\"", "\"nomMedecin\": \"Petit\""));
		CliRun run = validate("github", List.of("a,b:c%d.json", "ligne\r\nsuivante.json"));
		assertEquals(1, run.exitCode, run.stderr());
		// a value's line break is written as the text format writes it; then % is escaped
		assertTrue(run.stdout().contains("::error file=a%2Cb%3Ac%25d.json,line=31,col=27,title=champ.caractere-invisible::demande 00001 (ligne 1) : « nomMedecin » : « 50%25\\r\\nX » contient"),
				run.stdout());
		// a file name's line break is escaped as GitHub reads it
		assertTrue(run.stdout().contains("::error file=ligne%0D%0Asuivante.json,line=31,col=27,title=champ.majuscules::demande 00001 (ligne 1) : « nomMedecin » : « Petit »"),
				run.stdout());
		assertFalse(run.stdout().contains("\r"));
		assertEquals(run.stdout().lines().count(), run.stdout().lines().filter(l -> l.startsWith("::")).count());
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> gitlab(CliRun run) throws Exception {
		return (List<Map<String, Object>>) SchemaCheck.read(run.stdout());
	}

	@Test
	void gitlabIsACodeQualityReport() throws Exception {
		List<String> files = corpus();
		CliRun run = validate("gitlab", files);
		assertEquals(1, run.exitCode, run.stderr());
		List<Place> places = new ArrayList<>();
		Set<String> fingerprints = new HashSet<>();
		for (Map<String, Object> issue : gitlab(run)) {
			assertEquals(Set.of("description", "check_name", "fingerprint", "severity", "location"), issue.keySet());
			assertEquals(Set.of("path", "lines"), ((Map<?, ?>) issue.get("location")).keySet());
			assertEquals(Set.of("begin"), ((Map<?, ?>) at(issue, "location", "lines")).keySet());
			assertTrue(GITLAB_SEVERITIES.contains(issue.get("severity")), issue.toString());
			assertTrue(((Number) at(issue, "location", "lines", "begin")).intValue() >= 1);
			assertFalse(((String) issue.get("description")).isBlank());
			assertTrue(fingerprints.add((String) issue.get("fingerprint")), "one fingerprint per issue: " + issue);
			String severity = (String) issue.get("severity");
			places.add(new Place(at(issue, "location", "path"), 0, 0, !severity.equals("minor"), (String) issue.get("check_name")));
		}
		List<Place> expected = textPlaces(validate("text", files)).stream().map(p -> new Place(p.file(), 0, 0, p.error(), p.code())).toList();
		assertEquals(expected, places);
		Map<String, Object> structure = gitlab(run).stream().filter(i -> at(i, "location", "path").equals("structure.json")).findFirst().orElseThrow();
		assertEquals("critical", structure.get("severity"), "the portal rejects the whole file");
		Map<String, Object> request = gitlab(run).stream().filter(i -> i.get("check_name").equals("champ.majuscules")).findFirst().orElseThrow();
		assertEquals("major", request.get("severity"));
		assertEquals("majuscules.json", at(request, "location", "path"));
		assertEquals(31, ((Number) at(request, "location", "lines", "begin")).intValue());
		assertEquals("dossiers/mon dossier.segur", gitlab(run).stream().filter(i -> i.get("check_name").equals("champ.majuscules")).skip(1)
				.findFirst().map(i -> at(i, "location", "path")).orElseThrow());
	}

	@Test
	void gitlabFingerprintsStayWhenRunsRepeatAndLinesMove() throws Exception {
		List<String> files = corpus();
		List<Map<String, Object>> first = gitlab(validate("gitlab", files));
		assertEquals(first, gitlab(validate("gitlab", files)), "two runs, one report");
		// lines added above every issue: a comment in the .segur texts, blank lines in the JSON files
		for (String file : files) {
			Path path = dir.resolve(file);
			String content = Files.readString(path);
			Files.writeString(path, file.endsWith(".segur") ? "// en tête\n// ajoutée\n\n" + content : "\n\n\n" + content);
		}
		List<Map<String, Object>> moved = gitlab(validate("gitlab", files));
		assertEquals(first.size(), moved.size());
		for (int i = 0; i < first.size(); i++) {
			assertEquals(first.get(i).get("fingerprint"), moved.get(i).get("fingerprint"), first.get(i) + " / " + moved.get(i));
			assertEquals(((Number) at(first.get(i), "location", "lines", "begin")).intValue() + 3,
					((Number) at(moved.get(i), "location", "lines", "begin")).intValue(), moved.get(i).toString());
		}
		// and another issue, another file, another request: another fingerprint
		Fixtures.write(dir, "copie.json", Files.readString(dir.resolve("majuscules.json")));
		Fixtures.write(dir, "autre.json", Files.readString(dir.resolve("majuscules.json")).replace("\"numeroEditeur\": \"00001\"", "\"numeroEditeur\": \"00002\""));
		List<String> files3 = List.of("majuscules.json", "copie.json", "autre.json");
		List<String> majuscules = fingerprints(gitlab(validate("gitlab", files3)), "champ.majuscules");
		assertEquals(3, majuscules.size());
		assertEquals(3, new HashSet<>(majuscules).size(), majuscules.toString());
		// another issue in the file, above this one: this one's fingerprint stays
		Fixtures.write(dir, "majuscules.json", Files.readString(dir.resolve("majuscules.json")).replace("\"RPPS\": \"88888888888\"", "\"RPPS\": \"8888\""));
		List<Map<String, Object>> more = gitlab(validate("gitlab", files3));
		assertEquals(1, fingerprints(more, "champ.longueur").size(), more.toString());
		assertEquals(majuscules, fingerprints(more, "champ.majuscules"));
	}

	private static List<String> fingerprints(List<Map<String, Object>> report, String code) {
		return report.stream().filter(i -> i.get("check_name").equals(code)).map(i -> (String) i.get("fingerprint")).toList();
	}

	private static Document xml(CliRun run) throws Exception {
		return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(run.stdout().getBytes(StandardCharsets.UTF_8)));
	}

	private static List<Element> children(Element parent, String name) {
		List<Element> elements = new ArrayList<>();
		NodeList nodes = parent.getChildNodes();
		for (int i = 0; i < nodes.getLength(); i++) {
			if (nodes.item(i) instanceof Element e && e.getTagName().equals(name)) {
				elements.add(e);
			}
		}
		return elements;
	}

	@Test
	void junitHasASuitePerFileAndATestPerRequest() throws Exception {
		List<String> files = new ArrayList<>(corpus());
		Fixtures.write(dir, "deux.json", Fixtures.twoRequests(Golden.BIO_SGL.text(), "00001", "00002").replaceFirst("\"nomMandataire\": \"DURAND\"", "\"nomMandataire\": \"Durand\""));
		files.add("deux.json");
		files.add("absent.json");
		CliRun run = validate("junit", files);
		assertEquals(2, run.exitCode, "a file that cannot be read: " + run.stderr());
		Element root = xml(run).getDocumentElement();
		assertEquals("testsuites", root.getTagName());
		List<Element> suites = children(root, "testsuite");
		assertEquals(files, suites.stream().map(s -> s.getAttribute("name")).toList());
		int tests = 0;
		int failures = 0;
		int errors = 0;
		for (Element suite : suites) {
			List<Element> cases = children(suite, "testcase");
			int suiteFailures = (int) cases.stream().filter(c -> !children(c, "failure").isEmpty()).count();
			int suiteErrors = (int) cases.stream().filter(c -> !children(c, "error").isEmpty()).count();
			assertEquals(cases.size(), Integer.parseInt(suite.getAttribute("tests")), suite.getAttribute("name"));
			assertEquals(suiteFailures, Integer.parseInt(suite.getAttribute("failures")), suite.getAttribute("name"));
			assertEquals(suiteErrors, Integer.parseInt(suite.getAttribute("errors")), suite.getAttribute("name"));
			tests += cases.size();
			failures += suiteFailures;
			errors += suiteErrors;
		}
		assertEquals(tests, Integer.parseInt(root.getAttribute("tests")));
		assertEquals(failures, Integer.parseInt(root.getAttribute("failures")));
		assertEquals(errors, Integer.parseInt(root.getAttribute("errors")));
		// two requests: the rejected one fails with its message, the other passes
		Element deux = suites.get(files.indexOf("deux.json"));
		List<Element> cases = children(deux, "testcase");
		assertEquals(List.of("demande 00001 (ligne 1)", "demande 00002 (ligne 2)"), cases.stream().map(c -> c.getAttribute("name")).toList());
		Element failure = children(cases.get(0), "failure").get(0);
		assertEquals("champ.majuscules", failure.getAttribute("type"));
		assertEquals("demande 00001 (ligne 1) : « nomMandataire » : « Durand » doit être en MAJUSCULES (DURAND)", failure.getAttribute("message"));
		assertTrue(failure.getTextContent().contains("deux.json:"), failure.getTextContent());
		assertTrue(children(cases.get(1), "failure").isEmpty(), cases.get(1).getTextContent());
		// a file rejected whole: its structure fails; a golden file: every test passes, its warnings kept
		Element structure = children(suites.get(files.indexOf("structure.json")), "testcase").get(0);
		assertEquals("structure du fichier", structure.getAttribute("name"));
		assertTrue(children(structure, "failure").get(0).getAttribute("type").startsWith("fichier.")
				|| children(structure, "failure").get(0).getAttribute("type").startsWith("json."), structure.getTextContent());
		Element golden = suites.get(files.indexOf(Golden.BIO_SGL.fileName()));
		assertTrue(children(golden, "testcase").stream().allMatch(c -> children(c, "failure").isEmpty()));
		Element absent = children(suites.get(files.indexOf("absent.json")), "testcase").get(0);
		assertEquals("fichier.illisible", children(absent, "error").get(0).getAttribute("type"));
	}

	@Test
	void junitHoldsAnyTextAsWellFormedXml() throws Exception {
		Fixtures.write(dir, "<&\">.json",
				Golden.MDV_LGC_LIBERAL.text().replace("\"nomMedecin\": \"PETIT\"", "\"nomMedecin\": \"<b>&amp;\\u0000\\u001b[31m]]>\""));
		CliRun run = validate("junit", List.of("<&\">.json"));
		assertEquals(1, run.exitCode, run.stderr());
		Element suite = children(xml(run).getDocumentElement(), "testsuite").get(0);
		assertEquals("<&\">.json", suite.getAttribute("name"));
		String message = children(children(suite, "testcase").get(0), "failure").get(0).getAttribute("message");
		assertTrue(message.contains("<b>&amp;"), message);
		assertFalse(message.contains("\u001b"), message);
	}

	@Test
	void exitCodesAreTheTextFormats() throws IOException {
		List<String> files = corpus();
		List<String> good = files.stream().filter(f -> !f.equals("majuscules.json") && !f.equals("structure.json") && !f.startsWith("dossiers/")).toList();
		for (String format : List.of("sarif", "github", "gitlab", "junit")) {
			assertEquals(0, validate(format, good).exitCode, format);
			assertEquals(1, validate(format, files).exitCode, format);
			assertEquals(2, validate(format, List.of(Golden.BIO_SGL.fileName(), "absent.json")).exitCode, format);
		}
		CliRun bad = validate("xml", good);
		assertEquals(2, bad.exitCode);
		assertTrue(bad.stderr().contains("--format « xml » : valeurs possibles : github, gitlab, json, junit, sarif, text"), bad.stderr());
	}

	@Test
	void everyIssueOfTheInvalidVariantsIsInEachFormat() throws Exception {
		SchemaCheck schema = sarifSchema();
		List<InvalidVariants.Variant> variants = InvalidVariants.all();
		int checked = 0;
		for (int i = 0; i < variants.size(); i += 37) {
			InvalidVariants.Variant variant = variants.get(i);
			Files.write(dir.resolve("v.json"), variant.bytes());
			CliRun text = validate("text", List.of("v.json"));
			CliRun sarif = validate("sarif", List.of("v.json"));
			assertEquals(text.exitCode, sarif.exitCode, variant.toString());
			Map<String, Object> log = sarif(sarif);
			assertEquals(List.of(), schema.errors(log), variant.toString());
			assertEquals(textPlaces(text), sarifPlaces(log), variant.toString());
			assertEquals(textPlaces(text).size(), gitlab(validate("gitlab", List.of("v.json"))).size(), variant.toString());
			checked++;
		}
		assertTrue(checked > 50, "variants checked: " + checked);
	}
}
