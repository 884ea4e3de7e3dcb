package fr.segurstudio.json;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;

import fr.segurstudio.json.internal.ValueReader;
import fr.segurstudio.json.tree.JsonSyntaxException;
import fr.segurstudio.json.tree.JsonTreeReader;
import fr.segurstudio.json.tree.JsonValue;
import fr.segurstudio.json.tree.JsonValue.JsonArray;
import fr.segurstudio.json.tree.JsonValue.JsonBoolean;
import fr.segurstudio.json.tree.JsonValue.JsonNull;
import fr.segurstudio.json.tree.JsonValue.JsonNumber;
import fr.segurstudio.json.tree.JsonValue.JsonObject;
import fr.segurstudio.json.tree.JsonValue.JsonString;
import fr.segurstudio.model.asp.AspFeatureMapping;
import fr.segurstudio.model.asp.RawValues;

/**
 * The JSON text of the values the model keeps as written ({@link RawValues}): made from what the importer read,
 * written back by the exporter in the file's layout, and read again by the validator, which reports each one with
 * the importer's own words ({@link #problems}).
 */
public final class RawJson {

	/** A problem of a raw value, as the importer reports it: code, French message, the quick fix's data. */
	public record Problem(String code, String message, List<String> data) {
	}

	/** What {@link #read} gives for a value its feature cannot hold as written (it is then kept as written). */
	public static final Object AS_WRITTEN = ValueReader.RAW;

	private static final ValueReader.Problems SILENT = new ValueReader.Problems() {
		@Override
		public String name() {
			return "";
		}

		@Override
		public void error(String code, String message, String... data) {
			// read only: the validator reports it
		}
	};

	private RawJson() {
	}

	/**
	 * The value a JSON text gives an attribute (or an element of its list) as the importer reads it: the value, null,
	 * or {@link #AS_WRITTEN} when the attribute cannot hold it as written (a text of another reader, such as a .segur
	 * literal or a spreadsheet cell turned into JSON, is then judged as the JSON importer judges it).
	 *
	 * @throws IllegalArgumentException when the text is not JSON
	 */
	public static Object read(AspFeatureMapping feature, String json) {
		JsonValue value = parse(json);
		if (feature.isExportNull()) {
			return ValueReader.reserved(value);
		}
		return ValueReader.read(value, feature, SILENT);
	}

	/** Compact JSON text of a value ({@code {"a":[1,"x"]}}), numbers exactly as written; null for null (a missing key). */
	public static String text(JsonValue value) {
		if (value == null) {
			return null;
		}
		StringBuilder out = new StringBuilder();
		append(out, value);
		return out.toString();
	}

	private static void append(StringBuilder out, JsonValue value) {
		switch (value) {
		case JsonObject o -> {
			out.append('{');
			boolean first = true;
			for (JsonValue.Member member : o.members()) {
				out.append(first ? "" : ",").append(RawValues.jsonString(member.key())).append(':');
				append(out, member.value());
				first = false;
			}
			out.append('}');
		}
		case JsonArray a -> {
			out.append('[');
			boolean first = true;
			for (JsonValue element : a.elements()) {
				out.append(first ? "" : ",");
				append(out, element);
				first = false;
			}
			out.append(']');
		}
		case JsonString s -> out.append(RawValues.jsonString(s.value()));
		case JsonNumber n -> out.append(n.text());
		case JsonBoolean b -> out.append(b.value());
		case JsonNull n -> out.append("null");
		}
	}

	/**
	 * The value of a JSON text.
	 *
	 * @throws IllegalArgumentException with a French reason when the text is not JSON
	 */
	public static JsonValue parse(String json) {
		try {
			return new JsonTreeReader().read(json.getBytes(StandardCharsets.UTF_8));
		} catch (JsonSyntaxException e) {
			throw new IllegalArgumentException(e.getMessage(), e);
		}
	}

	/** True when the text is one JSON value (what a raw value may hold). */
	public static boolean isJson(String json) {
		try {
			parse(json);
			return true;
		} catch (IllegalArgumentException e) {
			return false;
		}
	}

	/** Writes a raw value through a generator, in the generator's layout (an object one member a line). */
	public static void write(JsonGenerator g, String json) throws IOException {
		write(g, parse(json));
	}

	private static void write(JsonGenerator g, JsonValue value) throws IOException {
		switch (value) {
		case JsonObject o -> {
			g.writeStartObject();
			for (JsonValue.Member member : o.members()) {
				g.writeFieldName(member.key());
				write(g, member.value());
			}
			g.writeEndObject();
		}
		case JsonArray a -> {
			g.writeStartArray();
			for (JsonValue element : a.elements()) {
				write(g, element);
			}
			g.writeEndArray();
		}
		case JsonString s -> g.writeString(s.value());
		case JsonNumber n -> g.writeNumber(n.text());
		case JsonBoolean b -> g.writeBoolean(b.value());
		case JsonNull n -> g.writeNull();
		}
	}

	/**
	 * What the importer says of this raw value in its place (the whole value of {@code feature}, or its element
	 * {@code index}); empty when it says nothing (a {@code -0.00}, kept for its sign, which the validator judges).
	 *
	 * @param json the raw value's JSON, null for a missing key
	 */
	public static List<Problem> problems(AspFeatureMapping feature, int index, String json) {
		List<Problem> problems = new ArrayList<>(1);
		JsonValue value;
		try {
			value = json == null ? null : parse(json);
		} catch (IllegalArgumentException notJson) {
			problems.add(new Problem(IssueCodes.TYPE, "« " + feature.key() + " » : " + notJson.getMessage(), List.of()));
			return problems;
		}
		ValueReader.misfit(value, feature, index, new ValueReader.Problems() {
			@Override
			public String name() {
				return index < 0 ? feature.key() : feature.key() + "[" + index + "]";
			}

			@Override
			public void error(String code, String message, String... data) {
				problems.add(new Problem(code, message, List.of(data)));
			}
		});
		return problems;
	}
}
