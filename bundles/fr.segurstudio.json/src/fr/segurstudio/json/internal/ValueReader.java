package fr.segurstudio.json.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;

import fr.segurstudio.json.tree.JsonValue;
import fr.segurstudio.json.tree.JsonValue.JsonBoolean;
import fr.segurstudio.json.tree.JsonValue.JsonNull;
import fr.segurstudio.json.tree.JsonValue.JsonNumber;
import fr.segurstudio.json.tree.JsonValue.JsonString;
import fr.segurstudio.model.asp.AspValues;

/**
 * Turns one JSON scalar into the value of an attribute. A value of the wrong JSON type that still says
 * what was meant (a SIRET written as a number, "true" in quotes, an ISO date, "ht") is kept in the model
 * and reported as an error, so that the user fixes it there; a value that says nothing usable is
 * reported and left out.
 */
final class ValueReader {

	/** A problem with a value: code and French message; the caller adds where. */
	interface Problems {
		void error(String code, String message);
	}

	private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
	private static final String TYPE = "json.type";

	private ValueReader() {
	}

	/** The value to set (null to leave unset), after reporting what is wrong with the JSON. */
	static Object read(JsonValue json, EAttribute attribute, String key, Problems problems) {
		if (json instanceof JsonNull) {
			return null;
		}
		EClassifier type = attribute.getEType();
		Class<?> javaType = type.getInstanceClass();
		if (type instanceof EEnum eEnum) {
			return enumLiteral(json, eEnum, key, problems);
		}
		if (javaType == String.class) {
			return string(json, key, problems);
		}
		if (javaType == Boolean.class || javaType == boolean.class) {
			return bool(json, key, problems);
		}
		if (javaType == BigDecimal.class) {
			return amount(json, key, problems);
		}
		if (javaType == LocalDate.class) {
			return date(json, key, problems);
		}
		if (javaType == Integer.class || javaType == int.class) {
			return integer(json, key, problems);
		}
		problems.error(TYPE, "« " + key + " » : type de valeur non pris en charge");
		return null;
	}

	private static String string(JsonValue json, String key, Problems problems) {
		if (json instanceof JsonString s) {
			return s.value();
		}
		if (json instanceof JsonNumber n) {
			problems.error(TYPE, "« " + key + " » : nombre au lieu d'un texte ; écrivez \"" + n.text() + "\" entre guillemets");
			return n.text();
		}
		if (json instanceof JsonBoolean b) {
			problems.error(TYPE, "« " + key + " » : booléen au lieu d'un texte");
			return String.valueOf(b.value());
		}
		problems.error(TYPE, "« " + key + " » : " + json.typeName() + " au lieu d'un texte");
		return null;
	}

	private static Boolean bool(JsonValue json, String key, Problems problems) {
		if (json instanceof JsonBoolean b) {
			return b.value();
		}
		if (json instanceof JsonString s && (s.value().trim().equalsIgnoreCase("true") || s.value().trim().equalsIgnoreCase("false"))) {
			problems.error(TYPE, "« " + key + " » : le booléen s'écrit true ou false, sans guillemets (lu : \"" + s.value() + "\")");
			return Boolean.valueOf(s.value().trim().toLowerCase(Locale.ROOT));
		}
		problems.error(TYPE, "« " + key + " » : " + describe(json) + " au lieu d'un booléen (true ou false)");
		return null;
	}

	private static BigDecimal amount(JsonValue json, String key, Problems problems) {
		BigDecimal value;
		String text;
		if (json instanceof JsonNumber n) {
			value = n.value();
			text = n.text();
		} else if (json instanceof JsonString s && s.value().trim().replace(',', '.').matches("-?\\d+(\\.\\d+)?")) {
			text = s.value().trim().replace(',', '.');
			value = new BigDecimal(text);
			problems.error(TYPE, "« " + key + " » : montant écrit comme un texte ; écrivez le nombre sans guillemets (" + text + ")");
		} else {
			problems.error(TYPE, "« " + key + " » : " + describe(json) + " au lieu d'un montant (ex. 27450.00)");
			return null;
		}
		if (!AspValues.isPlausible(value)) {
			problems.error("json.montant", "« " + key + " » : montant hors limites (" + abbreviate(text) + ")");
			return null;
		}
		if (json instanceof JsonNumber && !text.matches("-?\\d+\\.\\d{2}")) {
			problems.error("json.decimales", "« " + key + " » : " + abbreviate(text)
					+ " doit s'écrire avec 2 chiffres après le point, même .00 (ex. " + AspValues.formatMontant(value) + ")");
		}
		return value;
	}

	private static LocalDate date(JsonValue json, String key, Problems problems) {
		if (!(json instanceof JsonString s)) {
			problems.error(TYPE, "« " + key + " » : " + describe(json) + " au lieu d'une date \"JJ/MM/AAAA\"");
			return null;
		}
		try {
			return AspValues.parseDate(s.value());
		} catch (IllegalArgumentException notJJMMAAAA) {
			try {
				LocalDate iso = LocalDate.parse(s.value().trim(), ISO);
				problems.error("json.date", "« " + key + " » : date « " + s.value() + " » au format AAAA-MM-JJ ; attendu JJ/MM/AAAA ("
						+ AspValues.formatDate(iso) + ")");
				return iso;
			} catch (DateTimeParseException notIso) {
				problems.error("json.date", "« " + key + " » : « " + abbreviate(s.value()) + " » n'est pas une date JJ/MM/AAAA existante");
				return null;
			}
		}
	}

	private static Integer integer(JsonValue json, String key, Problems problems) {
		if (json instanceof JsonNumber n) {
			try {
				return n.value().intValueExact();
			} catch (ArithmeticException e) {
				problems.error(TYPE, "« " + key + " » : " + abbreviate(n.text()) + " n'est pas un entier");
				return null;
			}
		}
		if (json instanceof JsonString s && s.value().trim().matches("\\d{1,9}")) {
			problems.error(TYPE, "« " + key + " » : entier écrit comme un texte ; écrivez " + s.value().trim() + " sans guillemets");
			return Integer.valueOf(s.value().trim());
		}
		problems.error(TYPE, "« " + key + " » : " + describe(json) + " au lieu d'un entier");
		return null;
	}

	/** The Java enum constant (what eSet takes), or null. */
	private static Object enumLiteral(JsonValue json, EEnum eEnum, String key, Problems problems) {
		EEnumLiteral literal = enumLiteralOf(json, eEnum, key, problems);
		return literal == null ? null : literal.getInstance();
	}

	private static EEnumLiteral enumLiteralOf(JsonValue json, EEnum eEnum, String key, Problems problems) {
		String allowed = eEnum.getELiterals().stream().map(EEnumLiteral::getLiteral).collect(Collectors.joining(", "));
		if (!(json instanceof JsonString s)) {
			problems.error(TYPE, "« " + key + " » : " + describe(json) + " au lieu d'une valeur parmi " + allowed);
			return null;
		}
		EEnumLiteral exact = eEnum.getEEnumLiteralByLiteral(s.value());
		if (exact != null) {
			return exact;
		}
		for (EEnumLiteral literal : eEnum.getELiterals()) {
			if (literal.getLiteral().equalsIgnoreCase(s.value().trim())) {
				problems.error("json.valeur", "« " + key + " » : « " + s.value() + " » s'écrit « " + literal.getLiteral() + " »");
				return literal;
			}
		}
		problems.error("json.valeur", "« " + key + " » : « " + abbreviate(s.value()) + " » n'est pas permis ; valeurs possibles : " + allowed);
		return null;
	}

	static String describe(JsonValue json) {
		return switch (json) {
		case JsonString s -> "texte « " + abbreviate(s.value()) + " »";
		case JsonNumber n -> "nombre " + abbreviate(n.text());
		default -> json.typeName();
		};
	}

	/** Long values (a 10 MB string) are cut in messages. */
	static String abbreviate(String text) {
		return text.length() <= 60 ? text : text.substring(0, 57) + "... (" + text.length() + " caractères)";
	}
}
