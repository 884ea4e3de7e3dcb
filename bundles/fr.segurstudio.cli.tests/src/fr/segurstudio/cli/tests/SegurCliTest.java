package fr.segurstudio.cli.tests;

import static fr.segurstudio.cli.tests.CliRun.segur;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The command-line contract: help, exit codes 0/1/2, messages in French. */
class SegurCliTest {

	@Test
	void helpListsTheCommandsAndTheExitCodes() {
		for (String option : List.of("--help", "-h", "help")) {
			CliRun run = segur(option);
			assertEquals(0, run.exitCode);
			assertTrue(run.stdout().startsWith("Usage : segur [COMMANDE]"), run.stdout());
			assertTrue(run.stdout().contains("\n  couloirs "), run.stdout());
			assertTrue(run.stdout().contains("Codes de sortie : 0 succès, 1 une entrée contient des erreurs, 2 problème d'usage"),
					run.stdout());
			assertEquals("", run.stderr());
		}
	}

	@Test
	void helpOfOneCommand() {
		CliRun run = segur("help", "couloirs");
		assertEquals(0, run.exitCode);
		assertTrue(run.stdout().startsWith("Usage : segur couloirs"), run.stdout());
		assertEquals(run.stdout(), segur("couloirs", "--help").stdout());
		assertEquals(2, segur("help", "nimportequoi").exitCode);
	}

	@Test
	void everyCommandHasAFullHelp() {
		for (String command : List.of("import", "export", "couloirs")) {
			CliRun run = segur("help", command);
			assertEquals(0, run.exitCode);
			assertTrue(run.stdout().startsWith("Usage : segur " + command), run.stdout());
		}
		String export = segur("help", "export").stdout();
		for (String option : List.of("--out DOSSIER", "--date AAAAMMJJ", "--zip", "--couloir", "--force")) {
			assertTrue(export.contains("\n  " + option), option + " in\n" + export);
		}
		assertTrue(export.trim().endsWith("une demande rejetée coûte un nouveau numéro éditeur."), export);
	}

	@Test
	void unknownCommandIsAUsageError() {
		CliRun run = segur("exporter");
		assertEquals(2, run.exitCode);
		assertEquals("segur : commande inconnue « exporter » (segur --help liste les commandes)\n", run.stderr());
		assertEquals("", run.stdout());
	}

	@Test
	void version() {
		CliRun run = segur("--version");
		assertEquals(0, run.exitCode);
		assertEquals("Ségur Studio 1.0.0.test\n", run.stdout());
	}

	@Test
	void couloirsListsThePlugins() {
		CliRun run = segur("couloirs");
		assertEquals(0, run.exitCode, run.stderr());
		List<String> couloirs = run.stdout().lines().filter(l -> !l.startsWith(" ")).map(l -> l.substring(0, l.indexOf('\t'))).toList();
		assertEquals(List.of("BIO-SGL", "MDV-LGC", "RAD-RIS"), couloirs);
		assertTrue(run.stdout().contains("  pièce\tPREUVE_ACT_BIO\tPAB\t"), run.stdout());
		assertTrue(run.stdout().contains("  profil\tisCentreDeSante=true\tCentre de santé"), run.stdout());
	}

	@Test
	void unexpectedArgumentIsAUsageError() {
		CliRun run = segur("couloirs", "en-trop");
		assertEquals(2, run.exitCode);
		assertTrue(run.stderr().startsWith("segur couloirs : argument inattendu « en-trop »\nUsage : segur couloirs"),
				run.stderr());
	}
}
