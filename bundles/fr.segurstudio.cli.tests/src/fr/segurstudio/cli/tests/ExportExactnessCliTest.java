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

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.segurstudio.testing.Golden;

/** segur export writes exactly what was validated, and never deposits a number twice for one ANS. */
class ExportExactnessCliTest {

	@TempDir
	Path dir;

	private void write(String name, String content) throws IOException {
		Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
	}

	private List<String> deposited() throws IOException {
		Path out = dir.resolve("depot");
		if (!Files.isDirectory(out)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(out)) {
			return files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
		}
	}

	@Test
	void inputWithErrorsIsRefusedAndForceWritesTheValuesAsRead() throws IOException {
		write("bio.json", Golden.BIO_SGL.text().replace("\"typeAction\": \"C\"", "\"typeAction\": null"));
		CliRun refused = segurIn(dir, "export", "--out", "depot", "--date", "20261122", "bio.json");
		assertEquals(1, refused.exitCode, refused.stderr());
		assertEquals(List.of(), deposited(), "nothing written");
		assertTrue(refused.stderr().contains("bio.json:"), refused.stderr());

		CliRun forced = segurIn(dir, "export", "--out", "depot", "--date", "20261122", "--force", "bio.json");
		assertEquals(0, forced.exitCode, forced.stderr());
		String written = Files.readString(dir.resolve("depot/JSON-ANS0000001-20261122-001.json"));
		assertTrue(written.contains("\"typeAction\": null"), "never repaired into « C »: " + written);
	}

	@Test
	void forceExportsAValueKeptAsWrittenAsReadButNeverAKeyTheModelDoesNotHold() throws IOException {
		write("mdv.json", Golden.MDV_LGC_STRUCTURE.text().replace("\"liberal\": []", "\"liberal\": null"));
		CliRun forced = segurIn(dir, "export", "--out", "depot", "--date", "20261122", "--force", "mdv.json");
		assertEquals(0, forced.exitCode, forced.stderr());
		assertTrue(forced.stderr().contains("mdv.json") && forced.stderr().contains("null au lieu d'un tableau"), forced.stderr());
		assertTrue(Files.readString(dir.resolve("depot/JSON-ANS0000001-20261122-001.json")).contains("\"liberal\": null"), "as the report showed it");
		write("inconnue.json", Golden.MDV_LGC_STRUCTURE.text().replace("\"liberal\"", "\"liberl\""));
		CliRun unknown = segurIn(dir, "export", "--out", "depot2", "--date", "20261122", "--force", "inconnue.json");
		assertEquals(1, unknown.exitCode, unknown.stderr());
		assertTrue(unknown.stderr().contains("export annulé, même avec --force : inconnue.json"), unknown.stderr());
		assertFalse(Files.exists(dir.resolve("depot2")));
	}

	@Test
	void aNumberAlreadyDepositedForTheAnsIsRefusedNamingTheEarlierFile() throws IOException {
		write("bio.json", Golden.BIO_SGL.text());
		assertEquals(0, segurIn(dir, "export", "--out", "depot", "--date", "20261122", "bio.json").exitCode);
		write("encore.json", Golden.BIO_SGL.text().replace("\"DURAND\"", "\"MARTIN\""));
		CliRun again = segurIn(dir, "export", "--out", "depot", "--date", "20261122", "encore.json");
		assertEquals(1, again.exitCode, again.stderr());
		assertTrue(again.stderr().contains("encore.json:") && again.stderr().contains("00001")
				&& again.stderr().contains("JSON-ANS0000001-20261122-001.json"), again.stderr());
		assertEquals(List.of("JSON-ANS0000001-20261122-001.json", "JSON-ANS0000001-20261122-001.manifeste.json"), deposited());
	}

	@Test
	void everyMessageOfTheExportNamesItsFile() throws IOException {
		write("a.json", Golden.BIO_SGL.text());
		write("b.json", Golden.BIO_SGL.text().replace("\"numeroAns\": \"ANS0000001\"", "\"numeroAns\": \"ANS0000002\"")
				.replace("\"nomClient\": \"DURAND\"", "\"nomClient\": \"Durand\""));
		CliRun run = segurIn(dir, "export", "--out", "depot", "--date", "20261122", "a.json", "b.json");
		assertEquals(1, run.exitCode);
		for (String line : run.stderr().lines().toList()) {
			assertTrue(line.startsWith("a.json") || line.startsWith("b.json") || line.startsWith("export annulé"), line);
		}
		assertFalse(run.stderr().isBlank());
	}
}
