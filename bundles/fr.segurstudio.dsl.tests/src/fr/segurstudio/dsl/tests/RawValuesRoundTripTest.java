package fr.segurstudio.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import fr.segurstudio.dsl.DossierTexts;
import fr.segurstudio.json.AspImporter;
import fr.segurstudio.json.AspJsonWriter;
import fr.segurstudio.json.ImportResult;
import fr.segurstudio.json.IssueCodes;
import fr.segurstudio.model.asp.RawValues;
import fr.segurstudio.model.core.Demande;
import fr.segurstudio.model.core.Dossier;
import fr.segurstudio.model.core.SegurPackage;
import fr.segurstudio.model.issue.Issue;
import fr.segurstudio.testing.Golden;
import fr.segurstudio.testing.InvalidVariants;
import fr.segurstudio.testing.Services;
import fr.segurstudio.validation.DossierValidator;
import fr.segurstudio.validation.ValidationContext;

/**
 * The model holds the values of an invalid file as written: on generated invalid variants of the golden files
 * (every key of every couloir, each with several wrong forms, see {@link InvalidVariants}), JSON → JSON and
 * JSON → .segur → JSON give back every value, and the validator, on the model alone, reports each value the
 * reader could not take with the reader's own words, where it stands.
 */
class RawValuesRoundTripTest {

	/** What the reader reports about a value it keeps as written. */
	private static final Set<String> VALUE_CODES = Set.of(IssueCodes.TYPE, IssueCodes.DATE, IssueCodes.VALEUR, IssueCodes.DECIMALES,
			IssueCodes.MONTANT, IssueCodes.CLE_ABSENTE);

	private final AspImporter importer = Services.get(AspImporter.class);
	private final DossierTexts texts = Texts.service();
	private final DossierValidator validator = Services.get(DossierValidator.class);

	@Test
	void everyValueOfAnInvalidFileSurvivesJsonToTextToJson() throws IOException {
		List<InvalidVariants.Variant> variants = InvalidVariants.all();
		int converted = 0;
		int raw = 0;
		List<String> refused = new ArrayList<>();
		List<String> failures = new ArrayList<>();
		for (InvalidVariants.Variant variant : variants) {
			ImportResult read = importer.read(variant.bytes(), "variante.json", null);
			if (read.dossier() == null || read.couloir() == null || read.issues().stream().anyMatch(IssueCodes::leavesValueOut)) {
				refused.add(variant.toString());
				continue;
			}
			raw += count(read.dossier());
			String expected = InvalidVariants.values(variant.bytes());
			String faithful = InvalidVariants.values(new AspJsonWriter().toBytes(read.dossier(), AspJsonWriter.FAITHFUL));
			if (!expected.equals(faithful)) {
				failures.add(variant + "\n  JSON → JSON : " + faithful);
				continue;
			}
			String text = texts.write(read.dossier());
			DossierTexts.Parsed parsed = texts.parse(text, "variante.segur");
			List<Issue> lost = texts.read(parsed, "variante.segur").issues().stream().filter(DossierTexts::leavesValueOut).toList();
			if (!lost.isEmpty()) {
				failures.add(variant + "\n  le texte ne se relit pas : " + lost + "\n" + text);
				continue;
			}
			String back = InvalidVariants.values(new AspJsonWriter().toBytes(parsed.built().dossier(), AspJsonWriter.FAITHFUL));
			if (!expected.equals(back)) {
				failures.add(variant + "\n  JSON → .segur → JSON : " + back + "\n" + text);
				continue;
			}
			converted++;
		}
		report("raw-round-trip", variants.size() + " variantes invalides, " + converted + " relues à l'identique par JSON → JSON et JSON → .segur → JSON ("
				+ raw + " valeurs gardées telles qu'écrites), " + refused.size() + " sans couloir reconnaissable", refused);
		assertEquals(List.of(), failures.stream().limit(10).toList(), failures.size() + " variantes perdent une valeur");
		assertTrue(variants.size() > 2000, "at least 2000 variants: " + variants.size());
		// not represented: a file without a request left (no couloir to write in the header), a block with an unknown key
		assertTrue(refused.stream().allMatch(v -> v.contains(" lignesImport =") || v.endsWith("= {\"a\": [1, \"b\"]}")), refused.toString());
	}

	@Test
	void theValidatorReportsEachValueKeptAsWrittenWithTheReadersWords() throws IOException {
		int checked = 0;
		List<String> failures = new ArrayList<>();
		for (InvalidVariants.Variant variant : InvalidVariants.all()) {
			ImportResult read = importer.read(variant.bytes(), "variante.json", null);
			if (read.dossier() == null || read.couloir() == null) {
				continue;
			}
			Set<String> found = validator.validate(read.dossier(), ValidationContext.ALONE).stream().map(RawValuesRoundTripTest::signature)
					.collect(Collectors.toSet());
			for (Issue issue : read.issues()) {
				if (issue.isError() && issue.target() != null && issue.feature() != null && VALUE_CODES.contains(issue.code())
						&& RawValues.get(issue.target(), issue.feature(), issue.index()) != null) {
					checked++;
					if (!found.contains(signature(issue))) {
						failures.add(variant + " : " + signature(issue));
					}
				}
			}
		}
		report("raw-validator", checked + " problèmes de valeurs dits par la lecture, chacun dit aussi par le validateur sur le modèle seul", List.of());
		assertEquals(List.of(), failures.stream().limit(10).toList(), failures.size() + " valeurs gardées que le validateur ne dit pas");
		assertTrue(checked > 1000, "checked: " + checked);
	}

	@Test
	void theTextWritesEachKindOfValueKeptAsWrittenWithAReadableLiteral() {
		String json = Golden.BIO_SGL.text().replace("\"numeroEditeur\": \"00001\"", "\"numeroEditeur\": 1")
				.replace("\"dateCommande\": \"14/03/2022\"", "\"dateCommande\": \"2022-03-14\"")
				.replace("\"montantSegurHT\": 27450.00", "\"montantSegurHT\": -0.00").replace("\"typeAction\": \"C\",\n", "")
				.replace("\"isIdRef\": false", "\"isIdRef\": \"false\"");
		ImportResult read = importer.read(json.getBytes(StandardCharsets.UTF_8), "bio.json", null);
		String text = texts.write(read.dossier());
		assertTrue(text.contains("numeroEditeur `1`"), text);
		assertTrue(text.contains("dateCommande \"2022-03-14\""), text);
		assertTrue(text.contains("montantSegurHT -0.00"), text);
		assertTrue(text.contains("typeAction absent"), text);
		assertTrue(text.contains("isIdRef \"false\""), text);
		Dossier back = texts.parse(text, "bio.segur").built().dossier();
		Demande demande = back.getDemandes().get(0);
		assertNull(demande.getNumeroEditeur());
		assertEquals("1", RawValues.get(demande, SegurPackage.Literals.DEMANDE__NUMERO_EDITEUR).getJson());
		assertTrue(RawValues.isAbsent(RawValues.get(demande, SegurPackage.Literals.DEMANDE__TYPE_ACTION)));
		assertEquals(InvalidVariants.values(json.getBytes(StandardCharsets.UTF_8)),
				InvalidVariants.values(new AspJsonWriter().toBytes(back, AspJsonWriter.FAITHFUL)));
	}

	private static int count(Dossier dossier) {
		int n = dossier.getRawValues().size();
		for (Demande demande : dossier.getDemandes()) {
			n += demande.getRawValues().size();
		}
		return n;
	}

	private static String signature(Issue issue) {
		return issue.code() + " " + System.identityHashCode(issue.target()) + " " + issue.feature().getName() + "[" + issue.index() + "] "
				+ issue.message() + " " + issue.data();
	}

	/** The figures, on the build's output and into target/ (as the command line's reliability tests print theirs). */
	static void report(String name, String summary, List<String> details) throws IOException {
		System.out.println(summary);
		Path target = Path.of("target");
		if (Files.isDirectory(target)) {
			List<String> lines = new ArrayList<>();
			lines.add(summary);
			lines.addAll(details);
			Files.write(target.resolve("valeurs-" + name + ".txt"), lines, StandardCharsets.UTF_8);
		}
	}
}
