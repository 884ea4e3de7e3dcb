package fr.segurstudio.model.asp;

/**
 * JSON string literals without a JSON library (the model bundle has none): what {@link RawValues} needs to hold a
 * text and to show one. Escapes as JSON requires (quote, backslash, controls) and, so that a raw value is never
 * misread in a .segur literal or a terminal, every invisible character ({@link Characters#isInvisible}) and the
 * backquote too, as {@code \\uXXXX}.
 */
final class JsonStrings {

	private JsonStrings() {
	}

	static String encode(String text) {
		StringBuilder out = new StringBuilder(text.length() + 2).append('"');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
			case '"' -> out.append("\\\"");
			case '\\' -> out.append("\\\\");
			case '\n' -> out.append("\\n");
			case '\r' -> out.append("\\r");
			case '\t' -> out.append("\\t");
			default -> {
				if (c == '`' || Characters.isInvisible(c) || Character.isSurrogate(c) && !paired(text, i)) {
					out.append(String.format("\\u%04x", (int) c));
				} else {
					out.append(c);
				}
			}
			}
		}
		return out.append('"').toString();
	}

	/** True when the surrogate at {@code i} is half of a pair. */
	private static boolean paired(String text, int i) {
		char c = text.charAt(i);
		return Character.isHighSurrogate(c) ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
				: i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
	}

	/** The text of a JSON string literal (the whole of {@code json}), or null when {@code json} is not one. */
	static String decode(String json) {
		if (json.length() < 2 || json.charAt(0) != '"' || json.charAt(json.length() - 1) != '"') {
			return null;
		}
		StringBuilder out = new StringBuilder(json.length());
		for (int i = 1; i < json.length() - 1; i++) {
			char c = json.charAt(i);
			if (c == '"') {
				return null;
			}
			if (c != '\\') {
				out.append(c);
				continue;
			}
			if (++i >= json.length() - 1) {
				return null;
			}
			switch (json.charAt(i)) {
			case '"' -> out.append('"');
			case '\\' -> out.append('\\');
			case '/' -> out.append('/');
			case 'b' -> out.append('\b');
			case 'f' -> out.append('\f');
			case 'n' -> out.append('\n');
			case 'r' -> out.append('\r');
			case 't' -> out.append('\t');
			case 'u' -> {
				if (i + 5 > json.length() - 1) {
					return null;
				}
				try {
					out.append((char) Integer.parseInt(json.substring(i + 1, i + 5), 16));
				} catch (NumberFormatException e) {
					return null;
				}
				i += 4;
			}
			default -> {
				return null;
			}
			}
		}
		return out.toString();
	}
}
