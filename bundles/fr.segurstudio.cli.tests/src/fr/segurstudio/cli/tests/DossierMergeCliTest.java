package fr.segurstudio.cli.tests;

import static fr.segurstudio.cli.tests.CliRun.segurIn;
import static fr.segurstudio.cli.tests.Fixtures.block;
import static fr.segurstudio.cli.tests.Fixtures.dossier;
import static fr.segurstudio.cli.tests.Fixtures.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.segurstudio.model.dossier.NumerosEditeur;
import fr.segurstudio.testing.Golden;

/**
 * segur merge on the three files git would hand it, and segur diff across formats: the members of each class
 * of change (a block of a list, a list that grows, the header, several collisions, one request added twice).
 */
class DossierMergeCliTest {

	static final String FILE = "labo.segur";

	@TempDir
	Path dir;

	private static String base() {
		return dossier(request("00001"), request("00002"));
	}

	/** {@code segur merge base ours theirs SIZE labo.segur} in {@code dir}, as git calls it, on these three versions. */
	static CliRun mergeFiles(Path dir, String base, String ours, String theirs, String markerSize) throws IOException {
		Files.writeString(dir.resolve("base"), base, StandardCharsets.UTF_8);
		Files.writeString(dir.resolve("ours"), ours, StandardCharsets.UTF_8);
		Files.writeString(dir.resolve("theirs"), theirs, StandardCharsets.UTF_8);
		return segurIn(dir, "merge", "base", "ours", "theirs", markerSize, FILE);
	}

	/** Merges and returns what our file holds afterwards; asserts the exit code. */
	private String merge(String base, String ours, String theirs, int exitCode) throws IOException {
		CliRun run = mergeFiles(dir, base, ours, theirs, "7");
		assertEquals(exitCode, run.exitCode, run.stderr());
		lastRun = run;
		return Files.readString(dir.resolve("ours"), StandardCharsets.UTF_8);
	}

	private CliRun lastRun;

	/** The seed's request's n-th site (1 or 2) with another client name. */
	private static String client(String text, int site, String name) {
		String finess = site == 1 ? "numeroFINESSJuridique \"999999991\"\n        nomClient \"DURAND\"" : "numeroFINESSJuridique \"999999992\"\n        nomClient \"DURAND\"";
		String renamed = finess.replace("nomClient \"DURAND\"", "nomClient \"" + name + "\"");
		int at = text.indexOf(finess);
		return text.substring(0, at) + renamed + text.substring(at + finess.length());
	}

	@Test
	void twoSitesOfOneRequestChangedOnEachSideBothKept() throws IOException {
		String ours = client(base(), 1, "PREMIER");
		String theirs = client(base(), 2, "SECOND");
		String merged = merge(base(), ours, theirs, 0);
		assertEquals(client(client(base(), 1, "PREMIER"), 2, "SECOND"), merged);
	}

	@Test
	void aSiteAddedByThemAndAFieldChangedByUsBothKept() throws IOException {
		String site = "      EtablissementsClients {\n        numeroFINESSJuridique \"999999993\"\n        nomClient \"TROISIEME\"\n"
				+ "        emailClient \"c@exemple.fr\"\n        telephoneClient \"0102030405\"\n        numeroFINESSGeos [\"333333333\"]\n      }\n";
		String anchor = "        numeroFINESSGeos [\"222222222\"]\n      }\n";
		String withSite = base().replaceFirst(Pattern.quote(anchor), Matcher.quoteReplacement(anchor + site));
		String ours = base().replaceFirst("montantSegurHT 27450.00", "montantSegurHT 1.00");
		String merged = merge(base(), ours, withSite, 0);
		String first = block(merged, "00001");
		assertTrue(first.contains("nomClient \"TROISIEME\"") && first.contains("numeroFINESSGeos [\"333333333\"]"), merged);
		assertTrue(first.contains("montantSegurHT 1.00"), merged);
		assertEquals(block(base(), "00002"), block(merged, "00002"));
		// the result reads as both changes and nothing else
		Files.writeString(dir.resolve("attendu.segur"), withSite.replaceFirst("montantSegurHT 27450.00", "montantSegurHT 1.00"), StandardCharsets.UTF_8);
		Files.writeString(dir.resolve("fusion.segur"), merged, StandardCharsets.UTF_8);
		CliRun same = segurIn(dir, "diff", "attendu.segur", "fusion.segur");
		assertEquals(0, same.exitCode, same.stdout());
	}

	@Test
	void eachConflictGetsItsMarkersOfTheSizeGitAsks() throws IOException {
		String base = dossier(request("00001"), request("00002"), request("00003"));
		String ours = dossier(client(request("00001"), 2, "NOUS"), request("00002").replace("27450.00", "2.00"), request("00003").replace("27450.00", "3.00"));
		String theirs = dossier(client(request("00001"), 2, "EUX"), request("00002").replace("27450.00", "20.00"));
		CliRun run = mergeFiles(dir, base, ours, theirs, "10");
		assertEquals(1, run.exitCode, run.stderr());
		String merged = Files.readString(dir.resolve("ours"), StandardCharsets.UTF_8);
		String[] conflicts = merged.split("<<<<<<<<<< ours\n", -1);
		assertEquals(4, conflicts.length, merged);
		assertTrue(conflicts[1].startsWith("  demande \"00001\"") && conflicts[1].contains("\"NOUS\"")
				&& conflicts[1].substring(conflicts[1].indexOf("==========\n")).contains("\"EUX\""), conflicts[1]);
		assertTrue(conflicts[2].contains("montantSegurHT 2.00\n") && conflicts[2].contains("montantSegurHT 20.00\n"), conflicts[2]);
		assertTrue(conflicts[3].contains("montantSegurHT 3.00\n") && conflicts[3].contains("==========\n>>>>>>>>>> theirs\n"),
				"changed by us, deleted by them: " + conflicts[3]);
		assertEquals(List.of(FILE + " : conflit dans la demande 00001 : Nom du représentant (beneficiaires.EtablissementsClients[2].nomClient)", FILE + " : conflit dans la demande 00002 : Montant Ségur HT (commande.montantSegurHT)",
				FILE + " : conflit dans la demande 00003 : supprimée d'un côté, modifiée de l'autre"), run.stderr().lines().toList());
	}

	@Test
	void theHeaderChangedTwoWaysIsAConflictAroundItsFields() throws IOException {
		String ours = base().replace("numeroAns \"ANS0000001\"", "numeroAns \"ANS0000002\"");
		String theirs = base().replace("numeroAns \"ANS0000001\"", "numeroAns \"ANS0000003\"").replace("montantSegurHT 27450.00", "montantSegurHT 9.00");
		String merged = merge(base(), ours, theirs, 1);
		assertTrue(merged.startsWith("dossier BIO-SGL {\n<<<<<<< ours\n  numeroAns \"ANS0000002\"\n  SIRET \"12345678200010\"\n=======\n"
				+ "  numeroAns \"ANS0000003\"\n  SIRET \"12345678200010\"\n>>>>>>> theirs\n\n  demande \"00001\""), merged);
		assertTrue(block(merged, "00001").contains("montantSegurHT 9.00") && block(merged, "00002").contains("montantSegurHT 9.00"),
				"the requests merged: " + merged);
		assertTrue(lastRun.stderr().startsWith(FILE + " : conflit dans l'en-tête du dossier : ") && lastRun.stderr().endsWith(" (numeroAns)\n")
				&& lastRun.stderr().lines().count() == 1, lastRun.stderr());
	}

	@Test
	void theHeaderChangedOnOneSideIsTaken() throws IOException {
		String theirs = base().replace("numeroAns \"ANS0000001\"", "numeroAns \"ANS0000003\"");
		String ours = base().replace("montantSegurHT 27450.00\n    }\n    beneficiaires {\n      isMandataire true", "montantSegurHT 5.00\n    }\n    beneficiaires {\n      isMandataire true");
		String merged = merge(base(), ours, theirs, 0);
		assertTrue(merged.contains("numeroAns \"ANS0000003\""), merged);
		assertTrue(merged.contains("montantSegurHT 5.00"), merged);
	}

	@Test
	void severalCollisionsGetSuccessiveNumbers() throws IOException {
		String ours = dossier(request("00001"), request("00002"), request("00003").replace("27450.00", "3.00"), request("00004").replace("27450.00", "4.00"));
		String theirs = dossier(request("00001"), request("00002"), request("00003").replace("27450.00", "30.00"),
				request("00004").replace("27450.00", "40.00"));
		String merged = merge(base(), ours, theirs, 0);
		assertTrue(block(merged, "00003").contains("montantSegurHT 3.00"), merged);
		assertTrue(block(merged, "00004").contains("montantSegurHT 4.00"), merged);
		assertTrue(block(merged, "00005").contains("montantSegurHT 30.00") && block(merged, "00005").contains("BIO-SGL-Va1-BDC-00005.pdf"), merged);
		assertTrue(block(merged, "00006").contains("montantSegurHT 40.00") && block(merged, "00006").contains("BIO-SGL-Va1-BDC-00006.pdf"), merged);
		assertEquals(List.of("labo.segur : la demande 00003 de l'autre branche devient 00005, son numéro étant déjà utilisé de ce côté (pièces renommées)",
				"labo.segur : la demande 00004 de l'autre branche devient 00006, son numéro étant déjà utilisé de ce côté (pièces renommées)"),
				lastRun.stderr().lines().toList());
	}

	@Test
	void theSameRequestAddedOnBothSidesIsKeptOnce() throws IOException {
		String both = dossier(request("00001"), request("00002"), request("00003"));
		String merged = merge(base(), both, both, 0);
		assertEquals(both, merged);
		assertEquals("", lastRun.stderr());
	}

	@Test
	void aRetiredNumberOfTheirsIsNeverHandedOut() throws IOException {
		String ours = dossier(request("00001"), request("00002"), request("00003").replace("27450.00", "3.00"));
		String theirs = dossier(Fixtures.SIRET, List.of("numerosEditeurUtilises [\"00004\", \"00009\"]"), request("00001"), request("00002"),
				request("00003").replace("27450.00", "30.00"));
		String merged = merge(base(), ours, theirs, 0);
		assertTrue(block(merged, "00010").contains("montantSegurHT 30.00"), merged);
		assertTrue(merged.contains("\"00009\""), "their retired numbers kept: " + merged);
	}

	@Test
	void aNumberOurSideDeletedOrResubmittedIsNotTakenByTheirs() throws IOException {
		String deleted = dossier(Fixtures.SIRET, List.of("numerosEditeurUtilises [\"00003\"]"), request("00001"), request("00002"));
		String theirs = dossier(request("00001"), request("00002"), request("00003").replace("27450.00", "30.00"));
		String merged = merge(base(), deleted, theirs, 0);
		assertEquals("", block(merged, "00003"), merged);
		assertTrue(block(merged, "00004").contains("montantSegurHT 30.00") && block(merged, "00004").contains("BIO-SGL-Va1-BDC-00004.pdf"), merged);

		String resubmitted = dossier(request("00001"), request("00004", "anciensNumeros {", "  numeroEditeur \"00002\"", "}"));
		String theirs2 = dossier(request("00001"), request("00002").replace("27450.00", "2.00"), request("00003").replace("27450.00", "3.00"));
		Files.writeString(dir.resolve("resoumis.segur"), resubmitted, StandardCharsets.UTF_8);
		String again = merge(dossier(request("00001")), resubmitted, theirs2, 0);
		assertEquals(block(resubmitted, "00004"), block(again, "00004"), again);
		assertTrue(block(again, "00005").contains("montantSegurHT 2.00"), "00002 was ours before its resubmission: " + again);
		assertTrue(block(again, "00003").contains("montantSegurHT 3.00"), again);
	}

	@Test
	void noNumberLeftForTheirsLeavesOursUntouched() throws IOException {
		StringJoiner all = new StringJoiner(", ", "numerosEditeurUtilises [", "]");
		for (int n = 1; n <= NumerosEditeur.MAX; n++) {
			all.add("\"" + NumerosEditeur.format(n) + "\"");
		}
		String ours = dossier(request("00001"), request("00002"), request("00003").replace("27450.00", "3.00"));
		String theirs = dossier(Fixtures.SIRET, List.of(all.toString()), request("00001"), request("00002"), request("00003").replace("27450.00", "30.00"));
		assertEquals(ours, merge(base(), ours, theirs, 1));
		assertEquals(FILE + " : la demande 00003 de l'autre branche ne peut pas recevoir de nouveau numéro (les 99999 numéros sont utilisés) ;"
				+ " notre version est laissée telle quelle\n", lastRun.stderr());
	}

	@Test
	void aDossierOf200RequestsTakesEverySidesChanges() throws IOException {
		String[] base = new String[200];
		String[] ours = new String[201];
		String[] theirs = new String[201];
		String[] expected = new String[202];
		for (int n = 1; n <= 200; n++) {
			String numero = NumerosEditeur.format(n);
			base[n - 1] = request(numero);
			ours[n - 1] = n % 2 == 0 ? base[n - 1].replace("montantSegurHT 27450.00", "montantSegurHT " + n + ".00") : base[n - 1];
			theirs[n - 1] = n % 3 == 0 ? base[n - 1].replace("nomMandataire \"DURAND\"", "nomMandataire \"M" + n + "\"") : base[n - 1];
			expected[n - 1] = n % 3 == 0 ? ours[n - 1].replace("nomMandataire \"DURAND\"", "nomMandataire \"M" + n + "\"") : ours[n - 1];
		}
		ours[200] = request("00201").replace("27450.00", "1.00");
		theirs[200] = request("00201").replace("27450.00", "2.00");
		expected[200] = ours[200];
		expected[201] = request("00202").replace("27450.00", "2.00");
		String merged = merge(dossier(base), dossier(ours), dossier(theirs), 0);
		Files.writeString(dir.resolve("attendu.segur"), dossier(expected), StandardCharsets.UTF_8);
		Files.writeString(dir.resolve("fusion.segur"), merged, StandardCharsets.UTF_8);
		CliRun same = segurIn(dir, "diff", "attendu.segur", "fusion.segur");
		assertEquals(0, same.exitCode, same.stdout());
		assertEquals(dossier(expected).substring(0, dossier(expected).indexOf("  demande \"00202\"")), merged.substring(0, merged.indexOf("  demande \"00202\"")),
				"every request as it was written, changed only where a side changed it");
	}

	@Test
	void theSameDossierAsJsonAndAsTextHasNoDifference() throws IOException {
		Files.writeString(dir.resolve(Golden.BIO_SGL.fileName()), Golden.BIO_SGL.text(), StandardCharsets.UTF_8);
		Files.writeString(dir.resolve(Golden.BIO_SGL.segurFileName()), Golden.BIO_SGL.segurText(), StandardCharsets.UTF_8);
		CliRun run = segurIn(dir, "diff", Golden.BIO_SGL.fileName(), Golden.BIO_SGL.segurFileName());
		assertEquals(0, run.exitCode, run.stdout() + run.stderr());
		Files.writeString(dir.resolve("casse.json"), "{\"SIRET\": ", StandardCharsets.UTF_8);
		CliRun broken = segurIn(dir, "diff", Golden.BIO_SGL.fileName(), "casse.json");
		assertEquals(2, broken.exitCode, broken.stdout());
		assertTrue(broken.stderr().startsWith("casse.json : "), broken.stderr());
		assertEquals("", broken.stdout(), "never compared as an empty dossier");
	}
}
