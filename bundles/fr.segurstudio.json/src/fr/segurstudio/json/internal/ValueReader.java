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
import fr.segurstudio.json.tree.JsonValue.JsonArray;
import fr.segurstudio.json.tree.JsonValue.JsonObject;
import fr.segurstudio.json.tree.JsonValue.JsonBoolean;
import fr.segurstudio.json.tree.JsonValue.JsonNull;
import fr.segurstudio.json.tree.JsonValue.JsonNumber;
import fr.segurstudio.json.tree.JsonValue.JsonString;
import fr.segurstudio.model.asp.AspFeatureMapping;
import fr.segurstudio.model.asp.AspValues;
import fr.segurstudio.model.asp.Characters;
import fr.segurstudio.model.asp.ValueKind;
import fr.segurstudio.model.issue.Echo;

/**
 * Turns one JSON value into the value of an attribute, by the attribute's {@link ValueKind}, or says that the
 * attribute cannot hold it as written ({@link #RAW}): a value of the wrong JSON type (a SIRET written as a number,
 * "true" in quotes), of the wrong form (an ISO or impossible date, "ht", an amount with one or three decimals or
 * {@code -0.00}), which the model then keeps as written ({@link fr.segurstudio.model.asp.RawValues}). Each is
 * reported as an error (with the right form as its data when the value still says what was meant), except
 * {@code -0.00}, whose minus sign the validator reports as a negative amount.
 */
public final class ValueReader {

	/** What {@link #read} returns for a value the attribute cannot hold as written: it is kept raw. */
	public static final Object RAW = new Object() {
		@Override
		public String toString() {
			return "RAW";
		}
	};

	/** A problem with a value: code, French message and the quick fix's data; the caller adds where. */
	public interface Problems {
		/** The value's name in messages ("numeroFINESSGeos[2]"), made only for a message. */
		String name();

		void error(String code, String message, String... data);
	}

	private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
	private static final Pattern DECIMAL = Pattern.compile("-?\\d+([.,]\\d+)?");

	private ValueReader() {
	}

	/** The value to set: null for JSON null, {@link #RAW} for a value to keep as written (after reporting it). */
	public static Object read(JsonValue json, AspFeatureMapping feature, Problems problems) {
		if (json instanceof JsonNull) {
			if (feature.isRenumbered()) { // seed §3.2 numLigne INTEGER: a line number, never null (the exporter would write one)
				problems.error(IssueCodes.TYPE, "« " + problems.name() + " » : null au lieu d'un entier (les demandes d'un fichier sont numérotées 1, 2, 3…)");
				return RAW;
			}
			return null;
		}
		return switch (feature.kind()) {
		case TEXT -> text(json, problems);
		case BOOLEAN -> bool(json, problems);
		case AMOUNT -> amount(json, problems);
		case DATE -> date(json, problems);
		case INTEGER -> integer(json, problems);
		case ENUMERATION -> enumeration(json, (EAttribute) feature.feature(), problems);
		case OBJECT -> RAW;
		};
	}

	/**
	 * Reports what is wrong with a JSON value that its place cannot hold as written (the whole value of a feature,
	 * {@code index} -1, or the element {@code index} of an array), as the importer reports it and the validator
	 * reports it again from the raw value; {@code json} null is a missing key. The same words either way.
	 */
	public static void misfit(JsonValue json, AspFeatureMapping feature, int index, Problems problems) {
		String name = problems.name();
		if (json == null) {
			if (!feature.mayBeAbsent()) {
				problems.error(IssueCodes.CLE_ABSENTE, "clé obligatoire « " + feature.key() + " » absente"
						+ (feature.mayBeNull() ? " (elle doit être présente, même avec la valeur null)" : ""));
			}
		} else if (feature.kind() == ValueKind.OBJECT) {
			if (index >= 0) {
				problems.error(IssueCodes.TYPE, "« " + name + " » : " + describe(json) + " au lieu d'un objet { ... }");
			} else if (!feature.isList()) {
				problems.error(IssueCodes.TYPE, "« " + name + " » : " + describe(json) + " au lieu d'un objet { ... }");
			} else if (json instanceof JsonObject) {
				problems.error(IssueCodes.TYPE, "« " + name + " » : objet au lieu d'un tableau ; écrivez [ { ... } ]");
			} else {
				problems.error(IssueCodes.TYPE, "« " + name + " » : " + describe(json) + " au lieu d'un tableau d'objets"
						+ (json instanceof JsonNull ? " (écrivez [] s'il est vide)" : ""));
			}
		} else if (feature.isList() && index < 0) {
			if (json instanceof JsonNull) {
				problems.error(IssueCodes.TYPE, "« " + name + " » : null au lieu d'un tableau (écrivez [] s'il est vide)", "[]");
			} else {
				problems.error(IssueCodes.TYPE, "« " + name + " » : " + describe(json) + " au lieu d'un tableau ; écrivez [ ... ]");
			}
		} else if (json instanceof JsonNull && index >= 0) {
			problems.error(IssueCodes.TYPE, "« " + name + " » : null dans un tableau de valeurs");
		} else if (feature.isExportNull()) {
			if (json instanceof JsonObject || json instanceof JsonArray) {
				problems.error(IssueCodes.TYPE, "« " + feature.key() + " » : " + json.typeName() + " au lieu de null (la valeur est remplie par l'ASP)", "null");
			}
		} else {
			read(json, feature, problems);
		}
	}

	/**
	 * The value of a field the ASP fills (impId, numeroASP...): a text, or null; anything else is kept as written
	 * ({@link #RAW}), so that the validator says once that it must be null.
	 */
	public static Object reserved(JsonValue json) {
		return switch (json) {
		case JsonString s -> s.value();
		case JsonNull n -> null;
		default -> RAW;
		};
	}

	private static Object text(JsonValue json, Problems problems) {
		if (json instanceof JsonString s) {
			return s.value();
		}
		if (json instanceof JsonNumber n) {
			problems.error(IssueCodes.TYPE, "« " + problems.name() + " » : nombre au lieu d'un texte ; écrivez \"" + Echo.text(n.text())
					+ "\" entre guillemets", "\"" + n.text() + "\"");
			return RAW;
		}
		problems.error(IssueCodes.TYPE, "« " + problems.name() + " » : " + describe(json) + " au lieu d'un texte entre guillemets");
		return RAW;
	}

	private static Object bool(JsonValue json, Problems problems) {
		if (json instanceof JsonBoolean b) {
			return b.value();
		}
		String trimmed = json instanceof JsonString s ? Characters.strip(s.value()) : null;
		if (trimmed != null && (trimmed.equalsIgnoreCase("true") || trimmed.equalsIgnoreCase("false"))) {
			String literal = trimmed.toLowerCase(Locale.ROOT);
			problems.error(IssueCodes.TYPE, "« " + problems.name() + " » : le booléen s'écrit " + literal + ", sans guillemets (lu : \""
					+ Echo.text(((JsonString) json).value()) + "\")", literal);
			return RAW;
		}
		problems.error(IssueCodes.TYPE, "« " + problems.name() + " » : " + describe(json) + " au lieu d'un booléen (true ou false)");
		return RAW;
	}

	/**
	 * Seed §3.2 montantSegurHT: FLOAT, always two decimals. A number the model would write otherwise (27450 as
	 * 27450.00, 27450.5, 2.745E4, {@code -0.00} whose sign a BigDecimal loses), a number in quotes, are kept as written.
	 */
	private static Object amount(JsonValue json, Problems problems) {
		BigDecimal value;
		String text;
		String trimmed = json instanceof JsonString s ? Characters.strip(s.value()) : null;
		if (json instanceof JsonNumber n) {
			value = n.value();
			text = n.text();
		} else if (trimmed != null && DECIMAL.matcher(trimmed).matches()) {
			text = trimmed.replace(',', '.');
			value = new BigDecimal(text);
			String written = AspValues.isPlausible(value) ? AspValues.formatMontant(value) : text;
			problems.error(IssueCodes.TYPE, "« " + problems.name() + " » : montant écrit comme un texte ; écrivez le nombre sans guillemets (" + Echo.text(written)
					+ ")", written);
		} else {
			problems.error(IssueCodes.TYPE, "« " + problems.name() + " » : " + describe(json) + " au lieu d'un montant (ex. 27450.00)");
			return RAW;
		}
		if (!AspValues.isPlausible(value)) {
			problems.error(IssueCodes.MONTANT, "« " + problems.name() + " » : montant hors limites (" + Echo.text(text) + ")");
			return RAW;
		}
		if (json instanceof JsonNumber && !hasTwoDecimals(text)) {
			String written = AspValues.formatMontant(value);
			problems.error(IssueCodes.DECIMALES, "« " + problems.name() + " » : " + Echo.text(text)
					+ " doit s'écrire avec 2 chiffres après le point, même .00 (ex. " + written + ")", written);
		}
		// the model holds the number when it writes it back as written (27450.00, 27450.123); else it keeps the text
		return json instanceof JsonNumber && AspValues.formatMontant(value).equals(text) ? value : RAW;
	}

	/** {@code -0.00}: a minus sign on zero, which a BigDecimal does not keep. */
	public static boolean isNegativeZero(String numberText) {
		return numberText.startsWith("-") && numberText.chars().allMatch(c -> c == '-' || c == '0' || c == '.');
	}

	private static Object date(JsonValue json, Problems problems) {
		if (!(json instanceof JsonString s)) {
			problems.error(IssueCodes.TYPE, "« " + problems.name() + " » : " + describe(json) + " au lieu d'une date \"JJ/MM/AAAA\"");
			return RAW;
		}
		try {
			return AspValues.parseDate(s.value());
		} catch (IllegalArgumentException notJJMMAAAA) {
			try {
				LocalDate iso = LocalDate.parse(Characters.strip(s.value()), ISO);
				String written = AspValues.formatDate(iso);
				problems.error(IssueCodes.DATE, "« " + problems.name() + " » : date « " + Echo.text(s.value()) + " » au format AAAA-MM-JJ ; attendu JJ/MM/AAAA ("
						+ written + ")", written);
			} catch (DateTimeParseException notIso) {
				problems.error(IssueCodes.DATE, "« " + problems.name() + " » : " + Echo.quote(s.value()) + " n'est pas une date JJ/MM/AAAA existante");
			}
			return RAW;
		}
	}

	/** Seed §3.2 INTEGER: digits only; 1.0 or 1e0 is a number with a fraction or an exponent, not an integer. */
	private static Object integer(JsonValue json, Problems problems) {
		if (json instanceof JsonNumber n) {
			if (isInteger(n.text()) && !isNegativeZero(n.text())) {
				return Integer.valueOf(n.text());
			}
			try {
				int exact = n.value().intValueExact();
				problems.error(IssueCodes.TYPE, "« " + problems.name() + " » : " + Echo.text(n.text()) + " n'est pas un entier ; écrivez " + exact, String.valueOf(exact));
			} catch (ArithmeticException e) {
				problems.error(IssueCodes.TYPE, "« " + problems.name() + " » : " + Echo.text(n.text()) + " n'est pas un entier");
			}
			return RAW;
		}
		String trimmed = json instanceof JsonString s ? Characters.strip(s.value()) : null;
		if (trimmed != null && isInteger(trimmed)) {
			problems.error(IssueCodes.TYPE, "« " + problems.name() + " » : entier écrit comme un texte ; écrivez " + trimmed + " sans guillemets", trimmed);
			return RAW;
		}
		problems.error(IssueCodes.TYPE, "« " + problems.name() + " » : " + describe(json) + " au lieu d'un entier");
		return RAW;
	}

	/** The Java enum constant (what eSet takes), or null. */
	private static Object enumeration(JsonValue json, EAttribute attribute, Problems problems) {
		EEnum eEnum = (EEnum) attribute.getEAttributeType();
		if (!(json instanceof JsonString s)) {
			problems.error(IssueCodes.TYPE, "« " + problems.name() + " » : " + describe(json) + " au lieu d'une valeur parmi " + allowed(attribute));
			return RAW;
		}
		EEnumLiteral exact = eEnum.getEEnumLiteralByLiteral(s.value());
		if (exact != null) {
			return exact.getInstance();
		}
		for (EEnumLiteral literal : eEnum.getELiterals()) {
			if (literal.getLiteral().equalsIgnoreCase(Characters.strip(s.value()))) {
				problems.error(IssueCodes.VALEUR, "« " + problems.name() + " » : « " + Echo.text(s.value()) + " » s'écrit « " + literal.getLiteral() + " »",
						literal.getLiteral());
				return RAW;
			}
		}
		problems.error(IssueCodes.VALEUR, "« " + problems.name() + " » : " + Echo.quote(s.value()) + " n'est pas permis ; valeurs possibles : " + allowed(attribute));
		return RAW;
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
		case JsonString s -> Characters.isBlank(s.value()) ? "texte vide" : "texte " + Echo.quote(s.value());
		case JsonNumber n -> "nombre " + Echo.text(n.text());
		default -> json.typeName();
		};
	}
}
