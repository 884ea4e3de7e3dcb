package fr.segurstudio.lifecycle.csv;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import fr.segurstudio.json.AspPrettyPrinter;
import fr.segurstudio.json.tree.JsonSyntaxException;
import fr.segurstudio.json.tree.JsonTreeReader;
import fr.segurstudio.json.tree.JsonValue;

/**
 * How a spreadsheet's columns become requests (a JSON file, UTF-8):
 * <pre>
 * { "couloir": "MDV-LGC",
 *   "dossier": { "numeroAns": "0123456789", "SIRET": "38042372300028" },
 *   "demande": "{ref bdc}",
 *   "champs": { "commande.dateCommande": "{date commande}", "commande.regimeTVA": "TTC", ... } }
 * </pre>
 * Keys of {@code champs} are ASP JSON key paths joined by dots; every value is a {@link Template}. A JSON
 * boolean or number is the constant of its text. The workbench's wizard writes the same file ({@link #toJson}).
 */
public record CsvMapping(String file, Template couloir, Map<String, Template> dossier, Template demande, Map<String, Template> champs) {

	/** The mapping file cannot be used; the messages are French and name the file. */
	public static final class Invalid extends Exception {
		private static final long serialVersionUID = 1L;
		private final List<String> problems;

		public Invalid(List<String> problems) {
			super(String.join("\n", problems));
			this.problems = List.copyOf(problems);
		}

		public List<String> problems() {
			return problems;
		}
	}

	public static CsvMapping read(String file, byte[] bytes) throws Invalid {
		JsonValue root;
		try {
			root = new JsonTreeReader().read(bytes);
		} catch (JsonSyntaxException e) {
			JsonValue.Position at = e.position();
			throw new Invalid(List.of(file + (at == null ? "" : ":" + at.line() + ":" + at.column()) + " : " + e.getMessage()));
		}
		List<String> problems = new ArrayList<>();
		if (!(root instanceof JsonValue.JsonObject object)) {
			throw new Invalid(List.of(file + " : le mapping doit être un objet JSON { \"couloir\": ..., \"dossier\": {...}, \"champs\": {...} }"));
		}
		Template couloir = null;
		Map<String, Template> dossier = new LinkedHashMap<>();
		Template demande = null;
		Map<String, Template> champs = new LinkedHashMap<>();
		for (JsonValue.Member member : object.members()) {
			String where = file + ":" + member.keyPosition().line() + ":" + member.keyPosition().column();
			switch (member.key()) {
			case "couloir" -> couloir = template(member.value(), where, "couloir", problems);
			case "demande" -> demande = template(member.value(), where, "demande", problems);
			case "dossier" -> members(member.value(), where, "dossier", dossier, problems);
			case "champs" -> members(member.value(), where, "champs", champs, problems);
			default -> problems.add(where + " : clé « " + member.key() + " » inconnue ; clés possibles : couloir, dossier, demande, champs");
			}
		}
		if (couloir == null) {
			problems.add(file + " : « couloir » manque (par exemple \"couloir\": \"BIO-SGL\")");
		}
		if (!problems.isEmpty()) {
			throw new Invalid(problems);
		}
		return new CsvMapping(file, couloir, dossier, demande, champs);
	}

	private static void members(JsonValue value, String where, String key, Map<String, Template> into, List<String> problems) {
		if (!(value instanceof JsonValue.JsonObject object)) {
			problems.add(where + " : « " + key + " » doit être un objet { \"clé\": \"valeur\" }");
			return;
		}
		for (JsonValue.Member member : object.members()) {
			String at = where.substring(0, where.indexOf(':')) + ":" + member.keyPosition().line() + ":" + member.keyPosition().column();
			if (member.value() instanceof JsonValue.JsonNull) {
				continue;
			}
			Template template = template(member.value(), at, member.key(), problems);
			if (template != null && into.put(member.key(), template) != null) {
				problems.add(at + " : « " + member.key() + " » est donné deux fois");
			}
		}
	}

	private static Template template(JsonValue value, String where, String key, List<String> problems) {
		return switch (value) {
		case JsonValue.JsonString s -> Template.parse(s.value());
		case JsonValue.JsonBoolean b -> Template.parse(String.valueOf(b.value()));
		case JsonValue.JsonNumber n -> Template.parse(n.text());
		default -> {
			problems.add(where + " : « " + key + " » attend un texte (\"{colonne}\" ou une constante), pas un " + value.typeName());
			yield null;
		}
		};
	}

	/** The mapping as its file says it (what {@link #read} reads back): UTF-8 JSON, {@code true}/{@code false} as JSON booleans. */
	public byte[] toJson() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
			g.setPrettyPrinter(new AspPrettyPrinter());
			g.writeStartObject();
			g.writeFieldName("couloir");
			value(g, couloir);
			object(g, "dossier", dossier);
			if (demande != null) {
				g.writeFieldName("demande");
				value(g, demande);
			}
			object(g, "champs", champs);
			g.writeEndObject();
		} catch (IOException e) {
			throw new UncheckedIOException(e); // into memory
		}
		out.write('\n');
		return out.toByteArray();
	}

	private static void object(JsonGenerator g, String name, Map<String, Template> members) throws IOException {
		g.writeObjectFieldStart(name);
		for (Map.Entry<String, Template> entry : members.entrySet()) {
			g.writeFieldName(entry.getKey());
			value(g, entry.getValue());
		}
		g.writeEndObject();
	}

	private static void value(JsonGenerator g, Template template) throws IOException {
		if (template.text().equals("true") || template.text().equals("false")) {
			g.writeBoolean(Boolean.parseBoolean(template.text()));
		} else {
			g.writeString(template.text());
		}
	}
}
