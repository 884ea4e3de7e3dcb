package fr.segurstudio.model.issue;

/**
 * A value as a message shows it: between French quotes, control characters escaped (an ESC sequence or a
 * newline read from a file must not act on the user's terminal or break a one-line report) and long
 * values shortened with their length.
 */
public final class Echo {

	/** Longer values are cut to this many characters, followed by their length. */
	public static final int MAX_SHOWN = 60;

	private Echo() {
	}

	/** « value », escaped and shortened; « null » for null. */
	public static String quote(Object value) {
		return "« " + text(value) + " »";
	}

	/** The value escaped and shortened, without quotes: {@code AAAA… (400 000 caractères)}. */
	public static String text(Object value) {
		String text = String.valueOf(value);
		int length = text.codePointCount(0, text.length());
		if (length <= MAX_SHOWN) {
			return escape(text);
		}
		String head = text.substring(0, text.offsetByCodePoints(0, MAX_SHOWN - 3));
		return escape(head) + "… (" + String.format(java.util.Locale.FRANCE, "%,d", length).replace('\u202f', ' ').replace('\u00a0', ' ')
				+ " caractères)";
	}

	/** Control and invisible format characters as {@code \n}, {@code \t}, {@code \u001b}. */
	public static String escape(String text) {
		StringBuilder out = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			String replacement = replacement(c);
			if (replacement != null && out == null) {
				out = new StringBuilder(text.length() + 8).append(text, 0, i);
			}
			if (out != null) {
				out.append(replacement != null ? replacement : String.valueOf(c));
			}
		}
		return out == null ? text : out.toString();
	}

	private static String replacement(char c) {
		switch (c) {
		case '\n':
			return "\\n";
		case '\r':
			return "\\r";
		case '\t':
			return "\\t";
		default:
			int type = Character.getType(c);
			if (type == Character.CONTROL || type == Character.FORMAT) {
				return String.format("\\u%04x", (int) c);
			}
			return null;
		}
	}

	/** "1 caractère", "12 caractères". */
	public static String characters(int n) {
		return n + (n > 1 ? " caractères" : " caractère");
	}
}
