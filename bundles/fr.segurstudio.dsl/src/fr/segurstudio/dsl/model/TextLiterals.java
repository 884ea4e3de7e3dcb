package fr.segurstudio.dsl.model;

import java.util.Set;
import java.util.regex.Pattern;

import fr.segurstudio.model.asp.RawValues;

/** How a value is written as a token of the text: a quoted string, or a bare name for a code when it can be. */
public final class TextLiterals {

	private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z_0-9]*");
	private static final Set<String> KEYWORDS = Set.of("dossier", "demande", "true", "false", "null", "absent");

	private TextLiterals() {
	}

	/** True when the text can be written bare (an identifier that is not a keyword). */
	public static boolean isBareName(String text) {
		return NAME.matcher(text).matches() && !KEYWORDS.contains(text);
	}

	/**
	 * {@code "text"}, with backslash escapes: the JSON string literal of the text ({@link RawValues#jsonString}: every
	 * invisible character as {@code \\uXXXX}, so that the text shows it), which the text reads back as it is.
	 */
	public static String string(String text) {
		return RawValues.jsonString(text);
	}

	/** {@code `json`}: a value kept as the file wrote it (the JSON text never holds a backquote, see RawValues). */
	public static String json(String json) {
		return "`" + json + "`";
	}

	/** A code of a list: bare when it can be ({@code MAI_15}), else quoted ({@code "CH _20"}). */
	public static String code(String code) {
		return isBareName(code) ? code : string(code);
	}
}
