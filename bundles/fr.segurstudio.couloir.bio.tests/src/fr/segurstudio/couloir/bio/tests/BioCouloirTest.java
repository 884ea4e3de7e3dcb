package fr.segurstudio.couloir.bio.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.segurstudio.couloir.bio.BeneficiairesBio;
import fr.segurstudio.couloir.bio.BioPackage;
import fr.segurstudio.couloir.bio.EtablissementClientBio;
import fr.segurstudio.couloir.bio.ScenarioBio;
import fr.segurstudio.model.asp.AspClassMapping;
import fr.segurstudio.model.core.Demande;
import fr.segurstudio.model.core.Dossier;
import fr.segurstudio.model.core.FormatFichier;
import fr.segurstudio.model.core.StatutDemande;
import fr.segurstudio.model.couloir.Couloir;
import fr.segurstudio.model.couloir.CouloirRegistry;
import fr.segurstudio.model.couloir.ProfilReferencement;
import fr.segurstudio.model.couloir.TypePiece;
import fr.segurstudio.testing.SeedExamples;
import fr.segurstudio.testing.JsonKeys;
import fr.segurstudio.testing.Services;

/** BIO-SGL as seed 002 describes it. */
class BioCouloirTest {

	private final CouloirRegistry registry = Services.get(CouloirRegistry.class);
	private final Couloir bio = registry.couloir("BIO-SGL").orElseThrow();

	@Test
	void declaredByItsPlugin() {
		assertEquals("BIO", bio.code());
		assertEquals("SGL", bio.logiciel());
		assertEquals("Va1", bio.vague());
		assertEquals("fr.segurstudio.couloir.bio", bio.contributor());
		assertSame(BioPackage.eINSTANCE, bio.ePackage());
		assertSame(BioPackage.Literals.BENEFICIAIRES_BIO, bio.beneficiairesClass());
		assertSame(BioPackage.Literals.SCENARIO_BIO, bio.scenarioClass());
		assertTrue(registry.problems().isEmpty(), registry.problems()::toString);
	}

	@Test
	void fourSupportingDocumentTypesOfSection33() {
		assertEquals(List.of("BON_COMMANDE:BDC", "PREUVE_HT:HT", "PREUVE_ACT_BIO:PAB", "ATTESTATION_HONNEUR:AH"),
				bio.typesPieces().stream().map(t -> t.type() + ":" + t.code()).toList());
		TypePiece bdc = bio.typePiece("BON_COMMANDE").orElseThrow();
		assertEquals(1, bdc.min(), "a request carries its purchase order");
		assertEquals(1, bdc.max(), "only one purchase order per request (§3.1)");
		assertEquals("BIO-SGL-Va1-BDC-00001.pdf", bio.nomPiece(bdc, FormatFichier.PDF, "00001"), "§3.3 example");
		assertEquals("BIO-SGL-Va1-AH-00042.jpg",
				bio.nomPiece(bio.typePiece("ATTESTATION_HONNEUR").orElseThrow(), FormatFichier.JPG, "00042"));
	}

	@Test
	void keysInTheOrderOfTheTable() {
		assertEquals(List.of("isMandataire", "isClientUnique", "nomMandataire", "emailMandataire", "telephoneMandataire",
				"EtablissementsClients"), JsonKeys.of(BioPackage.Literals.BENEFICIAIRES_BIO));
		assertEquals(List.of("numeroFINESSJuridique", "nomClient", "emailClient", "telephoneClient", "numeroFINESSGeos"),
				JsonKeys.of(BioPackage.Literals.ETABLISSEMENT_CLIENT_BIO));
		assertEquals(List.of("isIdRef", "isIdSlave", "operateurMessagerie", "isSendingFluxIntraSIH",
				"isProSanteConnectNeeded", "isDirecToDMP", "isPFIToDMP", "isDirectToMSSPro", "isPFIToMSSPro",
				"isDirectToMSSCitoyen", "isPFIToMSSCitoyen"), JsonKeys.of(BioPackage.Literals.SCENARIO_BIO));
	}

	@Test
	void theRadSpellingOfIsDirecToDmpIsAnAcceptedVariant() {
		AspClassMapping scenario = AspClassMapping.of(BioPackage.Literals.SCENARIO_BIO);
		assertSame(scenario.byKey("isDirecToDMP"), scenario.byAlias("isDirectToDMP"));
		assertNull(scenario.byKey("isDirectToDMP"));
	}

	@Test
	void profilesOfTheFocusOnScenarios() {
		assertEquals(List.of("isIdRef=true:Référentiel d'identité", "isIdSlave=true:Esclave d'identité",
				"operateurMessagerie=MAI_15:Mailiz", "isSendingFluxIntraSIH=true:environnement hospitalier"),
				bio.profils().stream().map(p -> p.feature() + "=" + p.value() + ":" + p.nom()).toList());
	}

	@Test
	void newRequestHasTheCouloirsBlocks() {
		Demande demande = bio.newDemande();
		assertInstanceOf(BeneficiairesBio.class, demande.getBeneficiaires());
		assertInstanceOf(ScenarioBio.class, demande.getScenarioInstallation());
		assertEquals(StatutDemande.BROUILLON, demande.getStatut());
		assertEquals("C", demande.getTypeAction());
		assertNull(demande.getNumeroEditeur());
	}

	/** Seed 002 §3.1: M. Durand, 27 450 € HT, legal entities 999999991 and 999999992, three sites. */
	@Test
	void durandExample() {
		Dossier dossier = new SeedExamples(registry).bioDurand();
		assertEquals("BIO-SGL", dossier.getTypeLogiciel());
		assertSame(bio, registry.couloirOf(dossier).orElseThrow());
		Demande demande = dossier.getDemandes().get(0);
		assertEquals("00001", demande.getNumeroEditeur());
		assertEquals(new BigDecimal("27450.00"), demande.getCommande().getMontantSegurHT());
		assertEquals(new BigDecimal("8235.00"), demande.getCommande().getMontantAvance());
		BeneficiairesBio beneficiaires = (BeneficiairesBio) demande.getBeneficiaires();
		assertEquals(List.of("999999991", "999999992"),
				beneficiaires.getEtablissementsClients().stream().map(EtablissementClientBio::getNumeroFINESSJuridique).toList());
		assertEquals(List.of("111111111", "111111112", "222222222"), beneficiaires.getEtablissementsClients().stream()
				.flatMap(e -> e.getNumeroFINESSGeos().stream()).toList());
		assertEquals("BIO-SGL-Va1-BDC-00001.pdf", demande.getPiecesJustificatives().get(0).getNomFichier());
		ScenarioBio scenario = (ScenarioBio) demande.getScenarioInstallation();
		assertEquals(List.of("Esclave d'identité", "Mailiz"),
				bio.profils().stream().filter(p -> p.requiredBy(scenario)).map(ProfilReferencement::nom).toList());
	}
}
