package fr.segurstudio.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import fr.segurstudio.dsl.DossierTexts;
import fr.segurstudio.dsl.ide.quickfix.SegurQuickfixes;
import fr.segurstudio.dsl.ide.quickfix.SegurQuickfixes.QuickFix;
import fr.segurstudio.dsl.model.TextEdit;
import fr.segurstudio.testing.Golden;

/** A frequent error, its quick fix applied to the text, and the text validated again. */
class QuickfixTest {

	@ParameterizedTest(name = "{3}")
	@CsvSource(delimiter = '|', textBlock = """
			BIO_SGL | nomClient "DURAND"                 | nomClient "Durand"          | champ.majuscules     | nomClient "DURAND"
			BIO_SGL | demande "00001"                    | demande "1"                 | champ.longueur       | demande "00001"
			BIO_SGL | "BIO-SGL-Va1-BDC-00001.pdf"        | "BDC.pdf"                   | pj.nom               | "BIO-SGL-Va1-BDC-00001.pdf"
			BIO_SGL | isMandataire true                  | isMandataire false          | champ.null-attendu   | nomMandataire null
			BIO_SGL | operateurMessagerie MAI_15         | operateurMessagerie mai_15  | operateur.inconnu    | operateurMessagerie MAI_15
			BIO_SGL | isDirecToDMP true                  | isDirectToDMP true          | texte.variante       | isDirecToDMP true
			RAD_RIS | nomRad "MARTIN"                    | NomRad "MARTIN"             | texte.champ-inconnu  | nomRad "MARTIN"
			MDV_LGC_LIBERAL | emailMedecin               | emailMedcin                 | texte.champ-inconnu  | emailMedecin
			RAD_RIS | "RAD-RIS-Va1-BDC-00001.pdf"        | "commande.PDF"              | pj.nom               | "RAD-RIS-Va1-BDC-00001.pdf"
			""")
	void theFixRemovesTheError(Golden golden, String written, String wrong, String code, String fixedText) {
		String bad = golden.segurText().replaceFirst(Pattern.quote(written), Matcher.quoteReplacement(wrong));
		DossierTexts.Parsed parsed = Texts.parse(bad);
		List<Issue> issues = Texts.withCode(Texts.validate(parsed.resource()), code);
		assertFalse(issues.isEmpty(), () -> code + " attendu, reçu :\n" + Texts.describe(Texts.validate(bad)));

		SegurQuickfixes quickfixes = Texts.service().injector().getInstance(SegurQuickfixes.class);
		List<QuickFix> fixes = quickfixes.fixes(parsed, issues.get(0));
		assertEquals(1, fixes.size(), fixes::toString);
		assertFalse(fixes.get(0).label().isBlank());
		String fixed = TextEdit.apply(bad, fixes.get(0).edits());

		assertTrue(fixed.contains(fixedText), fixed);
		List<Issue> after = Texts.validate(fixed);
		if (issues.size() == 1) {
			assertEquals(List.of(), Texts.withCode(after, code), Texts.describe(after));
		} else {
			assertEquals(issues.size() - 1, Texts.withCode(after, code).size(), Texts.describe(after));
		}
	}

	/**
	 * Which codes have a fix is read from the fixes themselves: each declared code is a real issue code of the
	 * validator or of the language (no typo, no code kept apart), every code the tests above fix is one, and an issue
	 * of a code without fix gets none.
	 */
	@Test
	void theCodesWithAFixAreTheCodesTheFixesDeclare() throws IllegalAccessException {
		Set<String> codes = new TreeSet<>();
		for (Class<?> table : List.of(fr.segurstudio.validation.IssueCodes.class, fr.segurstudio.dsl.validation.IssueCodes.class)) {
			for (Field field : table.getFields()) {
				if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
					codes.add((String) field.get(null));
				}
			}
		}
		assertTrue(codes.containsAll(SegurQuickfixes.fixedCodes()), () -> "not issue codes: " + SegurQuickfixes.fixedCodes().stream().filter(c -> !codes.contains(c)).toList());
		for (String code : List.of("champ.majuscules", "champ.longueur", "pj.nom", "champ.null-attendu", "operateur.inconnu", "texte.variante",
				"texte.champ-inconnu")) {
			assertTrue(SegurQuickfixes.hasFix(code), code);
		}
		SegurQuickfixes quickfixes = Texts.service().injector().getInstance(SegurQuickfixes.class);
		DossierTexts.Parsed parsed = Texts.parse(Golden.BIO_SGL.segurText());
		for (String code : codes) {
			if (!SegurQuickfixes.hasFix(code)) {
				Issue.IssueImpl issue = new Issue.IssueImpl();
				issue.setCode(code);
				issue.setOffset(0);
				issue.setLength(7);
				issue.setData(new String[] { "X" });
				assertEquals(List.of(), quickfixes.fixes(parsed, issue), code);
			}
		}
		assertFalse(SegurQuickfixes.hasFix(null));
	}
}
