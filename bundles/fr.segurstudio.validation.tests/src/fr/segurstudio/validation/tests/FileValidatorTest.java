package fr.segurstudio.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.segurstudio.json.AspImporter;
import fr.segurstudio.json.AspJsonWriter;
import fr.segurstudio.json.tree.JsonSyntaxException;
import fr.segurstudio.json.tree.JsonTreeReader;
import fr.segurstudio.json.tree.JsonValue.JsonArray;
import fr.segurstudio.json.tree.JsonValue.JsonObject;
import fr.segurstudio.model.core.Dossier;
import fr.segurstudio.model.couloir.CouloirRegistry;
import fr.segurstudio.model.issue.Issue;
import fr.segurstudio.testing.Golden;
import fr.segurstudio.testing.Services;
import fr.segurstudio.validation.DossierValidator;
import fr.segurstudio.validation.IssueCodes;
import fr.segurstudio.validation.ValidationContext;
import fr.segurstudio.validation.json.FileReport;
import fr.segurstudio.validation.json.FileValidator;
import fr.segurstudio.validation.json.Mode;
import fr.segurstudio.validation.json.PortalAnswer;
import fr.segurstudio.validation.json.ReportJson;

/** The portal's two controls on raw JSON: structure (the whole file), then each request. */
class FileValidatorTest {

	private final FileValidator validator = new FileValidator(Services.get(DossierValidator.class), Services.get(CouloirRegistry.class));

	private FileReport check(String json, Mode mode) {
		return validator.validate(Services.get(AspImporter.class).read(json.getBytes(StandardCharsets.UTF_8), "f.json", null), mode,
				ValidationContext.ALONE);
	}

	private static String changed(Golden golden, String from, String to) {
		assertTrue(golden.text().contains(from), from);
		return golden.text().replace(from, to);
	}

	@Test
	void unreadableJsonRejectsTheFile() {
		FileReport report = check(Golden.BIO_SGL.text().substring(0, 400), Mode.ALL);
		assertFalse(report.accepted());
		assertEquals("json.syntaxe", report.errors().get(0).code());
		assertEquals(List.of(), report.requests());
	}

	@Test
	void headerRulesAreStructureRules() {
		FileReport report = check(changed(Golden.RAD_RIS, "\"numeroAns\": \"ANS0000001\"", "\"numeroAns\": \"99999999\""), Mode.ALL);
		assertFalse(report.accepted());
		Issue issue = report.errors().get(0);
		assertEquals(IssueCodes.LONGUEUR, issue.code());
		assertEquals("numeroAns", issue.location().path());
		assertEquals("3:16", issue.location().position());
		assertEquals(1, report.requests().size(), "in ALL mode the requests are still checked");
		assertEquals(List.of(), check(changed(Golden.RAD_RIS, "\"numeroAns\": \"ANS0000001\"", "\"numeroAns\": \"99999999\""), Mode.ASP).requests(),
				"the portal checks no request of a rejected file");
		FileReport impId = check(changed(Golden.RAD_RIS, "\"impId\": null", "\"impId\": \"IMP-1\""), Mode.ASP);
		assertFalse(impId.accepted());
		assertEquals(IssueCodes.RESERVE_ASP, impId.errors().get(0).code());
	}

	@Test
	void oneToTwoHundredRequests() {
		String empty = Golden.BIO_SGL.text().substring(0, Golden.BIO_SGL.text().indexOf("\"lignesImport\"")) + "\"lignesImport\": []\n}\n";
		FileReport report = check(empty, Mode.ASP);
		assertFalse(report.accepted());
		assertTrue(report.errors().stream().anyMatch(i -> i.code().equals(IssueCodes.FICHIER_DEMANDES)), report.errors().toString());
		Dossier big = Checks.examples().bioDurand();
		for (int i = 2; i <= 201; i++) {
			big.getDemandes().add(org.eclipse.emf.ecore.util.EcoreUtil.copy(big.getDemandes().get(0)));
		}
		String json = new String(new AspJsonWriter().toBytes(big, AspJsonWriter.DEPOSIT), StandardCharsets.UTF_8);
		FileReport tooMany = check(json, Mode.ASP);
		assertFalse(tooMany.accepted());
		assertTrue(tooMany.errors().get(0).message().startsWith("lignesImport contient 201 demande(s) : un fichier en contient de 1 à 200"));
	}

	@Test
	void aVendorScriptsTypicalFile() {
		String json = Golden.BIO_SGL.text().replace("\"SIRET\"", "\"siret\"");
		assertEquals("json.cle-casse", check(json, Mode.ALL).errors().get(0).code());
		String requests = Golden.BIO_SGL.text().replace("\"numeroEditeur\": \"00001\"", "\"numeroEditeur\": 1")
				.replace("\"nomClient\": \"DURAND\"", "\"nomClient\": \"Durand\"").replace("\"14/03/2022\"", "\"2022-03-14\"")
				.replace("\"MAI_15\"", "\"MAILIZ\"");
		FileReport report = check(requests, Mode.ALL);
		assertTrue(report.accepted(), report.errors().toString());
		List<Issue> issues = Checks.significant(report.requests().get(0).issues());
		assertEquals(List.of("json.type", "json.date", "champ.majuscules", "champ.majuscules", "operateur.inconnu"),
				issues.stream().map(Issue::code).toList(), Checks.describe(issues));
		assertEquals("numeroEditeur", issues.get(0).location().path());
		assertEquals("10:24", issues.get(0).location().position());
		assertEquals("beneficiaires.EtablissementsClients[0].nomClient", issues.get(2).location().path());
		assertEquals("scenarioInstallation.operateurMessagerie", issues.get(4).location().path());
		FileReport asp = check(requests, Mode.ASP);
		assertEquals("REJETEE", asp.requests().get(0).status());
		assertEquals(1, asp.requests().get(0).issues().size(), "the portal stops at the first error");
		assertEquals("json.type", asp.requests().get(0).issues().get(0).code());
	}

	@Test
	void anObjectWhereTheArrayOfPiecesShouldBeRejectsTheFile() {
		String text = Golden.BIO_SGL.text();
		int open = text.indexOf('[', text.indexOf("\"piecesJustificatives\""));
		int close = text.indexOf(']', open);
		FileReport report = check(text.substring(0, open) + text.substring(open + 1, close).trim() + text.substring(close + 1), Mode.ASP);
		assertFalse(report.accepted());
		assertEquals("lignesImport[0].piecesJustificatives", report.errors().get(0).location().path());
		assertEquals("44:31", report.errors().get(0).location().position());
	}

	@Test
	void oneCouloirPerFile() {
		String rad = Golden.RAD_RIS.text();
		String bio = Golden.BIO_SGL.text();
		String bioRequest = bio.substring(bio.indexOf("    {", bio.indexOf("\"lignesImport\"")), bio.lastIndexOf("    }") + 5)
				.replace("\"numLigne\": 1", "\"numLigne\": 2").replace("\"00001\"", "\"00002\"").replace("-00001.pdf", "-00002.pdf");
		String mixed = rad.substring(0, rad.lastIndexOf("    }") + 5) + ",\n" + bioRequest + "\n  ]\n}\n";
		FileReport report = check(mixed, Mode.ASP);
		assertFalse(report.accepted(), report.toString());
		assertTrue(report.errors().stream().anyMatch(i -> i.code().equals(IssueCodes.FICHIER_COULOIRS) && i.message().contains("ligne 2 : BIO-SGL")),
				report.errors().toString());
	}

	@Test
	void thePortalsAnswer() {
		FileReport accepted = check(Golden.MDV_LGC_LIBERAL.text(), Mode.ASP);
		String answer = new String(PortalAnswer.toBytes(accepted), StandardCharsets.UTF_8);
		assertTrue(answer.contains("\"codeTraitement\": \"0000\",\n      \"libelleTraitement\": \"Demande acceptée\""), answer);
		FileReport rejected = check(changed(Golden.MDV_LGC_LIBERAL, "\"nomMedecin\": \"PETIT\"", "\"nomMedecin\": \"Petit\""), Mode.ASP);
		String refusal = new String(PortalAnswer.toBytes(rejected), StandardCharsets.UTF_8);
		assertTrue(refusal.contains("\"codeTraitement\": \"champ.majuscules\""), refusal);
		assertTrue(refusal.contains("\"libelleTraitement\": \"« nomMedecin » : « Petit » doit être en MAJUSCULES (PETIT)\""), refusal);
		assertNull(PortalAnswer.toBytes(check(Golden.MDV_LGC_LIBERAL.text().replace("\"SIRET\"", "\"Siret\""), Mode.ASP)));
	}

	@Test
	void theJsonReportFollowsTheContract() throws IOException, JsonSyntaxException {
		FileReport report = check(changed(Golden.MDV_LGC_LIBERAL, "\"RPPS\": \"77777777777\"", "\"RPPS\": \"777\""), Mode.ALL);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ReportJson.write(List.of(report), out);
		JsonObject root = (JsonObject) new JsonTreeReader().read(out.toByteArray());
		JsonObject file = (JsonObject) ((JsonArray) root.member("files").value()).elements().get(0);
		assertEquals(List.of("file", "couloir", "accepted", "errors", "requests"), file.members().stream().map(m -> m.key()).toList());
		JsonObject request = (JsonObject) ((JsonArray) file.member("requests").value()).elements().get(0);
		assertEquals(List.of("numLigne", "numeroEditeur", "status", "issues"), request.members().stream().map(m -> m.key()).toList());
		String text = out.toString(StandardCharsets.UTF_8);
		assertTrue(text.contains("\"status\": \"REJETEE\""), text);
		assertTrue(text.contains("\"path\": \"beneficiaires.liberal[1].RPPS\",\n              \"line\": 34,\n              \"column\": 21"), text);
	}
}
