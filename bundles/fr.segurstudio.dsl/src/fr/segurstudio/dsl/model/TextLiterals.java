package fr.segurstudio.dsl.model;

import java.util.Set;
import java.util.regex.Pattern;

/** How a value is written as a token of the text: a quoted string, or a bare name for a code when it can be. */
public final class TextLiterals {

	private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z_0-9]*");
	private static final Set<String> KEYWORDS = Set.of("dossier", "demande", "true", "false", "null");

	private TextLiterals() {
	}

	/** True when the text can be written bare (an identifier that is not a keyword). */
	public static boolean isBareName(String text) {
		return NAME.matcher(text).matches() && !KEYWORDS.contains(text);
	}

	/** {@code "text"}, with backslash escapes. */
	public static String string(String text) {
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
				if (c < 0x20) {
					out.append(String.format("\\u%04x", (int) c));
				} else {
					out.append(c);
				}
			}
			}
		}
		return out.append('"').toString();
	}

	/** A code of a list: bare when it can be ({@code MAI_15}), else quoted ({@code "CH _20"}). */
	public static String code(String code) {
		return isBareName(code) ? code : string(code);
	}
}
