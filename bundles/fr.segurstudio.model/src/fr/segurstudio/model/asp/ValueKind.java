package fr.segurstudio.model.asp;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * The kind of value a feature holds, and the one place that knows its forms: the canonical text of a
 * value ({@code 27450.00}, {@code 14/03/2022}, {@code true}, {@code TTC}), whether the ASP JSON writes it
 * bare or quoted, how the canonical text is read back, and what a value looks like in French. The JSON
 * importer and writer, the validator, the .segur language and the form renderers all dispatch on it
 * instead of testing Java types (seeds §3.2, "Tableau des formats valeurs": VARCHAR, Boolean, FLOAT,
 * INTEGER, dates JJ/MM/AAAA, closed lists).
 */
public enum ValueKind {

	/** VARCHAR: identifiers, names, codes of a list (a String). */
	TEXT(false),
	/** Boolean: {@code true}/{@code false}, bare. */
	BOOLEAN(true),
	/** FLOAT in euros, two decimals, bare: {@code 27450.00} (a BigDecimal). */
	AMOUNT(true),
	/** A date written {@code "JJ/MM/AAAA"} (a LocalDate). */
	DATE(false),
	/** INTEGER, bare (an Integer). */
	INTEGER(true),
	/** A closed list of literals, quoted: {@code "TTC"} (an EMF enumeration). */
	ENUMERATION(false),
	/** A JSON object (a contained EObject). */
	OBJECT(false);

	private static final Pattern INTEGER_TEXT = Pattern.compile("-?\\d{1,9}");

	private final boolean bare;

	ValueKind(boolean bare) {
		this.bare = bare;
	}

	/** The kind of a feature (of each element, for a list). */
	public static ValueKind of(EStructuralFeature feature) {
		if (feature instanceof EReference) {
			return OBJECT;
		}
		EDataType type = ((EAttribute) feature).getEAttributeType();
		if (type instanceof EEnum) {
			return ENUMERATION;
		}
		Class<?> javaType = type.getInstanceClass();
		if (javaType == Boolean.class || javaType == boolean.class) {
			return BOOLEAN;
		}
		if (javaType == BigDecimal.class) {
			return AMOUNT;
		}
		if (javaType == LocalDate.class) {
			return DATE;
		}
		if (javaType == Integer.class || javaType == int.class) {
			return INTEGER;
		}
		return TEXT;
	}

	/** True when the ASP JSON writes the value without quotes (booleans and numbers). */
	public boolean isBare() {
		return bare;
	}

	/** The canonical text of a value of this kind (without quotes); null for null. */
	public String format(Object value) {
		if (value == null) {
			return null;
		}
		return switch (this) {
		case AMOUNT -> AspValues.formatMontant((BigDecimal) value);
		case DATE -> AspValues.formatDate((LocalDate) value);
		case ENUMERATION -> ((Enumerator) value).getLiteral();
		default -> String.valueOf(value);
		};
	}

	/**
	 * Reads the canonical text of a value (as {@link #format} writes it) for this attribute: the value to
	 * set in the model (the EMF enumeration instance for an enumeration).
	 *
	 * @throws IllegalArgumentException with a French reason when the text is not a value of this kind
	 */
	public Object parse(String text, EAttribute attribute) {
		return switch (this) {
		case TEXT -> text;
		case BOOLEAN -> {
			if (!"true".equals(text) && !"false".equals(text)) {
				throw new IllegalArgumentException("« " + text + " » n'est pas un booléen (true ou false)");
			}
			yield Boolean.valueOf(text);
		}
		case AMOUNT -> {
			BigDecimal amount = AspValues.parseMontant(text);
			if (!AspValues.isPlausible(amount)) {
				throw new IllegalArgumentException("montant hors limites (" + text.length() + " caractères)");
			}
			yield amount;
		}
		case DATE -> AspValues.parseDate(text);
		case INTEGER -> {
			if (!INTEGER_TEXT.matcher(text).matches()) {
				throw new IllegalArgumentException("« " + text + " » n'est pas un nombre entier");
			}
			yield Integer.valueOf(text);
		}
		case ENUMERATION -> {
			EEnumLiteral literal = ((EEnum) attribute.getEAttributeType()).getEEnumLiteralByLiteral(text);
			if (literal == null) {
				throw new IllegalArgumentException("« " + text + " » n'est pas permis ; valeurs possibles : " + literals(attribute));
			}
			yield literal.getInstance();
		}
		case OBJECT -> throw new IllegalArgumentException("un bloc n'a pas de forme texte");
		};
	}

	/** The values a closed kind can take, in canonical text (true/false, the literals); empty for open kinds. */
	public List<String> choices(EStructuralFeature feature) {
		return switch (this) {
		case BOOLEAN -> List.of("true", "false");
		case ENUMERATION -> ((EEnum) ((EAttribute) feature).getEAttributeType()).getELiterals().stream().map(EEnumLiteral::getLiteral)
				.toList();
		default -> List.of();
		};
	}

	/** What a value of this feature looks like, in French: "un montant, par exemple 27450.00". */
	public String expectation(EStructuralFeature feature) {
		return switch (this) {
		case TEXT -> "un texte entre guillemets";
		case BOOLEAN -> "true ou false";
		case AMOUNT -> "un montant, par exemple 27450.00";
		case DATE -> "une date JJ/MM/AAAA, par exemple 14/03/2022";
		case INTEGER -> "un nombre entier";
		case ENUMERATION -> "une valeur parmi " + literals((EAttribute) feature);
		case OBJECT -> "un bloc { ... }";
		};
	}

	private static String literals(EAttribute attribute) {
		return ((EEnum) attribute.getEAttributeType()).getELiterals().stream().map(EEnumLiteral::getLiteral)
				.collect(Collectors.joining(", "));
	}
}
