package fr.segurstudio.cli.tests;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import fr.segurstudio.json.tree.JsonSyntaxException;
import fr.segurstudio.json.tree.JsonTreeReader;
import fr.segurstudio.json.tree.JsonValue;
import fr.segurstudio.json.tree.JsonValue.JsonArray;
import fr.segurstudio.json.tree.JsonValue.JsonBoolean;
import fr.segurstudio.json.tree.JsonValue.JsonNumber;
import fr.segurstudio.json.tree.JsonValue.JsonObject;
import fr.segurstudio.json.tree.JsonValue.JsonString;

/**
 * A JSON Schema (draft 04) check of an instance, for the keywords the SARIF 2.1.0 schema uses: $ref (within
 * the document), type, enum, properties, additionalProperties, required, items, minItems, uniqueItems,
 * minimum, maximum, pattern, format (uri, uri-reference, date-time), anyOf, oneOf. No JSON Schema library
 * is in the target platform; a keyword this check does not know fails it rather than being skipped.
 * Instances and schemas are read as plain values: maps, lists, strings, BigDecimal, Boolean, null.
 */
final class SchemaCheck {

	private static final Set<String> ANNOTATIONS = Set.of("description", "default", "title", "$schema", "id");

	private final Map<String, Object> root;

	SchemaCheck(Map<String, Object> root) {
		this.root = root;
	}

	/** Every way the instance breaks the schema, with its JSON path; empty when it conforms. */
	List<String> errors(Object instance) {
		List<String> errors = new ArrayList<>();
		check(root, instance, "$", errors);
		return errors;
	}

	@SuppressWarnings("unchecked")
	private void check(Map<String, Object> schema, Object value, String where, List<String> errors) {
		for (Map.Entry<String, Object> keyword : schema.entrySet()) {
			Object k = keyword.getValue();
			switch (keyword.getKey()) {
			case "$ref" -> check(resolve((String) k), value, where, errors);
			case "type" -> {
				List<Object> types = k instanceof List<?> list ? (List<Object>) list : List.of(k);
				if (types.stream().noneMatch(t -> isOfType(value, (String) t))) {
					errors.add(where + ": type " + typeOf(value) + ", attendu " + types);
				}
			}
			case "enum" -> {
				if (!((List<Object>) k).contains(value)) {
					errors.add(where + ": " + value + " hors de " + k);
				}
			}
			case "properties" -> {
				if (value instanceof Map<?, ?> object) {
					((Map<String, Object>) k).forEach((name, sub) -> {
						if (object.containsKey(name)) {
							check((Map<String, Object>) sub, object.get(name), where + "." + name, errors);
						}
					});
				}
			}
			case "additionalProperties" -> {
				if (value instanceof Map<?, ?> object) {
					Map<String, Object> declared = (Map<String, Object>) schema.getOrDefault("properties", Map.of());
					for (Object name : object.keySet()) {
						if (!declared.containsKey(name)) {
							if (Boolean.FALSE.equals(k)) {
								errors.add(where + ": propriété « " + name + " » non permise");
							} else if (k instanceof Map<?, ?> sub) {
								check((Map<String, Object>) sub, object.get(name), where + "." + name, errors);
							}
						}
					}
				}
			}
			case "required" -> {
				if (value instanceof Map<?, ?> object) {
					for (Object name : (List<Object>) k) {
						if (!object.containsKey(name)) {
							errors.add(where + ": propriété « " + name + " » requise");
						}
					}
				}
			}
			case "items" -> {
				if (value instanceof List<?> list) {
					for (int i = 0; i < list.size(); i++) {
						check((Map<String, Object>) k, list.get(i), where + "[" + i + "]", errors);
					}
				}
			}
			case "minItems" -> {
				if (value instanceof List<?> list && list.size() < ((BigDecimal) k).intValue()) {
					errors.add(where + ": moins de " + k + " élément(s)");
				}
			}
			case "uniqueItems" -> {
				if (value instanceof List<?> list && Boolean.TRUE.equals(k) && new HashSet<>(list).size() != list.size()) {
					errors.add(where + ": éléments en double");
				}
			}
			case "minimum" -> {
				if (value instanceof BigDecimal number && number.compareTo((BigDecimal) k) < 0) {
					errors.add(where + ": " + number + " < " + k);
				}
			}
			case "maximum" -> {
				if (value instanceof BigDecimal number && number.compareTo((BigDecimal) k) > 0) {
					errors.add(where + ": " + number + " > " + k);
				}
			}
			case "pattern" -> {
				if (value instanceof String text && !Pattern.compile((String) k).matcher(text).find()) {
					errors.add(where + ": « " + text + " » ne suit pas " + k);
				}
			}
			case "format" -> {
				if (value instanceof String text && !hasFormat(text, (String) k)) {
					errors.add(where + ": « " + text + " » n'est pas un " + k);
				}
			}
			case "anyOf", "oneOf" -> {
				int matching = 0;
				for (Object alternative : (List<Object>) k) {
					List<String> sub = new ArrayList<>();
					check((Map<String, Object>) alternative, value, where, sub);
					matching += sub.isEmpty() ? 1 : 0;
				}
				if (matching == 0 || keyword.getKey().equals("oneOf") && matching > 1) {
					errors.add(where + ": " + matching + " alternative(s) de " + keyword.getKey() + " satisfaite(s)");
				}
			}
			case "definitions" -> {
				// the named schemas $ref points to
			}
			default -> {
				if (!ANNOTATIONS.contains(keyword.getKey())) {
					errors.add(where + ": mot-clé de schéma non vérifié « " + keyword.getKey() + " »");
				}
			}
			}
		}
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> resolve(String ref) {
		if (!ref.startsWith("#")) {
			throw new IllegalArgumentException("$ref hors du document : " + ref);
		}
		Object node = root;
		for (String part : ref.substring(1).split("/")) {
			if (!part.isEmpty()) {
				node = ((Map<String, Object>) node).get(part.replace("~1", "/").replace("~0", "~"));
			}
		}
		if (node == null) {
			throw new IllegalArgumentException("$ref introuvable : " + ref);
		}
		return (Map<String, Object>) node;
	}

	private static boolean isOfType(Object value, String type) {
		return switch (type) {
		case "object" -> value instanceof Map;
		case "array" -> value instanceof List;
		case "string" -> value instanceof String;
		case "boolean" -> value instanceof Boolean;
		case "null" -> value == null;
		case "number" -> value instanceof BigDecimal;
		case "integer" -> value instanceof BigDecimal number && number.stripTrailingZeros().scale() <= 0;
		default -> throw new IllegalArgumentException("type de schéma inconnu : " + type);
		};
	}

	private static String typeOf(Object value) {
		return value == null ? "null" : value.getClass().getSimpleName();
	}

	private static boolean hasFormat(String text, String format) {
		try {
			return switch (format) {
			case "uri" -> new URI(text).isAbsolute();
			case "uri-reference" -> new URI(text) != null;
			case "date-time" -> OffsetDateTime.parse(text) != null;
			default -> throw new IllegalArgumentException("format de schéma inconnu : " + format);
			};
		} catch (URISyntaxException | DateTimeParseException e) {
			return false;
		}
	}

	/** A JSON text as plain values (objects keep their members' order). */
	static Object read(String json) throws JsonSyntaxException {
		return plain(new JsonTreeReader().read(json.getBytes(StandardCharsets.UTF_8)));
	}

	private static Object plain(JsonValue value) {
		if (value instanceof JsonObject object) {
			Map<String, Object> map = new LinkedHashMap<>();
			for (JsonValue.Member member : object.members()) {
				map.put(member.key(), plain(member.value()));
			}
			return map;
		}
		if (value instanceof JsonArray array) {
			return array.elements().stream().map(SchemaCheck::plain).toList();
		}
		if (value instanceof JsonString string) {
			return string.value();
		}
		if (value instanceof JsonNumber number) {
			return number.value();
		}
		if (value instanceof JsonBoolean bool) {
			return bool.value();
		}
		return null;
	}
}
