package fr.segurstudio.forms.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.junit.jupiter.api.Test;

import fr.segurstudio.couloir.tests.fictif.BeneficiairesFictif;
import fr.segurstudio.couloir.tests.fictif.Veterinaire;
import fr.segurstudio.forms.FormCommands;
import fr.segurstudio.forms.FormContext;
import fr.segurstudio.forms.FormState;
import fr.segurstudio.forms.view.Group;
import fr.segurstudio.forms.view.Table;
import fr.segurstudio.forms.view.View;
import fr.segurstudio.model.core.Demande;
import fr.segurstudio.model.core.Dossier;
import fr.segurstudio.model.core.SegurPackage;
import fr.segurstudio.model.couloir.Couloir;

/** FIC-DEM, a couloir the forms never heard of, gets a working form from its .ecore alone. */
class FictitiousCouloirFormTest {

	@Test
	void itsRequestFormComesFromItsEcore() {
		Couloir fictif = Forms.COULOIRS.couloir("FIC-DEM").orElseThrow();
		FormContext context = new FormContext(Forms.COULOIRS, fictif);
		View view = Forms.VIEWS.view(SegurPackage.Literals.DEMANDE, context);
		Group beneficiaires = assertInstanceOf(Group.class, Forms.element(view, "beneficiaires"));
		assertEquals(List.of("numeroFINESSGeo", "nomClient", "patients", "veterinaires"), Forms.paths(beneficiaires));
		Table veterinaires = assertInstanceOf(Table.class, Forms.element(view, "veterinaires"));
		assertEquals(List.of("nomVeterinaire", "ordre"), veterinaires.getColumns());
		assertEquals(List.of("nomVeterinaire", "ordre"), Forms.paths(veterinaires.getDetail()));
		assertEquals("Patients", Forms.element(view, "patients").getLabel());
		assertEquals(List.of("isTeleconsultation", "operateurMessagerie"), Forms.paths((Group) Forms.element(view, "scenarioInstallation")));
	}

	@Test
	void editedThroughItsDefaultForm() {
		Couloir fictif = Forms.COULOIRS.couloir("FIC-DEM").orElseThrow();
		FormContext context = new FormContext(Forms.COULOIRS, fictif);
		Dossier dossier = fictif.newDossier();
		Demande demande = fictif.newDemande();
		dossier.getDemandes().add(demande);
		FormState state = new FormState(Forms.VIEWS.view(demande.eClass(), context), context);
		state.setInput(demande);
		assertTrue(RulesTest.node(state, "beneficiaires.nomClient").isRequired());
		assertEquals(355, state.choices(RulesTest.node(state, "scenarioInstallation.operateurMessagerie")).size());
		assertTrue(!RulesTest.node(state, "scenarioInstallation.operateurMessagerie").isRequired(), "nullable");

		AdapterFactoryEditingDomain domain = Forms.domain();
		FormCommands commands = new FormCommands(domain, context);
		domain.getCommandStack().execute(commands.set(state, RulesTest.node(state, "beneficiaires.nomClient"), "Nom", "CLINIQUE DES LILAS"));
		var table = RulesTest.node(state, "beneficiaires.veterinaires");
		Veterinaire veterinaire = assertInstanceOf(Veterinaire.class, commands.newElement(table));
		domain.getCommandStack().execute(commands.add(state, table, "Ajouter", List.of(veterinaire), -1));
		FormState detail = state.newDetail((Table) table.element());
		detail.setInput(veterinaire);
		domain.getCommandStack().execute(commands.set(detail, RulesTest.node(detail, "ordre"), "Ordre", "123456"));
		BeneficiairesFictif beneficiaires = (BeneficiairesFictif) demande.getBeneficiaires();
		assertEquals("CLINIQUE DES LILAS", beneficiaires.getNomClient());
		assertEquals("123456", beneficiaires.getVeterinaires().get(0).getOrdre());
		assertEquals("=6", RulesTest.node(detail, "ordre").mapping().length().toString());
	}
}
