package fr.segurstudio.cli.tests;

import static fr.segurstudio.cli.tests.CliRun.segurIn;
import static fr.segurstudio.cli.tests.Fixtures.dossier;
import static fr.segurstudio.cli.tests.Fixtures.request;
import static fr.segurstudio.cli.tests.Fixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.StringJoiner;
import java.util.function.IntPredicate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.segurstudio.model.dossier.NumerosEditeur;

/**
 * Issue 22, a foreseeable condition is never an « erreur interne » : all 99,999 numeroEditeur of a vendor
 * used (seed §3.2: a number per request, never used again) makes {@code resoumettre} say, in French and
 * naming the request, that it cannot give one, exit 1 (the input), never 2; the numbers used may be in the
 * dossier's own list, on its requests, in another dossier of the vendor, or all but one (the first request
 * gets it, the next is said). Counts in target/fiabilite-numeros.txt.
 */
class NumbersExhaustedCliTest {

	private static final Counts COUNTS = new Counts("Numéros éditeur épuisés", "fiabilite-numeros.txt");

	@TempDir
	Path dir;

	@AfterAll
	static void record() throws IOException {
		COUNTS.record();
	}

	/** numerosEditeurUtilises [...] of every number from 1 to 99,999 that {@code used} accepts. */
	private static String used(IntPredicate used) {
		StringJoiner list = new StringJoiner(", ", "numerosEditeurUtilises [", "]");
		for (int n = 1; n <= NumerosEditeur.MAX; n++) {
			if (used.test(n)) {
				list.add("\"" + NumerosEditeur.format(n) + "\"");
			}
		}
		return list.toString();
	}

	private void check(String what, int renumbered, String... rejected) throws IOException {
		byte[] before = Files.readAllBytes(dir.resolve("dossiers/bio.segur"));
		CliRun run = segurIn(dir, "resoumettre", "--dossiers", "dossiers", "dossiers/bio.segur");
		COUNTS.count("tous les numéros utilisés (" + what + ")");
		String all = run.stdout() + run.stderr();
		assertEquals(1, run.exitCode, what + "\n" + all);
		assertFalse(all.contains("erreur interne"), all);
		for (String numero : rejected) {
			assertTrue(run.stderr().contains("dossiers/bio.segur : erreur : demande " + numero + " : les 99999 numéros éditeur"), run.stderr());
		}
		assertEquals(renumbered, run.stdout().lines().filter(l -> l.contains("→")).count(), run.stdout());
		if (renumbered == 0) {
			assertEquals(new String(before), Files.readString(dir.resolve("dossiers/bio.segur")), "nothing written");
		}
	}

	@Test
	void allNumbersUsedIsAnInputErrorNamingTheRequest() throws IOException {
		String rejected = "statut REJETEE";
		// every other number in the dossier's own list
		write(dir, "dossiers/bio.segur", dossier(Fixtures.SIRET, List.of(used(n -> n != 7)), request("00007", rejected)));
		check("liste du dossier", 0, "00007");
		// in another dossier of the same vendor
		write(dir, "dossiers/bio.segur", dossier(request("00007", rejected), request("00008", rejected)));
		write(dir, "dossiers/autre/bio-avril.segur", dossier(Fixtures.SIRET, List.of(used(n -> n != 7 && n != 8)), request("00001")));
		check("autre dossier de l'éditeur", 0, "00007", "00008");
		// all but one: the first rejected request gets it, the second is said
		write(dir, "dossiers/autre/bio-avril.segur", dossier(Fixtures.SIRET, List.of(used(n -> n != 7 && n != 8 && n != 50_000)), request("00001")));
		check("tous sauf un", 1, "00008");
		assertTrue(Files.readString(dir.resolve("dossiers/bio.segur")).contains("demande \"50000\""));
		// the same ANS number under another SIRET is the same vendor too
		write(dir, "dossiers/bio.segur", dossier(request("00007", rejected)));
		write(dir, "dossiers/autre/bio-avril.segur", dossier("73282932000074", List.of(used(n -> n != 7)), request("00001")));
		check("même numéro ANS", 0, "00007");
	}
}
