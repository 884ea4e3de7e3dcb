package fr.segurstudio.validation.tests;

import static fr.segurstudio.validation.tests.Checks.accepted;
import static fr.segurstudio.validation.tests.Checks.examples;
import static fr.segurstudio.validation.tests.Checks.first;
import static fr.segurstudio.validation.tests.Checks.only;
import static fr.segurstudio.validation.tests.Checks.onlyError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

import fr.segurstudio.couloir.bio.BeneficiairesBio;
import fr.segurstudio.couloir.bio.BioFactory;
import fr.segurstudio.couloir.mdv.BeneficiairesMdv;
import fr.segurstudio.model.core.Demande;
import fr.segurstudio.model.core.Dossier;
import fr.segurstudio.model.core.FormatFichier;
import fr.segurstudio.model.core.PieceJustificative;
import fr.segurstudio.model.core.RegimeTVA;
import fr.segurstudio.model.issue.Issue;
import fr.segurstudio.model.issue.Severity;
import fr.segurstudio.validation.IssueCodes;

/** Seeds §3.1 (one purchase order), §3.2 typeFichier, §3.3 nomenclature; and the couloirs' own rules. */
class PiecesRulesTest {

	private static PieceJustificative piece(Demande demande, String type, FormatFichier format, String name) {
		PieceJustificative piece = EcoreUtil.copy(demande.getPiecesJustificatives().get(0));
		piece.setTypeFichier(type);
		piece.setFormatFichier(format);
		piece.setNomFichier(name);
		demande.getPiecesJustificatives().add(piece);
		return piece;
	}

	@Test
	void aRequestCarriesOneAndOnlyOnePurchaseOrder() {
		Dossier dossier = examples().radRadio2000();
		first(dossier).getPiecesJustificatives().clear();
		Issue none = onlyError(dossier, IssueCodes.PJ_NOMBRE);
		assertEquals("il manque la pièce « Bon de commande » (typeFichier BON_COMMANDE) : une demande en porte une et une seule", none.message());
		dossier = examples().radRadio2000();
		piece(first(dossier), "BON_COMMANDE", FormatFichier.JPG, "RAD-RIS-Va1-BDC-00001.jpg");
		assertTrue(onlyError(dossier, IssueCodes.PJ_NOMBRE).message().startsWith("2 pièces « Bon de commande »"));
	}

	@Test
	void onlyTheCouloirsTypes() {
		Dossier dossier = examples().radRadio2000();
		piece(first(dossier), "PREUVE_ACT_BIO", FormatFichier.PDF, "RAD-RIS-Va1-PAB-00001.pdf");
		Issue issue = onlyError(dossier, IssueCodes.PJ_TYPE);
		assertEquals("« typeFichier » : « PREUVE_ACT_BIO » n'est pas un type de pièce du couloir RAD-RIS ; types permis : BON_COMMANDE, PREUVE_HT",
				issue.message());
	}

	@Test
	void namesFollowTheNomenclatureOfTheRequest() {
		Dossier dossier = examples().bioDurand();
		first(dossier).getPiecesJustificatives().get(0).setNomFichier("BIO-SGL-Va1-BDC-00002.pdf");
		Issue issue = onlyError(dossier, IssueCodes.PJ_NOM);
		assertTrue(issue.message().contains("attendu « BIO-SGL-Va1-BDC-00001.pdf »"), issue.message());
		first(dossier).getPiecesJustificatives().get(0).setNomFichier("BIO-SGL-Va1-BDC-00001.PDF");
		onlyError(dossier, IssueCodes.PJ_NOM);
		first(dossier).getPiecesJustificatives().get(0).setNomFichier("BIO-SGL-Val-BDC-00001.pdf"); // OCR's "Val"
		onlyError(dossier, IssueCodes.PJ_NOM);
		first(dossier).getPiecesJustificatives().get(0).setFormatFichier(FormatFichier.PNG);
		first(dossier).getPiecesJustificatives().get(0).setNomFichier("BIO-SGL-Va1-BDC-00001.png");
		accepted(dossier);
	}

	@Test
	void theHtRegimeCallsForItsProof() {
		Dossier dossier = examples().mdvCentreDeSante();
		first(dossier).getCommande().setRegimeTVA(RegimeTVA.HT);
		Issue issue = only(dossier, IssueCodes.PJ_ATTENDUE, Severity.WARNING);
		assertTrue(issue.message().startsWith("pièce « Attestation de non-assujettissement à la TVA du fournisseur »"), issue.message());
		piece(first(dossier), "PREUVE_HT", FormatFichier.PDF, "MDV-LGC-Va1-HT-00001.pdf");
		accepted(dossier);
	}

	@Test
	void twoPiecesOfOneName() {
		Dossier dossier = examples().bioDurand();
		piece(first(dossier), "PREUVE_ACT_BIO", FormatFichier.PDF, "BIO-SGL-Va1-BDC-00001.pdf");
		assertTrue(Checks.significant(Checks.validate(dossier)).stream().anyMatch(i -> i.code().equals(IssueCodes.PJ_DOUBLE)));
	}

	@Test
	void bioRules() {
		Dossier dossier = examples().bioDurand();
		piece(first(dossier), "PREUVE_ACT_BIO", FormatFichier.PDF, "BIO-SGL-Va1-PAB-00001.pdf");
		only(dossier, IssueCodes.PJ_ATTENDUE, Severity.WARNING);
		piece(first(dossier), "ATTESTATION_HONNEUR", FormatFichier.PDF, "BIO-SGL-Va1-AH-00001.pdf");
		accepted(dossier);

		Dossier unique = examples().bioDurand();
		BeneficiairesBio b = (BeneficiairesBio) first(unique).getBeneficiaires();
		b.setIsClientUnique(true);
		b.setIsMandataire(false);
		b.setNomMandataire(null);
		b.setEmailMandataire(null);
		b.setTelephoneMandataire(null);
		only(unique, IssueCodes.UN_SEUL, Severity.WARNING);
		b.getEtablissementsClients().remove(1);
		accepted(unique);
		b.getEtablissementsClients().clear();
		b.getEtablissementsClients().add(BioFactory.eINSTANCE.createEtablissementClientBio());
		assertTrue(Checks.significant(Checks.validate(unique)).size() >= 5, "every field of the empty entity is required");
	}

	@Test
	void mdvClientUniqueMeansOneDoctor() {
		Dossier dossier = examples().mdvCabinet();
		BeneficiairesMdv b = (BeneficiairesMdv) first(dossier).getBeneficiaires();
		b.setIsClientUnique(true);
		b.setNomMandataire(null);
		b.setEmailMandataire(null);
		b.setTelephoneMandataire(null);
		only(dossier, IssueCodes.UN_SEUL, Severity.WARNING);
	}
}
