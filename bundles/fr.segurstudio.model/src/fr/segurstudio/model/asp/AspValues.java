package fr.segurstudio.model.asp;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;

/**
 * Text forms of the ASP value types: dates {@code JJ/MM/AAAA} and amounts with two decimals
 * (seeds 002/003/004 §3.2, dateCommande and montantSegurHT). Used by the EMF factory of the
 * {@code Date} and {@code Montant} data types, the JSON mapping and the text syntax.
 */
public final class AspValues {

	/** dd/MM/uuuu, strict: 31/02/2022 is refused, not moved to March. */
	public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
			.withResolverStyle(ResolverStyle.STRICT);

	private AspValues() {
	}

	/** @throws IllegalArgumentException when the text is not a real JJ/MM/AAAA date */
	public static LocalDate parseDate(String text) {
		if (text == null) {
			return null;
		}
		LocalDate plain = plainDate(text);
		if (plain != null) {
			return plain;
		}
		try {
			return LocalDate.parse(text, DATE);
		} catch (DateTimeParseException e) {
			throw new IllegalArgumentException("« " + text + " » n'est pas une date JJ/MM/AAAA existante", e);
		}
	}

	/**
	 * The date of a text of exactly the form {@code 00/00/0000} that names an existing day, without the
	 * formatter (an import reads one a request); null otherwise, for {@link #DATE} to read or refuse it.
	 */
	private static LocalDate plainDate(String t) {
		if (t.length() != 10 || t.charAt(2) != '/' || t.charAt(5) != '/') {
			return null;
		}
		int day = digits(t, 0, 2);
		int month = digits(t, 3, 5);
		int year = digits(t, 6, 10);
		if (day < 1 || day > 31 || month < 1 || month > 12 || year < 0 || day > 28 && day > java.time.Month.of(month).length(java.time.Year.isLeap(year))) {
			return null;
		}
		return LocalDate.of(year, month, day);
	}

	/** The number written by the ASCII digits from {@code start} to {@code end}, or -1. */
	private static int digits(String t, int start, int end) {
		int n = 0;
		for (int i = start; i < end; i++) {
			char c = t.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			n = n * 10 + (c - '0');
		}
		return n;
	}

	public static String formatDate(LocalDate date) {
		return date == null ? null : DATE.format(date);
	}

	/**
	 * Reads a plain decimal with a point ({@code 27450.00}, {@code 1075}); keeps any third decimal so
	 * that a validator can refuse it, and gives at least two decimals otherwise.
	 *
	 * @throws IllegalArgumentException when the text is not a plain decimal number
	 */
	public static BigDecimal parseMontant(String text) {
		if (text == null) {
			return null;
		}
		if (text.length() > MAX_NUMBER_LENGTH) {
			throw new IllegalArgumentException("nombre de plus de " + MAX_NUMBER_LENGTH + " chiffres : ce n'est pas un montant");
		}
		if (!PLAIN_DECIMAL.matcher(text).matches()) {
			throw new IllegalArgumentException("« " + text + " » n'est pas un montant (chiffres et point décimal, ex. 27450.00)");
		}
		return withCents(new BigDecimal(text));
	}

	/** Two decimals, as the seeds want ({@code 27450.00}); more only when the value really has them. */
	public static String formatMontant(BigDecimal amount) {
		if (amount == null) {
			return null;
		}
		return isPlausible(amount) ? withCents(amount).toPlainString() : amount.toString();
	}

	/** At most {@value #MAX_INTEGER_DIGITS} digits before the point and a sane number after it. */
	public static boolean isPlausible(BigDecimal amount) {
		return (long) amount.precision() - amount.scale() <= MAX_INTEGER_DIGITS && Math.abs((long) amount.scale()) <= MAX_NUMBER_LENGTH; // long: 1e2147483647 has scale -2^31+1
	}

	/**
	 * The longest number read, in digits (the JSON reader's limit, and a text's), and the largest scale an
	 * amount may have: beyond, a number is hostile input, refused where it is read or not plausible.
	 */
	public static final int MAX_NUMBER_LENGTH = 1000;

	private static final Pattern PLAIN_DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");

	/** Above this, an amount is not money but hostile input: left as it is (never expanded digit by digit). */
	public static final int MAX_INTEGER_DIGITS = 15;

	/** The amount with scale 2 when that loses nothing, else unchanged. */
	public static BigDecimal withCents(BigDecimal amount) {
		if (amount == null || amount.scale() == 2 || !isPlausible(amount)) {
			return amount;
		}
		BigDecimal stripped = amount.stripTrailingZeros();
		return stripped.scale() <= 2 ? stripped.setScale(2) : amount;
	}

	/** True when the amount has no fraction of a cent. */
	public static boolean hasCentsOnly(BigDecimal amount) {
		return amount.stripTrailingZeros().scale() <= 2;
	}
}
