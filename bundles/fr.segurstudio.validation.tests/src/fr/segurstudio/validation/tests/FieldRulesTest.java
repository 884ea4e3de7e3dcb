package fr.segurstudio.validation.tests;

import static fr.segurstudio.validation.tests.Checks.accepted;
import static fr.segurstudio.validation.tests.Checks.examples;
import static fr.segurstudio.validation.tests.Checks.first;
import static fr.segurstudio.validation.tests.Checks.only;
import static fr.segurstudio.validation.tests.Checks.onlyError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import fr.segurstudio.couloir.bio.BeneficiairesBio;
import fr.segurstudio.couloir.bio.BioPackage;
import fr.segurstudio.couloir.bio.ScenarioBio;
import fr.segurstudio.couloir.mdv.BeneficiairesMdv;
import fr.segurstudio.couloir.mdv.MdvFactory;
import fr.segurstudio.couloir.mdv.ScenarioMdv;
import fr.segurstudio.couloir.rad.BeneficiairesRad;
import fr.segurstudio.model.core.Demande;
import fr.segurstudio.model.core.Dossier;
import fr.segurstudio.model.core.SegurPackage;
import fr.segurstudio.model.core.StatutDemande;
import fr.segurstudio.model.issue.Issue;
import fr.segurstudio.model.issue.Severity;
import fr.segurstudio.validation.IssueCodes;

/** The data rules of the seeds' §3.2 tables: each accepts the seed's form and rejects its opposite. */
class FieldRulesTest {

	private static BeneficiairesBio bio(Dossier dossier) {
		return (BeneficiairesBio) first(dossier).getBeneficiaires();
	}

	@Test
	void numeroAnsHasTenCharacters() {
		Dossier dossier = examples().bioDurand();
		dossier.setNumeroAns("99999999");
		Issue issue = onlyError(dossier, IssueCodes.LONGUEUR);
		assertEquals("« numeroAns » : « 99999999 » a 8 caractères ; attendu : 10 caractères exactement", issue.message());
		assertSame(dossier, issue.target());
		assertSame(SegurPackage.Literals.DOSSIER__NUMERO_ANS, issue.feature());
	}

	@Test
	void siretHasFourteenDigitsAndAValidKey() {
		Dossier dossier = examples().bioDurand();
		dossier.setSIRET("1234567820001A");
		onlyError(dossier, IssueCodes.CHIFFRES);
		dossier.setSIRET("1234567820001");
		onlyError(dossier, IssueCodes.LONGUEUR);
		dossier.setSIRET("12345678200011");
		accepted(dossier);
		Issue key = Checks.validate(dossier).stream().filter(i -> i.code().equals(IssueCodes.SIRET_CLE)).findFirst().orElseThrow();
		assertEquals(Severity.WARNING, key.severity());
		assertTrue(key.message().contains("Luhn"));
		dossier.setSIRET("35600000000048"); // La Poste: fails Luhn, the sum of its digits is a multiple of 5
		assertTrue(Checks.validate(dossier).stream().noneMatch(i -> i.code().equals(IssueCodes.SIRET_CLE)));
	}

	@Test
	void numeroEditeurHasFiveDigits() {
		Dossier dossier = examples().radRadio2000();
		first(dossier).setNumeroEditeur("0000A");
		assertEquals(IssueCodes.CHIFFRES, Checks.significant(Checks.validate(dossier)).get(0).code());
		first(dossier).setNumeroEditeur("1");
		assertEquals(IssueCodes.LONGUEUR, Checks.significant(Checks.validate(dossier)).get(0).code());
	}

	@Test
	void typeActionIsC() {
		Dossier dossier = examples().mdvCabinet();
		first(dossier).setTypeAction("M");
		Issue issue = onlyError(dossier, IssueCodes.VALEUR);
		assertTrue(issue.message().endsWith("valeur attendue : C"), issue.message());
	}

	@Test
	void whatTheAspFillsIsNullOnANewRequest() {
		Dossier dossier = examples().bioDurand();
		first(dossier).setNumeroASP("ASP-1");
		first(dossier).setCodeTraitement("0000");
		Issue issue = Checks.significant(Checks.validate(dossier)).get(0);
		assertEquals(IssueCodes.RESERVE_ASP, issue.code());
		assertTrue(issue.message().startsWith("« numeroASP » est rempli par l'ASP"), issue.message());
		first(dossier).setStatut(StatutDemande.ACCEPTEE);
		accepted(dossier);
	}

	@Test
	void orderFields() {
		Dossier dossier = examples().bioDurand();
		first(dossier).getCommande().unsetRegimeTVA();
		Issue regime = onlyError(dossier, IssueCodes.OBLIGATOIRE);
		assertEquals("« regimeTVA » est obligatoire", regime.message());
		dossier = examples().bioDurand();
		first(dossier).getCommande().setMontantSegurHT(new BigDecimal("27450.123"));
		onlyError(dossier, IssueCodes.MONTANT_DECIMALES);
		first(dossier).getCommande().setMontantSegurHT(new BigDecimal("27450.1"));
		accepted(dossier);
		first(dossier).getCommande().setMontantSegurHT(new BigDecimal("0.00"));
		only(dossier, IssueCodes.MONTANT_POSITIF, Severity.WARNING);
		first(dossier).getCommande().setDateCommande(null);
		assertTrue(Checks.significant(Checks.validate(dossier)).stream().anyMatch(i -> i.message().equals("« dateCommande » est obligatoire")));
	}

	@Test
	void namesAreInUpperCaseAndShorterThan50() {
		Dossier dossier = examples().bioDurand();
		bio(dossier).getEtablissementsClients().get(0).setNomClient("Durand");
		Issue issue = onlyError(dossier, IssueCodes.MAJUSCULES);
		assertEquals("« nomClient » : « Durand » doit être en MAJUSCULES (DURAND)", issue.message());
		bio(dossier).getEtablissementsClients().get(0).setNomClient("LABORATOIRE DE BIOLOGIE MÉDICALE DU CENTRE-VIL");
		accepted(dossier);
		bio(dossier).getEtablissementsClients().get(0).setNomClient("X".repeat(49));
		accepted(dossier);
		bio(dossier).getEtablissementsClients().get(0).setNomClient("X".repeat(50));
		Issue longName = onlyError(dossier, IssueCodes.LONGUEUR);
		assertTrue(longName.message().endsWith("attendu : moins de 50 caractères (49 au plus)"), longName.message());
	}

	@ParameterizedTest
	@ValueSource(strings = { "durand.fr", "durand@", "@exemple.fr", "m durand@exemple.fr", "durand@exemple" })
	void emailsHaveTheirShape(String email) {
		Dossier dossier = examples().bioDurand();
		bio(dossier).getEtablissementsClients().get(0).setEmailClient(email);
		onlyError(dossier, IssueCodes.EMAIL);
	}

	@Test
	void finessNumbers() {
		Dossier dossier = examples().bioDurand();
		bio(dossier).getEtablissementsClients().get(0).getNumeroFINESSGeos().set(0, "22222222");
		Issue eightDigits = onlyError(dossier, IssueCodes.LONGUEUR);
		assertEquals("« numeroFINESSGeos[0] » : « 22222222 » a 8 caractères ; attendu : 9 caractères exactement", eightDigits.message());
		assertEquals(0, eightDigits.index());
		bio(dossier).getEtablissementsClients().get(0).getNumeroFINESSGeos().set(0, "12345678X");
		onlyError(dossier, IssueCodes.FINESS);
		bio(dossier).getEtablissementsClients().get(0).getNumeroFINESSGeos().set(0, "2A0012345");
		accepted(dossier);
	}

	@Test
	void rppsHasElevenDigits() {
		Dossier dossier = examples().mdvCabinet();
		((BeneficiairesMdv) first(dossier).getBeneficiaires()).getLiberal().get(0).setRPPS("888888888888888");
		Issue issue = onlyError(dossier, IssueCodes.LONGUEUR);
		assertTrue(issue.message().contains("15 caractères ; attendu : 11 caractères exactement"), issue.message());
	}

	@Test
	void mandataireFieldsAreNullUnlessSeveralClientsAndAMandataire() {
		Dossier dossier = examples().bioDurand();
		bio(dossier).setNomMandataire(null);
		Issue missing = onlyError(dossier, IssueCodes.OBLIGATOIRE);
		assertEquals("« nomMandataire » est obligatoire quand isClientUnique vaut false et isMandataire vaut true", missing.message());
		dossier = examples().bioDurand();
		bio(dossier).setIsMandataire(false);
		List<Issue> issues = Checks.significant(Checks.validate(dossier));
		assertEquals(List.of(IssueCodes.NULL_ATTENDU, IssueCodes.NULL_ATTENDU, IssueCodes.NULL_ATTENDU),
				issues.stream().map(Issue::code).toList(), Checks.describe(issues));
		assertTrue(issues.get(0).message().startsWith("« nomMandataire » doit valoir null sauf si isClientUnique vaut false et isMandataire vaut true"));
		bio(dossier).setNomMandataire(null);
		bio(dossier).setEmailMandataire(null);
		bio(dossier).setTelephoneMandataire(null);
		accepted(dossier);
	}

	@Test
	void mdvLiberalAndStructure() {
		Dossier liberal = examples().mdvCabinet();
		BeneficiairesMdv b = (BeneficiairesMdv) first(liberal).getBeneficiaires();
		b.setStructure(MdvFactory.eINSTANCE.createStructureMdv());
		accepted(liberal); // an empty structure object is {}
		b.getStructure().setFINESSJuridique("111111111");
		assertEquals("« structure » doit être vide ({}) quand commandePour vaut LIBERAL", onlyError(liberal, IssueCodes.VIDE_ATTENDU).message());
		b.setStructure(null);
		assertEquals("« structure » doit être vide ({}) quand commandePour vaut LIBERAL (lu : null)",
				onlyError(liberal, IssueCodes.VIDE_ATTENDU).message(), "JSON null is not the seed's {}");
		b.unsetStructure(); // the seed's {}
		accepted(liberal);
		b.getLiberal().clear();
		assertEquals("« liberal » est obligatoire quand commandePour vaut LIBERAL (au moins une valeur)",
				onlyError(liberal, IssueCodes.OBLIGATOIRE).message());

		Dossier structure = examples().mdvCentreDeSante();
		BeneficiairesMdv s = (BeneficiairesMdv) first(structure).getBeneficiaires();
		s.setIsMandataire(false);
		s.setIsClientUnique(false);
		accepted(structure); // « à ne pas renseigner »: false or null
		s.setIsMandataire(true);
		onlyError(structure, IssueCodes.VIDE_ATTENDU);
		s.setIsMandataire(null);
		s.getLiberal().add(MdvFactory.eINSTANCE.createMedecinLiberal());
		assertEquals("« liberal » doit être vide ([]) quand commandePour vaut STRUCTURE", onlyError(structure, IssueCodes.VIDE_ATTENDU).message());
		s.getLiberal().clear();
		s.setStructure(null);
		onlyError(structure, IssueCodes.OBLIGATOIRE);
		s.unsetCommandePour();
		assertTrue(Checks.significant(Checks.validate(structure)).stream().anyMatch(i -> i.message().equals("« commandePour » est obligatoire")));
	}

	@Test
	void aDoctorsEmailIsOptionalUnderAMandate() {
		Dossier dossier = examples().mdvCabinet();
		BeneficiairesMdv b = (BeneficiairesMdv) first(dossier).getBeneficiaires();
		assertEquals(null, b.getLiberal().get(1).getEmailMedecin());
		accepted(dossier);
		b.setIsMandataire(false);
		b.setNomMandataire(null);
		b.setEmailMandataire(null);
		b.setTelephoneMandataire(null);
		List<Issue> issues = Checks.significant(Checks.validate(dossier));
		assertEquals(4, issues.size(), Checks.describe(issues));
		assertEquals("« emailMedecin » est obligatoire sauf si isMandataire vaut true", issues.get(0).message());
	}

	@Test
	void operatorCodesComeFromTheList() {
		Dossier dossier = examples().bioDurand();
		ScenarioBio scenario = (ScenarioBio) first(dossier).getScenarioInstallation();
		scenario.setOperateurMessagerie("CH 20");
		Issue issue = onlyError(dossier, IssueCodes.OPERATEUR);
		assertTrue(issue.message().endsWith("vouliez-vous dire « CH _20 » ?"), issue.message());
		scenario.setOperateurMessagerie("HÔP_302");
		accepted(dossier);
		scenario.setOperateurMessagerie(null);
		onlyError(dossier, IssueCodes.OBLIGATOIRE);
		Dossier mdv = examples().mdvCabinet();
		assertEquals(null, ((ScenarioMdv) first(mdv).getScenarioInstallation()).getOperateurMessagerie());
		accepted(mdv); // null accepted since 04/11/2022 (seed 004)
	}

	@Test
	void everyScenarioBooleanIsPresent() {
		Dossier dossier = examples().bioDurand();
		ScenarioBio scenario = (ScenarioBio) first(dossier).getScenarioInstallation();
		scenario.setIsPFIToMSSCitoyen(null);
		Issue issue = onlyError(dossier, IssueCodes.OBLIGATOIRE);
		assertEquals("« isPFIToMSSCitoyen » est obligatoire", issue.message());
		assertSame(BioPackage.Literals.SCENARIO_BIO__IS_PFI_TO_MSS_CITOYEN, issue.feature());
	}

	@Test
	void radClientsMayBeEstablishmentsOrRadiologistsNotNone() {
		Dossier dossier = examples().radRadio2000();
		BeneficiairesRad b = (BeneficiairesRad) first(dossier).getBeneficiaires();
		b.getEtablissementsClients().clear();
		b.setIsClientUnique(false); // the two radiologists are the clients now (docs/decisions-spec-raw.md)
		accepted(dossier);
		b.getRadLiberauxClients().clear();
		assertEquals("rad.client-identifie", onlyError(dossier, "rad.client-identifie").code());
	}

	@Test
	void numLigneCountsFromOne() {
		Dossier dossier = examples().bioDurand();
		Demande demande = first(dossier);
		demande.setNumLigne(2);
		assertEquals("numLigne vaut 2 ; attendu 1 (les demandes d'un fichier sont numérotées 1, 2, 3…)",
				onlyError(dossier, IssueCodes.NUM_LIGNE).message());
	}

	@Test
	void anUnknownCouloirIsReported() {
		Dossier dossier = examples().bioDurand();
		dossier.setLogiciel("LOINC");
		assertTrue(Checks.validate(dossier).get(0).message().startsWith("couloir « BIO-LOINC » non installé"));
	}
}
