package fr.segurstudio.model.issue;

import java.util.Locale;

/**
 * A value as a message shows it: between French quotes, control characters escaped (an ESC sequence or a
 * newline read from a file must not act on the user's terminal or break a one-line report) and long
 * values shortened with their length.
 */
public final class Echo {

	/** Longer values are cut to this many characters, followed by their length. */
	public static final int MAX_SHOWN = 60;
	/** A file's name or path, or a label, is cut beyond this many characters (a path is rarely longer). */
	public static final int MAX_LONG_SHOWN = 400;

	private Echo() {
	}

	/** « value », escaped and shortened; « null » for null. */
	public static String quote(Object value) {
		return "« " + text(value) + " »";
	}

	/** The value escaped and shortened, without quotes: {@code AAAA… (400 000 caractères)}. */
	public static String text(Object value) {
		return shortened(String.valueOf(value), MAX_SHOWN);
	}

	/**
	 * A file's name or path, or a label (the portal's libelleTraitement), as a message or a result line shows
	 * it: escaped (a line break in a name must not split a line), shortened only beyond
	 * {@link #MAX_LONG_SHOWN} characters.
	 */
	public static String longText(Object value) {
		return shortened(String.valueOf(value), MAX_LONG_SHOWN);
	}

	private static String shortened(String text, int max) {
		int length = text.codePointCount(0, text.length());
		if (length <= max) {
			return escape(text);
		}
		String head = text.substring(0, text.offsetByCodePoints(0, max - 3));
		return escape(head) + "… (" + String.format(Locale.FRANCE, "%,d", length).replace('\u202f', ' ').replace('\u00a0', ' ')
				+ " caractères)";
	}

	/** Control and invisible format characters as {@code \n}, {@code \t}, {@code \u001b}. */
	public static String escape(String text) {
		StringBuilder out = null;
		for (int i = 0; i < text.length();) {
			int c = text.codePointAt(i);
			int next = i + Character.charCount(c);
			String replacement = replacement(c);
			if (replacement != null && out == null) {
				out = new StringBuilder(text.length() + 8).append(text, 0, i);
			}
			if (out != null) {
				if (replacement != null) {
					out.append(replacement);
				} else {
					out.append(text, i, next);
				}
			}
			i = next;
		}
		return out == null ? text : out.toString();
	}

	/**
	 * The escape of a character that would act on a terminal or a line rather than show: controls, invisible
	 * format characters (U+202E turns a line round, U+200B hides, tag characters hide text), line and paragraph
	 * separators, and a lone surrogate (no character at all).
	 */
	private static String replacement(int c) {
		switch (c) {
		case '\n':
			return "\\n";
		case '\r':
			return "\\r";
		case '\t':
			return "\\t";
		default:
			int type = Character.getType(c);
			if (type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
					|| type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE) {
				return c > 0xFFFF ? String.format("\\U%08x", c) : String.format("\\u%04x", c);
			}
			return null;
		}
	}

	/** "1 caractère", "12 caractères". */
	public static String characters(int n) {
		return n + (n > 1 ? " caractères" : " caractère");
	}
}
