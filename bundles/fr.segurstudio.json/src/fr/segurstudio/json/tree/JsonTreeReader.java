package fr.segurstudio.json.tree;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.math.BigDecimal;
import java.nio.ByteOrder;
import java.util.Arrays;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;

import fr.segurstudio.json.Utf8;
import fr.segurstudio.model.asp.AspValues;
import fr.segurstudio.model.issue.Echo;

/**
 * Reads JSON into {@link JsonValue}s with positions (Jackson streaming underneath, into a {@link Tape}). Bad input never
 * escapes as anything but a {@link JsonSyntaxException} with a French message (Jackson's English is
 * translated, see {@link JacksonMessages}): truncated text, a file that is not UTF-8 (with the encoding
 * probably meant), a lone surrogate written as {@code \uD800}, nesting deeper than {@value #MAX_DEPTH}
 * levels (an ASP file has 6), a string longer than {@value #MAX_STRING_LENGTH} characters.
 */
public final class JsonTreeReader {

	/** Far above the 6 levels of an ASP file; keeps recursion and memory bounded on hostile input. */
	public static final int MAX_DEPTH = 64;
	/** A 10 MB string is read (and then reported as too long by the rules); 50 MB is refused. */
	public static final int MAX_STRING_LENGTH = 50_000_000;
	/** Digits of a number: far above any amount, keeps BigDecimal work bounded. */
	public static final int MAX_NUMBER_LENGTH = AspValues.MAX_NUMBER_LENGTH;

	/** The longest text shared between the values that write it (longer ones rarely repeat). */
	private static final int MAX_SHARED_LENGTH = 64;

	private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

	private static final JsonFactory FACTORY = JsonFactory.builder()
			.streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).maxStringLength(MAX_STRING_LENGTH)
					.maxNumberLength(MAX_NUMBER_LENGTH).build())
			.build();

	public JsonValue read(byte[] bytes) throws JsonSyntaxException {
		boolean escapes;
		try {
			escapes = Utf8.checkAndFindBackslash(bytes);
		} catch (Utf8.NotUtf8 e) {
			throw new JsonSyntaxException(e.getMessage(), new JsonValue.Position(e.line(), e.column(), e.offset()), e);
		}
		try (JsonParser parser = FACTORY.createParser(bytes)) {
			// about one node (a key or a value) every 18 bytes in an ASP file
			Tape tape = new Tape(new Lines(bytes), bytes.length / 16);
			return new Reading(parser, tape, escapes && mayHoldSurrogateEscape(bytes)).document(bytes.length);
		} catch (IOException e) {
			throw new JsonSyntaxException("lecture impossible du document JSON", new JsonValue.Position(1, 1, 0), e);
		}
	}

	/** One document being read: its parser, its lines, and whether a string may hold an escaped surrogate. */
	private static final class Reading {
		private final JsonParser parser;
		private final Tape tape;
		private final boolean surrogateEscapes;
		/** Short texts read, by hash: see {@link #text()}. */
		private final String[] texts = new String[4096];
		private final char[][] textChars = new char[4096][];

		Reading(JsonParser parser, Tape tape, boolean surrogateEscapes) {
			this.parser = parser;
			this.tape = tape;
			this.surrogateEscapes = surrogateEscapes;
		}

		JsonValue document(int length) throws JsonSyntaxException, IOException {
			try {
				JsonToken first = parser.nextToken();
				if (first == null) {
					throw new JsonSyntaxException("fichier vide : un objet JSON est attendu", position(parser.currentLocation()), null);
				}
				value(first);
				tape.trim();
				JsonValue value = tape.value(0);
				JsonToken trailing = parser.nextToken();
				if (trailing != null) {
					JsonValue.Position at = position(parser.currentTokenLocation());
					throw new JsonSyntaxException("contenu après la fin du document JSON" + JacksonMessages.at(at), at, null);
				}
				return value;
			} catch (StreamConstraintsException e) {
				JsonValue.Position at = position(parser.currentLocation());
				throw new JsonSyntaxException("document refusé : " + JacksonMessages.french(e, MAX_DEPTH, MAX_STRING_LENGTH, MAX_NUMBER_LENGTH)
						+ JacksonMessages.at(at), at, e);
			} catch (JsonParseException e) {
				JsonLocation location = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
				JsonValue.Position at = position(location);
				if (location.getByteOffset() >= length) {
					throw new JsonSyntaxException(JacksonMessages.TRUNCATED + JacksonMessages.at(at), at, e);
				}
				throw new JsonSyntaxException(JacksonMessages.french(e, MAX_DEPTH, MAX_STRING_LENGTH, MAX_NUMBER_LENGTH) + JacksonMessages.at(at)
						+ JacksonMessages.hint(e), at, e);
			}
		}

		/** Adds the value that starts with {@code token}, and its contents. */
		private void value(JsonToken token) throws IOException, JsonSyntaxException {
			int at = offset(parser.currentTokenLocation());
			switch (token) {
			case START_OBJECT: {
				int node = tape.add(Tape.OBJECT, at, null);
				JsonToken t;
				while ((t = parser.nextToken()) == JsonToken.FIELD_NAME) {
					String key = parser.currentName();
					int keyAt = offset(parser.currentTokenLocation());
					checkSurrogates(key, keyAt);
					tape.add(Tape.KEY, keyAt, key);
					value(parser.nextToken());
				}
				expectEnd(parser, t, JsonToken.END_OBJECT);
				tape.close(node);
				return;
			}
			case START_ARRAY: {
				int node = tape.add(Tape.ARRAY, at, null);
				JsonToken t;
				while ((t = parser.nextToken()) != JsonToken.END_ARRAY && t != null) {
					value(t);
				}
				expectEnd(parser, t, JsonToken.END_ARRAY);
				tape.close(node);
				return;
			}
			case VALUE_STRING:
				String text = text();
				checkSurrogates(text, at);
				tape.add(Tape.STRING, at, text);
				return;
			case VALUE_NUMBER_INT:
			case VALUE_NUMBER_FLOAT:
				tape.add(Tape.NUMBER, at, new Tape.NumberText(decimal(parser, at, tape.lines), parser.getText()));
				return;
			case VALUE_TRUE:
				tape.add(Tape.TRUE, at, null);
				return;
			case VALUE_FALSE:
				tape.add(Tape.FALSE, at, null);
				return;
			case VALUE_NULL:
				tape.add(Tape.NULL, at, null);
				return;
			default:
				throw new JsonParseException(parser, "valeur inattendue " + token);
			}
		}

		/**
		 * The text of the current string token. The texts of a file repeat (typeAction, regimeTVA, formats,
		 * codes, a client's e-mail and telephone in each of its establishments): a short one read before is
		 * given again rather than copied, so that a large file holds each such text once.
		 */
		private String text() throws IOException {
			int length = parser.getTextLength();
			if (length > MAX_SHARED_LENGTH) {
				return parser.getText();
			}
			char[] chars = parser.getTextCharacters();
			int start = parser.getTextOffset();
			int hash = 0;
			for (int i = start; i < start + length; i++) {
				hash = 31 * hash + chars[i];
			}
			int slot = (hash ^ (hash >>> 13)) & (texts.length - 1);
			char[] known = textChars[slot];
			if (known != null && Arrays.equals(known, 0, known.length, chars, start, start + length)) {
				return texts[slot];
			}
			String text = new String(chars, start, length);
			texts[slot] = text;
			textChars[slot] = Arrays.copyOfRange(chars, start, start + length);
			return text;
		}

		/** {@code "\uD800"} is valid JSON text but no character: refused as an encoding error. */
		private void checkSurrogates(String text, int at) throws JsonSyntaxException {
			if (!surrogateEscapes) {
				return; // no escaped surrogate in the bytes, and UTF-8 cannot encode one: none to find
			}
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				if (Character.isSurrogate(c)) {
					if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
						i++;
						continue;
					}
					JsonValue.Position position = tape.lines.position(at);
					throw new JsonSyntaxException("texte contenant une moitié de caractère (\\u" + String.format("%04X", (int) c)
							+ " seul, sans son complément) dans la chaîne commençant" + JacksonMessages.at(position) + " : ce n'est pas de l'UTF-8 valide",
							position, null);
				}
			}
		}
	}

	/**
	 * The value of a number token. A number no decimal can hold ({@code 1e-2147483648}: its exponent is
	 * beyond the range of any number) is refused here, with its position; any other, however absurd
	 * ({@code 1e2147483647}), is kept for the field's reader to report where it stands (never expanded digit by
	 * digit: see {@link AspValues#isPlausible}).
	 */
	private static BigDecimal decimal(JsonParser parser, int offset, Lines lines) throws IOException, JsonSyntaxException {
		try {
			return parser.getDecimalValue();
		} catch (NumberFormatException | ArithmeticException e) {
			JsonValue.Position at = lines.position(offset);
			throw new JsonSyntaxException("document refusé : nombre hors limites " + Echo.quote(parser.getText())
					+ " (son exposant dépasse ce qu'un nombre peut avoir)" + JacksonMessages.at(at), at, null);
		}
	}

	private static void expectEnd(JsonParser parser, JsonToken actual, JsonToken expected) throws JsonParseException {
		if (actual != expected) {
			throw new JsonParseException(parser, "Unexpected end-of-input");
		}
	}

	/** The offset of a token (in bytes for a byte input), as its position gives it. */
	private static int offset(JsonLocation location) {
		long offset = location.getCharOffset() >= 0 ? location.getCharOffset() : location.getByteOffset();
		return (int) Math.max(0, Math.min(Integer.MAX_VALUE, offset));
	}

	/**
	 * Whether the bytes hold {@code \\u} followed by {@code d} or {@code D}, the only way a JSON string can
	 * hold a surrogate (UTF-8 cannot encode one, and {@link Utf8#check} refuses it): eight bytes at a time.
	 */
	static boolean mayHoldSurrogateEscape(byte[] b) {
		int n = b.length;
		int i = 0;
		for (; i + 8 <= n; i += 8) {
			long v = (long) LONGS.get(b, i) ^ 0x5C5C5C5C5C5C5C5CL; // a zero byte where a backslash stands
			if (((v - 0x0101010101010101L) & ~v & 0x8080808080808080L) != 0) {
				for (int j = i; j < i + 8; j++) {
					if (isSurrogateEscape(b, j)) {
						return true;
					}
				}
			}
		}
		for (; i < n; i++) {
			if (isSurrogateEscape(b, i)) {
				return true;
			}
		}
		return false;
	}

	private static boolean isSurrogateEscape(byte[] b, int i) {
		return b[i] == '\\' && i + 2 < b.length && b[i + 1] == 'u' && (b[i + 2] == 'd' || b[i + 2] == 'D');
	}

	private static JsonValue.Position position(JsonLocation location) {
		long offset = location.getCharOffset() >= 0 ? location.getCharOffset() : location.getByteOffset();
		return new JsonValue.Position(Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()), Math.max(0, offset));
	}
}
