package fr.segurstudio.json.tests;

import static fr.segurstudio.json.tests.Imports.describe;
import static fr.segurstudio.json.tests.Imports.read;
import static fr.segurstudio.json.tests.Imports.withCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import fr.segurstudio.couloir.bio.BeneficiairesBio;
import fr.segurstudio.json.AspImporter;
import fr.segurstudio.json.ImportResult;
import fr.segurstudio.model.issue.Issue;
import fr.segurstudio.testing.Golden;
import fr.segurstudio.testing.Services;

/** Bad input never escapes as an exception: a clear message and, whenever the JSON is readable, a model. */
class BadInputTest {

	private final AspImporter importer = Services.get(AspImporter.class);

	@Test
	void truncatedAtEveryPlaceGivesASyntaxErrorWithItsPosition() {
		byte[] golden = Golden.RAD_RIS.bytes();
		for (int cut = 0; cut < golden.length - 2; cut += 7) {
			ImportResult result = importer.read(Arrays.copyOf(golden, cut), "cut.json", null);
			assertFalse(result.readable(), "cut at " + cut);
			assertNull(result.dossier());
			Issue issue = result.issues().get(0);
			assertEquals("json.syntaxe", issue.code());
			assertTrue(issue.location().line() >= 1, "cut at " + cut);
			assertTrue(cut == 0 ? issue.message().contains("vide") : issue.message().contains("tronqué")
					|| issue.message().contains("JSON illisible"), cut + ": " + issue.message());
		}
	}

	@Test
	void wrongRoot() {
		ImportResult result = read("[1, 2]");
		assertEquals("json.racine", result.issues().get(0).code());
		assertTrue(result.issues().get(0).message().contains("objet JSON"));
	}

	@Test
	void tenMegabyteStringIsReadAndKept() {
		String big = "X".repeat(10 * 1024 * 1024);
		ImportResult result = read(Golden.BIO_SGL.text().replace("\"DURAND\"", "\"" + big + "\""));
		assertTrue(result.readable());
		assertFalse(result.hasErrors(), "length is a rule of the validator, not of the reader: " + describe(result));
		BeneficiairesBio beneficiaires = (BeneficiairesBio) result.dossier().getDemandes().get(0).getBeneficiaires();
		assertEquals(big.length(), beneficiaires.getNomMandataire().length());
	}

	@Test
	void deepNestingIsRefusedWithoutOverflowingTheStack() {
		String deep = "{\"a\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";
		ImportResult result = read(deep);
		assertEquals("json.syntaxe", result.issues().get(0).code());
		assertTrue(result.issues().get(0).message().contains("imbrication"), result.issues().get(0).message());
	}

	@Test
	void notUtf8() {
		byte[] latin1 = Golden.BIO_SGL.text().replace("\"DURAND\"", "\"DURAND É\"").getBytes(StandardCharsets.ISO_8859_1);
		ImportResult result = importer.read(latin1, "latin1.json", null);
		assertEquals("json.syntaxe", result.issues().get(0).code());
		assertTrue(result.issues().get(0).message().contains("UTF-8"), result.issues().get(0).message());
		assertTrue(result.issues().get(0).location().line() > 1);
	}

	@Test
	void absurdNumbersAreNotExpanded() {
		ImportResult result = read(Golden.BIO_SGL.text().replace("27450.00", "1e999999999"));
		assertEquals(1, withCode(result, "json.montant").size(), describe(result));
		ImportResult integer = read(Golden.BIO_SGL.text().replace("\"numLigne\": 1", "\"numLigne\": 1e999999999"));
		assertEquals(1, withCode(integer, "json.type").size(), describe(integer));
	}

	@Test
	void everyKindOfValueInEveryPlace() {
		String[] values = { "null", "true", "0", "-1.5", "\"\"", "\"x\"", "[]", "{}", "[null]", "[{}]", "{\"a\":1}" };
		String text = Golden.MDV_LGC_LIBERAL.text();
		int checked = 0;
		for (String line : text.split("\n")) {
			int colon = line.indexOf("\": ");
			if (colon < 0) {
				continue;
			}
			String key = line.substring(0, colon + 3);
			String rest = line.substring(colon + 3);
			if (rest.endsWith("[") || rest.endsWith("{")) {
				continue;
			}
			for (String value : values) {
				String changed = text.replace(line, key + value + (rest.endsWith(",") ? "," : ""));
				ImportResult result = read(changed);
				assertTrue(result.readable(), changed);
				assertNotNull(result.dossier(), changed);
				checked++;
			}
		}
		assertTrue(checked > 200, "" + checked);
	}
}
