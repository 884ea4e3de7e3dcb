package fr.segurstudio.cli.tests;

import static fr.segurstudio.cli.tests.CliRun.segurIn;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.segurstudio.testing.Golden;

/**
 * Never lose or overwrite data, and usage: --retour never writes over an input nor two answers to
 * one name, convert never replaces a file without --force, links planted in an output folder are never
 * followed out of it, format keeps a link and the permissions, pieces outside the dossier's folder need
 * --pieces-hors-dossier, and the options' values are checked.
 */
class OutputSafetyCliTest {

	@TempDir
	Path dir;

	private Path write(String name, String text) throws IOException {
		Path file = dir.resolve(name);
		Files.createDirectories(file.getParent());
		return Files.writeString(file, text, StandardCharsets.UTF_8);
	}

	@Test
	void retourNeverWritesOverAnInputNorTwoAnswersToOneName() throws IOException {
		write("x.segur", Golden.BIO_SGL.segurText());
		write("x.json", Golden.BIO_SGL.text());
		write("a/y.json", Golden.BIO_SGL.text());
		write("b/y.json", Golden.BIO_SGL.text().replace("ANS0000001", "ANS0000009"));
		CliRun here = segurIn(dir, "validate", "--retour", ".", "x.segur", "x.json");
		assertEquals(2, here.exitCode, here.stderr());
		assertEquals(Golden.BIO_SGL.segurText(), Files.readString(dir.resolve("x.segur")));
		assertEquals(Golden.BIO_SGL.text(), Files.readString(dir.resolve("x.json")));
		assertTrue(here.stderr().contains("réponse du portail non écrite"), here.stderr());
		CliRun two = segurIn(dir, "validate", "--retour", "retour", "a/y.json", "b/y.json", "x.segur");
		assertEquals(2, two.exitCode, two.stderr());
		assertFalse(Files.readString(dir.resolve("retour/y.json")).contains("ANS0000009"), "the first answer stays");
		assertTrue(Files.exists(dir.resolve("retour/x.json")), "a .segur's answer is <name>.json");
		assertFalse(Files.exists(dir.resolve("retour/x.segur")));
		assertEquals(1, two.stderr().lines().filter(l -> l.contains("non écrite")).count(), two.stderr());
	}

	@Test
	void convertNeverReplacesAFileWithoutForceNorFollowsALinkOutOfTheFolder() throws IOException {
		write("x.json", Golden.BIO_SGL.text());
		Path edited = write("texte/x.segur", "// corrigé à la main\n");
		CliRun refused = segurIn(dir, "convert", "--to", "dsl", "--out", "texte", "x.json");
		assertEquals(2, refused.exitCode, refused.stderr());
		assertTrue(refused.stderr().contains("existe déjà") && refused.stderr().contains("--force"), refused.stderr());
		assertEquals("// corrigé à la main\n", Files.readString(edited));
		CliRun forced = segurIn(dir, "convert", "--to", "dsl", "--out", "texte", "--force", "x.json");
		assertEquals(0, forced.exitCode, forced.stderr());
		assertEquals(Golden.BIO_SGL.segurText(), Files.readString(edited));
		// a link planted in the output folder is replaced, never written through
		Path outside = write("ailleurs/secret.txt", "secret\n");
		Files.delete(edited);
		Files.createSymbolicLink(edited, outside);
		assertEquals(0, segurIn(dir, "convert", "--to", "dsl", "--out", "texte", "--force", "x.json").exitCode);
		assertEquals("secret\n", Files.readString(outside));
		assertFalse(Files.isSymbolicLink(edited));
		// a new file has the permissions of any new file of the user (umask), not a temporary file's 0600
		Path fresh = Files.createFile(dir.resolve("nouveau"));
		assertEquals(Files.getPosixFilePermissions(fresh), Files.getPosixFilePermissions(edited));
	}

	@Test
	void formatOfALinkedTextRewritesItsTargetKeepsTheLinkAndThePermissions() throws IOException {
		Path target = write("vrai/dossier.segur", Golden.BIO_SGL.segurText().replace("\n  numeroAns", "\n numeroAns"));
		Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r-----"));
		Path link = dir.resolve("lien.segur");
		Files.createSymbolicLink(link, Path.of("vrai/dossier.segur"));
		CliRun run = segurIn(dir, "format", "lien.segur");
		assertEquals(0, run.exitCode, run.stderr());
		assertTrue(Files.isSymbolicLink(link));
		assertEquals(Golden.BIO_SGL.segurText(), Files.readString(target));
		assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
	}

	@Test
	void depositFollowsNoLinkPlantedInItsFolder() throws IOException {
		write("x.json", Golden.BIO_SGL.text());
		Path outside = write("ailleurs/important.txt", "important\n");
		Files.createDirectories(dir.resolve("depot"));
		Files.createSymbolicLink(dir.resolve("depot/.segur-depot.lock"), outside);
		CliRun lock = segurIn(dir, "export", "--out", "depot", "--date", "20260314", "x.json");
		assertEquals(2, lock.exitCode, lock.stderr());
		assertEquals("important\n", Files.readString(outside));
		Files.delete(dir.resolve("depot/.segur-depot.lock"));
		Files.createSymbolicLink(dir.resolve("depot/JSON-ANS0000001-20260314-001.json"), outside);
		CliRun numbered = segurIn(dir, "export", "--out", "depot", "--date", "20260314", "x.json");
		assertEquals(0, numbered.exitCode, numbered.stderr());
		assertTrue(numbered.stdout().contains("JSON-ANS0000001-20260314-002.json"), numbered.stdout()); // numbered after the link
		assertEquals("important\n", Files.readString(outside));
	}

	@Test
	void piecesOutsideTheDossierOrLinkedAreRefusedUnlessAllowed() throws IOException {
		write("x.json", Golden.BIO_SGL.text());
		Path pdf = write("ailleurs/bdc.pdf", "%PDF-1.4 ailleurs\n");
		Files.createSymbolicLink(dir.resolve("BIO-SGL-Va1-BDC-00001.pdf"), pdf);
		CliRun validate = segurIn(dir, "validate", "x.json");
		assertEquals(1, validate.exitCode, validate.stdout());
		assertTrue(validate.stdout().contains("lien symbolique") && validate.stdout().contains("--pieces-hors-dossier"), validate.stdout());
		CliRun export = segurIn(dir, "export", "--out", "depot", "x.json");
		assertEquals(1, export.exitCode, export.stderr());
		assertFalse(Files.exists(dir.resolve("depot")) && Files.list(dir.resolve("depot")).anyMatch(p -> p.toString().endsWith(".json")));
		assertEquals(0, segurIn(dir, "validate", "--pieces-hors-dossier", "x.json").exitCode);
		CliRun allowed = segurIn(dir, "export", "--out", "depot", "--pieces-hors-dossier", "x.json");
		assertEquals(0, allowed.exitCode, allowed.stderr());
		assertTrue(Files.isRegularFile(dir.resolve("depot").resolve(allowed.stdout().replaceAll("(?s).*(JSON-[^ ]*)\\.json.*", "$1"))
				.resolve("BIO-SGL-Va1-BDC-00001.pdf"), LinkOption.NOFOLLOW_LINKS), "a copy, not a link");
	}

	@Test
	void optionValuesAreChecked() throws IOException {
		write("x.json", Golden.BIO_SGL.text());
		for (String date : List.of("00000101", "20261301", "20260230", "19991231", "21000101", "2026-01-01", "٢٠٢٦٠١٠١", "2026011")) {
			CliRun run = segurIn(dir, "export", "--out", "depot", "--date", date, "x.json");
			assertEquals(2, run.exitCode, date);
			assertTrue(run.stderr().contains("date"), run.stderr());
		}
		for (List<String> args : List.of(List.of("export", "--out", "", "x.json"), List.of("export", "--out=", "x.json"),
				List.of("convert", "--to", "dsl", "--out", "", "x.json"), List.of("validate", "--retour", "", "x.json"))) {
			CliRun run = segurIn(dir, args.toArray(String[]::new));
			assertEquals(2, run.exitCode, args.toString());
			assertTrue(run.stderr().contains("attend une valeur"), run.stderr());
		}
		assertFalse(Files.exists(dir.resolve("JSON-ANS0000001-20260314-001.json")));
		try (var files = Files.list(dir)) {
			assertEquals(1, files.count(), "nothing written for --out \"\"");
		}
		// -- ends the options: what follows is a file, even -h
		CliRun dashed = segurIn(dir, "validate", "--", "-h");
		assertEquals(2, dashed.exitCode);
		assertTrue(dashed.stderr().contains("-h : fichier introuvable"), dashed.stderr());
		write("-x.json", Golden.BIO_SGL.text());
		assertEquals(0, segurIn(dir, "validate", "--", "-x.json").exitCode);
		assertArrayEquals(Golden.BIO_SGL.bytes(), Files.readAllBytes(dir.resolve("-x.json")));
	}
}
