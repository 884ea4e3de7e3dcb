package fr.segurstudio.forms.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.junit.jupiter.api.Test;

import fr.segurstudio.couloir.bio.BeneficiairesBio;
import fr.segurstudio.couloir.bio.BioPackage;
import fr.segurstudio.couloir.bio.EtablissementClientBio;
import fr.segurstudio.couloir.mdv.BeneficiairesMdv;
import fr.segurstudio.couloir.mdv.CommandePour;
import fr.segurstudio.forms.FormChange;
import fr.segurstudio.forms.FormCommands;
import fr.segurstudio.forms.FormState;
import fr.segurstudio.model.asp.RawValues;
import fr.segurstudio.model.core.Demande;
import fr.segurstudio.model.core.Dossier;
import fr.segurstudio.model.core.SegurPackage;

/** A form's edits as commands: one per change, undone exactly, "no value" written as the seeds read it. */
class CommandsTest {

	/** The form of a dossier's first request, edited through an editing domain as the editor's. */
	private record Edit(Demande demande, FormState state, AdapterFactoryEditingDomain domain, FormCommands commands) {

		static Edit of(Dossier dossier) {
			FormState state = Forms.state(dossier);
			AdapterFactoryEditingDomain domain = Forms.domain();
			return new Edit(Forms.first(dossier), state, domain, new FormCommands(domain, state.context()));
		}

		FormChange set(String path, Object value) {
			FormChange change = commands.set(state, RulesTest.node(state, path), path, value);
			if (change != null) {
				domain.getCommandStack().execute(change);
			}
			return change;
		}

		void undo(int times) {
			for (int i = 0; i < times; i++) {
				assertTrue(domain.getCommandStack().canUndo());
				domain.getCommandStack().undo();
			}
		}
	}

	@Test
	void hidingAFilledValueEmptiesItInTheSameCommand() {
		Edit edit = Edit.of(Forms.SEEDS.bioDurand());
		BeneficiairesBio beneficiaires = (BeneficiairesBio) edit.demande.getBeneficiaires();
		edit.set("beneficiaires.isMandataire", false);
		assertEquals(Boolean.FALSE, beneficiaires.getIsMandataire());
		assertNull(beneficiaires.getNomMandataire());
		assertNull(beneficiaires.getEmailMandataire());
		assertNull(beneficiaires.getTelephoneMandataire());
		assertFalse(RulesTest.node(edit.state, "beneficiaires.nomMandataire").isVisible());

		edit.undo(1);
		assertEquals(Boolean.TRUE, beneficiaires.getIsMandataire());
		assertEquals("DURAND", beneficiaires.getNomMandataire());
		assertEquals("0102030405", beneficiaires.getTelephoneMandataire());
		assertTrue(RulesTest.node(edit.state, "beneficiaires.nomMandataire").isVisible());
		edit.domain.getCommandStack().redo();
		assertNull(beneficiaires.getNomMandataire());
	}

	@Test
	void mdvStructureThenLiberal() {
		Edit edit = Edit.of(Forms.SEEDS.mdvCabinet());
		BeneficiairesMdv beneficiaires = (BeneficiairesMdv) edit.demande.getBeneficiaires();
		edit.set("beneficiaires.commandePour", CommandePour.STRUCTURE);
		assertEquals(List.of(), beneficiaires.getLiberal());
		assertNull(beneficiaires.getIsMandataire());
		assertNull(beneficiaires.getNomMandataire());
		assertFalse(beneficiaires.isSetStructure()); // the seed's {}

		// typing into the structure that does not exist yet creates it, in one command
		edit.set("beneficiaires.structure.FINESSJuridique", "111111111");
		assertTrue(beneficiaires.isSetStructure());
		assertEquals("111111111", beneficiaires.getStructure().getFINESSJuridique());
		assertSame(beneficiaires.getStructure(), edit.state.owner(RulesTest.node(edit.state, "beneficiaires.structure.FINESSJuridique")));

		// back to LIBERAL: the structure goes back to {} (unset, not a JSON null)
		edit.set("beneficiaires.commandePour", CommandePour.LIBERAL);
		assertFalse(beneficiaires.isSetStructure());

		edit.undo(3);
		assertEquals(CommandePour.LIBERAL, beneficiaires.getCommandePour());
		assertEquals(3, beneficiaires.getLiberal().size());
		assertEquals("DURAND", beneficiaires.getNomMandataire());
		assertFalse(beneficiaires.isSetStructure());
	}

	@Test
	void noValueIsUnsetForAnUnsettableFeature() {
		Edit edit = Edit.of(Forms.SEEDS.bioDurand());
		edit.set("commande.regimeTVA", null);
		assertFalse(edit.demande.getCommande().isSetRegimeTVA());
		assertNull(edit.set("commande.regimeTVA", null), "nothing to change, no command");
		edit.undo(1);
		assertTrue(edit.demande.getCommande().isSetRegimeTVA());
	}

	/**
	 * A text field commits what is typed after each pause: the later commits of one typing merge into its first
	 * command through the stack — one undo for the typing, and the stack's listeners told of each commit once.
	 */
	@Test
	void aLaterEditOfTheSameTypingMergesIntoItsCommandThroughTheStack() {
		Edit edit = Edit.of(Forms.SEEDS.bioDurand());
		BasicCommandStack stack = (BasicCommandStack) edit.domain.getCommandStack();
		List<String> told = new ArrayList<>();
		BeneficiairesBio beneficiaires = (BeneficiairesBio) edit.demande.getBeneficiaires();
		stack.addCommandStackListener(e -> told.add(beneficiaires.getNomMandataire()));
		var nom = RulesTest.node(edit.state, "beneficiaires.nomMandataire");
		FormChange first = edit.set("beneficiaires.nomMandataire", "DUR");
		stack.execute(edit.commands.set(edit.state, nom, "Nom", "DURANTE").continuing(first));
		stack.execute(edit.commands.set(edit.state, nom, "Nom", "DURANTEAU").continuing(first));
		assertEquals(List.of("DUR", "DURANTE", "DURANTEAU"), told, "one notification per commit, each after its change");
		assertSame(first, stack.getUndoCommand());
		assertSame(first, stack.getMostRecentCommand());
		edit.undo(1);
		assertEquals("DURAND", beneficiaires.getNomMandataire());
		assertFalse(stack.canUndo(), "the whole typing in one undo");
		stack.redo();
		assertEquals("DURANTEAU", beneficiaires.getNomMandataire());
	}

	/** Never across the save point (the dossier would look saved while it holds the typing), nor into another field's change. */
	@Test
	void aChangeStandsAloneAfterASaveOrForAnotherTyping() {
		Edit edit = Edit.of(Forms.SEEDS.bioDurand());
		BasicCommandStack stack = (BasicCommandStack) edit.domain.getCommandStack();
		var nom = RulesTest.node(edit.state, "beneficiaires.nomMandataire");
		FormChange first = edit.set("beneficiaires.nomMandataire", "DUR");
		stack.saveIsDone();
		FormChange next = edit.commands.set(edit.state, nom, "Nom", "DURANTE").continuing(first);
		stack.execute(next);
		assertSame(next, stack.getUndoCommand(), "after a save the typing goes on in a command of its own");
		assertTrue(stack.isSaveNeeded());
		edit.set("beneficiaires.emailMandataire", "a@b.fr"); // another field between
		FormChange after = edit.commands.set(edit.state, nom, "Nom", "DURANTEAU").continuing(next);
		stack.execute(after);
		assertSame(after, stack.getUndoCommand(), "a typing whose command is no longer on top goes on in a command of its own");
		edit.undo(4);
		assertEquals("DURAND", ((BeneficiairesBio) edit.demande.getBeneficiaires()).getNomMandataire());
	}

	/** A value the file wrote in a form its field cannot hold, kept as written: a typed value replaces it in one command. */
	@Test
	void aTypedValueReplacesAValueKeptAsWrittenAndUndoBringsItBack() {
		Dossier dossier = Forms.SEEDS.bioDurand();
		Demande demande = Forms.first(dossier);
		demande.getCommande().setDateCommande(null);
		RawValues.hold(demande.getCommande(), SegurPackage.Literals.COMMANDE__DATE_COMMANDE, -1, "\"2022-03-14\"");
		Edit edit = Edit.of(dossier);
		edit.set("commande.dateCommande", LocalDate.of(2022, 3, 14));
		assertEquals(LocalDate.of(2022, 3, 14), demande.getCommande().getDateCommande());
		assertEquals(List.of(), demande.getRawValues(), "removed, not hidden");
		edit.undo(1);
		assertNull(demande.getCommande().getDateCommande());
		assertEquals("\"2022-03-14\"", RawValues.get(demande.getCommande(), SegurPackage.Literals.COMMANDE__DATE_COMMANDE).getJson());
		assertFalse(edit.domain.getCommandStack().canUndo(), "one command");
		// emptying the field removes it too: null is then the value
		edit.set("commande.dateCommande", null);
		assertNull(RawValues.get(demande.getCommande(), SegurPackage.Literals.COMMANDE__DATE_COMMANDE));
	}

	/** The elements of a list kept as written keep their place when the list is edited around them. */
	@Test
	void elementsKeptAsWrittenFollowTheirPlaceInTheList() {
		Dossier dossier = Forms.SEEDS.bioDurand();
		EtablissementClientBio client = ((BeneficiairesBio) Forms.first(dossier).getBeneficiaires()).getEtablissementsClients().get(0);
		var sites = BioPackage.Literals.ETABLISSEMENT_CLIENT_BIO__NUMERO_FINESS_GEOS;
		client.getNumeroFINESSGeos().add(0, null); // [111111110 as written, 111111111, 111111112]
		RawValues.hold(client, sites, 0, "111111110");
		FormState state = new FormState(Forms.VIEWS.view(client.eClass(), Forms.context(dossier)), Forms.context(dossier));
		state.setInput(client);
		FormState.Node node = RulesTest.node(state, "numeroFINESSGeos");
		AdapterFactoryEditingDomain domain = Forms.domain();
		FormCommands commands = new FormCommands(domain, state.context());
		domain.getCommandStack().execute(commands.move(state, node, "déplacer", "111111112", 0));
		assertEquals(Arrays.asList("111111112", null, "111111111"), client.getNumeroFINESSGeos());
		assertEquals("111111110", RawValues.get(client, sites, 1).getJson(), "the value kept as written moved with its place");
		domain.getCommandStack().execute(commands.remove(state, node, "retirer", List.of("111111112")));
		assertEquals("111111110", RawValues.get(client, sites, 0).getJson());
		domain.getCommandStack().execute(commands.setAt(state, node, "corriger", 0, "111111110"));
		assertEquals(List.of("111111110", "111111111"), client.getNumeroFINESSGeos());
		assertEquals(List.of(), Forms.first(dossier).getRawValues(), "replaced by the typed value");
		for (int i = 0; i < 3; i++) {
			domain.getCommandStack().undo();
		}
		assertEquals(Arrays.asList(null, "111111111", "111111112"), client.getNumeroFINESSGeos());
		assertEquals("111111110", RawValues.get(client, sites, 0).getJson());
	}
}
