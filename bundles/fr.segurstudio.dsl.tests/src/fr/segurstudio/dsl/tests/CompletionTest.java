package fr.segurstudio.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import fr.segurstudio.dsl.ide.contentassist.SegurCompletion;
import fr.segurstudio.testing.Golden;

/** Completion at cursor positions (‸), as an editor asks for it. */
class CompletionTest {

	private static List<ContentAssistEntry> complete(String marked) {
		Texts.Caret caret = Texts.Caret.of(marked);
		SegurCompletion completion = Texts.service().injector().getInstance(SegurCompletion.class);
		return completion.complete(Texts.parse(caret.text()).resource(), caret.offset());
	}

	private static List<String> proposals(String marked) {
		return complete(marked).stream().map(ContentAssistEntry::getProposal).toList();
	}

	/** The golden text with the caret put in place of {@code written}. */
	private static String caretAt(Golden golden, String written) {
		String text = golden.segurText();
		assertTrue(text.contains(written), written);
		return text.replaceFirst(java.util.regex.Pattern.quote(written), "‸");
	}

	@Test
	void anEnumerationFieldProposesItsValues() {
		List<String> proposals = proposals(caretAt(Golden.BIO_SGL, "TTC"));
		assertTrue(proposals.containsAll(List.of("TTC", "HT")), proposals::toString);
		assertFalse(proposals.contains("BON_COMMANDE"), proposals::toString);
	}

	@Test
	void anOperatorCodeIsProposedWithItsLabel() {
		List<ContentAssistEntry> entries = complete(caretAt(Golden.BIO_SGL, "MAI_15"));
		assertEquals(355, entries.size(), "the 355 codes of the seeds' operator list");
		ContentAssistEntry mai15 = entries.stream().filter(e -> "MAI_15".equals(e.getProposal())).findFirst().orElseThrow();
		assertTrue(mai15.getLabel().startsWith("MAI_15 – "), mai15.getLabel());
		assertFalse(mai15.getDescription().isBlank());
		assertTrue(entries.stream().anyMatch(e -> "\"CH _20\"".equals(e.getProposal())), "a code with a space is quoted");
	}

	@Test
	void aPrefixFiltersTheCodes() {
		List<String> proposals = proposals(caretAt(Golden.BIO_SGL, "MAI_15").replace("‸", "MAI‸"));
		assertTrue(proposals.size() > 1, proposals::toString);
		assertTrue(proposals.stream().allMatch(p -> p.startsWith("MAI")), proposals::toString);
		assertTrue(proposals.contains("MAI_15"));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			BIO_SGL           | isMandataire true     | EtablissementsClients,isMandataire,nomMandataire,isClientUnique | commandePour,radLiberauxClients,dateCommande
			RAD_RIS           | isMandataire false    | EtablissementsClients,radLiberauxClients,isMandataire           | commandePour,liberal,dateCommande
			MDV_LGC_LIBERAL   | commandePour LIBERAL  | commandePour,liberal,structure,isMandataire                     | EtablissementsClients,radLiberauxClients,dateCommande
			MDV_LGC_STRUCTURE | commandePour STRUCTURE | commandePour,liberal,structure                                 | EtablissementsClients,nomClient,montantSegurHT
			""")
	void insideBeneficiairesTheCouloirsFieldsAreProposed(Golden golden, String firstLine, String expected, String unexpected) {
		List<String> proposals = proposals(caretAt(golden, firstLine));
		assertTrue(proposals.containsAll(List.of(expected.split(","))), proposals::toString);
		for (String other : unexpected.split(",")) {
			assertFalse(proposals.contains(other), other + " in " + proposals);
		}
	}

	@Test
	void afterABlockKeywordItsFieldsAreProposed() {
		String text = caretAt(Golden.BIO_SGL, "dateCommande 14/03/2022");
		List<String> proposals = proposals(text);
		assertTrue(proposals.containsAll(List.of("dateCommande", "regimeTVA", "montantSegurHT")), proposals::toString);
		assertFalse(proposals.contains("nomClient"), proposals::toString);
	}

	@Test
	void afterDemandeTheNextFreeNumeroEditeurIsProposed() {
		String text = Golden.BIO_SGL.segurText();
		String marked = text.substring(0, text.lastIndexOf('}')) + "\n  demande ‸\n}\n";
		Optional<ContentAssistEntry> next = complete(marked).stream().filter(e -> e.getProposal().startsWith("\"")).findFirst();
		assertEquals("\"00002\"", next.orElseThrow().getProposal());
	}

	@Test
	void atTheTopOfADossierItsFieldsAndTheKeywordDemandeAreProposed() {
		String text = Golden.BIO_SGL.segurText().replace("  numeroAns", "  ‸\n  numeroAns");
		List<String> proposals = proposals(text);
		assertTrue(proposals.containsAll(List.of("demande", "numeroAns", "SIRET")), proposals::toString);
	}

	@Test
	void aPieceTypeIsProposedFromTheCouloirsNomenclature() {
		List<ContentAssistEntry> entries = complete(caretAt(Golden.RAD_RIS, "BON_COMMANDE"));
		assertTrue(entries.stream().anyMatch(e -> "BON_COMMANDE".equals(e.getProposal()) && e.getLabel().contains("BDC")),
				() -> entries.stream().map(ContentAssistEntry::getLabel).toList().toString());
	}

	@Test
	void aBooleanFieldProposesTrueAndFalse() {
		List<String> proposals = proposals(caretAt(Golden.BIO_SGL, "isIdSlave true").replace("‸", "isIdSlave ‸"));
		assertTrue(proposals.containsAll(List.of("true", "false")), proposals::toString);
	}
}
