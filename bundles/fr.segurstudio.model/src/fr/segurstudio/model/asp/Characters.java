package fr.segurstudio.model.asp;

import java.util.Map;

/**
 * The one definition of "space", "invisible" and "blank" for every value of a file (seeds §3.2: a value is
 * written, or null): used by the validator's checks, the JSON importer, the .segur reader and writer, a
 * spreadsheet import and the forms, so that {@code "\\u00a0\\u200b"} (a no-break and a zero-width space) is as blank everywhere as {@code "   "}.
 * <ul>
 * <li><b>space</b>: a character of Unicode's White_Space property — the ordinary space, tab and line ends, NEL
 * (U+0085), no-break spaces (U+00A0, U+202F narrow, U+2007 figure), the typographic spaces U+2000–U+200A, U+3000…;</li>
 * <li><b>invisible</b>: a character that prints nothing or changes how the rest prints — the C0 and C1 controls (NUL,
 * ESC, tab, a line break…), the format characters (zero-width spaces and joiners U+200B–U+200D, the byte order mark
 * U+FEFF, the soft hyphen, the bidirectional controls U+200E/F, U+202A–U+202E, U+2066–U+2069…), the line and
 * paragraph separators, and the fillers that print as nothing (U+115F, U+1160, U+3164, U+FFA0…);</li>
 * <li><b>blank</b>: a text made of spaces and invisible characters only, the empty text included.</li>
 * </ul>
 * A space inside a value is a character like another (a name, a telephone number may hold one; an e-mail address
 * may not); an invisible character inside a value is always an error, reported with its position.
 */
public final class Characters {

	/** Fillers that print as nothing without being of a format category. */
	private static final String FILLERS = "\u034f\u115f\u1160\u17b4\u17b5\u180b\u180c\u180d\u180e\u180f\u3164\uffa0";

	private static final Map<Integer, String> NAMES = Map.ofEntries(Map.entry(0x0, "caractère nul"), Map.entry(0x9, "tabulation"),
			Map.entry(0xa, "saut de ligne"), Map.entry(0xd, "retour chariot"), Map.entry(0x1b, "échappement"),
			Map.entry(0x7f, "suppression"), Map.entry(0x85, "passage à la ligne (NEL)"), Map.entry(0xad, "trait d'union conditionnel"),
			Map.entry(0x200b, "espace de largeur nulle"), Map.entry(0x200c, "antiliant sans chasse"), Map.entry(0x200d, "liant sans chasse"),
			Map.entry(0x200e, "marque gauche-à-droite"), Map.entry(0x200f, "marque droite-à-gauche"),
			Map.entry(0x202a, "enchâssement gauche-à-droite"), Map.entry(0x202b, "enchâssement droite-à-gauche"),
			Map.entry(0x202c, "fin d'enchâssement"), Map.entry(0x202d, "forçage gauche-à-droite"), Map.entry(0x202e, "forçage droite-à-gauche"),
			Map.entry(0x2028, "séparateur de ligne"), Map.entry(0x2029, "séparateur de paragraphe"), Map.entry(0x2060, "gluon de mots"),
			Map.entry(0x2066, "isolat gauche-à-droite"), Map.entry(0x2067, "isolat droite-à-gauche"), Map.entry(0x2068, "isolat neutre"),
			Map.entry(0x2069, "fin d'isolat"), Map.entry(0xfeff, "indicateur d'ordre des octets (BOM)"));

	private Characters() {
	}

	/** Unicode White_Space: the space separators (no-break ones included), line and paragraph separators, tab to CR, NEL. */
	public static boolean isSpace(int codePoint) {
		return Character.isSpaceChar(codePoint) || codePoint >= 0x9 && codePoint <= 0xd || codePoint == 0x85;
	}

	/** A control, a format character, a line or paragraph separator, a filler: what prints nothing. */
	public static boolean isInvisible(int codePoint) {
		return switch (Character.getType(codePoint)) {
		case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> true;
		default -> codePoint < 0x10000 && FILLERS.indexOf(codePoint) >= 0;
		};
	}

	/** Nothing but spaces and invisible characters (or nothing at all): never a value of the seeds. */
	public static boolean isBlank(String text) {
		for (int i = 0; i < text.length();) {
			int c = text.codePointAt(i);
			if (!isSpace(c) && !isInvisible(c)) {
				return false;
			}
			i += Character.charCount(c);
		}
		return true;
	}

	/** True when the text holds a space or an invisible character anywhere (an e-mail address, an identifier may not). */
	public static boolean hasSpaceOrInvisible(String text) {
		return text.codePoints().anyMatch(c -> isSpace(c) || isInvisible(c));
	}

	/** The index (in chars) of the first invisible character, or -1. */
	public static int firstInvisible(String text) {
		for (int i = 0; i < text.length();) {
			int c = text.codePointAt(i);
			if (isInvisible(c)) {
				return i;
			}
			i += Character.charCount(c);
		}
		return -1;
	}

	/** The text without its invisible characters. */
	public static String withoutInvisible(String text) {
		StringBuilder out = new StringBuilder(text.length());
		text.codePoints().filter(c -> !isInvisible(c)).forEach(out::appendCodePoint);
		return out.toString();
	}

	/** The text without the spaces and invisible characters at its ends ({@link String#strip} for this definition). */
	public static String strip(String text) {
		int start = 0;
		int end = text.length();
		while (start < end && (isSpace(text.codePointAt(start)) || isInvisible(text.codePointAt(start)))) {
			start += Character.charCount(text.codePointAt(start));
		}
		while (end > start && (isSpace(text.codePointBefore(end)) || isInvisible(text.codePointBefore(end)))) {
			end -= Character.charCount(text.codePointBefore(end));
		}
		return text.substring(start, end);
	}

	/** "U+200B (espace de largeur nulle)": how a message names a character. */
	public static String describe(int codePoint) {
		String name = NAMES.get(codePoint);
		if (name == null) {
			name = Character.getType(codePoint) == Character.CONTROL ? "caractère de contrôle" : "caractère invisible";
		}
		return String.format("U+%04X (%s)", codePoint, name);
	}
}
