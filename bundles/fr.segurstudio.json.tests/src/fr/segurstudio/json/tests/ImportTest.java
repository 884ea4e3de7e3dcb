package fr.segurstudio.json.tests;

import static fr.segurstudio.json.tests.Imports.describe;
import static fr.segurstudio.json.tests.Imports.read;
import static fr.segurstudio.json.tests.Imports.readChanged;
import static fr.segurstudio.json.tests.Imports.withCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.segurstudio.couloir.bio.BeneficiairesBio;
import fr.segurstudio.couloir.bio.BioPackage;
import fr.segurstudio.couloir.bio.ScenarioBio;
import fr.segurstudio.couloir.rad.BeneficiairesRad;
import fr.segurstudio.json.AspImporter;
import fr.segurstudio.json.AspJsonWriter;
import fr.segurstudio.json.ImportResult;
import fr.segurstudio.model.asp.RawValues;
import fr.segurstudio.model.core.Demande;
import fr.segurstudio.model.core.RegimeTVA;
import fr.segurstudio.model.core.SegurPackage;
import fr.segurstudio.model.issue.Issue;
import fr.segurstudio.model.issue.Severity;
import fr.segurstudio.testing.Golden;
import fr.segurstudio.testing.Services;

/** Every value lands in the model; every anomaly is reported with its JSON path, line and column. */
class ImportTest {

	private static Demande first(ImportResult result) {
		return result.dossier().getDemandes().get(0);
	}

	@Test
	void spellingVariantsAreAcceptedAndReported() {
		ImportResult bio = readChanged(Golden.BIO_SGL, "\"isDirecToDMP\"", "\"isDirectToDMP\"");
		Issue variant = withCode(bio, "json.cle-variante").get(0);
		assertEquals(Severity.WARNING, variant.severity());
		assertEquals("lignesImport[0].scenarioInstallation.isDirectToDMP", variant.location().path());
		assertEquals(57, variant.location().line());
		assertEquals(9, variant.location().column());
		assertTrue(((ScenarioBio) first(bio).getScenarioInstallation()).getIsDirecToDMP());
		assertFalse(bio.hasErrors(), describe(bio));
		// exported under the couloir's own spelling
		assertTrue(new String(new AspJsonWriter().toBytes(bio.dossier(), AspJsonWriter.DEPOSIT), StandardCharsets.UTF_8)
				.contains("\"isDirecToDMP\": true"));

		ImportResult rad = readChanged(Golden.RAD_RIS, "\"numeroFINESSGeos\"", "\"numérosFINESSGeos\"");
		assertEquals(1, withCode(rad, "json.cle-variante").size(), describe(rad));
		assertEquals(List.of("888888882", "888888881", "888888888"),
				((BeneficiairesRad) first(rad).getBeneficiaires()).getEtablissementsClients().get(0).getNumeroFINESSGeos());
	}

	@Test
	void lowercaseKeysAreErrorsButTheirValuesAreKept() {
		ImportResult result = readChanged(Golden.BIO_SGL, "\"SIRET\"", "\"siret\"");
		Issue issue = withCode(result, "json.cle-casse").get(0);
		assertEquals(Severity.ERROR, issue.severity());
		assertEquals("siret", issue.location().path());
		assertEquals("4:3", issue.location().position());
		assertTrue(issue.message().contains("« SIRET »"), issue.message());
		assertEquals("12345678200010", result.dossier().getSIRET());
	}

	@Test
	void numbersWhereStringsAreExpected() {
		ImportResult result = readChanged(Golden.BIO_SGL, "\"SIRET\": \"12345678200010\"", "\"SIRET\": 12345678200010");
		Issue issue = withCode(result, "json.type").get(0);
		assertEquals("SIRET", issue.location().path());
		assertTrue(issue.message().contains("entre guillemets"), issue.message());
		assertNull(result.dossier().getSIRET(), "not a text: kept as written");
		assertEquals("12345678200010", RawValues.get(result.dossier(), SegurPackage.Literals.DOSSIER__SIRET).getJson());
	}

	@Test
	void quotedBooleansAndTextAmounts() {
		ImportResult result = read(Golden.BIO_SGL.text().replace("\"isIdRef\": false", "\"isIdRef\": \"false\"")
				.replace("\"montantSegurHT\": 27450.00", "\"montantSegurHT\": \"27450,00\""));
		List<Issue> types = withCode(result, "json.type");
		assertEquals(2, types.size(), describe(result));
		assertEquals("lignesImport[0].commande.montantSegurHT", types.get(0).location().path());
		assertEquals("lignesImport[0].scenarioInstallation.isIdRef", types.get(1).location().path());
		assertNull(first(result).getCommande().getMontantSegurHT());
		assertEquals("\"27450,00\"", RawValues.get(first(result).getCommande(), SegurPackage.Literals.COMMANDE__MONTANT_SEGUR_HT).getJson());
		assertEquals(List.of("27450.00"), types.get(0).data(), "the quick fix still says what was meant");
		assertNull(((ScenarioBio) first(result).getScenarioInstallation()).getIsIdRef());
		assertEquals(List.of("false"), types.get(1).data());
	}

	@Test
	void amountsNeedTwoDecimals() {
		ImportResult result = readChanged(Golden.BIO_SGL, "27450.00", "27450");
		Issue issue = withCode(result, "json.decimales").get(0);
		assertTrue(issue.message().contains("27450.00"), issue.message());
		assertEquals("27450", RawValues.get(first(result).getCommande(), SegurPackage.Literals.COMMANDE__MONTANT_SEGUR_HT).getJson());
		assertEquals(1, withCode(readChanged(Golden.BIO_SGL, "27450.00", "27450.0"), "json.decimales").size());
		assertEquals(1, withCode(readChanged(Golden.BIO_SGL, "27450.00", "2.745E4"), "json.decimales").size());
	}

	@Test
	void isoDatesAreCaughtAndConverted() {
		ImportResult result = readChanged(Golden.BIO_SGL, "\"14/03/2022\"", "\"2022-03-14\"");
		Issue issue = withCode(result, "json.date").get(0);
		assertTrue(issue.message().contains("JJ/MM/AAAA (14/03/2022)"), issue.message());
		assertEquals(List.of("14/03/2022"), issue.data());
		assertNull(first(result).getCommande().getDateCommande());
		assertEquals("\"2022-03-14\"", RawValues.get(first(result).getCommande(), SegurPackage.Literals.COMMANDE__DATE_COMMANDE).getJson());
		ImportResult impossible = readChanged(Golden.BIO_SGL, "\"14/03/2022\"", "\"31/02/2022\"");
		assertEquals(1, withCode(impossible, "json.date").size());
		assertNull(first(impossible).getCommande().getDateCommande());
		assertEquals("\"31/02/2022\"", RawValues.get(first(impossible).getCommande(), SegurPackage.Literals.COMMANDE__DATE_COMMANDE).getJson());
	}

	@Test
	void enumerationsAreCaseSensitive() {
		ImportResult result = read(Golden.BIO_SGL.text().replace("\"TTC\"", "\"ttc\"").replace("\"PDF\"", "\"DOCX\""));
		List<Issue> values = withCode(result, "json.valeur");
		assertEquals(2, values.size(), describe(result));
		assertTrue(values.get(0).message().contains("s'écrit « TTC »"));
		assertTrue(values.get(1).message().contains("valeurs possibles : PDF, PNG, JPG"));
		assertEquals(RegimeTVA.TTC, first(result).getCommande().getRegimeTVA());
		assertFalse(first(result).getPiecesJustificatives().get(0).isSetFormatFichier());
	}

	@Test
	void anObjectWhereTheArrayOfPiecesShouldBe() {
		String text = Golden.BIO_SGL.text();
		int start = text.indexOf("\"piecesJustificatives\": [");
		int open = text.indexOf('[', start);
		int close = text.indexOf(']', open);
		String changed = text.substring(0, open) + text.substring(open + 1, close).trim() + text.substring(close + 1);
		ImportResult result = read(changed);
		Issue issue = withCode(result, "json.type").get(0);
		assertEquals("lignesImport[0].piecesJustificatives", issue.location().path());
		assertTrue(issue.message().contains("objet au lieu d'un tableau"), issue.message());
		assertEquals(List.of(), first(result).getPiecesJustificatives());
		assertTrue(RawValues.get(first(result), SegurPackage.Literals.DEMANDE__PIECES_JUSTIFICATIVES).getJson().startsWith("{\"nomFichier\":"),
				"the object is kept as written");
	}

	@Test
	void unknownMissingAndDuplicateKeys() {
		ImportResult result = read(Golden.BIO_SGL.text().replace("\"typeAction\": \"C\",", "\"typeAction\": \"C\",\n      \"typeAction\": \"M\",\n      \"commentaire\": \"x\",")
				.replace("      \"numeroASP\": null,\n", ""));
		Issue unknown = withCode(result, "json.cle-inconnue").get(0);
		assertEquals("lignesImport[0].commentaire", unknown.location().path());
		assertEquals("10:7", unknown.location().position());
		assertTrue(unknown.message().contains("numeroEditeur"), "lists the expected keys: " + unknown.message());
		Issue missing = withCode(result, "json.cle-absente").get(0);
		assertEquals("lignesImport[0].numeroASP", missing.location().path());
		assertSame(SegurPackage.Literals.DEMANDE__NUMERO_ASP, missing.feature());
		Issue duplicate = withCode(result, "json.cle-double").get(0);
		assertEquals("9:7", duplicate.location().position());
		assertEquals("C", first(result).getTypeAction(), "the first one is read");
	}

	@Test
	void optionalKeysMayBeAbsent() {
		ImportResult result = read(Golden.RAD_RIS.text().replace(",\n            \"emailRad\": null,\n            \"telephoneRad\": null", ""));
		assertEquals(List.of(), result.issues(), describe(result));
	}

	@Test
	void emptyStructureObjectOfALiberalOrder() {
		ImportResult result = read(Golden.MDV_LGC_LIBERAL.text());
		assertNull(((fr.segurstudio.couloir.mdv.BeneficiairesMdv) first(result).getBeneficiaires()).getStructure());
	}

	@Test
	void couloirIsDetectedOrGiven() {
		assertEquals("BIO-SGL", read(Golden.BIO_SGL.text()).couloir().id());
		assertEquals("RAD-RIS", read(Golden.RAD_RIS.text()).couloir().id());
		assertEquals("MDV-LGC", read(Golden.MDV_LGC_STRUCTURE.text()).couloir().id());
		ImportResult forced = Services.get(AspImporter.class).read(Golden.BIO_SGL.bytes(), "x.json", "RAD-RIS");
		assertEquals("RAD-RIS", forced.couloir().id());
		assertTrue(withCode(forced, "json.cle-inconnue").stream().anyMatch(i -> i.message().contains("isSendingFluxIntraSIH")));
		ImportResult unknown = Services.get(AspImporter.class).read(Golden.BIO_SGL.bytes(), "x.json", "HOP-DPI");
		assertTrue(withCode(unknown, "json.couloir").get(0).message().contains("HOP-DPI"));
	}

	@Test
	void aFileWithoutCouloirBlocksStillGivesItsHeader() {
		ImportResult result = read("{\"impId\": null, \"numeroAns\": \"0123456789\", \"SIRET\": \"12345678200010\", \"lignesImport\": []}");
		assertEquals(1, withCode(result, "json.couloir").size());
		assertNotNull(result.dossier());
		assertEquals("0123456789", result.dossier().getNumeroAns());
	}

	@Test
	void portalReturnedValuesAreKept() {
		ImportResult result = read(Golden.BIO_SGL.text().replace("\"numeroASP\": null", "\"numeroASP\": \"ASP-2022-000042\"")
				.replace("\"codeTraitement\": null", "\"codeTraitement\": \"0000\"")
				.replace("\"libelleTraitement\": null", "\"libelleTraitement\": \"Demande acceptée\""));
		assertEquals(List.of(), result.issues());
		assertEquals("ASP-2022-000042", first(result).getNumeroASP());
		String faithful = new String(new AspJsonWriter().toBytes(result.dossier(), AspJsonWriter.FAITHFUL), StandardCharsets.UTF_8);
		assertTrue(faithful.contains("\"libelleTraitement\": \"Demande acceptée\""));
		String deposit = new String(new AspJsonWriter().toBytes(result.dossier(), AspJsonWriter.DEPOSIT), StandardCharsets.UTF_8);
		assertEquals(Golden.BIO_SGL.text(), deposit, "a new deposit writes what the ASP fills as null");
	}

	@Test
	void requestIssuesPointAtTheirObject() {
		ImportResult result = readChanged(Golden.BIO_SGL, "\"nomClient\": \"DURAND\"", "\"nomClient\": 42");
		Issue issue = withCode(result, "json.type").get(0);
		assertSame(BioPackage.Literals.ETABLISSEMENT_CLIENT_BIO__NOM_CLIENT, issue.feature());
		assertSame(((BeneficiairesBio) first(result).getBeneficiaires()).getEtablissementsClients().get(0), issue.target());
		assertEquals("lignesImport[0].beneficiaires.EtablissementsClients[0].nomClient", issue.location().path());
		assertEquals(issue.location(), result.sourceMap().locate(issue.target(), issue.feature(), -1));
	}
}
