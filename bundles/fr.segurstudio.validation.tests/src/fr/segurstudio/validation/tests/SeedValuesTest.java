package fr.segurstudio.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import fr.segurstudio.json.AspImporter;
import fr.segurstudio.json.ImportResult;
import fr.segurstudio.model.core.Dossier;
import fr.segurstudio.model.couloir.CouloirRegistry;
import fr.segurstudio.model.issue.Issue;
import fr.segurstudio.testing.Golden;
import fr.segurstudio.testing.Services;
import fr.segurstudio.validation.DossierValidator;
import fr.segurstudio.validation.IssueCodes;
import fr.segurstudio.validation.ValidationContext;
import fr.segurstudio.validation.json.FileReport;
import fr.segurstudio.validation.json.FileValidator;
import fr.segurstudio.validation.json.Mode;

/**
 * A value the seed does not allow is an error whatever its JSON type (seeds §3.2, "Tableau des formats
 * valeurs"): each case is a golden file with one value changed as the seed's words forbid, checked as the
 * portal checks a file; the seed's own form of the same value is accepted.
 */
class SeedValuesTest {

	private static final Pattern ENGLISH = Pattern.compile("(?i)\\b(unexpected|expecting|expected|token|character|was|value|input|"
			+ "invalid|source|line:|column:)\\b");

	private final FileValidator validator = new FileValidator(Services.get(DossierValidator.class), Services.get(CouloirRegistry.class));

	private ImportResult read(String json) {
		return Services.get(AspImporter.class).read(json.getBytes(StandardCharsets.UTF_8), "f.json", null);
	}

	private FileReport check(String json) {
		return validator.validate(read(json), Mode.ALL, ValidationContext.ALONE);
	}

	private static String changed(Golden golden, String from, String to) {
		assertTrue(golden.text().contains(from), golden + " : " + from);
		return golden.text().replaceFirst(Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
	}

	/** golden file, the value as the seed writes it, a form the seed does not allow, the expected code. */
	static Stream<Arguments> forbidden() {
		return Stream.of(
				// typeAction « C », the only value (§3.2 Entête demande)
				Arguments.of(Golden.BIO_SGL, "\"typeAction\": \"C\"", "\"typeAction\": null", IssueCodes.VALEUR),
				Arguments.of(Golden.RAD_RIS, "\"typeAction\": \"C\"", "\"typeAction\": null", IssueCodes.VALEUR),
				Arguments.of(Golden.MDV_LGC_LIBERAL, "\"typeAction\": \"C\"", "\"typeAction\": null", IssueCodes.VALEUR),
				Arguments.of(Golden.BIO_SGL, "\"typeAction\": \"C\"", "\"typeAction\": \"\"", IssueCodes.TEXTE_VIDE),
				Arguments.of(Golden.BIO_SGL, "\"typeAction\": \"C\"", "\"typeAction\": \"c\"", IssueCodes.VALEUR),
				// MDV operateurMessagerie: null accepted (change of 04/11/2022), not an empty text
				Arguments.of(Golden.MDV_LGC_LIBERAL, "\"operateurMessagerie\": null", "\"operateurMessagerie\": \"\"", IssueCodes.TEXTE_VIDE),
				Arguments.of(Golden.MDV_LGC_LIBERAL, "\"operateurMessagerie\": null", "\"operateurMessagerie\": \"   \"", IssueCodes.TEXTE_VIDE),
				Arguments.of(Golden.BIO_SGL, "\"operateurMessagerie\": \"MAI_15\"", "\"operateurMessagerie\": \"\"", IssueCodes.TEXTE_VIDE),
				// RAD emailRad / telephoneRad « Facultatif »: absent or null, not ""
				Arguments.of(Golden.RAD_RIS, "\"emailRad\": null", "\"emailRad\": \"\"", IssueCodes.TEXTE_VIDE),
				Arguments.of(Golden.RAD_RIS, "\"telephoneRad\": null", "\"telephoneRad\": \" \"", IssueCodes.TEXTE_VIDE),
				// identifiers and names: blank is not a value
				Arguments.of(Golden.BIO_SGL, "\"numeroFINESSJuridique\": \"999999991\"", "\"numeroFINESSJuridique\": \"\"", IssueCodes.TEXTE_VIDE),
				Arguments.of(Golden.BIO_SGL, "\"nomClient\": \"DURAND\"", "\"nomClient\": \"  \"", IssueCodes.TEXTE_VIDE),
				Arguments.of(Golden.RAD_RIS, "\"RPPS\": \"12345678901\"", "\"RPPS\": \"\"", IssueCodes.TEXTE_VIDE),
				Arguments.of(Golden.MDV_LGC_LIBERAL, "\"nomMandataire\": \"DURAND\"", "\"nomMandataire\": \"\"", IssueCodes.TEXTE_VIDE),
				Arguments.of(Golden.BIO_SGL, "\"numeroEditeur\": \"00001\"", "\"numeroEditeur\": \"\"", IssueCodes.TEXTE_VIDE),
				// null where the seed says "SINON null": "" is not null
				Arguments.of(Golden.RAD_RIS, "\"nomMandataire\": null", "\"nomMandataire\": \"\"", IssueCodes.NULL_ATTENDU),
				// MDV LIBERAL: « structure = {} », not null
				Arguments.of(Golden.MDV_LGC_LIBERAL, "\"structure\": {}", "\"structure\": null", IssueCodes.VIDE_ATTENDU),
				// MDV STRUCTURE: liberal is an empty array, mandataire fields « à ne pas renseigner »
				Arguments.of(Golden.MDV_LGC_STRUCTURE, "\"nomMandataire\": null", "\"nomMandataire\": \"\"", IssueCodes.VIDE_ATTENDU),
				// numLigne INTEGER
				Arguments.of(Golden.BIO_SGL, "\"numLigne\": 1", "\"numLigne\": 1.0", fr.segurstudio.json.IssueCodes.TYPE),
				Arguments.of(Golden.RAD_RIS, "\"numLigne\": 1", "\"numLigne\": 1e0", fr.segurstudio.json.IssueCodes.TYPE),
				// montantSegurHT: an amount of a service, never negative
				Arguments.of(Golden.BIO_SGL, "\"montantSegurHT\": 27450.00", "\"montantSegurHT\": -27450.00", IssueCodes.MONTANT_NEGATIF),
				Arguments.of(Golden.MDV_LGC_STRUCTURE, "\"montantSegurHT\": 10750.00", "\"montantSegurHT\": -0.01", IssueCodes.MONTANT_NEGATIF),
				// enumerations: a closed list, « TTC » ou « HT »
				Arguments.of(Golden.BIO_SGL, "\"regimeTVA\": \"TTC\"", "\"regimeTVA\": \"\"", fr.segurstudio.json.IssueCodes.VALEUR),
				Arguments.of(Golden.BIO_SGL, "\"formatFichier\": \"PDF\"", "\"formatFichier\": \" \"", fr.segurstudio.json.IssueCodes.VALEUR));
	}

	@ParameterizedTest(name = "{0} : {2}")
	@MethodSource("forbidden")
	void aFormTheSeedDoesNotAllowRejectsTheRequest(Golden golden, String seedForm, String forbidden, String code) {
		assertTrue(check(golden.text()).requests().get(0).accepted(), "the seed's form is accepted: " + seedForm);
		FileReport report = check(changed(golden, seedForm, forbidden));
		boolean rejected = !report.accepted() || !report.requests().get(0).accepted();
		assertTrue(rejected, forbidden + " accepted");
		List<Issue> all = Stream.concat(report.errors().stream(), report.requests().stream().flatMap(r -> r.issues().stream())).toList();
		assertTrue(all.stream().anyMatch(i -> i.isError() && i.code().equals(code)), forbidden + " : " + Checks.describe(all));
		all.forEach(i -> assertFalse(ENGLISH.matcher(i.message()).find(), "English in « " + i.message() + " »"));
	}

	@Test
	void anEmptyOptionalValueMayBeAbsentOrNull() {
		String absent = changed(Golden.RAD_RIS, "\"emailRad\": null,\n", "");
		assertTrue(check(absent).requests().get(0).accepted(), Checks.describe(check(absent).requests().get(0).issues()));
	}

	@Test
	void aNumberUsedTwiceInOneFileIsAnErrorAloneOrWithOtherFiles() {
		String twice = twoRequests(Golden.BIO_SGL.text(), "00001");
		FileReport alone = check(twice);
		assertTrue(alone.requests().get(0).accepted());
		assertFalse(alone.requests().get(1).accepted(), "second 00001 of the file");
		assertEquals(IssueCodes.NUMERO_EDITEUR_DOUBLE, alone.requests().get(1).firstError().code());

		ImportResult file = read(twice);
		ImportResult other = read(Golden.BIO_SGL.text()); // an independent file that also starts at 00001
		List<Dossier> checkedTogether = List.of(file.dossier(), other.dossier());
		ValidationContext together = new ValidationContext(checkedTogether, fr.segurstudio.validation.ProfilsDeclares.NONE, null, false);
		FileReport withOthers = validator.validate(file, Mode.ALL, together);
		assertEquals(alone.requests().stream().map(FileReport.RequestReport::status).toList(),
				withOthers.requests().stream().map(FileReport.RequestReport::status).toList(), "same verdict alone and with another file");
		assertEquals(IssueCodes.NUMERO_EDITEUR_DOUBLE, withOthers.requests().get(1).firstError().code());
		assertTrue(validator.validate(other, Mode.ALL, together).requests().get(0).accepted(), "a warning only across files");
	}

	/** The file's only request twice, the second one numbered {@code numero}. */
	private static String twoRequests(String json, String numero) {
		int start = json.indexOf("    {", json.indexOf("\"lignesImport\""));
		int end = json.lastIndexOf("    }") + 5;
		String request = json.substring(start, end);
		String second = request.replace("\"numLigne\": 1", "\"numLigne\": 2").replace("\"00001\"", "\"" + numero + "\"")
				.replace("-00001.pdf", "-" + numero + ".pdf");
		return json.substring(0, end) + ",\n" + second + json.substring(end);
	}

	@Test
	void aFileRejectedAtTheStructureStageAcceptsNoRequest() {
		FileReport report = check(changed(Golden.BIO_SGL, "\"SIRET\": \"12345678200010\"", "\"SIRET\": \"123\""));
		assertFalse(report.accepted());
		assertFalse(report.requests().isEmpty(), "ALL mode still checks the requests");
		assertTrue(report.requests().stream().noneMatch(FileReport.RequestReport::accepted), "no request ACCEPTEE in a rejected file");
		assertTrue(report.requests().stream().allMatch(r -> r.status().equals("REJETEE")));
	}

	@Test
	void jacksonsErrorsAreSaidInFrench() {
		String missingComma = Golden.BIO_SGL.text().replace("\"impId\": null,", "\"impId\": null");
		Issue issue = check(missingComma).errors().get(0);
		assertEquals(fr.segurstudio.json.IssueCodes.SYNTAXE, issue.code());
		assertEquals("caractère inattendu « \" » à la ligne 3, colonne 3 ; une virgule manque ?", issue.message());
		for (String broken : List.of("{\"impId\": nul}", "{\"impId\": 'x'}", "{\"a\": 01}", "{\"a\": [1,]}", "{\"a\": 1,}", "{\"a\" 1}",
				"{\"a\": NaN}", "{\"a\": \"x\ty\"}", "{\"a\": \"\\q\"}", "{\"a\": [1}", "{\"a\": ", "{\"a\": \"x", "{} {}", "[1] // note",
				"{\"a\": \"\\uD800\"}")) {
			Issue error = check(broken).errors().get(0);
			assertFalse(ENGLISH.matcher(error.message()).find(), broken + " → " + error.message());
			assertTrue(error.message().contains("à la ligne 1, colonne") || error.message().contains("ligne 1"), broken + " → " + error.message());
		}
	}

	@Test
	void textInAnotherEncodingSaysWhichOneItProbablyIs() {
		byte[] latin1 = Golden.BIO_SGL.text().replace("\"DURAND\"", "\"DURAND ÉLODIE\"").getBytes(StandardCharsets.ISO_8859_1);
		Issue issue = validator.validate(Services.get(AspImporter.class).read(latin1, "f.json", null), Mode.ALL, ValidationContext.ALONE)
				.errors().get(0);
		assertTrue(issue.message().contains("n'est pas en UTF-8") && issue.message().contains("ISO-8859-1") && issue.message().contains("« É »"),
				issue.message());
		byte[] utf16 = Golden.BIO_SGL.text().getBytes(StandardCharsets.UTF_16);
		String message = validator.validate(Services.get(AspImporter.class).read(utf16, "f.json", null), Mode.ALL, ValidationContext.ALONE)
				.errors().get(0).message();
		assertTrue(message.contains("UTF-16"), message);
	}

	@Test
	void aMissingKeySaysNullOnlyWhereNullIsAllowed() {
		Issue typeAction = check(changed(Golden.BIO_SGL, "\"typeAction\": \"C\",\n", "")).requests().get(0).firstError();
		assertEquals(fr.segurstudio.json.IssueCodes.CLE_ABSENTE, typeAction.code());
		assertFalse(typeAction.message().contains("null"), typeAction.message());
		Issue numeroAsp = check(changed(Golden.BIO_SGL, "\"numeroASP\": null,\n", "")).requests().get(0).firstError();
		assertTrue(numeroAsp.message().contains("même avec la valeur null"), numeroAsp.message());
	}

	@Test
	void aFilledImpIdMustBeNull() {
		for (String filled : List.of("\"impId\": 5", "\"impId\": \"IMP-1\"", "\"impId\": true")) {
			List<Issue> errors = check(changed(Golden.BIO_SGL, "\"impId\": null", filled)).errors();
			assertEquals(1, errors.size(), Checks.describe(errors));
			assertEquals(IssueCodes.RESERVE_ASP, errors.get(0).code());
			assertTrue(errors.get(0).message().contains("null") && !errors.get(0).message().contains("guillemets"), errors.get(0).message());
		}
	}

	@Test
	void aValueMisreadIsSaidOnce() {
		FileReport report = check(changed(Golden.BIO_SGL, "\"typeAction\": \"C\"", "\"typeAction\": {}"));
		List<Issue> issues = report.requests().get(0).issues().stream().filter(Issue::isError).toList();
		assertEquals(1, issues.size(), Checks.describe(issues));
	}
}
