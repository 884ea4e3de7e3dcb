package fr.segurstudio.forms.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.junit.jupiter.api.Test;

import fr.segurstudio.couloir.bio.BioPackage;
import fr.segurstudio.couloir.mdv.MdvPackage;
import fr.segurstudio.couloir.rad.RadPackage;
import fr.segurstudio.forms.DefaultViews;
import fr.segurstudio.forms.view.Control;
import fr.segurstudio.forms.view.Group;
import fr.segurstudio.forms.view.Table;
import fr.segurstudio.forms.view.View;
import fr.segurstudio.model.core.SegurPackage;

/** The view of a class no .view arranges: its JSON features in the order of the seed's §3.2 table. */
class DefaultViewsTest {

	@Test
	void beneficiariesInTheSeedsOrder() {
		assertEquals(List.of("isMandataire", "isClientUnique", "nomMandataire", "emailMandataire", "telephoneMandataire", "EtablissementsClients"),
				Forms.paths(DefaultViews.of(BioPackage.Literals.BENEFICIAIRES_BIO)));
		assertEquals(List.of("isMandataire", "isClientUnique", "nomMandataire", "emailMandataire", "telephoneMandataire", "EtablissementsClients",
				"radLiberauxClients"), Forms.paths(DefaultViews.of(RadPackage.Literals.BENEFICIAIRES_RAD)));
		assertEquals(List.of("commandePour", "isMandataire", "isClientUnique", "nomMandataire", "emailMandataire", "telephoneMandataire", "liberal",
				"structure"), Forms.paths(DefaultViews.of(MdvPackage.Literals.BENEFICIAIRES_MDV)));
	}

	@Test
	void scenariosInTheSeedsOrder() {
		assertEquals(List.of("isIdRef", "isIdSlave", "operateurMessagerie", "isSendingFluxIntraSIH", "isProSanteConnectNeeded", "isDirecToDMP",
				"isPFIToDMP", "isDirectToMSSPro", "isPFIToMSSPro", "isDirectToMSSCitoyen", "isPFIToMSSCitoyen"),
				Forms.paths(DefaultViews.of(BioPackage.Literals.SCENARIO_BIO)));
		assertEquals(List.of("isIdRef", "isForHospital", "operateurMessagerie", "isFinalClientSCM", "isProSanteConnectNeeded", "isIdSlave",
				"isDirectToDMP", "isPFIToDMP", "isDirectToMSSPro", "isPFIToMSSPro", "isDirectToMSSCitoyen", "isPFIToMSSCitoyen"),
				Forms.paths(DefaultViews.of(RadPackage.Literals.SCENARIO_RAD)));
		assertEquals(List.of("isCentreDeSante", "operateurMessagerie", "isProSanteConnectNeeded", "isDirecToDMP", "isPFIToDMP", "isDirectToMSSPro",
				"isPFIToMSSPro", "isDirectToMSSCitoyen", "isPFIToMSSCitoyen"), Forms.paths(DefaultViews.of(MdvPackage.Literals.SCENARIO_MDV)));
	}

	@Test
	void objectsAreGroupsListsOfObjectsTables() {
		View mdv = DefaultViews.of(MdvPackage.Literals.BENEFICIAIRES_MDV);
		assertInstanceOf(Table.class, Forms.element(mdv, "liberal"));
		assertInstanceOf(Group.class, Forms.element(mdv, "structure"));
		assertInstanceOf(Control.class, Forms.element(mdv, "commandePour"));
		// a list of identifiers is a value: one control
		assertInstanceOf(Control.class, Forms.element(DefaultViews.of(MdvPackage.Literals.STRUCTURE_MDV), "FINESSGeo"));
	}

	@Test
	void theRequestLeavesOutWhatTheUserDoesNotWrite() {
		EClass demande = SegurPackage.Literals.DEMANDE;
		// numLigne is renumbered in each file, typeAction is always « C »; what the ASP fills is read-only
		assertEquals(List.of("numeroASP", "numeroEditeur", "commande", "beneficiaires", "piecesJustificatives", "scenarioInstallation",
				"codeTraitement", "libelleTraitement"), Forms.paths(DefaultViews.of(demande)));
		View view = DefaultViews.of(demande);
		assertTrue(((Control) Forms.element(view, "numeroASP")).isReadOnly());
		assertTrue(!((Control) Forms.element(view, "numeroEditeur")).isReadOnly());
	}

	@Test
	void labelsAreTheKeysWordsApart() {
		assertEquals("Numero FINESS juridique", DefaultViews.label("numeroFINESSJuridique"));
		assertEquals("Client unique", DefaultViews.label("isClientUnique"));
		assertEquals("Etablissements clients", DefaultViews.label("EtablissementsClients"));
		assertEquals("RPPS", DefaultViews.label("RPPS"));
		assertEquals("AM", DefaultViews.label("AM"));
		assertEquals("PFI to DMP", DefaultViews.label("isPFIToDMP"));
		assertEquals("Montant segur HT", DefaultViews.label("montantSegurHT"));
		assertEquals("FINESS geo", DefaultViews.label("FINESSGeo"));
		assertEquals("Numero FINESS geos", DefaultViews.label("numeroFINESSGeos"));
		assertEquals("Beneficiaires fictif", DefaultViews.label("BeneficiairesFictif"));
	}
}
