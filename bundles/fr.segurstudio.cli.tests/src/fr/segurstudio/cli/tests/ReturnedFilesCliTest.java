package fr.segurstudio.cli.tests;

import static fr.segurstudio.cli.tests.CliRun.segurIn;
import static fr.segurstudio.cli.tests.Fixtures.dossier;
import static fr.segurstudio.cli.tests.Fixtures.life;
import static fr.segurstudio.cli.tests.Fixtures.request;
import static fr.segurstudio.cli.tests.Fixtures.returned;
import static fr.segurstudio.cli.tests.Fixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.segurstudio.cli.tests.Fixtures.Answer;

/**
 * Issue 22, files returned by the portal said, never silently (seed §1.2 step 5.b): the same request twice,
 * a rejection code with a numeroASP, 0000 without a numeroASP, a line without any answer, an answer without a
 * number, a file of another SIRET, an answer that would undo an acceptance — each a warning or an error naming
 * its line (file:line:column and numLigne), generated in many forms; the dossier never ends REJETEE with a
 * numeroASP, and an accepted request's numeroASP is never lost. Counts in target/fiabilite-retours.txt.
 */
class ReturnedFilesCliTest {

	private static final Counts COUNTS = new Counts("Fichiers retournés par le portail", "fiabilite-retours.txt");
	private static final Pattern NAMED_LINE = Pattern.compile("(?m)^retour\\.json:\\d+:\\d+: (erreur|avertissement) : demande [^(]*\\(ligne (\\d+|\\?)\\) : ");

	@TempDir
	Path dir;

	@AfterAll
	static void record() throws IOException {
		COUNTS.record();
	}

	/** Four deposited requests: 00001..00004 DEPOSEE; 00005 ACCEPTEE with its numeroASP. */
	private Path dossiers() throws IOException {
		String deposited = "statut DEPOSEE";
		return write(dir, "dossiers/bio.segur", dossier(request("00001", deposited), request("00002", deposited), request("00003", deposited),
				request("00004", deposited), request("00005", "statut ACCEPTEE", "numeroASP \"ASP-KEPT-5\"", "codeTraitement \"0000\"")));
	}

	private CliRun retour(String json) throws IOException {
		write(dir, "retour.json", json);
		return segurIn(dir, "retour", "--dossiers", "dossiers", "retour.json");
	}

	private String text() throws IOException {
		return Files.readString(dir.resolve("dossiers/bio.segur"));
	}

	/** Never a contradictory state: no REJETEE request with a numeroASP; the kept numeroASP of 00005 is still there. */
	private void coherent(String what) throws IOException {
		String text = text();
		for (String numero : List.of("00001", "00002", "00003", "00004", "00005")) {
			if ("REJETEE".equals(life(text, numero, "statut"))) {
				assertNull(life(text, numero, "numeroASP"), what + ": " + numero + " REJETEE with a numeroASP\n" + text);
			}
		}
		assertEquals("\"ASP-KEPT-5\"", life(text, "00005", "numeroASP"), what + "\n" + text);
	}

	/** The run said, on a line naming the file, its line and column, the request and its numLigne, this class of problem. */
	private static void said(CliRun run, String severity, String words, String what) {
		Matcher lines = NAMED_LINE.matcher(run.stderr());
		boolean found = false;
		while (lines.find()) {
			int end = run.stderr().indexOf('\n', lines.end());
			String line = run.stderr().substring(lines.start(), end < 0 ? run.stderr().length() : end);
			found |= line.contains(": " + severity + " : ") && line.contains(words);
		}
		assertTrue(found, what + ": no " + severity + " « " + words + " » naming its line in\n" + run.stderr());
		assertFalse((run.stdout() + run.stderr()).contains("erreur interne"), run.stderr());
	}

	@Test
	void theSameRequestTwiceIsSaidAndNeverAppliedAgainstItself() throws IOException {
		List<Answer[]> same = List.of(new Answer[] { Answer.accepted(1, "00001", "ASP-1"), Answer.accepted(2, "00001", "ASP-1") },
				new Answer[] { Answer.rejected(1, "00002", "E012", "FINESS invalide"), Answer.rejected(7, "00002", "E012", "FINESS invalide") },
				new Answer[] { Answer.accepted(3, "00001", "ASP-1"), Answer.rejected(1, "00002", "E1", "x"), Answer.accepted(2, "00001", "ASP-1") });
		for (Answer[] answers : same) {
			dossiers();
			CliRun run = retour(returned(Fixtures.SIRET, answers));
			COUNTS.count("même demande deux fois, même réponse (avertissement, appliquée une fois)");
			assertEquals(0, run.exitCode, run.stderr());
			said(run, "avertissement", "appliquée une fois", "same answer twice");
			assertTrue("ACCEPTEE".equals(life(text(), "00001", "statut")) || "REJETEE".equals(life(text(), "00002", "statut")), text());
			coherent("same twice");
		}
		List<Answer[]> different = List.of(new Answer[] { Answer.accepted(1, "00001", "ASP-1"), Answer.rejected(2, "00001", "E012", "non") },
				new Answer[] { Answer.accepted(1, "00001", "ASP-1"), Answer.accepted(2, "00001", "ASP-2") },
				new Answer[] { Answer.rejected(1, "00001", "E012", "a"), Answer.rejected(2, "00001", "E013", "b") },
				new Answer[] { Answer.rejected(1, "00001", "E012", "a"), Answer.rejected(2, "00001", "E012", "b") },
				new Answer[] { Answer.accepted(1, "00001", "ASP-1"), Answer.accepted(2, "00002", "ASP-2"), Answer.rejected(3, "00001", "E9", "z") });
		for (Answer[] answers : different) {
			dossiers();
			CliRun run = retour(returned(Fixtures.SIRET, answers));
			COUNTS.count("même demande deux fois, réponses différentes (erreur, aucune appliquée)");
			assertEquals(1, run.exitCode, run.stderr());
			said(run, "erreur", "aucune", "different answers");
			assertEquals("DEPOSEE", life(text(), "00001", "statut"), "neither answer applied");
			coherent("different twice");
		}
		// across two files given together
		dossiers();
		write(dir, "autre.json", returned(Fixtures.SIRET, Answer.rejected(1, "00001", "E012", "non")));
		write(dir, "retour.json", returned(Fixtures.SIRET, Answer.accepted(1, "00001", "ASP-1")));
		CliRun both = segurIn(dir, "retour", "--dossiers", "dossiers", "retour.json", "autre.json");
		COUNTS.count("même demande deux fois, réponses différentes (erreur, aucune appliquée)");
		assertEquals(1, both.exitCode, both.stderr());
		assertTrue(both.stderr().contains("retour.json ligne 1 avec une autre réponse"), both.stderr());
		assertEquals("DEPOSEE", life(text(), "00001", "statut"));
	}

	@Test
	void aRejectionCodeWithANumeroAspIsAnErrorAndNothingIsApplied() throws IOException {
		for (String code : List.of("E012", "E999", "1", "0001", "00000", "000", "0000 ", "ERREUR", "e012", "9999")) {
			for (String asp : List.of("ASP-2026-000101", "0", "X".repeat(300))) {
				dossiers();
				CliRun run = retour(returned(Fixtures.SIRET, Answer.accepted(1, "00001", "ASP-OK"), new Answer(2, "00002", asp, code, "libellé")));
				COUNTS.count("code de rejet avec un numeroASP (erreur, non appliquée)");
				assertEquals(1, run.exitCode, code + " " + run.stderr());
				said(run, "erreur", "réponse contradictoire", code);
				assertEquals("DEPOSEE", life(text(), "00002", "statut"), code);
				assertEquals("\"ASP-OK\"", life(text(), "00001", "numeroASP"), "the other line is applied");
				coherent(code);
			}
		}
	}

	@Test
	void anAcceptanceWithoutItsNumeroAspIsAWarningAndAKeptNumberStays() throws IOException {
		for (String label : List.of("Demande acceptée", "", "OK")) {
			dossiers();
			CliRun run = retour(returned(Fixtures.SIRET, new Answer(1, "00001", null, "0000", label), new Answer(5, "00005", null, "0000", label)));
			COUNTS.count("0000 sans numeroASP (avertissement, acceptée)");
			assertEquals(0, run.exitCode, run.stderr());
			said(run, "avertissement", "sans numeroASP", label);
			assertEquals("ACCEPTEE", life(text(), "00001", "statut"));
			assertNull(life(text(), "00001", "numeroASP"));
			coherent("0000 without number: 00005 keeps ASP-KEPT-5");
		}
	}

	@Test
	void aLineWithoutAnyAnswerOrWithoutNumberIsSaid() throws IOException {
		List<Answer> silent = List.of(new Answer(2, "00002", null, null, null), new Answer(3, null, null, null, null),
				new Answer(4, "00004", null, null, "un libellé sans code"), new Answer(9, "", null, null, null));
		for (Answer line : silent) {
			dossiers();
			CliRun run = retour(returned(Fixtures.SIRET, Answer.accepted(1, "00001", "ASP-1"), line));
			COUNTS.count("ligne sans réponse (avertissement)");
			assertEquals(0, run.exitCode, run.stderr());
			said(run, "avertissement", line.label() == null ? "aucune réponse" : "réponse incomplète", String.valueOf(line));
			assertTrue(run.stderr().contains("(ligne " + line.numLigne() + ")"), run.stderr());
			coherent("silent line");
		}
		for (Answer line : List.of(new Answer(2, null, "ASP-9", "0000", "ok"), new Answer(3, null, null, "E012", "non"))) {
			dossiers();
			CliRun run = retour(returned(Fixtures.SIRET, Answer.accepted(1, "00001", "ASP-1"), line));
			COUNTS.count("réponse sans numeroEditeur (erreur)");
			assertEquals(1, run.exitCode, run.stderr());
			said(run, "erreur", "sans numeroEditeur", String.valueOf(line));
			coherent("no number");
		}
	}

	@Test
	void aReturnedFileOfAnotherSiretIsSaidAndNotApplied() throws IOException {
		for (String siret : List.of("73282932000074", "12345678200011", "", "00000000000000")) {
			dossiers();
			CliRun run = retour(returned(siret, Answer.accepted(1, "00001", "ASP-1"), Answer.rejected(2, "00002", "E012", "non")));
			COUNTS.count("fichier d'un autre SIRET (erreur, non appliqué)");
			assertEquals(1, run.exitCode, run.stderr());
			said(run, "erreur", "SIRET", siret);
			assertEquals("DEPOSEE", life(text(), "00001", "statut"));
			assertEquals("DEPOSEE", life(text(), "00002", "statut"));
			assertTrue(run.stdout().contains("0 dossier(s) mis à jour"), run.stdout());
		}
	}

	@Test
	void anAnswerNeverUndoesAnAcceptanceNorLosesItsNumber() throws IOException {
		List<Answer> undoing = List.of(Answer.rejected(5, "00005", "E012", "refusée après coup"), Answer.accepted(5, "00005", "ASP-OTHER"),
				new Answer(5, "00005", null, "E1", null));
		for (Answer line : undoing) {
			dossiers();
			CliRun run = retour(returned(Fixtures.SIRET, line));
			COUNTS.count("réponse qui déferait une acceptation (erreur, non appliquée)");
			assertEquals(1, run.exitCode, run.stderr());
			said(run, "erreur", "déjà ACCEPTEE", String.valueOf(line));
			assertEquals("ACCEPTEE", life(text(), "00005", "statut"));
			coherent("undo");
		}
		// the same acceptance again changes nothing, and a request accepted without a number then given one keeps it
		dossiers();
		assertEquals(0, retour(returned(Fixtures.SIRET, Answer.accepted(5, "00005", "ASP-KEPT-5"))).exitCode);
		coherent("again");
		CliRun later = retour(returned(Fixtures.SIRET, new Answer(1, "00001", null, "0000", "ok")));
		assertEquals(0, later.exitCode, later.stderr());
		assertEquals(0, retour(returned(Fixtures.SIRET, Answer.accepted(1, "00001", "ASP-LATER"))).exitCode);
		assertEquals("\"ASP-LATER\"", life(text(), "00001", "numeroASP"));
		COUNTS.count("réponse qui déferait une acceptation (erreur, non appliquée)");
	}

	@Test
	void aRejectionAfterAResubmissionOrOfAnUnknownRequestIsSaid() throws IOException {
		dossiers();
		CliRun run = retour(returned(Fixtures.SIRET, Answer.rejected(1, "00042", "E012", "non"), Answer.rejected(2, "00003", "E012", "non")));
		assertEquals(1, run.exitCode, run.stderr());
		assertTrue(run.stderr().contains("demande 00042 (REJETEE) : aucune demande de ce numéro"), run.stderr());
		assertEquals("REJETEE", life(text(), "00003", "statut"));
		coherent("unknown");
		COUNTS.count("demande inconnue (listée)");
	}
}
