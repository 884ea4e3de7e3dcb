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

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.segurstudio.json.tree.JsonSyntaxException;
import fr.segurstudio.json.tree.JsonTreeReader;
import fr.segurstudio.json.tree.JsonValue.JsonArray;
import fr.segurstudio.json.tree.JsonValue.JsonBoolean;
import fr.segurstudio.json.tree.JsonValue.JsonNumber;
import fr.segurstudio.json.tree.JsonValue.JsonObject;
import fr.segurstudio.json.tree.JsonValue.JsonString;
import fr.segurstudio.testing.Golden;

/** The contract of segur validate: exit codes, text lines, the JSON document, the portal's answer. */
class ValidateCliTest {

	@TempDir
	Path dir;

	private void write(String name, String content) throws IOException {
		Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
	}

	@Test
	void theSeedsExamplesPassWithWarningsOnly() throws IOException {
		for (Golden golden : Golden.all()) {
			write(golden.fileName(), golden.text());
		}
		CliRun run = segurIn(dir, "validate", Golden.BIO_SGL.fileName(), Golden.RAD_RIS.fileName(), Golden.MDV_LGC_LIBERAL.fileName(),
				Golden.MDV_LGC_STRUCTURE.fileName());
		assertEquals(0, run.exitCode, run.stdout() + run.stderr());
		assertTrue(run.stdout().startsWith("bio-sgl-durand.json : BIO-SGL, 1 demande(s) : 1 acceptée(s), 0 rejetée(s)\n"), run.stdout());
		assertFalse(run.stdout().contains(": erreur :"), run.stdout());
	}

	@Test
	void anErrorGivesExitCode1AndALinePerProblem() throws IOException {
		write("f.json", Golden.MDV_LGC_LIBERAL.text().replace("\"nomMedecin\": \"PETIT\"", "\"nomMedecin\": \"Petit\""));
		CliRun run = segurIn(dir, "validate", "f.json");
		assertEquals(1, run.exitCode);
		assertTrue(run.stdout().contains("f.json:31:27: erreur : demande 00001 (ligne 1) : « nomMedecin » : « Petit » doit être en MAJUSCULES (PETIT) [champ.majuscules]"),
				run.stdout());
	}

	@Test
	void jsonFormat() throws IOException, JsonSyntaxException {
		write("f.json", Golden.MDV_LGC_LIBERAL.text().replace("\"RPPS\": \"77777777777\"", "\"RPPS\": \"7777\""));
		write("g.json", Golden.RAD_RIS.text().replace("\"SIRET\"", "\"siret\""));
		CliRun run = segurIn(dir, "validate", "--format", "json", "--mode", "asp", "f.json", "g.json");
		assertEquals(1, run.exitCode);
		JsonObject root = (JsonObject) new JsonTreeReader().read(run.stdout().getBytes(StandardCharsets.UTF_8));
		List<?> files = ((JsonArray) root.member("files").value()).elements();
		JsonObject f = (JsonObject) files.get(0);
		assertEquals("f.json", ((JsonString) f.member("file").value()).value());
		assertEquals("MDV-LGC", ((JsonString) f.member("couloir").value()).value());
		assertTrue(((JsonBoolean) f.member("accepted").value()).value());
		JsonObject request = (JsonObject) ((JsonArray) f.member("requests").value()).elements().get(0);
		assertEquals(1, ((JsonNumber) request.member("numLigne").value()).value().intValue());
		assertEquals("00001", ((JsonString) request.member("numeroEditeur").value()).value());
		assertEquals("REJETEE", ((JsonString) request.member("status").value()).value());
		JsonObject issue = (JsonObject) ((JsonArray) request.member("issues").value()).elements().get(0);
		assertEquals("ERROR", ((JsonString) issue.member("severity").value()).value());
		assertEquals("champ.longueur", ((JsonString) issue.member("code").value()).value());
		assertEquals("beneficiaires.liberal[1].RPPS", ((JsonString) issue.member("path").value()).value());
		assertEquals(34, ((JsonNumber) issue.member("line").value()).value().intValue());
		assertEquals(21, ((JsonNumber) issue.member("column").value()).value().intValue());
		JsonObject g = (JsonObject) files.get(1);
		assertFalse(((JsonBoolean) g.member("accepted").value()).value());
		assertEquals("json.cle-casse", ((JsonString) ((JsonObject) ((JsonArray) g.member("errors").value()).elements().get(0)).member("code")
				.value()).value());
	}

	@Test
	void usageAndIoProblemsGiveExitCode2() throws IOException {
		write("f.json", Golden.BIO_SGL.text());
		assertEquals(2, segurIn(dir, "validate", "--mode", "portail", "f.json").exitCode);
		assertEquals(2, segurIn(dir, "validate", "--format", "xml", "f.json").exitCode);
		assertEquals(2, segurIn(dir, "validate").exitCode);
		CliRun missing = segurIn(dir, "validate", "f.json", "absent.json");
		assertEquals(2, missing.exitCode);
		assertEquals("absent.json : fichier introuvable\n", missing.stderr());
		write("cut.json", Golden.BIO_SGL.text().substring(0, 100));
		assertEquals(1, segurIn(dir, "validate", "cut.json").exitCode, "an unreadable JSON is an input with errors");
	}

	@Test
	void thePortalsAnswerIsWrittenOnRequest() throws IOException {
		write("f.json", Golden.BIO_SGL.text());
		CliRun run = segurIn(dir, "validate", "--mode", "asp", "--retour", "retour", "f.json");
		assertEquals(0, run.exitCode, run.stderr());
		String answer = Files.readString(dir.resolve("retour/f.json"));
		assertTrue(answer.contains("\"codeTraitement\": \"0000\""), answer);
	}

	@Test
	void declaredProfiles() throws IOException {
		write("f.json", Golden.MDV_LGC_STRUCTURE.text());
		write("profils.properties", "ANS0000001 = Centre de santé\n");
		CliRun run = segurIn(dir, "validate", "--profils", "profils.properties", "f.json");
		assertEquals(0, run.exitCode);
		assertTrue(run.stdout().contains("le profil « Mailiz », absent des profils déclarés pour l'ANS ANS0000001 [profil.non-declare]"),
				run.stdout());
	}

	@Test
	void exportRefusesWhatTheValidatorRejects() throws IOException {
		write("f.json", Golden.BIO_SGL.text().replace("\"MAI_15\"", "\"MAILIZ\""));
		CliRun run = segurIn(dir, "export", "--out", "depot", "f.json");
		assertEquals(1, run.exitCode);
		assertTrue(run.stderr().contains("operateurMessagerie"), run.stderr());
		assertFalse(Files.exists(dir.resolve("depot")));
	}
}
