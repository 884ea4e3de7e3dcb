package fr.segurstudio.cli.tests;

import static fr.segurstudio.cli.tests.CliRun.segurIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.segurstudio.json.AspImporter;
import fr.segurstudio.json.ImportResult;
import fr.segurstudio.json.IssueCodes;
import fr.segurstudio.testing.Golden;
import fr.segurstudio.testing.InvalidVariants;
import fr.segurstudio.testing.Services;

/**
 * segur convert and export --force on invalid files: the values the model keeps as written go through both
 * conversions and into a forced deposit exactly as the file wrote them (the issue's examples, and generated
 * invalid variants of the golden files, see {@link InvalidVariants}).
 */
class RawValuesCliTest {

	/** The values the issue names, each refused by convert before. */
	private static final List<String[]> ISSUE = List.of(new String[] { "\"dateCommande\": \"14/03/2022\"", "\"dateCommande\": \"2022-03-14\"" },
			new String[] { "\"dateCommande\": \"14/03/2022\"", "\"dateCommande\": \"31/02/2022\"" },
			new String[] { "\"regimeTVA\": \"TTC\"", "\"regimeTVA\": \"HTT\"" },
			new String[] { "\"montantSegurHT\": 27450.00", "\"montantSegurHT\": \"14887.52\"" },
			new String[] { "\"formatFichier\": \"PDF\"", "\"formatFichier\": \"DOC\"" },
			new String[] { "\"isPFIToMSSPro\": false", "\"isPFIToMSSPro\": \"true\"" },
			new String[] { "\"numeroEditeur\": \"00001\"", "\"numeroEditeur\": 1" },
			new String[] { "\"typeAction\": \"C\",\n", "" });

	@TempDir
	Path dir;

	private final AspImporter importer = Services.get(AspImporter.class);

	@Test
	void convertBothWaysKeepsEveryValueOfTheIssuesFiles() throws IOException {
		List<String> names = new ArrayList<>();
		String all = Golden.BIO_SGL.text();
		for (int i = 0; i < ISSUE.size(); i++) {
			String name = "issue" + i + ".json";
			assertTrue(Golden.BIO_SGL.text().contains(ISSUE.get(i)[0]), ISSUE.get(i)[0]);
			Files.writeString(dir.resolve(name), Golden.BIO_SGL.text().replace(ISSUE.get(i)[0], ISSUE.get(i)[1]), StandardCharsets.UTF_8);
			all = all.replace(ISSUE.get(i)[0], ISSUE.get(i)[1]);
			names.add(name);
		}
		all = all.replace("\"commandePour\": \"LIBERAL\"", "\"commandePour\": \"CABINET\"");
		Files.writeString(dir.resolve("tout.json"), all, StandardCharsets.UTF_8);
		names.add("tout.json");
		Files.writeString(dir.resolve("cabinet.json"), Golden.MDV_LGC_LIBERAL.text().replace("\"LIBERAL\"", "\"CABINET\""), StandardCharsets.UTF_8);
		names.add("cabinet.json");
		assertEquals(List.of(), roundTrip(names), "every value back");
	}

	@Test
	void convertBothWaysKeepsEveryValueOfGeneratedInvalidVariants() throws IOException {
		List<InvalidVariants.Variant> variants = InvalidVariants.all();
		List<String> names = new ArrayList<>();
		List<String> unrepresentable = new ArrayList<>();
		for (int i = 0; i < variants.size(); i++) {
			InvalidVariants.Variant variant = variants.get(i);
			ImportResult read = importer.read(variant.bytes(), "variante.json", null);
			if (read.couloir() == null || read.issues().stream().anyMatch(IssueCodes::leavesValueOut)) {
				unrepresentable.add(variant.toString()); // no request left to tell the couloir, or a block with an unknown key
				continue;
			}
			String name = String.format("v%04d.json", i);
			Files.write(dir.resolve(name), variant.bytes());
			names.add(name);
		}
		List<String> failures = roundTrip(names);
		String summary = names.size() + " variantes invalides converties JSON → .segur → JSON par la ligne de commande, " + (names.size() - failures.size())
				+ " avec toutes leurs valeurs (" + unrepresentable.size() + " que le modèle ne peut tenir, laissées de côté : sans demande, ou une clé inconnue)";
		System.out.println(summary);
		Files.writeString(Path.of("target").toAbsolutePath().resolve("fiabilite-valeurs-brutes.txt"), summary + "\n", StandardCharsets.UTF_8);
		assertEquals(List.of(), failures.stream().limit(10).toList(), failures.size() + " of " + names.size());
		assertTrue(names.size() > 3000, "variants: " + names.size());
		assertTrue(unrepresentable.size() < 100, unrepresentable.toString());
	}

	/** The files converted to text then back to JSON in two calls; the names of those whose values came back otherwise. */
	private List<String> roundTrip(List<String> names) throws IOException {
		List<String> toTextArgs = new ArrayList<>(List.of("convert", "--to", "dsl", "--out", "texte"));
		toTextArgs.addAll(names);
		CliRun toText = segurIn(dir, toTextArgs.toArray(String[]::new));
		assertEquals(0, toText.exitCode, toText.stderr().lines().filter(l -> l.contains("non converti")).limit(5).toList().toString());
		List<String> toJsonArgs = new ArrayList<>(List.of("convert", "--to", "json", "--out", "retour"));
		names.forEach(name -> toJsonArgs.add("texte/" + name.replace(".json", ".segur")));
		CliRun toJson = segurIn(dir, toJsonArgs.toArray(String[]::new));
		assertEquals(0, toJson.exitCode, toJson.stderr().lines().filter(l -> l.contains("non converti")).limit(5).toList().toString());
		List<String> failures = new ArrayList<>();
		for (String name : names) {
			String expected = InvalidVariants.values(Files.readAllBytes(dir.resolve(name)));
			String back = InvalidVariants.values(Files.readAllBytes(dir.resolve("retour").resolve(name)));
			if (!expected.equals(back)) {
				failures.add(name + " : " + back);
			}
		}
		return failures;
	}

	/**
	 * export --force deposits exactly the values the report showed, those kept as written included: an ISO date, an
	 * amount with one decimal or -0.00, a blank regimeTVA, a missing key.
	 */
	@Test
	void exportForceWritesTheValuesAsTheReportShowedThem() throws IOException {
		String json = Golden.BIO_SGL.text().replace("\"dateCommande\": \"14/03/2022\"", "\"dateCommande\": \"2022-03-14\"")
				.replace("\"montantSegurHT\": 27450.00", "\"montantSegurHT\": -0.00").replace("\"regimeTVA\": \"TTC\"", "\"regimeTVA\": \"\"")
				.replace("\"isPFIToMSSPro\": false,\n", "");
		Files.writeString(dir.resolve("bio.json"), json, StandardCharsets.UTF_8);
		CliRun refused = segurIn(dir, "export", "--out", "depot", "--date", "20260131", "bio.json");
		assertEquals(1, refused.exitCode);
		String report = refused.stderr();
		assertTrue(report.contains("date « 2022-03-14 » au format AAAA-MM-JJ") && report.contains("-0.00 : un montant de prestation n'est pas négatif")
				&& report.contains("« regimeTVA » : «  » n'est pas permis") && report.contains("clé obligatoire « isPFIToMSSPro » absente"), report);
		CliRun forced = segurIn(dir, "export", "--out", "depot", "--date", "20260131", "--force", "bio.json");
		assertEquals(0, forced.exitCode, forced.stderr());
		String deposited = Files.readString(dir.resolve("depot/JSON-ANS0000001-20260131-001.json"), StandardCharsets.UTF_8);
		assertTrue(deposited.contains("\"dateCommande\": \"2022-03-14\""), deposited);
		assertTrue(deposited.contains("\"montantSegurHT\": -0.00"), deposited);
		assertTrue(deposited.contains("\"regimeTVA\": \"\""), deposited);
		assertTrue(!deposited.contains("isPFIToMSSPro"), deposited);
	}
}
