package fr.segurstudio.validation.tests;

import static fr.segurstudio.validation.tests.Checks.examples;
import static fr.segurstudio.validation.tests.Checks.first;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.segurstudio.couloir.bio.BeneficiairesBio;
import fr.segurstudio.couloir.mdv.ScenarioMdv;
import fr.segurstudio.model.core.Demande;
import fr.segurstudio.model.core.Dossier;
import fr.segurstudio.model.core.PieceJustificative;
import fr.segurstudio.model.issue.Issue;
import fr.segurstudio.model.issue.Severity;
import fr.segurstudio.validation.IssueCodes;
import fr.segurstudio.validation.ProfilsDeclares;
import fr.segurstudio.validation.ValidationContext;

/** Beyond the portal: numbers and sites used twice, referencing profiles, attached files. */
class CrossRulesTest {

	@TempDir
	Path dir;

	private static List<Issue> withCode(List<Issue> issues, String code) {
		return issues.stream().filter(i -> i.code().equals(code)).toList();
	}

	@Test
	void aNumeroEditeurUsedTwiceInTheDossierIsAnError() {
		Dossier dossier = examples().radRadio2000();
		Demande copy = EcoreUtil.copy(first(dossier));
		dossier.getDemandes().add(copy);
		List<Issue> issues = withCode(Checks.validate(dossier), IssueCodes.NUMERO_EDITEUR_DOUBLE);
		assertEquals(1, issues.size());
		assertEquals(Severity.ERROR, issues.get(0).severity());
		assertEquals(copy, issues.get(0).target());
		assertTrue(issues.get(0).message().startsWith("numeroEditeur 00001 déjà utilisé par la demande 00001 (1re du dossier)"), issues.get(0).message());
		// the same sites in both requests: financed once
		assertEquals(3, withCode(Checks.validate(dossier), IssueCodes.SITE_DOUBLE).size());
	}

	@Test
	void acrossTheUsersDossiersAnErrorAcrossOtherFilesAWarning() {
		Dossier mine = examples().bioDurand();
		Dossier other = examples().mdvCabinet(); // same SIRET, number 00001 too
		ValidationContext users = ValidationContext.ALONE.withUsersDossiers(List.of(mine, other));
		assertEquals(Severity.ERROR, withCode(Checks.validate(mine, users), IssueCodes.NUMERO_EDITEUR_DOUBLE).get(0).severity());
		ValidationContext files = new ValidationContext(List.of(mine, other), ProfilsDeclares.NONE, null, false);
		assertEquals(Severity.WARNING, withCode(Checks.validate(mine, files), IssueCodes.NUMERO_EDITEUR_DOUBLE).get(0).severity());
		other.setSIRET("73282932000074");
		assertEquals(List.of(), withCode(Checks.validate(mine, users), IssueCodes.NUMERO_EDITEUR_DOUBLE), "another vendor's numbering");
	}

	@Test
	void aSiteIsFinancedOncePerAns() {
		Dossier first = examples().mdvCentreDeSante();
		Dossier second = examples().mdvCentreDeSante();
		first(second).setNumeroEditeur("00002");
		first(second).getPiecesJustificatives().get(0).setNomFichier("MDV-LGC-Va1-BDC-00002.pdf");
		ValidationContext users = ValidationContext.ALONE.withUsersDossiers(List.of(first, second));
		List<Issue> sites = withCode(Checks.validate(second, users), IssueCodes.SITE_DOUBLE);
		assertEquals(3, sites.size());
		assertEquals(Severity.WARNING, sites.get(0).severity());
		assertTrue(sites.get(0).message().startsWith("site FINESS 777777777 déjà dans la demande 00001 d'un autre dossier"), sites.get(0).message());
		second.setNumeroAns("ANS0000002");
		assertEquals(List.of(), withCode(Checks.validate(second, users), IssueCodes.SITE_DOUBLE));
	}

	@Test
	void aScenarioAnswerNeedsItsReferencingProfile() {
		Dossier dossier = examples().mdvCentreDeSante(); // centre de santé, operator MAILIZ
		ValidationContext declared = new ValidationContext(List.of(), new ProfilsDeclares(Map.of("ANS0000001", Set.of("Centre de santé"))),
				null, true);
		List<Issue> issues = withCode(Checks.validate(dossier, declared), IssueCodes.PROFIL);
		assertEquals(1, issues.size());
		assertEquals(Severity.WARNING, issues.get(0).severity());
		assertEquals("« operateurMessagerie » vaut MAI_15 : le logiciel doit être référencé avec le profil « Mailiz », absent des profils"
				+ " déclarés pour l'ANS ANS0000001", issues.get(0).message());
		((ScenarioMdv) first(dossier).getScenarioInstallation()).setOperateurMessagerie("ENO_5");
		assertEquals(List.of(), withCode(Checks.validate(dossier, declared), IssueCodes.PROFIL));
		assertEquals(List.of(), withCode(Checks.validate(examples().mdvCentreDeSante()), IssueCodes.PROFIL), "nothing declared, nothing checked");
	}

	@Test
	void profilesAreReadFromTheUsersSettingsFile() throws IOException {
		Path file = Files.writeString(dir.resolve("profils.properties"), "# profils\nANS0000001 = Mailiz ; Centre de santé\n",
				StandardCharsets.UTF_8);
		assertEquals(Set.of("Mailiz", "Centre de santé"), ProfilsDeclares.read(file).of("ANS0000001").orElseThrow());
		assertTrue(ProfilsDeclares.read(file).of("ANS0000002").isEmpty());
	}

	@Test
	void attachedFilesAreCheckedWhereTheyLie() throws IOException {
		Dossier dossier = examples().bioDurand();
		PieceJustificative bdc = first(dossier).getPiecesJustificatives().get(0);
		ValidationContext files = new ValidationContext(List.of(), ProfilsDeclares.NONE, d -> dir, true);
		bdc.setChemin("absent.pdf");
		assertEquals(fr.segurstudio.json.IssueCodes.PJ_FICHIER_ABSENT, Checks.significant(Checks.validate(dossier, files)).get(0).code());
		Files.write(dir.resolve("gros.pdf"), bigPdf(3 * 1024 * 1024 + 1));
		bdc.setChemin("gros.pdf");
		assertEquals(fr.segurstudio.json.IssueCodes.PJ_FICHIER_TAILLE, Checks.significant(Checks.validate(dossier, files)).get(0).code());
		Files.writeString(dir.resolve("texte.pdf"), "pas un PDF");
		bdc.setChemin("texte.pdf");
		assertEquals(fr.segurstudio.json.IssueCodes.PJ_FICHIER_TYPE, Checks.significant(Checks.validate(dossier, files)).get(0).code());
		Files.write(dir.resolve("bon.pdf"), bigPdf(1000));
		bdc.setChemin("bon.pdf");
		assertEquals(List.of(), Checks.significant(Checks.validate(dossier, files)));
		bdc.setChemin("absent.pdf");
		assertEquals(List.of(), Checks.significant(Checks.validate(dossier)), "not checked when the context says nothing of files");
	}

	private static byte[] bigPdf(int size) {
		byte[] bytes = new byte[size];
		System.arraycopy("%PDF-1.7".getBytes(StandardCharsets.US_ASCII), 0, bytes, 0, 8);
		return bytes;
	}

	@Test
	void issuesComeInTheOrderOfTheTable() {
		Dossier dossier = examples().bioDurand();
		BeneficiairesBio b = (BeneficiairesBio) first(dossier).getBeneficiaires();
		b.getEtablissementsClients().get(1).setNomClient("durand");
		first(dossier).setTypeAction("X");
		List<Issue> issues = Checks.significant(Checks.validate(dossier));
		assertEquals(List.of(IssueCodes.VALEUR, IssueCodes.MAJUSCULES), issues.stream().map(Issue::code).toList());
	}

	@Test
	void theUsersProfilesAreReadOnceAndAgainWhenTheFileChanges(@org.junit.jupiter.api.io.TempDir Path home) throws IOException {
		String previous = System.getProperty(ProfilsDeclares.HOME_PROPERTY);
		System.setProperty(ProfilsDeclares.HOME_PROPERTY, home.toString());
		try {
			assertSame(ProfilsDeclares.NONE, ProfilsDeclares.userSettings(), "no file: nothing declared");
			Path file = java.nio.file.Files.writeString(home.resolve("profils.properties"), "ANS0000001 = Mailiz\n");
			ProfilsDeclares first = ProfilsDeclares.userSettings();
			assertEquals(Set.of("Mailiz"), first.of("ANS0000001").orElseThrow());
			assertSame(first, ProfilsDeclares.userSettings(), "unchanged file: not read again");
			java.nio.file.Files.writeString(file, "ANS0000001 = Mailiz ; Centre de santé\n");
			java.nio.file.Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5000));
			assertEquals(Set.of("Mailiz", "Centre de santé"), ProfilsDeclares.userSettings().of("ANS0000001").orElseThrow());
		} finally {
			if (previous == null) {
				System.clearProperty(ProfilsDeclares.HOME_PROPERTY);
			} else {
				System.setProperty(ProfilsDeclares.HOME_PROPERTY, previous);
			}
		}
	}
}
