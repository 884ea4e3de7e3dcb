package fr.segurstudio.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import fr.segurstudio.bench.SpreadsheetSamples;
import fr.segurstudio.lifecycle.csv.ColumnMatcher;

/**
 * The columns the spreadsheet wizard suggests for a couloir's fields: a header written as a spreadsheet writes
 * it (any case, accents or not, spaces, underscores, « N° » for « numéro », a word after the name) goes to its
 * field; a header that starts two fields' labels goes to neither; an unrelated header to none. The headers
 * are generated from each field's names; the counts are printed.
 */
class ColumnMatcherTest {

	/** Fields as the wizard gives them: key path, last key, label (BIO-SGL's). */
	private static final List<List<String>> FIELDS = List.of(
			List.of("numeroAns", "numéro ANS", "ANS"),
			List.of("SIRET"),
			List.of("commande.dateCommande", "dateCommande", "Date de signature du bon de commande"),
			List.of("commande.regimeTVA", "regimeTVA", "Régime de TVA"),
			List.of("commande.montantSegurHT", "montantSegurHT", "Montant Ségur HT"),
			List.of("beneficiaires.EtablissementsClients.nomClient", "nomClient", "Nom du client"),
			List.of("beneficiaires.EtablissementsClients.emailClient", "emailClient", "Courriel du client"),
			List.of("beneficiaires.Mandataire.emailMandataire", "emailMandataire", "Courriel du mandataire"),
			List.of("beneficiaires.EtablissementsClients.numeroFINESSJuridique", "numeroFINESSJuridique", "Numéro FINESS juridique"),
			List.of("scenarioInstallation.operateurMessagerie", "operateurMessagerie", "Opérateur de messagerie sécurisée"));

	private static final Counts COUNTS = new Counts("ColumnMatcherTest, en-têtes générés", "column-matcher-counts.txt");

	@AfterAll
	static void record() throws Exception {
		COUNTS.record();
	}

	@Test
	void theSpreadsheetSamplesColumnsGoToTheirFields() {
		List<String> suggested = ColumnMatcher.suggest(SpreadsheetSamples.COLUMNS, FIELDS);
		assertEquals(Arrays.asList("ANS", "SIRET éditeur", null, null, "montant", null, null, null, "FINESS juridique", "opérateur"), suggested);
	}

	@Test
	void aHeaderWrittenAnyWayGoesToItsField() {
		Random random = new Random(20);
		for (int f = 0; f < FIELDS.size(); f++) {
			for (String name : FIELDS.get(f)) {
				for (int n = 0; n < 25; n++) {
					String header = disguise(name, random);
					assertEquals(header, ColumnMatcher.suggest(List.of("autre", header, "divers"), FIELDS).get(f), name + " written « " + header + " »");
					COUNTS.count("un nom écrit autrement (casse, accents, espaces, N°)");
				}
				if (name.replaceAll("[^A-Za-z]", "").length() >= 4) {
					String header = name + " " + List.of("éditeur", "(client)", "2024", "principal").get(random.nextInt(4));
					assertEquals(header, ColumnMatcher.suggest(List.of(header), FIELDS).get(f), header);
					COUNTS.count("un nom suivi d'un mot");
				}
			}
		}
	}

	@Test
	void aWordThatStartsTwoFieldsGoesToNeither() {
		for (String header : List.of("courriel", "Courriel", "COURRIEL ", "courriel:")) {
			List<String> suggested = ColumnMatcher.suggest(List.of(header), FIELDS);
			assertNull(suggested.get(6), header);
			assertNull(suggested.get(7), header);
			COUNTS.count("un mot qui commence deux libellés");
		}
		assertEquals("opérateur", ColumnMatcher.suggest(List.of("opérateur"), FIELDS).get(9), "one field only: suggested");
	}

	@Test
	void anUnrelatedHeaderGoesNowhere() {
		Random random = new Random(19);
		for (int n = 0; n < 300; n++) {
			StringBuilder header = new StringBuilder("x");
			for (int i = random.nextInt(12); i >= 0; i--) {
				header.append((char) ('a' + random.nextInt(26)));
			}
			List<String> suggested = ColumnMatcher.suggest(List.of(header.toString(), "", " "), FIELDS);
			assertEquals(Collections.nCopies(FIELDS.size(), (String) null), suggested, header.toString());
			COUNTS.count("un en-tête sans rapport, ou vide");
		}
	}

	/** The name as a spreadsheet may write it: its case, accents, separators and « numéro » changed. */
	private static String disguise(String name, Random random) {
		String header = name.replaceAll("([a-z])([A-Z])", random.nextBoolean() ? "$1 $2" : "$1$2");
		header = switch (random.nextInt(3)) {
		case 0 -> header.toUpperCase(Locale.ROOT);
		case 1 -> header.toLowerCase(Locale.ROOT);
		default -> header;
		};
		if (random.nextBoolean()) {
			header = header.replace('é', 'e').replace('É', 'E');
		}
		header = header.replace(" ", List.of(" ", "_", "-", "  ").get(random.nextInt(4)));
		if (random.nextBoolean()) {
			header = header.replaceFirst("(?i)^num[ée]ro[ _-]*", "N° ");
		}
		return random.nextBoolean() ? header + " :" : " " + header;
	}
}
