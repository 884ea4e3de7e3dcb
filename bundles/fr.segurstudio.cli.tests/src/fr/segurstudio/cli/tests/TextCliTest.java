package fr.segurstudio.cli.tests;

import static fr.segurstudio.cli.tests.CliRun.segurIn;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

import fr.segurstudio.testing.Golden;

/** segur convert, segur format, and validate/export of .segur files, as the command line runs them. */
class TextCliTest {

	@TempDir
	Path dir;

	private Path write(String name, String content) throws IOException {
		return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
	}

	private String read(String name) throws IOException {
		return Files.readString(dir.resolve(name), StandardCharsets.UTF_8);
	}

	@ParameterizedTest
	@EnumSource(Golden.class)
	void convertJsonToTextAndBack(Golden golden) throws IOException {
		write(golden.fileName(), golden.text());
		CliRun toText = segurIn(dir, "convert", "--to", "dsl", "--out", "texte", golden.fileName());
		assertEquals(0, toText.exitCode, toText.stderr());
		String segur = Path.of("texte", golden.segurFileName()).toString();
		assertEquals(golden.fileName() + " → " + dir.resolve(segur) + "\n", toText.stdout());
		assertEquals(golden.segurText(), read(segur));

		CliRun toJson = segurIn(dir, "convert", "--to", "json", "--out", "json", segur);
		assertEquals(0, toJson.exitCode, toJson.stderr());
		assertArrayEquals(golden.bytes(), Files.readAllBytes(dir.resolve("json").resolve(golden.fileName())), "the same content");
	}

	@Test
	void aJsonWithRequestErrorsStillConvertsToText() throws IOException {
		write("bio.json", Golden.BIO_SGL.text().replace("\"nomClient\": \"DURAND\"", "\"nomClient\": \"Durand\""));
		assertTrue(read("bio.json").contains("Durand"));
		CliRun run = segurIn(dir, "convert", "--to", "dsl", "--out", ".", "bio.json");
		assertEquals(0, run.exitCode, run.stderr());
		assertTrue(read("bio.segur").contains("nomClient \"Durand\""));

		CliRun validate = segurIn(dir, "validate", "bio.segur");
		assertEquals(1, validate.exitCode);
		String text = read("bio.segur");
		int offset = text.indexOf("\"Durand\"");
		int line = (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
		int column = offset - text.lastIndexOf('\n', offset) ;
		assertTrue(validate.stdout().contains("bio.segur:" + line + ":" + column + ": erreur : demande 00001 : « nomClient » : « Durand » doit être en MAJUSCULES (DURAND) [champ.majuscules]"),
				validate.stdout());
	}

	@Test
	void aTextThatDoesNotReadIsNotConverted() throws IOException {
		write("bio.segur", Golden.BIO_SGL.segurText().replace("regimeTVA TTC", "regimeTVA = TTC"));
		CliRun run = segurIn(dir, "convert", "--to", "json", "--out", "out", "bio.segur");
		assertEquals(1, run.exitCode);
		assertTrue(run.stderr().startsWith("bio.segur:8:17: erreur : « = » n'a pas sa place ici"), run.stderr());
		assertTrue(run.stderr().endsWith("bio.segur : non converti\n"), run.stderr());
		assertFalse(Files.exists(dir.resolve("out").resolve("bio.json")));

		write("typo.segur", Golden.BIO_SGL.segurText().replace("nomMandataire", "nomMandatair"));
		CliRun typo = segurIn(dir, "convert", "--to", "json", "--out", "out", "typo.segur");
		assertEquals(1, typo.exitCode);
		assertTrue(typo.stderr().contains("vouliez-vous dire « nomMandataire » ?"), typo.stderr());
		assertFalse(Files.exists(dir.resolve("out").resolve("typo.json")));
	}

	@Test
	void twoFilesOfTheSameNameDoNotOverwriteEachOther() throws IOException {
		Files.createDirectories(dir.resolve("a"));
		Files.createDirectories(dir.resolve("b"));
		write("a/bio.json", Golden.BIO_SGL.text());
		write("b/bio.json", Golden.RAD_RIS.text());
		CliRun run = segurIn(dir, "convert", "--to", "dsl", "--out", "out", "a/bio.json", "b/bio.json");
		assertEquals(1, run.exitCode);
		assertEquals(Golden.BIO_SGL.segurText(), read("out/bio.segur"), "the first one stays");
		assertTrue(run.stderr().startsWith("b/bio.json : non converti, "), run.stderr());
	}

	@Test
	void convertRefusesAFileAlreadyInTheTargetFormat() throws IOException {
		write("bio.segur", Golden.BIO_SGL.segurText());
		assertEquals(2, segurIn(dir, "convert", "--to", "dsl", "--out", ".", "bio.segur").exitCode);
		assertEquals(2, segurIn(dir, "convert", "--to", "xml", "--out", ".", "bio.segur").exitCode);
	}

	@Test
	void formatRewritesInTheCanonicalLayoutKeepingComments() throws IOException {
		String messy = Golden.BIO_SGL.segurText().replace("  demande \"00001\" {\n    commande {", "  // première demande\n  demande   \"00001\"{ commande{")
				.replace("      regimeTVA TTC\n", "  regimeTVA    TTC /* devis */\n");
		write("bio.segur", messy);

		CliRun check = segurIn(dir, "format", "--check", "bio.segur");
		assertEquals(1, check.exitCode);
		assertEquals("bio.segur : pas au format canonique\n", check.stdout());
		assertEquals(messy, read("bio.segur"), "--check writes nothing");

		CliRun format = segurIn(dir, "format", "bio.segur");
		assertEquals(0, format.exitCode, format.stderr());
		String formatted = read("bio.segur");
		assertTrue(formatted.contains("  // première demande\n  demande \"00001\" {\n    commande {\n"), formatted);
		assertTrue(formatted.contains("      regimeTVA TTC /* devis */\n"), formatted);
		assertEquals(Golden.BIO_SGL.segurText(), formatted.replace("  // première demande\n", "").replace(" /* devis */", ""));

		CliRun again = segurIn(dir, "format", "--check", "bio.segur");
		assertEquals(0, again.exitCode, again.stdout());
		assertEquals("", again.stdout());
	}

	@Test
	void formatLeavesABrokenTextAlone() throws IOException {
		String broken = Golden.BIO_SGL.segurText().replaceFirst("\\}\\s*$", "");
		write("bio.segur", broken);
		CliRun run = segurIn(dir, "format", "bio.segur");
		assertEquals(1, run.exitCode);
		assertTrue(run.stderr().contains("la fin du fichier"), run.stderr());
		assertEquals(broken, read("bio.segur"));
	}

	@Test
	void exportTakesATextFile() throws IOException {
		write("bio.segur", Golden.BIO_SGL.segurText());
		CliRun run = segurIn(dir, "export", "--out", "depot", "bio.segur");
		assertEquals(0, run.exitCode, run.stderr() + run.stdout());
		try (var files = Files.list(dir.resolve("depot"))) {
			assertTrue(files.anyMatch(f -> f.getFileName().toString().endsWith(".json")));
		}
	}
}
