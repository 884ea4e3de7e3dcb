package fr.segurstudio.forms.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.junit.jupiter.api.Test;

import fr.segurstudio.couloir.bio.BeneficiairesBio;
import fr.segurstudio.couloir.mdv.BeneficiairesMdv;
import fr.segurstudio.couloir.mdv.CommandePour;
import fr.segurstudio.forms.FormChange;
import fr.segurstudio.forms.FormCommands;
import fr.segurstudio.forms.FormState;
import fr.segurstudio.model.core.Demande;
import fr.segurstudio.model.core.Dossier;

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
}
