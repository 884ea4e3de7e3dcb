package fr.segurstudio.lifecycle.csv;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.segurstudio.model.asp.ValueKind;

/**
 * Values as spreadsheets write them, in the form their value kind reads: dates {@code JJ/MM/AAAA},
 * {@code J/M/AAAA} or ISO {@code AAAA-MM-JJ}; amounts {@code 1 075,00}, {@code 1.075,00} or
 * {@code 1075.00} (a euro sign allowed); booleans {@code oui}/{@code non}, {@code vrai}/{@code faux},
 * {@code 1}/{@code 0}, {@code x}...; enumeration values in any case. Anything else is given as it is, for the
 * kind to refuse with its own message.
 */
final class SpreadsheetValues {

	private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ].*)?");
	private static final Pattern SHORT_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
	private static final Pattern AMOUNT_SPACES = Pattern.compile("[\\s\u00A0\u202F\u2007€]");
	private static final Set<String> TRUE = Set.of("true", "vrai", "oui", "o", "1", "x", "yes");
	private static final Set<String> FALSE = Set.of("false", "faux", "non", "n", "0", "no");

	private SpreadsheetValues() {
	}

	/** The text in the form the value kind reads. */
	static String canonical(ValueKind kind, String text) {
		switch (kind) {
		case AMOUNT -> {
			String amount = AMOUNT_SPACES.matcher(text).replaceAll("");
			if (amount.contains(",")) {
				amount = amount.replace(".", "").replace(',', '.');
			}
			return amount;
		}
		case DATE -> {
			Matcher iso = ISO_DATE.matcher(text);
			if (iso.matches()) {
				return twoDigits(iso.group(3)) + "/" + twoDigits(iso.group(2)) + "/" + iso.group(1);
			}
			Matcher date = SHORT_DATE.matcher(text);
			if (date.matches()) {
				return twoDigits(date.group(1)) + "/" + twoDigits(date.group(2)) + "/" + date.group(3);
			}
			return text;
		}
		case BOOLEAN -> {
			String word = text.toLowerCase(Locale.ROOT);
			return TRUE.contains(word) ? "true" : FALSE.contains(word) ? "false" : text;
		}
		case ENUMERATION -> {
			return text.toUpperCase(Locale.ROOT);
		}
		default -> {
			return text;
		}
		}
	}

	private static String twoDigits(String number) {
		return number.length() == 1 ? "0" + number : number;
	}
}
