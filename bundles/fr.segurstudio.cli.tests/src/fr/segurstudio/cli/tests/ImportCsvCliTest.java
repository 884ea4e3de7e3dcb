package fr.segurstudio.cli.tests;

import static fr.segurstudio.cli.tests.CliRun.segurIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * segur import-csv: spreadsheet exports as vendors have them (ISO-8859-1 with ;, UTF-8 with a BOM and ,,
 * tabs, quoted cells holding the separator, CRLF, empty rows), a group practice of three doctors as one
 * request, and the mapping's mistakes named before anything is written.
 */
class ImportCsvCliTest {

	@TempDir
	Path dir;

	/** The README's MDV-LGC mapping: one row per doctor, rows of one "ref bdc" are one request. */
	static final String MDV_MAPPING = """
			{ "couloir": "MDV-LGC",
			  "dossier": { "numeroAns": "0123456789", "SIRET": "38042372300028" },
			  "demande": "{ref bdc}",
			  "champs": {
			    "commande.dateCommande": "{date commande}",
			    "commande.regimeTVA": "TTC",
			    "commande.montantSegurHT": "{montant HT}",
			    "beneficiaires.commandePour": "LIBERAL",
			    "beneficiaires.isMandataire": false,
			    "beneficiaires.isClientUnique": "{client unique}",
			    "beneficiaires.liberal.nomMedecin": "{NomClient}",
			    "beneficiaires.liberal.emailMedecin": "{email}",
			    "beneficiaires.liberal.RPPS": "{RPPS}",
			    "piecesJustificatives.nomFichier": "{nomFichier}",
			    "piecesJustificatives.formatFichier": "PDF",
			    "piecesJustificatives.typeFichier": "BON_COMMANDE",
			    "scenarioInstallation.isCentreDeSante": "non",
			    "scenarioInstallation.isProSanteConnectNeeded": "oui",
			    "scenarioInstallation.isDirecToDMP": "oui",
			    "scenarioInstallation.isPFIToDMP": "non",
			    "scenarioInstallation.isDirectToMSSPro": "oui",
			    "scenarioInstallation.isPFIToMSSPro": "non",
			    "scenarioInstallation.isDirectToMSSCitoyen": "non",
			    "scenarioInstallation.isPFIToMSSCitoyen": "non" } }
			""";

	static final String HEADER = "ref bdc;date commande;montant HT;client unique;NomClient;email;RPPS;nomFichier";

	/** A group practice of three doctors (one order), a lone doctor, an empty row; CRLF. */
	static String rows(char sep) {
		String text = HEADER + "\n" //
				+ "12;14/03/2022;1 075,00;non;DURAND;\"dr.durand@cabinet-exemple.fr\";88888888888;MDV-LGC-Va1-BDC-00012.pdf\n" //
				+ "12;14/03/2022;1 075,00;non;PETIT;;77777777777;MDV-LGC-Va1-BDC-00012.pdf\n" //
				+ ";;;;;;;\n" //
				+ "12;14/03/2022;1 075,00;non;LEROY;;66666666666;MDV-LGC-Va1-BDC-00012.pdf\n" //
				+ "00013;2022-04-01;1075.00;oui;HÉLÈNE;\"secretariat;cabinet@exemple.fr\";55555555555;MDV-LGC-Va1-BDC-00013.pdf\n";
		return text.replace(';', sep).replace("\n", "\r\n");
	}

	private void write(String name, String content, Charset charset, boolean bom) throws IOException {
		byte[] bytes = content.getBytes(charset);
		if (bom) {
			byte[] withBom = new byte[bytes.length + 3];
			withBom[0] = (byte) 0xEF;
			withBom[1] = (byte) 0xBB;
			withBom[2] = (byte) 0xBF;
			System.arraycopy(bytes, 0, withBom, 3, bytes.length);
			bytes = withBom;
		}
		Files.write(dir.resolve(name), bytes);
	}

	private String read(String name) throws IOException {
		return Files.readString(dir.resolve(name), StandardCharsets.UTF_8);
	}

	@Test
	void isoLatin1WithSemicolonsAGroupPracticeIsOneRequest() throws IOException {
		write("mapping.json", MDV_MAPPING, StandardCharsets.UTF_8, false);
		write("crm-mars.csv", rows(';'), StandardCharsets.ISO_8859_1, false);
		CliRun run = segurIn(dir, "import-csv", "--mapping", "mapping.json", "--out", "dossiers", "crm-mars.csv");
		assertTrue(run.stderr().contains("crm-mars.csv : encodage ISO-8859-1/Windows-1252, séparateur « ; », 4 ligne(s) de données"), run.stderr());
		assertTrue(run.stdout().startsWith("crm-mars.csv → dossiers/crm-mars.segur (2 demande(s))\n"), run.stdout());
		String text = read("dossiers/crm-mars.segur");
		assertTrue(text.startsWith("dossier MDV-LGC {\n  numeroAns \"0123456789\"\n  SIRET \"38042372300028\"\n"), text);
		int first = text.indexOf("demande \"00012\" {");
		int second = text.indexOf("demande \"00013\" {");
		assertTrue(first > 0 && second > first, text);
		String group = text.substring(first, second);
		assertEquals(3, LifecycleCliTest.count(group, "liberal {"), group);
		assertEquals(1, LifecycleCliTest.count(group, "piecesJustificatives {"), "one purchase order for the practice: " + group);
		assertTrue(group.contains("montantSegurHT 1075.00") && group.contains("dateCommande 14/03/2022"), group);
		assertTrue(group.contains("nomMedecin \"DURAND\"") && group.contains("nomMedecin \"PETIT\"") && group.contains("nomMedecin \"LEROY\""));
		String alone = text.substring(second);
		assertTrue(alone.contains("nomMedecin \"HÉLÈNE\""), "ISO-8859-1 read as such: " + alone);
		assertTrue(alone.contains("emailMedecin \"secretariat;cabinet@exemple.fr\""), "a quoted ; stays in its cell: " + alone);
		assertTrue(alone.contains("dateCommande 01/04/2022"), "ISO date: " + alone);
		assertTrue(alone.contains("isClientUnique true"), alone);
		// validated as segur validate does: the quoted e-mail is not an e-mail
		assertEquals(1, run.exitCode, run.stdout() + run.stderr());
		assertTrue(run.stdout().contains("dossiers/crm-mars.segur:"), run.stdout());
		assertTrue(run.stdout().contains("emailMedecin"), run.stdout());

		CliRun again = segurIn(dir, "import-csv", "--mapping", "mapping.json", "--out", "dossiers", "crm-mars.csv");
		assertEquals(2, again.exitCode, "an existing dossier is never replaced");
		assertEquals(text, read("dossiers/crm-mars.segur"));
	}

	@Test
	void utf8WithBomAndCommasAndTabsGiveTheSameDossier() throws IOException {
		write("mapping.json", MDV_MAPPING.replace("{email}", ""), StandardCharsets.UTF_8, false);
		write("a.csv", rows(';').replace("1 075,00", "\"1 075,00\"").replace("secretariat;cabinet", "secretariat,cabinet").replace(';', ','),
				StandardCharsets.UTF_8, true);
		write("b.csv", rows('\t'), StandardCharsets.UTF_8, false);
		CliRun run = segurIn(dir, "import-csv", "--mapping", "mapping.json", "--out", "out-a", "a.csv");
		CliRun tabs = segurIn(dir, "import-csv", "--mapping", "mapping.json", "--out", "out-b", "b.csv");
		assertTrue(run.stderr().contains("a.csv : encodage UTF-8 (BOM), séparateur « , »"), run.stderr());
		assertTrue(tabs.stderr().contains("b.csv : encodage UTF-8, séparateur tabulation"), tabs.stderr());
		assertFalse(run.stderr().contains("erreur"), "every cell read: " + run.stderr());
		String a = read("out-a/a.segur");
		assertTrue(a.contains("nomMedecin \"HÉLÈNE\"") && !a.contains("\uFEFF"), a);
		assertTrue(a.contains("montantSegurHT 1075.00"), a);
		assertEquals(a, read("out-b/b.segur"));

		// both files into one folder: the same vendor's numbers meet, which validate reports
		CliRun both = segurIn(dir, "import-csv", "--mapping", "mapping.json", "--out", "out", "a.csv", "b.csv");
		assertEquals(1, both.exitCode);
		assertTrue(both.stdout().contains("numeroEditeur 00012 déjà utilisé"), both.stdout());
	}

	@Test
	void aMissingColumnOrAnUnknownKeyIsNamedBeforeAnythingIsWritten() throws IOException {
		write("crm.csv", rows(';'), StandardCharsets.UTF_8, false);
		write("colonne.json", MDV_MAPPING.replace("{RPPS}", "{N° RPPS}"), StandardCharsets.UTF_8, false);
		CliRun column = segurIn(dir, "import-csv", "--mapping", "colonne.json", "--out", "out", "crm.csv");
		assertEquals(1, column.exitCode);
		assertTrue(column.stderr().contains("colonne.json : la colonne « N° RPPS » n'est pas dans crm.csv (colonnes : ref bdc, date commande"),
				column.stderr());
		assertFalse(Files.exists(dir.resolve("out")), "nothing written");

		write("cle.json", MDV_MAPPING.replace("commande.dateCommande", "commande.dateComande"), StandardCharsets.UTF_8, false);
		CliRun key = segurIn(dir, "import-csv", "--mapping", "cle.json", "--out", "out", "crm.csv");
		assertEquals(1, key.exitCode);
		assertTrue(key.stderr().contains("cle.json : « commande.dateComande » : pas de champ « dateComande » dans commande (MDV-LGC) ;"
				+ " champs possibles : dateCommande, regimeTVA, montantSegurHT"), key.stderr());
		assertFalse(Files.exists(dir.resolve("out")), "nothing written");
	}

	@Test
	void aBadCellIsNamedByFileLineAndColumnAndItsRowIsKept() throws IOException {
		write("mapping.json", MDV_MAPPING, StandardCharsets.UTF_8, false);
		write("crm.csv", HEADER + "\n" + "20;31/02/2022;mille;non;DURAND;;88888888888;MDV-LGC-Va1-BDC-00020.pdf\n"
				+ ";14/03/2022;1075;non;PETIT;;77777777777;x.pdf\n", StandardCharsets.UTF_8, false);
		CliRun run = segurIn(dir, "import-csv", "--mapping", "mapping.json", "--out", "out", "crm.csv");
		assertEquals(1, run.exitCode);
		assertTrue(run.stderr().contains("crm.csv:2: erreur : colonne « date commande » : « commande.dateCommande » : « 31/02/2022 »"),
				run.stderr());
		assertTrue(run.stderr().contains("crm.csv:2: erreur : colonne « montant HT » : « commande.montantSegurHT » :"), run.stderr());
		assertTrue(run.stderr().contains("crm.csv:3: avertissement : colonne « ref bdc » : pas de numéro de demande sur cette ligne : ligne ignorée"),
				run.stderr());
		String text = read("out/crm.segur");
		// the cells that do not read are held as written: the text shows them as the cells held them
		assertTrue(text.contains("dateCommande \"31/02/2022\""), text);
		assertTrue(text.contains("montantSegurHT \"mille\""), text);
		assertFalse(text.contains("// import-csv"), text);
		assertTrue(text.contains("nomMedecin \"DURAND\""), text);
	}

	@Test
	void withoutADemandeColumnRowsGetTheNextFreeNumbers() throws IOException {
		Files.createDirectories(dir.resolve("out"));
		Files.writeString(dir.resolve("out/fevrier.segur"), "dossier MDV-LGC {\n  numeroAns \"0123456789\"\n  SIRET \"38042372300028\"\n"
				+ "  numerosEditeurUtilises [\"00007\"]\n}\n");
		write("mapping.json", MDV_MAPPING.replace("\"demande\": \"{ref bdc}\",", ""), StandardCharsets.UTF_8, false);
		write("mars.csv", rows(';'), StandardCharsets.UTF_8, false);
		CliRun run = segurIn(dir, "import-csv", "--mapping", "mapping.json", "--out", "out", "mars.csv");
		String text = read("out/mars.segur");
		assertTrue(text.contains("demande \"00008\"") && text.contains("demande \"00011\""), text);
		assertFalse(text.contains("demande \"00007\""), text);
		assertTrue(run.stdout().contains("(4 demande(s))"), run.stdout());
	}
}
