package fr.segurstudio.json.tests;

import static fr.segurstudio.json.tests.Imports.describe;
import static fr.segurstudio.json.tests.Imports.withCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import fr.segurstudio.json.AspImporter;
import fr.segurstudio.json.ImportResult;
import fr.segurstudio.json.tree.JsonSyntaxException;
import fr.segurstudio.json.tree.JsonTreeReader;
import fr.segurstudio.json.tree.JsonValue;
import fr.segurstudio.json.tree.JsonValue.JsonArray;
import fr.segurstudio.json.tree.JsonValue.JsonString;
import fr.segurstudio.model.asp.AspClassMapping;
import fr.segurstudio.model.asp.RawValues;
import fr.segurstudio.model.asp.AspFeatureMapping;
import fr.segurstudio.model.issue.Issue;
import fr.segurstudio.model.issue.SourceLocation;
import fr.segurstudio.testing.Golden;
import fr.segurstudio.testing.Services;

/**
 * Positions are kept as offsets and the source map records objects only: the line and column of a
 * value are computed when a message asks for them. They must be those the parser gives while reading
 * (as they were when every value kept its own), whatever the line ends, a byte order mark, non-ASCII
 * letters before a value on its line, or how deep in a large file the value stands.
 */
class LazyPositionsTest {

	private final AspImporter importer = Services.get(AspImporter.class);

	@Test
	void theSourceMapGivesThePositionsTheParserGaveOnTheGoldenFiles() throws IOException {
		for (Golden golden : Golden.values()) {
			String text = golden.text();
			Map<String, String> variants = new HashMap<>();
			variants.put("as written", text);
			variants.put("CR LF", text.replace("\n", "\r\n"));
			variants.put("BOM and CR", "\uFEFF" + text.replace("\n", "\r"));
			variants.put("one line with non-ASCII letters", text.replace("\n", " ").replace("@", "é€@"));
			for (Map.Entry<String, String> variant : variants.entrySet()) {
				byte[] bytes = variant.getValue().getBytes(StandardCharsets.UTF_8);
				String where = golden + ", " + variant.getKey();
				Map<String, String> parser = positionsFromTheParser(bytes);
				ImportResult result = importer.read(bytes, "golden.json", null);
				assertFalse(result.hasErrors(), where + ": " + describe(result));
				int checked = 0;
				List<EObject> objects = new ArrayList<>();
				objects.add(result.dossier());
				result.dossier().eAllContents().forEachRemaining(objects::add);
				for (EObject object : objects) {
					SourceLocation at = result.sourceMap().locate(object);
					assertEquals(parser.get(at.path()), at.position(), where + ": object at " + at.path());
					for (AspFeatureMapping feature : AspClassMapping.of(object.eClass()).features()) {
						SourceLocation value = result.sourceMap().locate(object, feature.feature(), -1);
						String expected = parser.containsKey(value.path()) ? parser.get(value.path()) : at.position(); // absent: its object
						assertEquals(expected, value.position(), where + ": " + value.path());
						checked++;
						if (feature.isList() && feature.isValue()) {
							List<?> list = (List<?>) object.eGet(feature.feature());
							for (int i = 0; i < list.size(); i++) {
								SourceLocation element = result.sourceMap().locate(object, feature.feature(), i);
								assertEquals(value.path() + "[" + i + "]", element.path(), where);
								assertEquals(parser.get(element.path()), element.position(), where + ": " + element.path());
								checked++;
							}
						}
					}
				}
				assertTrue(checked > 40, where + ": " + checked + " values checked");
			}
		}
	}

	@Test
	void aProblemDeepInAFileOfTenThousandRequestsIsReportedAtItsLineAndColumn() {
		String golden = Golden.BIO_SGL.text();
		String open = "\"lignesImport\": [\n";
		int start = golden.indexOf(open) + open.length();
		int end = golden.lastIndexOf("\n  ]");
		String request = golden.substring(start, end);
		assertTrue(request.contains("\"typeAction\": \"C\"") && request.contains("\"numLigne\": 1,"), request);
		StringBuilder text = new StringBuilder(golden.substring(0, start));
		for (int i = 0; i < 10_000; i++) {
			String r = request.replace("\"numLigne\": 1,", "\"numLigne\": " + (i + 1) + ",");
			if (i == 9_875) {
				r = r.replace("\"typeAction\": \"C\"", "\"typeAction\": 7");
			}
			if (i == 9_990) {
				r = r.replace("\"isIdSlave\"", "\"isidslave\"");
			}
			text.append(i == 0 ? "" : ",\n").append(r);
		}
		text.append(golden.substring(end));
		String json = text.toString();
		ImportResult result = importer.read(json.getBytes(StandardCharsets.UTF_8), "gros.json", null);
		assertEquals(10_000, result.dossier().getDemandes().size());

		Issue type = withCode(result, "json.type").get(0);
		assertEquals("lignesImport[9875].typeAction", type.location().path());
		assertEquals(lineAndColumn(json, json.indexOf("\"typeAction\": 7") + "\"typeAction\": ".length()), type.location().position());
		assertEquals(json.indexOf("\"typeAction\": 7") + "\"typeAction\": ".length(), type.location().offset());

		Issue casse = withCode(result, "json.cle-casse").get(0);
		assertEquals("lignesImport[9990].scenarioInstallation.isidslave", casse.location().path());
		assertEquals(lineAndColumn(json, json.indexOf("\"isidslave\"")), casse.location().position());
		assertEquals(2, result.issues().size(), describe(result));

		// a value read without a problem is located as well, when a rule of the model asks for it
		EObject commande = result.dossier().getDemandes().get(9_999).getCommande();
		SourceLocation montant = result.sourceMap().locate(commande,
				AspClassMapping.of(commande.eClass()).byKey("montantSegurHT").feature(), -1);
		assertEquals("lignesImport[9999].commande.montantSegurHT", montant.path());
		int last = json.lastIndexOf("\"montantSegurHT\": ") + "\"montantSegurHT\": ".length();
		assertEquals(lineAndColumn(json, last), montant.position());
	}

	@Test
	void aListWithAnElementKeptAsWrittenKeepsEachElementAtItsPlace() {
		String text = Golden.BIO_SGL.text();
		String sites = text.substring(text.indexOf("\"numeroFINESSGeos\": ["), text.indexOf("]", text.indexOf("\"numeroFINESSGeos\": [")));
		String changed = sites.replaceFirst("\"111111111\"", "null,\n \"111111111\"");
		ImportResult result = importer.read(text.replace(sites, changed).getBytes(StandardCharsets.UTF_8), "test.json", null);
		Issue nul = withCode(result, "json.type").get(0);
		assertEquals("lignesImport[0].beneficiaires.EtablissementsClients[0].numeroFINESSGeos[0]", nul.location().path());
		EObject client = result.dossier().getDemandes().get(0).getBeneficiaires().eContents().get(0);
		var feature = AspClassMapping.of(client.eClass()).byKey("numeroFINESSGeos").feature();
		assertEquals(Arrays.asList(null, "111111111", "111111112"), client.eGet(feature), "the null holds its place");
		assertEquals("null", RawValues.get(client, feature, 0).getJson());
		String json = text.replace(sites, changed);
		assertEquals(lineAndColumn(json, json.indexOf("null,\n \"111111111\"")), result.sourceMap().locate(client, feature, 0).position());
		SourceLocation first = result.sourceMap().locate(client, feature, 1);
		assertEquals(lineAndColumn(json, json.indexOf("\"111111111\"")), first.position());
		SourceLocation second = result.sourceMap().locate(client, feature, 2);
		assertEquals(lineAndColumn(json, json.indexOf("\"111111112\"")), second.position());
	}

	@Test
	void onlyAnEscapedSurrogateIsRefusedAndRepeatedTextsAreReadAsWritten() throws JsonSyntaxException {
		for (String lone : List.of("\\uD800", "\\ud800", "a\\uDFFF")) {
			ImportResult result = importer.read(("{\"numeroAns\": \"" + lone + "\"}").getBytes(StandardCharsets.UTF_8), "s.json", null);
			assertFalse(result.readable(), lone);
			assertTrue(result.issues().get(0).message().contains("moitié de caractère"), result.issues().get(0).message());
			assertEquals("1:15", result.issues().get(0).location().position());
		}
		// an escaped backslash before "uD800" is text, not a surrogate; a pair is a character
		JsonValue read = new JsonTreeReader().read("[\"\\\\uD800\", \"\\uD83D\\uDE00\"]".getBytes(StandardCharsets.UTF_8));
		List<JsonValue> elements = ((JsonArray) read).elements();
		assertEquals("\\uD800", ((JsonString) elements.get(0)).value());
		assertEquals("\uD83D\uDE00", ((JsonString) elements.get(1)).value());
		// "Aa" and "BB" have the same hash code: each is read as written
		JsonValue same = new JsonTreeReader().read("[\"Aa\", \"BB\", \"Aa\", \"BB\", \"AaAa\", \"BBBB\", \"AaBB\"]".getBytes(StandardCharsets.UTF_8));
		List<String> texts = ((JsonArray) same).elements().stream().map(e -> ((JsonString) e).value()).toList();
		assertEquals(List.of("Aa", "BB", "Aa", "BB", "AaAa", "BBBB", "AaBB"), texts);
	}

	@Test
	void aDossierCopiedKeepsItsPositionsThroughTransfer() {
		ImportResult result = importer.read(Golden.RAD_RIS.bytes(), "rad.json", null);
		EObject copy = EcoreUtil.copy(result.dossier());
		var moved = ((fr.segurstudio.json.SourceMap) result.sourceMap()).transfer(result.dossier(), copy);
		assertNotNull(moved);
		EObject original = result.dossier().eAllContents().next();
		EObject copied = copy.eAllContents().next();
		assertEquals(result.sourceMap().locate(original), moved.locate(copied));
	}

	/** "line:column" of a character of a text whose line ends are LF and whose characters are ASCII before it on its line. */
	private static String lineAndColumn(String text, int offset) {
		int line = 1;
		int lineStart = 0;
		for (int i = 0; i < offset; i++) {
			if (text.charAt(i) == '\n') {
				line++;
				lineStart = i + 1;
			}
		}
		return line + ":" + (offset - lineStart + 1);
	}

	/** Every value's JSON path and "line:column", as the parser gives them while reading. */
	private static Map<String, String> positionsFromTheParser(byte[] bytes) throws IOException {
		Map<String, String> positions = new HashMap<>();
		Deque<Object> path = new ArrayDeque<>(); // String keys and int[] indexes, innermost last
		try (JsonParser parser = new JsonFactory().createParser(bytes)) {
			JsonToken token;
			while ((token = parser.nextToken()) != null) {
				if (token == JsonToken.FIELD_NAME) {
					path.addLast(parser.currentName());
					continue;
				}
				if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
					path.removeLast(); // the container's own marker
					endValue(path);
					continue;
				}
				JsonLocation at = parser.currentTokenLocation();
				positions.put(path(path), at.getLineNr() + ":" + at.getColumnNr());
				if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
					path.addLast(token == JsonToken.START_ARRAY ? new int[] { 0 } : "{");
				} else {
					endValue(path);
				}
			}
		}
		return positions;
	}

	/** After a value: the key it was the value of is done, or the next element of its array comes. */
	private static void endValue(Deque<Object> path) {
		if (path.isEmpty()) {
			return;
		}
		if (path.peekLast() instanceof int[] index) {
			index[0]++;
		} else if (!"{".equals(path.peekLast())) {
			path.removeLast();
		}
	}

	private static String path(Deque<Object> path) {
		StringBuilder text = new StringBuilder();
		for (Object part : path) {
			if (part instanceof int[] index) {
				text.append('[').append(index[0]).append(']');
			} else if (!"{".equals(part)) {
				text.append(text.length() == 0 ? "" : ".").append(part);
			}
		}
		return text.toString();
	}
}
