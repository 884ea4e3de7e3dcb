package fr.segurstudio.validation.tests;

import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * Random mutations of a valid ASP JSON file, from byte damage to plausible vendor mistakes: cuts,
 * insertions, flipped bytes, values replaced by values of another type, keys renamed or removed,
 * members duplicated. Reproducible from the seed of the Random.
 */
final class JsonMutator {

	private static final String[] VALUES = { "null", "true", "false", "0", "-1", "27450.0", "1e999999999", "\"\"", "\"x\"", "\"2022-03-14\"",
			"[]", "{}", "[null]", "[{}]", "{\"a\":[1,{\"b\":null}]}", "\"" + "Z".repeat(5000) + "\"", "[[[[[[[[[[]]]]]]]]]]", "\"\\u0000\"",
			"\"CH _20\"", "\"HÔP_302\"" };
	private static final String[] KEYS = { "siret", "SIRET", "Siret", "x", "", "lignesImport", "beneficiaires", "numLigne", "isDirectToDMP",
			"numérosFINESSGeos", "structure", "liberal" };

	private final Random random;

	JsonMutator(long seed) {
		this.random = new Random(seed);
	}

	byte[] mutate(String json) {
		int mutations = 1 + random.nextInt(3);
		String text = json;
		for (int i = 0; i < mutations && !text.isEmpty(); i++) {
			text = once(text);
		}
		if (random.nextInt(20) == 0 && !text.isEmpty()) {
			byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
			bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
			return bytes;
		}
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private String once(String text) {
		int at = random.nextInt(text.length());
		switch (random.nextInt(8)) {
		case 0: // cut
			return text.substring(0, at);
		case 1: { // delete a range
			int end = Math.min(text.length(), at + 1 + random.nextInt(40));
			return text.substring(0, at) + text.substring(end);
		}
		case 2: // insert punctuation
			return text.substring(0, at) + "{}[],:\"\\ ".charAt(random.nextInt(9)) + text.substring(at);
		case 3: { // duplicate a range
			int end = Math.min(text.length(), at + 1 + random.nextInt(200));
			return text.substring(0, end) + text.substring(at, end) + text.substring(end);
		}
		case 4: // replace a value
		case 5: {
			int colon = text.indexOf(": ", at);
			if (colon < 0) {
				return text;
			}
			int end = valueEnd(text, colon + 2);
			return text.substring(0, colon + 2) + VALUES[random.nextInt(VALUES.length)] + text.substring(end);
		}
		case 6: { // rename a key
			int quote = text.indexOf("\": ", at);
			int start = quote < 0 ? -1 : text.lastIndexOf('"', quote - 1);
			if (start < 0) {
				return text;
			}
			return text.substring(0, start + 1) + KEYS[random.nextInt(KEYS.length)] + text.substring(quote);
		}
		default: { // remove a member line
			int lineStart = text.lastIndexOf('\n', at) + 1;
			int lineEnd = text.indexOf('\n', at);
			return lineEnd < 0 ? text.substring(0, lineStart) : text.substring(0, lineStart) + text.substring(lineEnd + 1);
		}
		}
	}

	/** The end of the value starting at {@code start}, when it is a scalar; a bracket otherwise. */
	private static int valueEnd(String text, int start) {
		int i = start;
		if (i < text.length() && text.charAt(i) == '"') {
			i++;
			while (i < text.length() && text.charAt(i) != '"') {
				i += text.charAt(i) == '\\' ? 2 : 1;
			}
			return Math.min(text.length(), i + 1);
		}
		while (i < text.length() && ",\n}]".indexOf(text.charAt(i)) < 0) {
			i++;
		}
		return i == start ? Math.min(text.length(), start + 1) : i;
	}
}
