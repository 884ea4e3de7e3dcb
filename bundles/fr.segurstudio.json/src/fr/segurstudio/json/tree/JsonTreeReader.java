package fr.segurstudio.json.tree;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

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
 * Reads JSON into {@link JsonValue}s with positions (Jackson streaming underneath). Bad input never
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

	private static final JsonFactory FACTORY = JsonFactory.builder()
			.streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).maxStringLength(MAX_STRING_LENGTH)
					.maxNumberLength(MAX_NUMBER_LENGTH).build())
			.build();

	public JsonValue read(byte[] bytes) throws JsonSyntaxException {
		try {
			Utf8.check(bytes);
		} catch (Utf8.NotUtf8 e) {
			throw new JsonSyntaxException(e.getMessage(), new JsonValue.Position(e.line(), e.column(), e.offset()), e);
		}
		try (JsonParser parser = FACTORY.createParser(bytes)) {
			return readDocument(parser, bytes.length);
		} catch (IOException e) {
			throw new JsonSyntaxException("lecture impossible du document JSON", new JsonValue.Position(1, 1, 0), e);
		}
	}

	private JsonValue readDocument(JsonParser parser, int length) throws JsonSyntaxException, IOException {
		try {
			JsonToken first = parser.nextToken();
			if (first == null) {
				throw new JsonSyntaxException("fichier vide : un objet JSON est attendu", position(parser.currentLocation()), null);
			}
			JsonValue value = readValue(parser, first);
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

	private JsonValue readValue(JsonParser parser, JsonToken token) throws IOException, JsonSyntaxException {
		JsonValue.Position at = position(parser.currentTokenLocation());
		switch (token) {
		case START_OBJECT: {
			List<JsonValue.Member> members = new ArrayList<>();
			JsonToken t;
			while ((t = parser.nextToken()) == JsonToken.FIELD_NAME) {
				String key = parser.currentName();
				JsonValue.Position keyAt = position(parser.currentTokenLocation());
				checkSurrogates(key, keyAt);
				members.add(new JsonValue.Member(key, keyAt, readValue(parser, parser.nextToken())));
			}
			expectEnd(parser, t, JsonToken.END_OBJECT);
			return new JsonValue.JsonObject(Collections.unmodifiableList(members), at);
		}
		case START_ARRAY: {
			List<JsonValue> elements = new ArrayList<>();
			JsonToken t;
			while ((t = parser.nextToken()) != JsonToken.END_ARRAY && t != null) {
				elements.add(readValue(parser, t));
			}
			expectEnd(parser, t, JsonToken.END_ARRAY);
			return new JsonValue.JsonArray(Collections.unmodifiableList(elements), at);
		}
		case VALUE_STRING:
			String text = parser.getText();
			checkSurrogates(text, at);
			return new JsonValue.JsonString(text, at);
		case VALUE_NUMBER_INT:
		case VALUE_NUMBER_FLOAT:
			return new JsonValue.JsonNumber(decimal(parser, at), parser.getText(), at);
		case VALUE_TRUE:
			return new JsonValue.JsonBoolean(true, at);
		case VALUE_FALSE:
			return new JsonValue.JsonBoolean(false, at);
		case VALUE_NULL:
			return new JsonValue.JsonNull(at);
		default:
			throw new JsonParseException(parser, "valeur inattendue " + token);
		}
	}

	/**
	 * The value of a number token. A number no decimal can hold ({@code 1e-2147483648}: its exponent is
	 * beyond the range of any number) is refused here, with its position; any other, however absurd
	 * ({@code 1e2147483647}), is kept for the field's reader to report where it stands (never expanded digit by
	 * digit: see {@link AspValues#isPlausible}).
	 */
	private static BigDecimal decimal(JsonParser parser, JsonValue.Position at) throws IOException, JsonSyntaxException {
		try {
			return parser.getDecimalValue();
		} catch (NumberFormatException | ArithmeticException e) {
			throw new JsonSyntaxException("document refusé : nombre hors limites " + Echo.quote(parser.getText())
					+ " (son exposant dépasse ce qu'un nombre peut avoir)" + JacksonMessages.at(at), at, null);
		}
	}

	/** {@code "\uD800"} is valid JSON text but no character: refused as an encoding error. */
	private static void checkSurrogates(String text, JsonValue.Position at) throws JsonSyntaxException {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isSurrogate(c)) {
				if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
					i++;
					continue;
				}
				throw new JsonSyntaxException("texte contenant une moitié de caractère (\\u" + String.format("%04X", (int) c)
						+ " seul, sans son complément) dans la chaîne commençant" + JacksonMessages.at(at) + " : ce n'est pas de l'UTF-8 valide", at,
						null);
			}
		}
	}

	private static void expectEnd(JsonParser parser, JsonToken actual, JsonToken expected) throws JsonParseException {
		if (actual != expected) {
			throw new JsonParseException(parser, "Unexpected end-of-input");
		}
	}

	private static JsonValue.Position position(JsonLocation location) {
		long offset = location.getCharOffset() >= 0 ? location.getCharOffset() : location.getByteOffset();
		return new JsonValue.Position(Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()), Math.max(0, offset));
	}
}
