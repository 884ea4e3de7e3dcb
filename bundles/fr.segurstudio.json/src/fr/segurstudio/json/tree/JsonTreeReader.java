package fr.segurstudio.json.tree;

import java.io.IOException;
import java.io.InputStream;
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

/**
 * Reads JSON into {@link JsonValue}s with positions (Jackson streaming underneath). Bad input never
 * escapes as anything but a {@link JsonSyntaxException} with a French message: truncated text, a
 * non-UTF-8 file, nesting deeper than {@value #MAX_DEPTH} levels (an ASP file has 6), a string longer than
 * {@value #MAX_STRING_LENGTH} characters.
 */
public final class JsonTreeReader {

	/** Far above the 6 levels of an ASP file; keeps recursion and memory bounded on hostile input. */
	public static final int MAX_DEPTH = 64;
	/** A 10 MB string is read (and then reported as too long by the rules); 50 MB is refused. */
	public static final int MAX_STRING_LENGTH = 50_000_000;

	private static final JsonFactory FACTORY = JsonFactory.builder()
			.streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH)
					.maxStringLength(MAX_STRING_LENGTH).maxNumberLength(1000).build())
			.build();

	public JsonValue read(InputStream in) throws JsonSyntaxException, IOException {
		try (JsonParser parser = FACTORY.createParser(in)) {
			return readDocument(parser);
		}
	}

	public JsonValue read(byte[] bytes) throws JsonSyntaxException {
		try (JsonParser parser = FACTORY.createParser(bytes)) {
			return readDocument(parser);
		} catch (IOException e) {
			throw new JsonSyntaxException("lecture impossible : " + e.getMessage(), new JsonValue.Position(1, 1, 0), e);
		}
	}

	private JsonValue readDocument(JsonParser parser) throws JsonSyntaxException, IOException {
		try {
			JsonToken first = parser.nextToken();
			if (first == null) {
				throw new JsonSyntaxException("fichier vide : un objet JSON est attendu", position(parser.currentLocation()), null);
			}
			JsonValue value = readValue(parser, first);
			JsonToken trailing = parser.nextToken();
			if (trailing != null) {
				throw new JsonSyntaxException("contenu après la fin du document JSON", position(parser.currentTokenLocation()), null);
			}
			return value;
		} catch (StreamConstraintsException e) {
			throw new JsonSyntaxException("document refusé : " + french(e), position(parser.currentLocation()), e);
		} catch (JsonParseException e) {
			throw new JsonSyntaxException("JSON illisible : " + french(e), position(e.getLocation() != null ? e.getLocation() : parser.currentLocation()), e);
		} catch (java.io.CharConversionException e) {
			throw new JsonSyntaxException("le fichier n'est pas en UTF-8 : " + e.getMessage(), position(parser.currentLocation()), e);
		}
	}

	private JsonValue readValue(JsonParser parser, JsonToken token) throws IOException {
		JsonValue.Position at = position(parser.currentTokenLocation());
		switch (token) {
		case START_OBJECT: {
			List<JsonValue.Member> members = new ArrayList<>();
			JsonToken t;
			while ((t = parser.nextToken()) == JsonToken.FIELD_NAME) {
				String key = parser.currentName();
				JsonValue.Position keyAt = position(parser.currentTokenLocation());
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
			return new JsonValue.JsonString(parser.getText(), at);
		case VALUE_NUMBER_INT:
		case VALUE_NUMBER_FLOAT:
			return new JsonValue.JsonNumber(parser.getDecimalValue(), parser.getText(), at);
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

	private static void expectEnd(JsonParser parser, JsonToken actual, JsonToken expected) throws JsonParseException {
		if (actual != expected) {
			throw new JsonParseException(parser, "fin de fichier inattendue");
		}
	}

	private static JsonValue.Position position(JsonLocation location) {
		long offset = location.getCharOffset() >= 0 ? location.getCharOffset() : location.getByteOffset();
		return new JsonValue.Position(Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()), Math.max(0, offset));
	}

	/** Jackson's English message, first line, without its source excerpt; prefixed by a French hint for the usual cases. */
	private static String french(Exception e) {
		String original = e.getMessage() == null ? "" : e.getMessage();
		String first = original.lines().findFirst().orElse("").replaceAll(" at \\[Source.*", "").trim();
		String lower = first.toLowerCase();
		String hint;
		if (lower.contains("unexpected end-of-input") || lower.contains("fin de fichier inattendue")) {
			hint = "fin de fichier inattendue (fichier tronqué ?)";
		} else if (lower.contains("nesting depth")) {
			hint = "imbrication trop profonde (plus de " + MAX_DEPTH + " niveaux)";
		} else if (lower.contains("string value length")) {
			hint = "texte trop long (plus de " + MAX_STRING_LENGTH + " caractères)";
		} else if (lower.contains("unexpected character")) {
			hint = "caractère inattendu";
		} else if (lower.contains("invalid utf-8")) {
			hint = "le fichier n'est pas en UTF-8";
		} else if (lower.contains("unrecognized token")) {
			hint = "mot inconnu (les textes vont entre guillemets, les booléens s'écrivent true/false)";
		} else {
			hint = "syntaxe incorrecte";
		}
		return hint + " (" + first + ")";
	}
}
