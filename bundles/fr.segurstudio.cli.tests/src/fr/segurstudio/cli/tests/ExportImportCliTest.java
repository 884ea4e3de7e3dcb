package fr.segurstudio.cli.tests;

import static fr.segurstudio.cli.tests.CliRun.segurIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.segurstudio.json.AspJsonWriter;
import fr.segurstudio.model.core.Demande;
import fr.segurstudio.model.core.Dossier;
import fr.segurstudio.model.couloir.CouloirRegistry;
import fr.segurstudio.model.dossier.NumerosEditeur;
import fr.segurstudio.testing.Golden;
import fr.segurstudio.testing.SeedExamples;
import fr.segurstudio.testing.Services;

/** The contracts of segur import and segur export, run as the command line runs them. */
class ExportImportCliTest {

	@TempDir
	Path dir;

	private Path write(String name, String content) throws IOException {
		return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
	}

	/** A BIO file of n requests numbered from first (the seed example's request, copied). */
	private void bioFile(String name, int n, int first) throws IOException {
		Dossier dossier = new SeedExamples(Services.get(CouloirRegistry.class)).bioDurand();
		Demande model = dossier.getDemandes().get(0);
		dossier.getDemandes().clear();
		for (int i = 0; i < n; i++) {
			Demande copy = EcoreUtil.copy(model);
			String numero = NumerosEditeur.format(first + i);
			copy.setNumeroEditeur(numero);
			copy.getPiecesJustificatives().get(0).setNomFichier("BIO-SGL-Va1-BDC-" + numero + ".pdf");
			dossier.getDemandes().add(copy);
		}
		Files.write(dir.resolve(name), new AspJsonWriter().toBytes(dossier, AspJsonWriter.DEPOSIT));
	}

	@Test
	void importSaysWhatTheFileHolds() throws IOException {
		write("bio.json", Golden.BIO_SGL.text());
		CliRun run = segurIn(dir, "import", "bio.json");
		assertEquals(0, run.exitCode, run.stderr());
		assertEquals("bio.json : couloir BIO-SGL, ANS ANS0000001, SIRET 12345678200010, 1 demande(s), 0 erreur(s), 0 avertissement(s)\n",
				run.stdout());
	}

	@Test
	void importReportsEachProblemAtItsLineAndColumn() throws IOException {
		write("bad.json", Golden.BIO_SGL.text().replace("\"SIRET\"", "\"siret\"").replace("\"isDirecToDMP\"", "\"isDirectToDMP\""));
		CliRun run = segurIn(dir, "import", "bad.json");
		assertEquals(1, run.exitCode);
		List<String> lines = run.stdout().lines().toList();
		assertTrue(lines.get(0).endsWith("1 erreur(s), 1 avertissement(s)"), lines.get(0));
		assertEquals("bad.json:4:3: erreur : clé « siret » : elle s'écrit « SIRET » (majuscules et minuscules comptent)", lines.get(1));
		assertTrue(lines.get(2).startsWith("bad.json:57:9: avertissement : « isDirectToDMP » est une variante acceptée"), lines.get(2));
	}

	@Test
	void importOfATruncatedFileIsAnInputError() throws IOException {
		write("cut.json", Golden.BIO_SGL.text().substring(0, 300));
		CliRun run = segurIn(dir, "import", "cut.json");
		assertEquals(1, run.exitCode);
		assertTrue(run.stdout().contains("cut.json : illisible"), run.stdout());
		assertTrue(run.stdout().contains("fin de fichier inattendue"), run.stdout());
	}

	@Test
	void missingFileIsAnIoProblem() {
		CliRun run = segurIn(dir, "import", "absent.json");
		assertEquals(2, run.exitCode);
		assertEquals("absent.json : fichier introuvable\n", run.stderr());
	}

	@Test
	void importOfAReturnedFileShowsEachStatus() throws IOException {
		write("retour.json", Golden.BIO_SGL.text().replace("\"numeroASP\": null", "\"numeroASP\": \"ASP-42\"")
				.replace("\"codeTraitement\": null", "\"codeTraitement\": \"0000\"")
				.replace("\"libelleTraitement\": null", "\"libelleTraitement\": \"Demande acceptée\""));
		CliRun run = segurIn(dir, "import", "retour.json");
		assertTrue(run.stdout().contains("  00001 ACCEPTEE numeroASP ASP-42 (0000 Demande acceptée)"), run.stdout());
	}

	@Test
	void exportOfTwoFilesOf150Requests() throws IOException {
		bioFile("a.json", 150, 1);
		bioFile("b.json", 150, 151);
		CliRun run = segurIn(dir, "export", "--out", "depot", "--date", "20260131", "a.json", "b.json");
		assertEquals(0, run.exitCode, run.stderr());
		Path out = dir.resolve("depot");
		assertTrue(Files.isRegularFile(out.resolve("JSON-ANS0000001-20260131-001.json")));
		assertTrue(Files.isRegularFile(out.resolve("JSON-ANS0000001-20260131-002.json")));
		List<String> lines = run.stdout().lines().toList();
		assertEquals(2, lines.size(), run.stdout());
		assertTrue(lines.get(0).endsWith("JSON-ANS0000001-20260131-001.json : 200 demande(s) ; pièces : "), lines.get(0));
		assertTrue(lines.get(1).endsWith("JSON-ANS0000001-20260131-002.json : 100 demande(s) ; pièces : "), lines.get(1));
		assertEquals(0, segurIn(dir, "import", "depot/JSON-ANS0000001-20260131-002.json").exitCode);
	}

	@Test
	void piecesWithoutAFileMakeOneLineUnlessVerbose() throws IOException {
		bioFile("a.json", 150, 1);
		CliRun verbose = segurIn(dir, "export", "--out", "detail", "--date", "20260131", "--verbose", "a.json");
		assertEquals(0, verbose.exitCode, verbose.stderr());
		long pieces = verbose.stderr().lines().filter(l -> l.endsWith("aucun fichier joint ; à fournir à part")).count();
		assertTrue(pieces >= 150, verbose.stderr());
		CliRun run = segurIn(dir, "export", "--out", "depot", "--date", "20260131", "a.json");
		assertEquals(0, run.exitCode, run.stderr());
		assertEquals(List.of("export : avertissement : " + pieces + " pièces sans fichier joint : à fournir à part (--verbose les liste)"),
				run.stderr().lines().filter(l -> l.contains("fichier joint")).toList(), run.stderr());
		assertEquals(verbose.stdout().replace("detail", "depot"), run.stdout());
	}

	@Test
	void exportZipsTheSupportingDocumentsLyingNextToTheJson() throws IOException {
		write("bio.json", Golden.BIO_SGL.text());
		Files.writeString(dir.resolve("BIO-SGL-Va1-BDC-00001.pdf"), "%PDF-1.4 bon de commande");
		CliRun run = segurIn(dir, "export", "--out", "depot", "--date", "20260131", "--zip", "bio.json");
		assertEquals(0, run.exitCode, run.stderr());
		try (ZipFile zip = new ZipFile(dir.resolve("depot/JSON-ANS0000001-20260131-001.zip").toFile())) {
			assertEquals(List.of("BIO-SGL-Va1-BDC-00001.pdf"), zip.stream().map(ZipEntry::getName).toList());
		}
	}

	@Test
	void inputWithErrorsIsNotExportedUnlessForced() throws IOException {
		write("bad.json", Golden.BIO_SGL.text().replace("\"SIRET\"", "\"siret\""));
		CliRun refused = segurIn(dir, "export", "--out", "depot", "bad.json");
		assertEquals(1, refused.exitCode);
		assertTrue(refused.stderr().contains("bad.json:4:3: erreur : clé « siret »"), refused.stderr());
		assertTrue(refused.stderr().contains("export annulé, même avec --force : bad.json"), refused.stderr());
		assertFalse(Files.exists(dir.resolve("depot")));
		// a key spelt wrong is not what the report showed once repaired: --force does not write it either
		CliRun forced = segurIn(dir, "export", "--out", "depot", "--date", "20260131", "--force", "bad.json");
		assertEquals(1, forced.exitCode, forced.stderr());
		assertFalse(Files.exists(dir.resolve("depot")));
		// a value the rules reject but the model holds as written is exported as read under --force
		write("lower.json", Golden.BIO_SGL.text().replace("\"nomClient\": \"DURAND\"", "\"nomClient\": \"Durand\""));
		CliRun lower = segurIn(dir, "export", "--out", "depot", "--date", "20260131", "lower.json");
		assertTrue(lower.stderr().contains("export annulé : 2 erreur(s)"), lower.stderr());
		CliRun lowerForced = segurIn(dir, "export", "--out", "depot", "--date", "20260131", "--force", "lower.json");
		assertEquals(0, lowerForced.exitCode, lowerForced.stderr());
		assertTrue(Files.readString(dir.resolve("depot/JSON-ANS0000001-20260131-001.json")).contains("\"nomClient\": \"Durand\""));
	}

	@Test
	void usageErrors() throws IOException {
		write("bio.json", Golden.BIO_SGL.text());
		assertEquals(2, segurIn(dir, "export", "bio.json").exitCode, "--out is required");
		assertEquals(2, segurIn(dir, "export", "--out", "d", "--date", "2026-01-31", "bio.json").exitCode);
		assertEquals(2, segurIn(dir, "export", "--out", "d", "--date", "20260231", "bio.json").exitCode);
		assertEquals(2, segurIn(dir, "export", "--out", "d", "--zipp", "bio.json").exitCode);
		assertEquals(2, segurIn(dir, "export", "--out", "d").exitCode, "no file");
		CliRun run = segurIn(dir, "export", "--out");
		assertEquals("segur export : l'option --out attend une valeur\n", run.stderr().lines().findFirst().get() + "\n");
		try (Stream<Path> files = Files.list(dir)) {
			assertEquals(1, files.count(), "nothing written");
		}
	}
}
