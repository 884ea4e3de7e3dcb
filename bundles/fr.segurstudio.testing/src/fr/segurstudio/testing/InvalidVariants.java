package fr.segurstudio.testing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import fr.segurstudio.json.RawJson;
import fr.segurstudio.json.tree.JsonValue;
import fr.segurstudio.json.tree.JsonValue.JsonArray;
import fr.segurstudio.json.tree.JsonValue.JsonObject;
import fr.segurstudio.model.asp.RawValues;

/**
 * Invalid variants of the golden files, generated: every key of every object of the file (each request's, its
 * blocks', the header's) given each of several wrong forms — another JSON type, a form the seeds do not take
 * ({@code "2022-03-14"}, {@code 1.5}, {@code -0.00}, {@code "HTT"}…), {@code null}, blanks, or no key at all —; every
 * element of a list of values given a wrong one; a wrong element put into every list of objects. One change per
 * variant, the rest of the golden file untouched.
 */
public final class InvalidVariants {

	/** A golden file with one value changed: where ({@code lignesImport[0].commande.dateCommande}), how, and the file. */
	public record Variant(Golden golden, String path, String form, String json) {

		public byte[] bytes() {
			return json.getBytes(StandardCharsets.UTF_8);
		}

		@Override
		public String toString() {
			return golden.fileName() + " " + path + " = " + form;
		}
	}

	/** What stands for "no key": the member is removed. */
	public static final String ABSENT = "(absente)";

	/** The wrong forms every key is given. */
	public static final List<String> FORMS = List.of("12345", "-0.00", "1.5", "27450.123", "1e3", "\"true\"", "true", "\"x\"", "\"\"",
			"\"\\u00a0\\u200b\"", "\"2022-03-14\"", "\"31/02/2022\"", "\"HTT\"", "null", "{}", "[1, null, 3]", "{\"a\": [1, \"b\"]}", ABSENT);
	/** The wrong forms an element of a list is given. */
	public static final List<String> ELEMENT_FORMS = List.of("123456789", "null", "true", "{}", "\"\"");

	private InvalidVariants() {
	}

	/** Every variant of every golden file. */
	public static List<Variant> all() {
		List<Variant> all = new ArrayList<>();
		for (Golden golden : Golden.all()) {
			all.addAll(of(golden));
		}
		return all;
	}

	/** The variants of one golden file. */
	public static List<Variant> of(Golden golden) {
		JsonValue root = RawJson.parse(golden.text());
		List<Variant> variants = new ArrayList<>();
		collect(golden, root, root, "", variants);
		return variants;
	}

	private static void collect(Golden golden, JsonValue root, JsonValue value, String path, List<Variant> variants) {
		if (value instanceof JsonObject object) {
			for (JsonValue.Member member : object.members()) {
				String memberPath = path.isEmpty() ? member.key() : path + "." + member.key();
				for (String form : FORMS) {
					variants.add(new Variant(golden, memberPath, form, write(root, memberPath, form)));
				}
				collect(golden, root, member.value(), memberPath, variants);
			}
		} else if (value instanceof JsonArray array) {
			List<JsonValue> elements = array.elements();
			boolean ofObjects = !elements.isEmpty() && elements.get(0) instanceof JsonObject;
			for (int i = 0; i < elements.size(); i++) {
				String elementPath = path + "[" + i + "]";
				if (!ofObjects) {
					for (String form : ELEMENT_FORMS) {
						variants.add(new Variant(golden, elementPath, form, write(root, elementPath, form)));
					}
				}
				collect(golden, root, elements.get(i), elementPath, variants);
			}
			if (ofObjects) { // a wrong element among the objects, first and last
				for (String form : List.of("5", "null", "\"x\"")) {
					variants.add(new Variant(golden, path + "[+0]", form, write(root, path + "[+0]", form)));
					variants.add(new Variant(golden, path + "[+" + elements.size() + "]", form, write(root, path + "[+" + elements.size() + "]", form)));
				}
			}
		}
	}

	/**
	 * The golden file with the value at {@code path} ({@code lignesImport[0].commande.dateCommande}) replaced by
	 * {@code form}, JSON text ({@link #ABSENT}: the key removed; {@code list[+i]}: inserted at i).
	 */
	public static Variant with(Golden golden, String path, String form) {
		return new Variant(golden, path, form, write(RawJson.parse(golden.text()), path, form));
	}

	/** The paths of every member of every object of a golden file, in file order. */
	public static List<String> paths(Golden golden) {
		List<String> paths = new ArrayList<>();
		of(golden).stream().filter(v -> v.form().equals(FORMS.get(0))).forEach(v -> paths.add(v.path()));
		return paths;
	}

	/** The file with the value at {@code target} replaced by {@code form} (removed for ABSENT; inserted for {@code [+i]}). */
	static String write(JsonValue root, String target, String form) {
		StringBuilder out = new StringBuilder();
		write(out, root, "", target, form, 0);
		return out.append('\n').toString();
	}

	private static void write(StringBuilder out, JsonValue value, String path, String target, String form, int depth) {
		if (path.equals(target)) {
			out.append(form);
			return;
		}
		String indent = "\n" + "  ".repeat(depth + 1);
		if (value instanceof JsonObject object) {
			out.append('{');
			boolean first = true;
			for (JsonValue.Member member : object.members()) {
				String memberPath = path.isEmpty() ? member.key() : path + "." + member.key();
				if (memberPath.equals(target) && ABSENT.equals(form)) {
					continue;
				}
				out.append(first ? "" : ",").append(indent).append(RawValues.jsonString(member.key())).append(": ");
				write(out, member.value(), memberPath, target, form, depth + 1);
				first = false;
			}
			out.append(first ? "" : "\n" + "  ".repeat(depth)).append('}');
		} else if (value instanceof JsonArray array) {
			out.append('[');
			List<JsonValue> elements = array.elements();
			List<String> items = new ArrayList<>();
			for (int i = 0; i < elements.size(); i++) {
				if (target.equals(path + "[+" + i + "]")) {
					items.add(form);
				}
				StringBuilder item = new StringBuilder();
				write(item, elements.get(i), path + "[" + i + "]", target, form, depth + 1);
				items.add(item.toString());
			}
			if (target.equals(path + "[+" + elements.size() + "]")) {
				items.add(form);
			}
			for (int i = 0; i < items.size(); i++) {
				out.append(i == 0 ? "" : ",").append(indent).append(items.get(i));
			}
			out.append(items.isEmpty() ? "" : "\n" + "  ".repeat(depth)).append(']');
		} else {
			out.append(RawJson.text(value));
		}
	}

	/** The canonical compact text of a JSON document: what two files must share to hold the same values. */
	public static String values(byte[] json) {
		return RawJson.text(RawJson.parse(new String(json, StandardCharsets.UTF_8)));
	}
}
