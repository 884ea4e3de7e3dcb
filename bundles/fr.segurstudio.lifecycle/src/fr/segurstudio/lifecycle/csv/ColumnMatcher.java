package fr.segurstudio.lifecycle.csv;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The column of a spreadsheet that most likely holds each field, by its header, compared with the field's
 * names (its key path, its key, its label) whatever the case, accents, spaces and punctuation: first the
 * same words ({@code date commande} for {@code commande.dateCommande}, {@code N° RPPS} for {@code RPPS});
 * then a header that starts with a name ({@code SIRET éditeur} for {@code SIRET}); last a header a name
 * starts or ends with ({@code opérateur} for « Opérateur de messagerie… », {@code FINESS juridique} for
 * {@code numeroFINESSJuridique}), when that header fits one field only — {@code courriel} starts both the
 * client's and the mandataire's e-mail, and goes to neither. Suggestions the user sees and may change.
 */
public final class ColumnMatcher {

	/** Shorter names match only whole: « ANS » is no prefix of every header that starts with those letters. */
	private static final int PREFIX_MIN = 4;
	/** A header shorter than this is too common a word to start a field's name. */
	private static final int START_MIN = 6;

	private ColumnMatcher() {
	}

	/** The header suggested for each field (null when none), in the fields' order. */
	public static List<String> suggest(List<String> headers, List<List<String>> fieldNames) {
		List<List<String>> names = fieldNames.stream()
				.map(list -> list.stream().filter(n -> n != null && !n.isBlank()).map(ColumnMatcher::plain).filter(n -> !n.isEmpty()).toList()).toList();
		List<String> plainHeaders = headers.stream().map(ColumnMatcher::plain).toList();
		String[] chosen = new String[names.size()];
		for (int f = 0; f < names.size(); f++) {
			List<String> wanted = names.get(f);
			chosen[f] = first(headers, plainHeaders, h -> wanted.contains(h));
			if (chosen[f] == null) {
				chosen[f] = first(headers, plainHeaders, h -> wanted.stream().anyMatch(n -> n.length() >= PREFIX_MIN && h.startsWith(n)));
			}
		}
		Map<String, List<Integer>> takers = new LinkedHashMap<>();
		for (int f = 0; f < names.size(); f++) {
			if (chosen[f] == null) {
				List<String> wanted = names.get(f);
				String header = first(headers, plainHeaders, h -> h.length() >= START_MIN && wanted.stream().anyMatch(n -> n.startsWith(h) || n.endsWith(h)));
				if (header != null) {
					takers.computeIfAbsent(header, h -> new ArrayList<>()).add(f);
				}
			}
		}
		takers.forEach((header, fields) -> {
			if (fields.size() == 1) {
				chosen[fields.get(0)] = header;
			}
		});
		return Arrays.asList(chosen);
	}

	private static String first(List<String> headers, List<String> plainHeaders, Predicate<String> test) {
		for (int i = 0; i < headers.size(); i++) {
			if (!plainHeaders.get(i).isEmpty() && test.test(plainHeaders.get(i))) {
				return headers.get(i);
			}
		}
		return null;
	}

	/** Lower case letters and digits only, accents dropped, « n° » and « numéro » the same. */
	static String plain(String text) {
		String words = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
		words = words.replaceAll("\\bn\\s*[°º]", "numero ").replaceAll("\\bno\\b", "numero");
		return words.replaceAll("[^a-z0-9]", "");
	}
}
