package fr.segurstudio.json.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;

import fr.segurstudio.json.IssueCodes;
import fr.segurstudio.json.tree.JsonValue;
import fr.segurstudio.json.tree.JsonValue.JsonBoolean;
import fr.segurstudio.json.tree.JsonValue.JsonNull;
import fr.segurstudio.json.tree.JsonValue.JsonNumber;
import fr.segurstudio.json.tree.JsonValue.JsonString;
import fr.segurstudio.model.asp.AspFeatureMapping;
import fr.segurstudio.model.asp.AspValues;
import fr.segurstudio.model.asp.ValueKind;
import fr.segurstudio.model.issue.Echo;

/**
 * Turns one JSON scalar into the value of an attribute, by the attribute's {@link ValueKind}. A value of
 * the wrong JSON type that still says what was meant (a SIRET written as a number, "true" in quotes, an
 * ISO date, "ht") is kept in the model and reported as an error with the right form as its data, so that
 * the user fixes it there; a value that says nothing usable is reported and left out (null).
 */
final class ValueReader {

	/** A problem with a value: code, French message and the quick fix's data; the caller adds where. */
	interface Problems {
		/** The value's name in messages ("numeroFINESSGeos[2]"), made only for a message. */
		String name();

		void error(String code, String message, String... data);
	}

	private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
	private static final Pattern DECIMAL = Pattern.compile("-?\\d+([.,]\\d+)?");

	private ValueReader() {
	}

	/** The value to set (null for JSON null and for what says nothing usable, after reporting it). */
	static Object read(JsonValue json, AspFeatureMapping feature, Problems problems) {
		if (json instanceof JsonNull) {
			return null;
		}
		return switch (feature.kind()) {
		case TEXT -> text(json, problems);
		case BOOLEAN -> bool(json, problems);
		case AMOUNT -> amount(json, problems);
		case DATE -> date(json, problems);
		case INTEGER -> integer(json, problems);
		case ENUMERATION -> enumeration(json, (EAttribute) feature.feature(), problems);
		case OBJECT -> null;
		};
	}

	/**
	 * The text of a value the ASP fills (impId, numeroASP...): whatever its JSON type, kept as written so
	 * that the validator says once that it must be null.
	 */
	static String reserved(JsonValue json) {
		return switch (json) {
		case JsonString s -> s.value();
		case JsonNumber n -> n.text();
		case JsonBoolean b -> String.valueOf(b.value());
		default -> null;
		};
	}

	private static String text(JsonValue json, Problems problems) {
		if (json instanceof JsonString s) {
			return s.value();
		}
		if (json instanceof JsonNumber n) {
			problems.error(IssueCodes.TYPE, "« " + problems.name() + " » : nombre au lieu d'un texte ; écrivez \"" + Echo.text(n.text())
					+ "\" entre guillemets", "\"" + n.text() + "\"");
			return n.text();
		}
		problems.error(IssueCodes.TYPE, "« " + problems.name() + " » : " + describe(json) + " au lieu d'un texte entre guillemets");
		return null;
	}

	private static Boolean bool(JsonValue json, Problems problems) {
		if (json instanceof JsonBoolean b) {
			return b.value();
		}
		if (json instanceof JsonString s && (s.value().trim().equalsIgnoreCase("true") || s.value().trim().equalsIgnoreCase("false"))) {
			String literal = s.value().trim().toLowerCase(Locale.ROOT);
			problems.error(IssueCodes.TYPE, "« " + problems.name() + " » : le booléen s'écrit " + literal + ", sans guillemets (lu : \"" + Echo.text(s.value())
					+ "\")", literal);
			return Boolean.valueOf(literal);
		}
		problems.error(IssueCodes.TYPE, "« " + problems.name() + " » : " + describe(json) + " au lieu d'un booléen (true ou false)");
		return null;
	}

	private static BigDecimal amount(JsonValue json, Problems problems) {
		BigDecimal value;
		String text;
		if (json instanceof JsonNumber n) {
			value = n.value();
			text = n.text();
		} else if (json instanceof JsonString s && DECIMAL.matcher(s.value().trim()).matches()) {
			text = s.value().trim().replace(',', '.');
			value = new BigDecimal(text);
			String written = AspValues.isPlausible(value) ? AspValues.formatMontant(value) : text;
			problems.error(IssueCodes.TYPE, "« " + problems.name() + " » : montant écrit comme un texte ; écrivez le nombre sans guillemets (" + Echo.text(written)
					+ ")", written);
		} else {
			problems.error(IssueCodes.TYPE, "« " + problems.name() + " » : " + describe(json) + " au lieu d'un montant (ex. 27450.00)");
			return null;
		}
		if (!AspValues.isPlausible(value)) {
			problems.error(IssueCodes.MONTANT, "« " + problems.name() + " » : montant hors limites (" + Echo.text(text) + ")");
			return null;
		}
		if (json instanceof JsonNumber && !hasTwoDecimals(text)) {
			String written = AspValues.formatMontant(value);
			problems.error(IssueCodes.DECIMALES, "« " + problems.name() + " » : " + Echo.text(text)
					+ " doit s'écrire avec 2 chiffres après le point, même .00 (ex. " + written + ")", written);
		}
		return value;
	}

	private static LocalDate date(JsonValue json, Problems problems) {
		if (!(json instanceof JsonString s)) {
			problems.error(IssueCodes.TYPE, "« " + problems.name() + " » : " + describe(json) + " au lieu d'une date \"JJ/MM/AAAA\"");
			return null;
		}
		try {
			return AspValues.parseDate(s.value());
		} catch (IllegalArgumentException notJJMMAAAA) {
			try {
				LocalDate iso = LocalDate.parse(s.value().trim(), ISO);
				String written = AspValues.formatDate(iso);
				problems.error(IssueCodes.DATE, "« " + problems.name() + " » : date « " + s.value() + " » au format AAAA-MM-JJ ; attendu JJ/MM/AAAA (" + written
						+ ")", written);
				return iso;
			} catch (DateTimeParseException notIso) {
				problems.error(IssueCodes.DATE, "« " + problems.name() + " » : " + Echo.quote(s.value()) + " n'est pas une date JJ/MM/AAAA existante");
				return null;
			}
		}
	}

	/** Seed §3.2 INTEGER: digits only; 1.0 or 1e0 is a number with a fraction or an exponent, not an integer. */
	private static Integer integer(JsonValue json, Problems problems) {
		if (json instanceof JsonNumber n) {
			if (isInteger(n.text())) {
				return Integer.valueOf(n.text());
			}
			try {
				int exact = n.value().intValueExact();
				problems.error(IssueCodes.TYPE, "« " + problems.name() + " » : " + Echo.text(n.text()) + " n'est pas un entier ; écrivez " + exact, String.valueOf(exact));
				return exact;
			} catch (ArithmeticException e) {
				problems.error(IssueCodes.TYPE, "« " + problems.name() + " » : " + Echo.text(n.text()) + " n'est pas un entier");
				return null;
			}
		}
		if (json instanceof JsonString s && isInteger(s.value().trim())) {
			String written = s.value().trim();
			problems.error(IssueCodes.TYPE, "« " + problems.name() + " » : entier écrit comme un texte ; écrivez " + written + " sans guillemets", written);
			return Integer.valueOf(written);
		}
		problems.error(IssueCodes.TYPE, "« " + problems.name() + " » : " + describe(json) + " au lieu d'un entier");
		return null;
	}

	/** The Java enum constant (what eSet takes), or null. */
	private static Object enumeration(JsonValue json, EAttribute attribute, Problems problems) {
		EEnum eEnum = (EEnum) attribute.getEAttributeType();
		if (!(json instanceof JsonString s)) {
			problems.error(IssueCodes.TYPE, "« " + problems.name() + " » : " + describe(json) + " au lieu d'une valeur parmi " + allowed(attribute));
			return null;
		}
		EEnumLiteral exact = eEnum.getEEnumLiteralByLiteral(s.value());
		if (exact != null) {
			return exact.getInstance();
		}
		for (EEnumLiteral literal : eEnum.getELiterals()) {
			if (literal.getLiteral().equalsIgnoreCase(s.value().trim())) {
				problems.error(IssueCodes.VALEUR, "« " + problems.name() + " » : « " + Echo.text(s.value()) + " » s'écrit « " + literal.getLiteral() + " »",
						literal.getLiteral());
				return literal.getInstance();
			}
		}
		problems.error(IssueCodes.VALEUR, "« " + problems.name() + " » : " + Echo.quote(s.value()) + " n'est pas permis ; valeurs possibles : " + allowed(attribute));
		return null;
	}

	private static String allowed(EAttribute attribute) {
		return String.join(", ", ValueKind.ENUMERATION.choices(attribute));
	}

	/** {@code -?\\d{1,9}}: an int written with digits only (no regular expression: one a request). */
	static boolean isInteger(String t) {
		int start = t.startsWith("-") ? 1 : 0;
		int digits = t.length() - start;
		return digits >= 1 && digits <= 9 && digitsOnly(t, start, t.length());
	}

	/** {@code -?\\d+\\.\\d{2}}: digits, a point and exactly two decimals. */
	static boolean hasTwoDecimals(String t) {
		int start = t.startsWith("-") ? 1 : 0;
		int point = t.length() - 3;
		return point > start && t.charAt(point) == '.' && digitsOnly(t, start, point) && digitsOnly(t, point + 1, t.length());
	}

	private static boolean digitsOnly(String t, int from, int to) {
		for (int i = from; i < to; i++) {
			char c = t.charAt(i);
			if (c < '0' || c > '9') {
				return false;
			}
		}
		return true;
	}

	static String describe(JsonValue json) {
		return switch (json) {
		case JsonString s -> s.value().isBlank() ? "texte vide" : "texte " + Echo.quote(s.value());
		case JsonNumber n -> "nombre " + Echo.text(n.text());
		default -> json.typeName();
		};
	}
}
