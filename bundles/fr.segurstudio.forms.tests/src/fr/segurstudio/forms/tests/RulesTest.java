package fr.segurstudio.forms.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fr.segurstudio.couloir.bio.BeneficiairesBio;
import fr.segurstudio.couloir.mdv.BeneficiairesMdv;
import fr.segurstudio.couloir.mdv.CommandePour;
import fr.segurstudio.forms.Choice;
import fr.segurstudio.forms.FormState;
import fr.segurstudio.forms.FormState.Node;
import fr.segurstudio.forms.view.Element;
import fr.segurstudio.forms.view.Table;
import fr.segurstudio.model.core.Dossier;
import fr.segurstudio.model.core.StatutDemande;

/** The rules of the annotations, evaluated on the seeds' examples (§3.1 of each) and followed when the model changes. */
class RulesTest {

	private static final List<String> MANDATAIRE = List.of("beneficiaires.nomMandataire", "beneficiaires.emailMandataire",
			"beneficiaires.telephoneMandataire");

	@Test
	void theMandataireFieldsShowWhenTheOrderIsAMandatairesForSeveralClients() {
		Dossier dossier = Forms.SEEDS.bioDurand(); // isClientUnique=false, isMandataire=true
		FormState state = Forms.state(dossier);
		for (String path : MANDATAIRE) {
			assertTrue(node(state, path).isVisible(), path);
			assertTrue(node(state, path).isRequired(), path);
		}
		List<Set<Element>> told = new ArrayList<>();
		state.addListener(new FormState.Listener() {
			@Override
			public void stateChanged(Set<Element> changed) {
				told.add(changed);
			}
		});
		BeneficiairesBio beneficiaires = (BeneficiairesBio) Forms.first(dossier).getBeneficiaires();
		beneficiaires.setIsMandataire(false);
		for (String path : MANDATAIRE) {
			assertFalse(node(state, path).isVisible(), path);
			assertFalse(node(state, path).isRequired(), path);
		}
		assertEquals(1, told.size());
		assertTrue(told.get(0).contains(node(state, "beneficiaires.nomMandataire").element()));
		// their group goes with them
		assertFalse(node(state, "beneficiaires.nomMandataire").parent().isVisible());
		beneficiaires.setIsMandataire(true);
		beneficiaires.setIsClientUnique(true);
		assertFalse(node(state, "beneficiaires.nomMandataire").isVisible());
		beneficiaires.setIsClientUnique(false);
		assertTrue(node(state, "beneficiaires.nomMandataire").isVisible());
	}

	@Test
	void mdvLiberalShowsTheDoctorsStructureTheStructure() {
		FormState liberal = Forms.state(Forms.SEEDS.mdvCabinet());
		assertTrue(node(liberal, "beneficiaires.liberal").isVisible());
		assertTrue(node(liberal, "beneficiaires.isMandataire").isVisible());
		assertTrue(node(liberal, "beneficiaires.nomMandataire").isVisible());
		assertFalse(node(liberal, "beneficiaires.structure").isVisible());
		assertFalse(node(liberal, "beneficiaires.structure.FINESSJuridique").isVisible());

		Dossier centre = Forms.SEEDS.mdvCentreDeSante();
		FormState structure = Forms.state(centre);
		assertFalse(node(structure, "beneficiaires.liberal").isVisible());
		assertFalse(node(structure, "beneficiaires.isMandataire").isVisible());
		assertFalse(node(structure, "beneficiaires.isClientUnique").isVisible());
		assertFalse(node(structure, "beneficiaires.nomMandataire").isVisible());
		assertTrue(node(structure, "beneficiaires.structure").isVisible());
		assertTrue(node(structure, "beneficiaires.structure.FINESSJuridique").isVisible());
		assertTrue(node(structure, "beneficiaires.structure").isRequired());

		// the switch, both ways, on the same state
		((BeneficiairesMdv) Forms.first(centre).getBeneficiaires()).setCommandePour(CommandePour.LIBERAL);
		assertTrue(node(structure, "beneficiaires.liberal").isVisible());
		assertFalse(node(structure, "beneficiaires.structure").isVisible());
		assertTrue(node(structure, "beneficiaires.isMandataire").isRequired());
	}

	@Test
	void aDoctorsEmailIsOptionalUnderAMandate() {
		Dossier dossier = Forms.SEEDS.mdvCabinet(); // isMandataire=true
		FormState state = Forms.state(dossier);
		Table table = (Table) node(state, "beneficiaires.liberal").element();
		FormState detail = state.newDetail(table);
		BeneficiairesMdv beneficiaires = (BeneficiairesMdv) Forms.first(dossier).getBeneficiaires();
		detail.setInput(beneficiaires.getLiberal().get(1));
		assertFalse(node(detail, "emailMedecin").isRequired());
		assertTrue(node(detail, "RPPS").isRequired());
		beneficiaires.setIsMandataire(false); // read through ../isMandataire: the detail hears it
		assertTrue(node(detail, "emailMedecin").isRequired());
	}

	@Test
	void lengthsAndChoicesComeFromTheData() {
		Dossier dossier = Forms.SEEDS.bioDurand();
		FormState state = Forms.state(dossier);
		assertEquals("<50", node(state, "beneficiaires.nomMandataire").mapping().length().toString());
		assertEquals(List.of("TTC", "HT"), state.choices(node(state, "commande.regimeTVA")).stream().map(Choice::code).toList());
		assertEquals(355, state.choices(node(state, "scenarioInstallation.operateurMessagerie")).size());
		assertEquals("MAILIZ", state.choices(node(state, "scenarioInstallation.operateurMessagerie")).stream()
				.filter(c -> c.code().equals("MAI_15")).findFirst().orElseThrow().label());
		FormState pieces = state.newDetail((Table) node(state, "piecesJustificatives").element());
		pieces.setInput(Forms.first(dossier).getPiecesJustificatives().get(0));
		assertEquals(List.of("BON_COMMANDE", "PREUVE_HT", "PREUVE_ACT_BIO", "ATTESTATION_HONNEUR"),
				pieces.choices(node(pieces, "typeFichier")).stream().map(Choice::code).toList());
		FormState clients = state.newDetail((Table) node(state, "beneficiaires.EtablissementsClients").element());
		assertEquals("=9", node(clients, "numeroFINESSJuridique").mapping().length().toString());
	}

	@Test
	void theViewsOwnRulesApplyToo() {
		Dossier dossier = Forms.SEEDS.bioDurand();
		FormState state = Forms.state(dossier);
		assertTrue(node(state, "numeroEditeur").isEnabled());
		assertFalse(node(state, "numeroASP").isVisible()); // a draft: nothing answered yet
		Forms.first(dossier).setStatut(StatutDemande.ACCEPTEE);
		assertFalse(node(state, "numeroEditeur").isEnabled());
		assertTrue(node(state, "numeroASP").isVisible());
		assertFalse(node(state, "numeroASP").isEnabled()); // the ASP's: read-only
	}

	@Test
	void anotherInputOfTheSameClassIsEvaluatedOnTheSameNodes() {
		Dossier liberal = Forms.SEEDS.mdvCabinet();
		Dossier centre = Forms.SEEDS.mdvCentreDeSante();
		FormState state = Forms.state(liberal);
		Node structure = node(state, "beneficiaires.structure");
		state.setInput(Forms.first(centre));
		assertTrue(structure.isVisible());
		// the old input is no longer listened to
		((BeneficiairesMdv) Forms.first(liberal).getBeneficiaires()).setCommandePour(CommandePour.STRUCTURE);
		((BeneficiairesMdv) Forms.first(centre).getBeneficiaires()).setCommandePour(CommandePour.STRUCTURE);
		assertTrue(structure.isVisible());
		assertEquals(List.of(), Forms.first(liberal).eAdapters());
	}

	static Node node(FormState state, String path) {
		Node node = state.find(path);
		assertNotNull(node, path);
		return node;
	}
}
