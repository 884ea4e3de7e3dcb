package fr.segurstudio.json.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import fr.segurstudio.json.AspJsonWriter;
import fr.segurstudio.json.ImportResult;
import fr.segurstudio.testing.Golden;

/**
 * The exporter writes what was read, and so what was validated: it never turns a value the seed does
 * not allow into one it does (no « C » for a null typeAction, no {} for a null structure, no null for
 * an empty text). Each golden file changed to a forbidden form comes out byte for byte as it went in.
 * (A value the model cannot hold as written — a list given as null, a number where a text goes — is an
 * importer error, and such a file is not exported even with --force: see the command line's tests.)
 */
class FaithfulExportTest {

	static Stream<Arguments> forbidden() {
		return Stream.of(Arguments.of(Golden.BIO_SGL, "\"typeAction\": \"C\"", "\"typeAction\": null"),
				Arguments.of(Golden.BIO_SGL, "\"typeAction\": \"C\"", "\"typeAction\": \"\""),
				Arguments.of(Golden.RAD_RIS, "\"typeAction\": \"C\"", "\"typeAction\": \"M\""),
				Arguments.of(Golden.MDV_LGC_LIBERAL, "\"structure\": {}", "\"structure\": null"),
				Arguments.of(Golden.MDV_LGC_LIBERAL, "\"operateurMessagerie\": null", "\"operateurMessagerie\": \"\""),
				Arguments.of(Golden.MDV_LGC_LIBERAL, "\"operateurMessagerie\": null", "\"operateurMessagerie\": \"   \""),
				Arguments.of(Golden.RAD_RIS, "\"emailRad\": null", "\"emailRad\": \"\""),
				Arguments.of(Golden.BIO_SGL, "\"nomMandataire\": null", "\"nomMandataire\": \"\""),
				Arguments.of(Golden.BIO_SGL, "\"numeroEditeur\": \"00001\"", "\"numeroEditeur\": \"\""),
				Arguments.of(Golden.BIO_SGL, "\"montantSegurHT\": 27450.00", "\"montantSegurHT\": -27450.00"),
				Arguments.of(Golden.MDV_LGC_STRUCTURE, "\"isMandataire\": null", "\"isMandataire\": true"));
	}

	@ParameterizedTest(name = "{0} : {2}")
	@MethodSource("forbidden")
	void aForbiddenValueIsWrittenAsItWasRead(Golden golden, String seedForm, String forbidden) {
		String changed = golden.text().replace(seedForm, forbidden);
		ImportResult read = Imports.read(changed);
		assertEquals(changed, new String(new AspJsonWriter().toBytes(read.dossier(), AspJsonWriter.FAITHFUL), StandardCharsets.UTF_8));
	}

	@Test
	void aMissingKeyStaysMissingNotFilledIn() {
		ImportResult read = Imports.readChanged(Golden.BIO_SGL, "\"typeAction\": \"C\",\n", "");
		String written = new String(new AspJsonWriter().toBytes(read.dossier(), AspJsonWriter.DEPOSIT), StandardCharsets.UTF_8);
		assertFalse(written.contains("\"typeAction\""), written);
		assertEquals(Golden.BIO_SGL.text().replace("\"typeAction\": \"C\",\n", "").replaceAll("\n +", "\n"),
				new String(new AspJsonWriter().toBytes(read.dossier(), AspJsonWriter.FAITHFUL), StandardCharsets.UTF_8).replaceAll("\n +", "\n"));
	}

	@Test
	void mdvStructureIsMandataireFalseIsWrittenNullInADepositAndAsReadInAConversion() {
		// seed 004 §3.2 « à ne pas renseigner » for a STRUCTURE; asp-json.md §7: false or null accepted, null written
		ImportResult read = Imports.readChanged(Golden.MDV_LGC_STRUCTURE, "\"isMandataire\": null,\n        \"isClientUnique\": null",
				"\"isMandataire\": false,\n        \"isClientUnique\": false");
		assertEquals(Golden.MDV_LGC_STRUCTURE.text(),
				new String(new AspJsonWriter().toBytes(read.dossier(), AspJsonWriter.DEPOSIT), StandardCharsets.UTF_8));
		assertTrue(new String(new AspJsonWriter().toBytes(read.dossier(), AspJsonWriter.FAITHFUL), StandardCharsets.UTF_8)
				.contains("\"isMandataire\": false"));
	}
}
