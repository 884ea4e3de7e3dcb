package fr.segurstudio.couloir.rad.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.segurstudio.couloir.rad.BeneficiairesRad;
import fr.segurstudio.couloir.rad.RadPackage;
import fr.segurstudio.couloir.rad.RadiologueLiberal;
import fr.segurstudio.couloir.rad.ScenarioRad;
import fr.segurstudio.model.asp.AspAnnotation;
import fr.segurstudio.model.asp.AspClassMapping;
import fr.segurstudio.model.core.Demande;
import fr.segurstudio.model.core.Dossier;
import fr.segurstudio.model.core.FormatFichier;
import fr.segurstudio.model.couloir.Couloir;
import fr.segurstudio.model.couloir.CouloirRegistry;
import fr.segurstudio.model.couloir.ProfilReferencement;
import fr.segurstudio.testing.SeedExamples;
import fr.segurstudio.testing.JsonKeys;
import fr.segurstudio.testing.Services;

/** RAD-RIS as seed 003 describes it. */
class RadCouloirTest {

	private final CouloirRegistry registry = Services.get(CouloirRegistry.class);
	private final Couloir rad = registry.couloir("RAD-RIS").orElseThrow();

	@Test
	void declaredByItsPlugin() {
		assertEquals("RAD", rad.code());
		assertEquals("RIS", rad.logiciel());
		assertSame(RadPackage.eINSTANCE, rad.ePackage());
		assertEquals(List.of("BON_COMMANDE:BDC", "PREUVE_HT:HT"),
				rad.typesPieces().stream().map(t -> t.type() + ":" + t.code()).toList());
		assertEquals("RAD-RIS-Va1-BDC-00001.pdf",
				rad.nomPiece(rad.typePiece("BON_COMMANDE").orElseThrow(), FormatFichier.PDF, "00001"), "§3.3 example");
	}

	@Test
	void keysInTheOrderOfTheTable() {
		assertEquals(List.of("isMandataire", "isClientUnique", "nomMandataire", "emailMandataire", "telephoneMandataire",
				"EtablissementsClients", "radLiberauxClients"), JsonKeys.of(RadPackage.Literals.BENEFICIAIRES_RAD));
		assertEquals(List.of("numeroFINESSJuridique", "nomClient", "emailClient", "telephoneClient", "numeroFINESSGeos"),
				JsonKeys.of(RadPackage.Literals.ETABLISSEMENT_CLIENT_RAD));
		assertEquals(List.of("RPPS", "AM", "nomRad", "emailRad", "telephoneRad"), JsonKeys.of(RadPackage.Literals.RADIOLOGUE_LIBERAL));
		assertEquals(List.of("isIdRef", "isForHospital", "operateurMessagerie", "isFinalClientSCM", "isProSanteConnectNeeded",
				"isIdSlave", "isDirectToDMP", "isPFIToDMP", "isDirectToMSSPro", "isPFIToMSSPro", "isDirectToMSSCitoyen",
				"isPFIToMSSCitoyen"), JsonKeys.of(RadPackage.Literals.SCENARIO_RAD));
	}

	@Test
	void seedInconsistenciesAreDecidedInTheData() {
		AspClassMapping scenario = AspClassMapping.of(RadPackage.Literals.SCENARIO_RAD);
		assertSame(scenario.byKey("isDirectToDMP"), scenario.byAlias("isDirecToDMP"));
		AspClassMapping etablissement = AspClassMapping.of(RadPackage.Literals.ETABLISSEMENT_CLIENT_RAD);
		assertSame(etablissement.byKey("numeroFINESSGeos"), etablissement.byAlias("numérosFINESSGeos"));
		AspClassMapping radiologue = AspClassMapping.of(RadPackage.Literals.RADIOLOGUE_LIBERAL);
		assertEquals("=11", radiologue.byKey("RPPS").length().toString(), "RPPS: 11 digits, not the table's 15");
		assertTrue(radiologue.byKey("emailRad").flag(AspAnnotation.OPTIONAL), "Facultatif");
		assertTrue(radiologue.byKey("telephoneRad").flag(AspAnnotation.OPTIONAL), "Facultatif");
	}

	@Test
	void profilesIncludingTheOnePrintedAsIs() {
		List<String> profils = rad.profils().stream().map(ProfilReferencement::nom).toList();
		assertEquals(4, profils.size());
		assertEquals("Envoi manuel par MSS au PS demandeur", rad.profils().get(1).nom());
		assertTrue(rad.profils().get(1).note().contains("copy error"));
		assertTrue(profils.get(3).startsWith("Authentification électronique unipersonnel avec utilisation du RPPS-Rang"));
	}

	/** Seed 003 §3.1: Radio 2000, M. Durand, 31 162 € HT, three sites, two radiologists with three AM numbers. */
	@Test
	void radio2000Example() {
		Dossier dossier = new SeedExamples(registry).radRadio2000();
		Demande demande = dossier.getDemandes().get(0);
		assertEquals(new BigDecimal("31162.00"), demande.getCommande().getMontantSegurHT());
		assertEquals(new BigDecimal("9348.60"), demande.getCommande().getMontantAvance());
		BeneficiairesRad beneficiaires = assertInstanceOf(BeneficiairesRad.class, demande.getBeneficiaires());
		assertEquals(List.of("888888882", "888888881", "888888888"),
				beneficiaires.getEtablissementsClients().get(0).getNumeroFINESSGeos());
		List<RadiologueLiberal> radiologues = beneficiaires.getRadLiberauxClients();
		assertEquals(List.of("12345678901", "12345678902"), radiologues.stream().map(RadiologueLiberal::getRPPS).toList());
		assertEquals(List.of("111111111", "111111112", "111111113"),
				radiologues.stream().flatMap(r -> r.getAM().stream()).toList(), "three AM numbers");
		assertNull(radiologues.get(0).getEmailRad(), "optional");
		assertNull(beneficiaires.getNomMandataire(), "no mandataire for a single client");
		ScenarioRad scenario = (ScenarioRad) demande.getScenarioInstallation();
		assertEquals(List.of("Envoi manuel par MSS au PS demandeur"),
				rad.profils().stream().filter(p -> p.requiredBy(scenario)).map(ProfilReferencement::nom).toList());
	}
}
