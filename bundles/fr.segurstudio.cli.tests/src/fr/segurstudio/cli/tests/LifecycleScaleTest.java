package fr.segurstudio.cli.tests;

import static fr.segurstudio.cli.tests.CliRun.segurIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.segurstudio.json.AspImporter;
import fr.segurstudio.json.AspJsonWriter;
import fr.segurstudio.model.core.Demande;
import fr.segurstudio.model.core.Dossier;
import fr.segurstudio.testing.Golden;
import fr.segurstudio.testing.Services;

/**
 * A full file's life (200 requests, the portal's maximum): recorded, answered (one in ten rejected),
 * resubmitted and exported again, with the time each command takes in this JVM (printed, for the README).
 */
class LifecycleScaleTest {

	@TempDir
	Path dir;

	@Test
	void twoHundredRequests() throws IOException {
		String golden = Golden.BIO_SGL.segurText();
		int start = golden.indexOf("  demande \"00001\"");
		StringBuilder text = new StringBuilder(golden.substring(0, start));
		String request = golden.substring(start, golden.lastIndexOf('}'));
		for (int i = 1; i <= 200; i++) {
			String n = String.format("%05d", i);
			text.append("  // bon de commande ").append(i).append('\n').append(request.replace("00001", n).replaceFirst("^  ", "  "));
		}
		text.append("}\n");
		Files.createDirectories(dir.resolve("dossiers"));
		Files.writeString(dir.resolve("dossiers/mars.segur"), text, StandardCharsets.UTF_8);

		long t0 = System.nanoTime();
		CliRun export = segurIn(dir, "export", "--out", "depot", "--date", "20260305", "dossiers/mars.segur");
		long t1 = System.nanoTime();
		assertEquals(0, export.exitCode, export.stderr());
		assertEquals(200, LifecycleCliTest.count(Files.readString(dir.resolve("dossiers/mars.segur")), "statut DEPOSEE"));

		Dossier returned = Services.get(AspImporter.class).read(dir.resolve("depot/JSON-ANS0000001-20260305-001.json"), null).dossier();
		for (Demande demande : returned.getDemandes()) {
			int n = Integer.parseInt(demande.getNumeroEditeur());
			demande.setCodeTraitement(n % 10 == 0 ? "E012" : "0000");
			demande.setLibelleTraitement(n % 10 == 0 ? "Le numéro FINESS juridique est invalide" : "Demande acceptée");
			demande.setNumeroASP(n % 10 == 0 ? null : "ASP-" + n);
		}
		Files.write(dir.resolve("retour.json"), new AspJsonWriter().toBytes(returned, AspJsonWriter.FAITHFUL));
		long t2 = System.nanoTime();
		CliRun retour = segurIn(dir, "retour", "--dossiers", "dossiers", "retour.json");
		long t3 = System.nanoTime();
		assertEquals(0, retour.exitCode, retour.stderr());
		assertTrue(retour.stdout().contains("bilan : 180 acceptée(s), 20 rejetée(s)"), retour.stdout());
		CliRun resubmit = segurIn(dir, "resoumettre", "--dossiers", "dossiers", "dossiers/mars.segur");
		long t4 = System.nanoTime();
		assertEquals(0, resubmit.exitCode, resubmit.stderr());
		assertTrue(resubmit.stdout().startsWith("00010 → 00201 (dossiers/mars.segur)\n"), resubmit.stdout());
		assertTrue(resubmit.stdout().contains("00200 → 00220 (dossiers/mars.segur)\n"), resubmit.stdout());
		CliRun again = segurIn(dir, "export", "--out", "depot", "--date", "20260310", "dossiers/mars.segur");
		long t5 = System.nanoTime();
		assertEquals(0, again.exitCode, again.stderr());
		assertEquals(20, LifecycleCliTest.count(Files.readString(dir.resolve("depot/JSON-ANS0000001-20260310-001.json")), "\"numeroEditeur\""));
		CliRun etat = segurIn(dir, "etat", "--format", "json", "dossiers");
		long t6 = System.nanoTime();
		assertEquals(0, etat.exitCode, etat.stderr());
		assertEquals(200, LifecycleCliTest.count(Files.readString(dir.resolve("dossiers/mars.segur")), "  // bon de commande "), "comments kept");
		System.out.printf("200 requests: export+record %d ms, retour %d ms, resoumettre %d ms, export of 20 %d ms, etat %d ms%n", ms(t1 - t0),
				ms(t3 - t2), ms(t4 - t3), ms(t5 - t4), ms(t6 - t5));
	}

	private static long ms(long nanos) {
		return nanos / 1_000_000;
	}
}
