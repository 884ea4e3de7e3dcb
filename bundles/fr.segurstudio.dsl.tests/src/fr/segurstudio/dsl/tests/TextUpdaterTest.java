package fr.segurstudio.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

import fr.segurstudio.dsl.DossierTexts;
import fr.segurstudio.dsl.model.TextEdit;
import fr.segurstudio.model.core.Demande;
import fr.segurstudio.model.core.Dossier;
import fr.segurstudio.testing.Golden;

/** Saving a model edited elsewhere (forms) into its text changes only the text of what changed. */
class TextUpdaterTest {

	/** A text as a user keeps it: comments, blank lines, a layout of their own. */
	private static final String USERS_TEXT = Golden.BIO_SGL.segurText()
			.replace("dossier BIO-SGL {", "// Laboratoire Durand, relancé le 2 mai\ndossier BIO-SGL {")
			.replace("      regimeTVA TTC\n", "      regimeTVA TTC   /* d'après le devis */\n")
			.replace("      dateCommande 14/03/2022\n", "      dateCommande    14/03/2022 // signée\n\n");

	private static String save(DossierTexts.Parsed parsed) {
		return TextEdit.apply(parsed.resource().getParseResult().getRootNode().getText(), Texts.service().update(parsed));
	}

	/** The text saved gives the model edited: nothing lost, nothing invented. */
	private static void assertReadsBack(Dossier edited, String saved) {
		assertTrue(EcoreUtil.equals(edited, Texts.dossier(saved)), saved);
	}

	@Test
	void nothingChangedChangesNothing() {
		assertEquals(List.of(), Texts.service().update(Texts.parse(USERS_TEXT)));
	}

	@Test
	void editingOneValueChangesOnlyItsText() {
		DossierTexts.Parsed parsed = Texts.parse(USERS_TEXT);
		Demande demande = parsed.built().dossier().getDemandes().get(0);
		demande.getCommande().setMontantSegurHT(new BigDecimal("28000.50"));
		List<TextEdit> edits = Texts.service().update(parsed);
		assertEquals(1, edits.size(), edits::toString);
		assertEquals(new TextEdit(USERS_TEXT.indexOf("27450.00"), "27450.00".length(), "28000.50"), edits.get(0));
		String saved = save(parsed);
		assertEquals(USERS_TEXT.replace("27450.00", "28000.50"), saved);
		assertReadsBack(parsed.built().dossier(), saved);
	}

	@Test
	void settingAnAbsentFieldInsertsItInTheCanonicalPlaceAndLayout() {
		String text = USERS_TEXT.replace("      telephoneMandataire \"0102030405\"\n", "");
		DossierTexts.Parsed parsed = Texts.parse(text);
		parsed.built().dossier().getDemandes().get(0).getBeneficiaires().eSet(
				parsed.built().dossier().getDemandes().get(0).getBeneficiaires().eClass().getEStructuralFeature("telephoneMandataire"), "0102030405");
		String saved = save(parsed);
		assertEquals(USERS_TEXT, saved);
	}

	@Test
	void aBlockReplacedByAnotherObjectIsWrittenIndentedAsTheOneItReplaces() {
		DossierTexts.Parsed parsed = Texts.parse(USERS_TEXT);
		Demande demande = parsed.built().dossier().getDemandes().get(0);
		var commande = EcoreUtil.copy(demande.getCommande());
		commande.setMontantSegurHT(new BigDecimal("28000.50"));
		demande.setCommande(commande); // another object in its place: the whole block is written again
		String saved = save(parsed);
		assertReadsBack(parsed.built().dossier(), saved);
		String canonical = Texts.service().write(parsed.built().dossier());
		int block = canonical.indexOf("    commande {");
		String expected = canonical.substring(block, canonical.indexOf("    }\n", block) + 6);
		assertTrue(saved.contains(expected), "the block as the canonical layout indents it:\n" + saved);
	}

	@Test
	void removingAValueRemovesItsLine() {
		DossierTexts.Parsed parsed = Texts.parse(USERS_TEXT);
		parsed.built().dossier().getDemandes().get(0).getScenarioInstallation().eUnset(
				parsed.built().dossier().getDemandes().get(0).getScenarioInstallation().eClass().getEStructuralFeature("isIdSlave"));
		String saved = save(parsed);
		assertEquals(USERS_TEXT.replace("      isIdSlave true\n", ""), saved);
		assertReadsBack(parsed.built().dossier(), saved);
	}

	@Test
	void addingAndRemovingRequestsKeepsTheOthersText() {
		DossierTexts.Parsed parsed = Texts.parse(USERS_TEXT);
		Dossier dossier = parsed.built().dossier();
		Demande copy = EcoreUtil.copy(dossier.getDemandes().get(0));
		copy.setNumeroEditeur("00002");
		dossier.getDemandes().add(copy);
		String saved = save(parsed);
		assertTrue(saved.startsWith(USERS_TEXT.substring(0, USERS_TEXT.lastIndexOf('}'))), "the first request is untouched");
		assertTrue(saved.contains("\n\n  demande \"00002\" {\n    commande {\n      dateCommande 14/03/2022\n"), saved);
		assertReadsBack(dossier, saved);

		DossierTexts.Parsed again = Texts.parse(saved);
		again.built().dossier().getDemandes().remove(1);
		assertEquals(USERS_TEXT, save(again));
	}

	@Test
	void addingABlockToAListWritesItAfterItsSiblings() {
		DossierTexts.Parsed parsed = Texts.parse(USERS_TEXT);
		Dossier dossier = parsed.built().dossier();
		var beneficiaires = dossier.getDemandes().get(0).getBeneficiaires();
		var clients = beneficiaires.eClass().getEStructuralFeature("EtablissementsClients");
		@SuppressWarnings("unchecked")
		List<org.eclipse.emf.ecore.EObject> list = (List<org.eclipse.emf.ecore.EObject>) beneficiaires.eGet(clients);
		list.add(EcoreUtil.copy(list.get(1)));
		String saved = save(parsed);
		assertTrue(saved.contains("numeroFINESSGeos [\"222222222\"]\n      }\n      EtablissementsClients {\n        numeroFINESSJuridique \"999999992\""), saved);
		assertTrue(saved.contains("// signée"));
		assertReadsBack(dossier, saved);
	}
}
