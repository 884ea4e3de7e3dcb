package fr.segurstudio.couloir.mdv.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.segurstudio.couloir.mdv.BeneficiairesMdv;
import fr.segurstudio.couloir.mdv.CommandePour;
import fr.segurstudio.couloir.mdv.MdvPackage;
import fr.segurstudio.couloir.mdv.MedecinLiberal;
import fr.segurstudio.couloir.mdv.ScenarioMdv;
import fr.segurstudio.model.asp.AspAnnotation;
import fr.segurstudio.model.asp.AspClassMapping;
import fr.segurstudio.model.core.Demande;
import fr.segurstudio.model.core.Dossier;
import fr.segurstudio.model.couloir.Couloir;
import fr.segurstudio.model.couloir.CouloirRegistry;
import fr.segurstudio.model.couloir.ProfilReferencement;
import fr.segurstudio.testing.SeedExamples;
import fr.segurstudio.testing.JsonKeys;
import fr.segurstudio.testing.Services;

/** MDV-LGC as seed 004 describes it (read with the decisions of asp-json.md §7). */
class MdvCouloirTest {

	private final CouloirRegistry registry = Services.get(CouloirRegistry.class);
	private final Couloir mdv = registry.couloir("MDV-LGC").orElseThrow();

	@Test
	void declaredByItsPlugin() {
		assertEquals("MDV-LGC", mdv.id());
		assertSame(MdvPackage.eINSTANCE, mdv.ePackage());
		assertEquals(List.of("BON_COMMANDE:BDC", "PREUVE_HT:HT"),
				mdv.typesPieces().stream().map(t -> t.type() + ":" + t.code()).toList());
		assertTrue(mdv.typePiece("PREUVE_HT").orElseThrow().label().contains("fournisseur"),
				"for MDV the HT proof concerns the vendor");
		assertEquals(List.of("isCentreDeSante=true:Centre de santé", "operateurMessagerie=MAI_15:Mailiz"),
				mdv.profils().stream().map(p -> p.feature() + "=" + p.value() + ":" + p.nom()).toList());
	}

	@Test
	void keysInTheOrderOfTheTable() {
		assertEquals(List.of("commandePour", "isMandataire", "isClientUnique", "nomMandataire", "emailMandataire",
				"telephoneMandataire", "liberal", "structure"), JsonKeys.of(MdvPackage.Literals.BENEFICIAIRES_MDV));
		assertEquals(List.of("nomMedecin", "emailMedecin", "telephoneMedecin", "RPPS"), JsonKeys.of(MdvPackage.Literals.MEDECIN_LIBERAL));
		assertEquals(List.of("FINESSJuridique", "nomResponsable", "emailResponsable", "telephoneResponsable", "FINESSGeo"),
				JsonKeys.of(MdvPackage.Literals.STRUCTURE_MDV));
		assertEquals(List.of("isCentreDeSante", "operateurMessagerie", "isProSanteConnectNeeded", "isDirecToDMP", "isPFIToDMP",
				"isDirectToMSSPro", "isPFIToMSSPro", "isDirectToMSSCitoyen", "isPFIToMSSCitoyen"),
				JsonKeys.of(MdvPackage.Literals.SCENARIO_MDV));
	}

	@Test
	void liberalAndStructureRulesAreData() {
		AspClassMapping beneficiaires = AspClassMapping.of(MdvPackage.Literals.BENEFICIAIRES_MDV);
		assertEquals("{}", beneficiaires.byKey("structure").detail(AspAnnotation.ABSENT_AS));
		assertEquals("commandePour=STRUCTURE", beneficiaires.byKey("liberal").detail(AspAnnotation.EMPTY_WHEN));
		assertEquals("commandePour=LIBERAL", beneficiaires.byKey("isMandataire").detail(AspAnnotation.REQUIRED_WHEN));
		assertTrue(AspClassMapping.of(MdvPackage.Literals.SCENARIO_MDV).byKey("operateurMessagerie").flag(AspAnnotation.NULLABLE),
				"null accepted since 04/11/2022");
		assertEquals("../isMandataire=true", AspClassMapping.of(MdvPackage.Literals.MEDECIN_LIBERAL).byKey("emailMedecin")
				.detail(AspAnnotation.OPTIONAL_WHEN));
	}

	/** Seed 004 §3.1: a group practice of three doctors, Dr Durand holds the mandate, 1 075 € HT. */
	@Test
	void groupPracticeExample() {
		Dossier dossier = new SeedExamples(registry).mdvCabinet();
		Demande demande = dossier.getDemandes().get(0);
		assertEquals(new BigDecimal("1075.00"), demande.getCommande().getMontantSegurHT());
		assertEquals(new BigDecimal("322.50"), demande.getCommande().getMontantAvance());
		BeneficiairesMdv b = assertInstanceOf(BeneficiairesMdv.class, demande.getBeneficiaires());
		assertEquals(CommandePour.LIBERAL, b.getCommandePour());
		assertTrue(b.getIsMandataire());
		assertFalse(b.getIsClientUnique());
		assertEquals(List.of("DURAND", "PETIT", "LEROY"), b.getLiberal().stream().map(MedecinLiberal::getNomMedecin).toList());
		assertTrue(b.getLiberal().stream().allMatch(m -> m.getRPPS().length() == 11));
		assertNull(b.getStructure(), "written {} for a LIBERAL order");
		assertNull(((ScenarioMdv) demande.getScenarioInstallation()).getOperateurMessagerie(), "optional for MDV");
		assertEquals("MDV-LGC-Va1-BDC-00001.pdf", demande.getPiecesJustificatives().get(0).getNomFichier());
	}

	/** Seed 004 §3.1: the Centre de santé des acacias, FINESS juridique 111111111, three sites, 10 750,00 € HT. */
	@Test
	void healthCentreExample() {
		Dossier dossier = new SeedExamples(registry).mdvCentreDeSante();
		Demande demande = dossier.getDemandes().get(0);
		assertEquals(new BigDecimal("10750.00"), demande.getCommande().getMontantSegurHT());
		BeneficiairesMdv b = (BeneficiairesMdv) demande.getBeneficiaires();
		assertEquals(CommandePour.STRUCTURE, b.getCommandePour());
		assertTrue(b.getLiberal().isEmpty());
		assertNull(b.getIsMandataire(), "not filled for a structure");
		assertEquals("111111111", b.getStructure().getFINESSJuridique());
		assertEquals(List.of("777777777", "888888888", "999999999"), b.getStructure().getFINESSGeo());
		ScenarioMdv scenario = (ScenarioMdv) demande.getScenarioInstallation();
		assertEquals(List.of("Centre de santé", "Mailiz"),
				mdv.profils().stream().filter(p -> p.requiredBy(scenario)).map(ProfilReferencement::nom).toList());
	}
}
