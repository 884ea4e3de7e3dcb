package fr.segurstudio.cli.tests;

import static fr.segurstudio.cli.tests.CliRun.segurIn;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.segurstudio.json.AspImporter;
import fr.segurstudio.json.AspJsonWriter;
import fr.segurstudio.json.ImportResult;
import fr.segurstudio.json.tree.JsonTreeReader;
import fr.segurstudio.json.tree.JsonValue;
import fr.segurstudio.model.core.Demande;
import fr.segurstudio.model.core.Dossier;
import fr.segurstudio.testing.Golden;
import fr.segurstudio.testing.Services;

/**
 * The seeds' process (§1.2) through the command line, kept in the dossier: a dossier of three requests is
 * exported (recorded DEPOSEE), the portal returns the file (two accepted with a numeroASP and 0000, one
 * rejected with a code and label), retour writes the statuses into the text (comments kept, idempotent),
 * resoumettre gives the rejected one a number the vendor never used (PJ renamed, history kept), and the
 * next export deposits only it.
 */
class LifecycleCliTest {

	@TempDir
	Path dir;

	/** The seed's BIO example as a dossier of three requests, with comments the process must keep. */
	static String threeRequests() {
		String golden = Golden.BIO_SGL.segurText();
		int start = golden.indexOf("  demande \"00001\"");
		int end = golden.lastIndexOf("}");
		String header = golden.substring(0, start);
		String request = golden.substring(start, end);
		return "// Laboratoire Durand — bons de commande de mars\n" + header + request
				+ request.replace("00001", "00002").replace("    commande {", "    // à relire : le SIRET du client\n    commande {")
				+ request.replace("00001", "00003").replace("27450.00", "1000.00") + "}\n";
	}

	private Path write(String name, String content) throws IOException {
		Path file = dir.resolve(name);
		Files.createDirectories(file.getParent());
		return Files.writeString(file, content, StandardCharsets.UTF_8);
	}

	private String read(String name) throws IOException {
		return Files.readString(dir.resolve(name), StandardCharsets.UTF_8);
	}

	/** The deposited file as the portal returns it: the same JSON, accepted lines with numeroASP and 0000, rejected ones with code and label. */
	private String returned(String deposited, Map<String, String[]> answers) throws IOException {
		ImportResult read = Services.get(AspImporter.class).read(dir.resolve(deposited), null);
		Dossier dossier = read.dossier();
		for (Demande demande : dossier.getDemandes()) {
			String[] answer = answers.get(demande.getNumeroEditeur());
			if (answer != null) {
				demande.setNumeroASP(answer[0]);
				demande.setCodeTraitement(answer[1]);
				demande.setLibelleTraitement(answer[2]);
			}
		}
		String name = "retours/" + Path.of(deposited).getFileName();
		Files.createDirectories(dir.resolve("retours"));
		Files.write(dir.resolve(name), new AspJsonWriter().toBytes(dossier, AspJsonWriter.FAITHFUL));
		return name;
	}

	@Test
	void aRequestsWholeLifeIsKeptInTheDossier() throws IOException {
		write("dossiers/bio.segur", threeRequests());
		// another dossier of the same vendor already used 00004 and 00005: never handed out again
		write("dossiers/autre/bio-avril.segur", Golden.BIO_SGL.segurText().replace("\"00001\"", "\"00004\"").replace("BDC-00001", "BDC-00004")
				.replace("SIRET \"12345678200010\"", "SIRET \"12345678200010\"\n  numerosEditeurUtilises [\"00005\"]"));

		// 1. export: the three requests go, and the dossier says so
		CliRun export = segurIn(dir, "export", "--out", "depot", "--date", "20260305", "dossiers/bio.segur");
		assertEquals(0, export.exitCode, export.stderr());
		assertTrue(Files.exists(dir.resolve("depot/JSON-ANS0000001-20260305-001.json")));
		String deposited = read("dossiers/bio.segur");
		assertEquals(3, count(deposited, "statut DEPOSEE"), deposited);
		assertEquals(3, count(deposited, "fichierDepot \"JSON-ANS0000001-20260305-001.json\""), deposited);
		assertEquals(3, count(deposited, "dateDepot 05/03/2026"), deposited);
		assertTrue(deposited.startsWith("// Laboratoire Durand — bons de commande de mars\n"), deposited);
		assertTrue(deposited.contains("    // à relire : le SIRET du client\n"), deposited);
		String json = read("depot/JSON-ANS0000001-20260305-001.json");
		assertFalse(json.contains("statut") || json.contains("fichierDepot") || json.contains("dateDepot"), "the application's own fields stay home");
		assertTrue(json.contains("\"numeroASP\": null") && json.contains("\"codeTraitement\": null"), json);

		// a second export deposits nothing: a second deposit would be paid twice
		CliRun again = segurIn(dir, "export", "--out", "depot", "--date", "20260305", "dossiers/bio.segur");
		assertEquals(0, again.exitCode, again.stderr());
		assertTrue(again.stderr().contains("3 demande(s) non exportée(s) : 3 DEPOSEE déjà déposée(s)"), again.stderr());
		assertEquals(1, count(again.stderr(), "non exportée"), "one summary line");
		assertEquals(deposited, read("dossiers/bio.segur"));

		// 2. the portal's return
		String retour = returned("depot/JSON-ANS0000001-20260305-001.json",
				Map.of("00001", new String[] { "ASP-2026-000101", "0000", "Demande acceptée" }, "00002",
						new String[] { null, "E012", "Le numéro FINESS juridique est invalide" }, "00003",
						new String[] { "ASP-2026-000102", "0000", "Demande acceptée" }));
		CliRun applied = segurIn(dir, "retour", "--dossiers", "dossiers", retour);
		assertEquals(0, applied.exitCode, applied.stderr());
		List<String> lines = applied.stdout().lines().toList();
		assertEquals(List.of("00001 ACCEPTEE ASP-2026-000101", "00002 REJETEE E012 Le numéro FINESS juridique est invalide",
				"00003 ACCEPTEE ASP-2026-000102"), lines.subList(0, 3));
		assertTrue(lines.get(3).startsWith("bilan : 2 acceptée(s), 1 rejetée(s), 0 sans demande correspondante ; 1 dossier(s) mis à jour"),
				lines.get(3));
		String answered = read("dossiers/bio.segur");
		assertTrue(answered.contains("numeroASP \"ASP-2026-000101\"") && answered.contains("numeroASP \"ASP-2026-000102\""), answered);
		assertEquals(2, count(answered, "statut ACCEPTEE"));
		assertEquals(1, count(answered, "statut REJETEE"));
		assertTrue(answered.contains("codeTraitement \"E012\"") && answered.contains("libelleTraitement \"Le numéro FINESS juridique est invalide\""));
		assertTrue(answered.startsWith("// Laboratoire Durand") && answered.contains("    // à relire : le SIRET du client\n"), answered);
		assertEquals(textWithoutLife(deposited), textWithoutLife(answered), "only the lines of the requests' life changed");

		// the same file again changes nothing
		byte[] before = Files.readAllBytes(dir.resolve("dossiers/bio.segur"));
		CliRun twice = segurIn(dir, "retour", "--dossiers", "dossiers", retour);
		assertEquals(0, twice.exitCode, twice.stderr());
		assertTrue(twice.stdout().contains("0 dossier(s) mis à jour"), twice.stdout());
		assertArrayEquals(before, Files.readAllBytes(dir.resolve("dossiers/bio.segur")));

		// 3. resoumettre: a new number never used by the vendor, the old one and its rejection kept, the PJ renamed
		CliRun resubmit = segurIn(dir, "resoumettre", "--dossiers", "dossiers", "dossiers/bio.segur");
		assertEquals(0, resubmit.exitCode, resubmit.stderr());
		assertEquals("00002 → 00006 (dossiers/bio.segur)\n", resubmit.stdout());
		String resubmitted = read("dossiers/bio.segur");
		assertTrue(resubmitted.contains("demande \"00006\" {"), resubmitted);
		assertFalse(resubmitted.contains("demande \"00002\""), resubmitted);
		assertTrue(resubmitted.contains("nomFichier \"BIO-SGL-Va1-BDC-00006.pdf\""), resubmitted);
		assertTrue(resubmitted.contains("anciensNumeros {\n      numeroEditeur \"00002\"\n      fichierDepot \"JSON-ANS0000001-20260305-001.json\"\n"
				+ "      dateDepot 05/03/2026\n      codeTraitement \"E012\"\n      libelleTraitement \"Le numéro FINESS juridique est invalide\"\n    }"),
				resubmitted);
		assertEquals(2, count(resubmitted, "statut "), "the resubmitted request is a draft again: " + resubmitted);
		assertTrue(resubmitted.contains("    // à relire : le SIRET du client\n"));
		assertTrue(resubmitted.contains("numerosEditeurUtilises [\"00002\"]"), resubmitted);
		CliRun validate = segurIn(dir, "validate", "dossiers/bio.segur");
		assertEquals(0, validate.exitCode, validate.stdout());

		// the old number's return applied again: known, nothing changes
		CliRun late = segurIn(dir, "retour", "--dossiers", "dossiers", retour);
		assertEquals(0, late.exitCode, late.stderr());
		assertTrue(late.stdout().contains("00002 REJETEE E012 Le numéro FINESS juridique est invalide (déjà resoumise sous le numéro 00006)"),
				late.stdout());
		assertEquals(resubmitted, read("dossiers/bio.segur"));

		// 4. export again: only the resubmitted request goes out
		CliRun second = segurIn(dir, "export", "--out", "depot", "--date", "20260310", "dossiers/bio.segur");
		assertEquals(0, second.exitCode, second.stderr());
		assertTrue(second.stderr().contains("2 demande(s) non exportée(s) : 2 ACCEPTEE déjà déposée(s)"), second.stderr());
		String secondJson = read("depot/JSON-ANS0000001-20260310-001.json");
		assertEquals(1, count(secondJson, "\"numeroEditeur\""), secondJson);
		assertTrue(secondJson.contains("\"numeroEditeur\": \"00006\"") && secondJson.contains("BIO-SGL-Va1-BDC-00006.pdf"), secondJson);
		String last = read("dossiers/bio.segur");
		assertTrue(last.contains("fichierDepot \"JSON-ANS0000001-20260310-001.json\"\n    dateDepot 10/03/2026"), last);

		// etat: what the accountant asks for
		CliRun etat = segurIn(dir, "etat", "--format", "json", "dossiers");
		assertEquals(0, etat.exitCode, etat.stderr());
		JsonValue.JsonObject root = (JsonValue.JsonObject) parse(etat.stdout());
		JsonValue.JsonArray dossiers = (JsonValue.JsonArray) root.member("dossiers").value();
		assertEquals(2, dossiers.elements().size());
		JsonValue.JsonObject bio = dossiers.elements().stream().map(JsonValue.JsonObject.class::cast)
				.filter(d -> string(d, "file").equals("dossiers/bio.segur")).findFirst().orElseThrow();
		assertEquals("dossiers/bio.segur", string(bio, "file"));
		assertEquals("BIO-SGL", string(bio, "couloir"));
		assertEquals("ANS0000001", string(bio, "numeroAns"));
		JsonValue.JsonArray demandes = (JsonValue.JsonArray) bio.member("demandes").value();
		JsonValue.JsonObject first = (JsonValue.JsonObject) demandes.elements().get(0);
		assertEquals("00001", string(first, "numeroEditeur"));
		assertEquals("ACCEPTEE", string(first, "statut"));
		assertEquals("ASP-2026-000101", string(first, "numeroASP"));
		assertEquals("27450.00", ((JsonValue.JsonNumber) first.member("montantSegurHT").value()).text());
		assertEquals("JSON-ANS0000001-20260305-001.json", string(first, "fichierDepot"));
		JsonValue.JsonObject resent = (JsonValue.JsonObject) demandes.elements().get(1);
		assertEquals("00006", string(resent, "numeroEditeur"));
		assertEquals("DEPOSEE", string(resent, "statut"));
		assertEquals("00002", ((JsonValue.JsonString) ((JsonValue.JsonArray) resent.member("anciensNumeros").value()).elements().get(0)).value());
		JsonValue.JsonObject totaux = (JsonValue.JsonObject) bio.member("totaux").value();
		JsonValue.JsonObject accepted = (JsonValue.JsonObject) ((JsonValue.JsonObject) totaux.member("parStatut").value()).member("ACCEPTEE").value();
		assertEquals("28450.00", ((JsonValue.JsonNumber) accepted.member("montantSegurHT").value()).text());
		assertEquals("8535.00", ((JsonValue.JsonNumber) accepted.member("montantAvance").value()).text());
		assertNotNull(root.member("totaux"));

		CliRun text = segurIn(dir, "etat", "dossiers/bio.segur");
		assertEquals(0, text.exitCode, text.stderr());
		assertTrue(text.stdout().contains("00001  ASP-2026-000101  27 450,00 €"), text.stdout());
		CliRun csv = segurIn(dir, "etat", "--format", "csv", "dossiers/bio.segur");
		assertTrue(csv.stdout().contains("dossiers/bio.segur;BIO-SGL;ANS0000001;12345678200010;00006;DEPOSEE;;27450,00;8235,00;"
				+ "JSON-ANS0000001-20260310-001.json;10/03/2026;;;00002\n"), csv.stdout());
	}

	@Test
	void noRecordLeavesTheDossierAndTouteExportsEverything() throws IOException {
		write("bio.segur", threeRequests().replace("  demande \"00003\" {\n", "  demande \"00003\" {\n    statut ACCEPTEE\n"));
		byte[] before = Files.readAllBytes(dir.resolve("bio.segur"));
		CliRun run = segurIn(dir, "export", "--out", "depot", "--date", "20260305", "--no-record", "bio.segur");
		assertEquals(0, run.exitCode, run.stderr());
		assertArrayEquals(before, Files.readAllBytes(dir.resolve("bio.segur")));
		assertEquals(2, count(read("depot/JSON-ANS0000001-20260305-001.json"), "\"numeroEditeur\""));
		assertTrue(run.stderr().contains("1 demande(s) non exportée(s) : 1 ACCEPTEE déjà déposée(s)"), run.stderr());

		CliRun all = segurIn(dir, "export", "--out", "depot2", "--date", "20260305", "--toutes", "--no-record", "bio.segur");
		assertEquals(0, all.exitCode, all.stderr());
		assertEquals(3, count(read("depot2/JSON-ANS0000001-20260305-001.json"), "\"numeroEditeur\""));
		assertFalse(all.stderr().contains("non exportée"), all.stderr());
	}

	@Test
	void aRejectedRequestIsNotExportedAndPointsToResoumettre() throws IOException {
		write("bio.segur", threeRequests().replace("  demande \"00002\" {\n", "  demande \"00002\" {\n    statut REJETEE\n"));
		CliRun run = segurIn(dir, "export", "--out", "depot", "--date", "20260305", "bio.segur");
		assertEquals(0, run.exitCode, run.stderr());
		assertTrue(run.stderr().contains("1 REJETEE (00002) : segur resoumettre leur donne un nouveau numéro éditeur"), run.stderr());
	}

	@Test
	void aReturnedLineWithoutItsRequestIsListedAndExitsOne() throws IOException {
		write("dossiers/bio.segur", threeRequests());
		assertEquals(0, segurIn(dir, "export", "--out", "depot", "--date", "20260305", "dossiers/bio.segur").exitCode);
		String retour = returned("depot/JSON-ANS0000001-20260305-001.json",
				Map.of("00001", new String[] { "ASP-1", "0000", "Demande acceptée" }, "00002", new String[] { "ASP-2", "0000", "Demande acceptée" },
						"00003", new String[] { "ASP-3", "0000", "Demande acceptée" }));
		write(retour, read(retour).replace("\"00003\"", "\"00099\""));
		CliRun run = segurIn(dir, "retour", "--dossiers", "dossiers", retour);
		assertEquals(1, run.exitCode, run.stderr());
		assertTrue(run.stderr().contains("demande 00099 (ACCEPTEE) : aucune demande de ce numéro"), run.stderr());
		assertTrue(run.stdout().contains("1 sans demande correspondante"), run.stdout());
		assertTrue(read("dossiers/bio.segur").contains("numeroASP \"ASP-1\""), "the matched lines are applied");

		CliRun notReturned = segurIn(dir, "retour", "--dossiers", "dossiers", "depot/JSON-ANS0000001-20260305-001.json");
		assertEquals(2, notReturned.exitCode);
		CliRun missing = segurIn(dir, "retour", "--dossiers", "nulle-part", retour);
		assertEquals(2, missing.exitCode);
	}

	/** The text without the lines a request's life writes. */
	private static String textWithoutLife(String text) {
		return Stream.of(text.split("\n", -1))
				.filter(l -> !l.strip().startsWith("statut ") && !l.strip().startsWith("numeroASP ") && !l.strip().startsWith("codeTraitement ")
						&& !l.strip().startsWith("libelleTraitement "))
				.reduce((a, b) -> a + "\n" + b).orElse("");
	}

	private static JsonValue parse(String json) {
		try {
			return new JsonTreeReader().read(json.getBytes(StandardCharsets.UTF_8));
		} catch (Exception e) {
			throw new AssertionError(json, e);
		}
	}

	private static String string(JsonValue.JsonObject object, String key) {
		return ((JsonValue.JsonString) object.member(key).value()).value();
	}

	static int count(String text, String part) {
		int n = 0;
		for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
			n++;
		}
		return n;
	}
}
