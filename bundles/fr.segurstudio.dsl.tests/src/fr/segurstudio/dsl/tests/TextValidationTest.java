package fr.segurstudio.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import fr.segurstudio.dsl.linking.FrenchLinkingMessages;
import fr.segurstudio.dsl.model.DossierBuilder;
import fr.segurstudio.testing.Golden;
import fr.segurstudio.validation.IssueCodes;

/** The validator's rules, the unknown names and the syntax errors, each on the text range it is about. */
class TextValidationTest {

	/**
	 * One wrong value written in a golden text: the rule of the validator issue that catches it reports on
	 * the line and column of that value (seed §3.2 tables, as coded in the couloirs' .ecore).
	 */
	@ParameterizedTest(name = "{0}: {1} → {3}")
	@CsvSource(delimiter = '|', textBlock = """
			BIO_SGL | nomClient "DURAND"                | nomClient "Durand"                  | champ.majuscules
			BIO_SGL | emailClient "m.durand@laboratoire-exemple.fr" | emailClient "pas un courriel" | champ.email
			BIO_SGL | montantSegurHT 27450.00           | montantSegurHT 27450.123            | montant.decimales
			BIO_SGL | operateurMessagerie MAI_15        | operateurMessagerie MAI_99          | operateur.inconnu
			BIO_SGL | numeroFINESSJuridique "999999991" | numeroFINESSJuridique "99999999A"   | finess.format
			BIO_SGL | nomFichier "BIO-SGL-Va1-BDC-00001.pdf" | nomFichier "bon de commande.pdf" | pj.nom
			BIO_SGL | demande "00001"                   | demande "1"                         | champ.longueur
			BIO_SGL | nomMandataire "DURAND"            | nomMandataire "Durand"              | champ.majuscules
			RAD_RIS | RPPS "12345678901"                | RPPS "1234"                         | champ.longueur
			RAD_RIS | nomRad "MARTIN"                   | nomRad "Martin"                     | champ.majuscules
			MDV_LGC_LIBERAL | nomMedecin "DURAND"       | nomMedecin "durand"                 | champ.majuscules
			MDV_LGC_STRUCTURE | FINESSJuridique "111111111" | FINESSJuridique "11111111A"     | finess.format
			""")
	void aRuleReportsOnTheValueItIsAbout(Golden golden, String written, String wrong, String code) {
		String text = golden.segurText();
		assertTrue(text.contains(written), written);
		String bad = text.replaceFirst(java.util.regex.Pattern.quote(written), java.util.regex.Matcher.quoteReplacement(wrong));
		int offset = bad.indexOf(wrong);
		int valueOffset = offset + wrong.indexOf(' ') + 1;
		List<Issue> issues = Texts.withCode(Texts.validate(bad), code);
		assertFalse(issues.isEmpty(), () -> code + " attendu, reçu :\n" + Texts.describe(Texts.validate(bad)));
		Issue issue = issues.get(0);
		assertEquals(Texts.line(bad, valueOffset), issue.getLineNumber(), Texts.describe(issues));
		assertEquals(Texts.column(bad, valueOffset), issue.getColumn(), Texts.describe(issues));
		assertEquals(valueOffset, issue.getOffset());
		assertEquals(wrong.length() - wrong.indexOf(' ') - 1, issue.getLength(), "the range is the value");
	}

	@Test
	void theCommandLineReadsTheSameIssuesAtTheSameLines(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
		String bad = Golden.BIO_SGL.segurText().replaceFirst("nomClient \"DURAND\"", "nomClient \"Durand\"");
		java.nio.file.Path file = dir.resolve("bio.segur");
		java.nio.file.Files.writeString(file, bad);
		fr.segurstudio.json.ImportResult read = Texts.service().read(file);
		assertTrue(read.readable());
		assertEquals(List.of(), read.issues());
		fr.segurstudio.validation.DossierValidator validator = fr.segurstudio.testing.Services.get(fr.segurstudio.validation.DossierValidator.class);
		List<fr.segurstudio.model.issue.Issue> found = validator.validate(read.dossier(), fr.segurstudio.validation.ValidationContext.ALONE).stream()
				.filter(i -> IssueCodes.MAJUSCULES.equals(i.code())).toList();
		assertEquals(1, found.size());
		fr.segurstudio.model.issue.SourceLocation at = read.sourceMap().locate(found.get(0).target(), found.get(0).feature(), found.get(0).index());
		int offset = bad.indexOf("\"Durand\"");
		assertEquals(Texts.line(bad, offset), at.line());
		assertEquals(Texts.column(bad, offset), at.column());
	}

	@Test
	void anUnknownFieldIsNamedInFrenchWhereItIsWritten() {
		String bad = Golden.BIO_SGL.segurText().replaceFirst("nomClient \"DURAND\"\n        emailClient \"m.durand",
				"nomClien \"DURAND\"\n        emailClient \"m.durand");
		List<Issue> issues = Texts.withCode(Texts.validate(bad), fr.segurstudio.dsl.validation.IssueCodes.CHAMP_INCONNU);
		assertEquals(1, issues.size(), Texts.describe(Texts.validate(bad)));
		assertEquals(Severity.ERROR, issues.get(0).getSeverity());
		assertEquals(Texts.line(bad, bad.indexOf("nomClien ")), issues.get(0).getLineNumber());
		assertTrue(issues.get(0).getMessage().contains("nomClien"), issues.get(0).getMessage());
		assertTrue(issues.get(0).getMessage().startsWith("« nomClien » n'est pas un champ du bloc EtablissementsClients ; vouliez-vous dire « nomClient » ?"),
				issues.get(0).getMessage());
		assertEquals("nomClient", issues.get(0).getData()[0]);
	}

	@Test
	void aFieldOfAnotherCouloirIsUnknownHere() {
		String bad = Golden.BIO_SGL.segurText().replace("isIdSlave true", "isForHospital true");
		List<Issue> issues = Texts.withCode(Texts.validate(bad), fr.segurstudio.dsl.validation.IssueCodes.CHAMP_INCONNU);
		assertEquals(1, issues.size(), Texts.describe(Texts.validate(bad)));
		assertTrue(issues.get(0).getMessage().contains("isForHospital"));
	}

	/**
	 * One value missing while typing: the parser's recovery takes the next field's name for the value and
	 * closes the block early, so the request's model is a guess; that request gets its syntax error alone
	 * (not a dozen consequences of it: "obligatoire", unknown fields, unknown code) from the reader and the
	 * file validator (the command line, the editor, the Problems view); the request before it is checked as
	 * usual. (What follows the error is lost to this recovery: it is checked once the text parses again.)
	 */
	@Test
	void aRequestWithASyntaxErrorGetsThatErrorAloneAndTheOthersAreStillChecked(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
			throws Exception {
		String golden = Golden.BIO_SGL.segurText();
		int start = golden.indexOf("  demande \"00001\"");
		int end = golden.lastIndexOf('}');
		String request = golden.substring(start, end);
		String first = request.replaceFirst("nomClient \"DURAND\"", "nomClient \"Durand\"");
		String second = request.replace("\"00001\"", "\"00002\"").replace("BDC-00001", "BDC-00002")
				.replace("operateurMessagerie MAI_15", "operateurMessagerie ");
		String bad = golden.substring(0, start) + first + "\n" + second + "}\n";

		java.nio.file.Path file = dir.resolve("bio.segur");
		java.nio.file.Files.writeString(file, bad);
		fr.segurstudio.json.ImportResult read = Texts.service().read(file);
		fr.segurstudio.validation.json.FileReport report = new fr.segurstudio.validation.json.FileValidator(
				fr.segurstudio.testing.Services.get(fr.segurstudio.validation.DossierValidator.class),
				fr.segurstudio.testing.Services.get(fr.segurstudio.model.couloir.CouloirRegistry.class))
				.validate(read, fr.segurstudio.validation.json.Mode.ALL, fr.segurstudio.validation.ValidationContext.ALONE);
		assertFalse(report.accepted(), "a text with a syntax error is rejected whole");
		assertFalse(report.errors().isEmpty());
		assertTrue(report.errors().stream().allMatch(i -> i.code().equals("syntaxe")), report.errors().toString());
		assertEquals(Texts.line(bad, bad.indexOf("false", bad.indexOf("operateurMessagerie \n"))), report.errors().get(0).location().line());
		assertEquals(List.of("00001", "00002"), report.requests().stream().map(r -> r.numeroEditeur()).toList());
		assertEquals(List.of(IssueCodes.MAJUSCULES), report.requests().get(0).issues().stream().filter(fr.segurstudio.model.issue.Issue::isError)
				.map(fr.segurstudio.model.issue.Issue::code).toList(), "the request before the error checked");
		assertEquals(List.of(), report.requests().get(1).issues(), "the broken request: its syntax error only");

		// the text's own validator (Xtext's resource validation) leaves out the rules' consequences too
		List<Issue> issues = Texts.validate(bad);
		int broken = Texts.line(bad, bad.indexOf("demande \"00002\""));
		assertTrue(issues.stream().filter(i -> i.getLineNumber() >= broken).allMatch(i -> i.getCode().equals("syntaxe")
				|| i.getCode().equals(fr.segurstudio.dsl.validation.IssueCodes.CHAMP_INCONNU)), Texts.describe(issues));
		assertEquals(1, Texts.withCode(issues, IssueCodes.MAJUSCULES).size(), Texts.describe(issues));
	}

	@Test
	void syntaxErrorsAreInFrench() {
		String missingBrace = Golden.BIO_SGL.segurText().replaceFirst("\\}\\s*$", "");
		Issue end = single(Texts.validate(missingBrace), "syntaxe");
		assertTrue(end.getMessage().contains("la fin du fichier"), end.getMessage());
		assertTrue(end.getMessage().contains("accolade"), end.getMessage());

		String stray = Golden.BIO_SGL.segurText().replace("regimeTVA TTC", "regimeTVA = TTC");
		Issue equals = single(Texts.validate(stray), "syntaxe");
		assertTrue(equals.getMessage().contains("« = »"), equals.getMessage());
		assertEquals(Texts.line(stray, stray.indexOf(" = ")), equals.getLineNumber());
	}

	@Test
	void aValueOfTheWrongTypeIsAnErrorOnThatValue() {
		String bad = Golden.BIO_SGL.segurText().replace("dateCommande 14/03/2022", "dateCommande \"hier\"");
		List<Issue> issues = Texts.withCode(Texts.validate(bad), fr.segurstudio.dsl.validation.IssueCodes.TYPE);
		assertEquals(1, issues.size(), Texts.describe(Texts.validate(bad)));
		assertEquals(bad.indexOf("\"hier\""), issues.get(0).getOffset());
		assertTrue(issues.get(0).getMessage().contains("date"), issues.get(0).getMessage());
	}

	@Test
	void aMissingFieldIsReportedOnItsBlock() {
		String bad = Golden.BIO_SGL.segurText().replace("      dateCommande 14/03/2022\n", "");
		List<Issue> issues = Texts.withCode(Texts.validate(bad), IssueCodes.OBLIGATOIRE);
		assertEquals(1, issues.size(), Texts.describe(Texts.validate(bad)));
		assertTrue(issues.get(0).getMessage().contains("dateCommande"), issues.get(0).getMessage());
		assertEquals(Texts.line(bad, bad.indexOf("commande {")), issues.get(0).getLineNumber());
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			BIO_SGL | isDirecToDMP     | isDirectToDMP
			RAD_RIS | numeroFINESSGeos | "numérosFINESSGeos"
			""")
	void anAcceptedSpellingVariantIsAWarningWithItsCanonicalName(Golden golden, String canonical, String variant) {
		String text = golden.segurText().replaceFirst(canonical + " ", variant + " ");
		List<Issue> issues = Texts.withCode(Texts.validate(text), fr.segurstudio.dsl.validation.IssueCodes.VARIANTE);
		assertEquals(1, issues.size(), Texts.describe(Texts.validate(text)));
		assertEquals(Severity.WARNING, issues.get(0).getSeverity());
		assertEquals(canonical, issues.get(0).getData()[0]);
		assertEquals(text.indexOf(variant), issues.get(0).getOffset());
		assertTrue(org.eclipse.emf.ecore.util.EcoreUtil.equals(Texts.dossier(golden.segurText()), Texts.dossier(text)), "read the same");
	}

	private static Issue single(List<Issue> issues, String code) {
		List<Issue> found = Texts.withCode(issues, code);
		assertFalse(found.isEmpty(), () -> code + " attendu, reçu :\n" + Texts.describe(issues));
		return found.get(0);
	}
}
