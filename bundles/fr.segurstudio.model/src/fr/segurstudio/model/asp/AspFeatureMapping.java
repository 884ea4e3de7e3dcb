package fr.segurstudio.model.asp;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EAnnotation;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/** How one feature is written in the ASP JSON, read once from its {@link AspAnnotation}. */
public final class AspFeatureMapping {

	private final EStructuralFeature feature;
	private final int index;
	private final EAnnotation annotation;
	private final String key;
	private final List<String> aliases;
	private final Length length;
	private final Set<String> values;
	// read on every value by the exporter and the importer: kept out of the annotation's EMap
	private final boolean renumber;
	private final boolean exportNull;
	private final String absentAs;
	private final ValueKind kind;
	private final Format format;
	private final boolean optional;
	private final boolean nullable;
	private final boolean mayBeEmpty;
	private final Condition nullUnless;
	private final Condition requiredWhen;
	private final Condition optionalWhen;
	private final Condition emptyWhen;
	private final Condition singleWhen;
	private final Condition severalWhen;

	/** Shape of a text value ({@link AspAnnotation#FORMAT}). */
	public enum Format {
		NONE, DIGITS, UPPER, EMAIL, SIRET, FINESS, RPPS
	}

	AspFeatureMapping(EStructuralFeature feature, EAnnotation annotation, int index) {
		this.feature = feature;
		this.index = index;
		this.annotation = annotation;
		String declaredKey = annotation.getDetails().get(AspAnnotation.KEY);
		this.key = declaredKey != null ? declaredKey : feature.getName();
		this.aliases = split(annotation.getDetails().get(AspAnnotation.ALIASES));
		this.length = Length.parse(annotation.getDetails().get(AspAnnotation.LENGTH));
		this.values = Set.copyOf(split(annotation.getDetails().get(AspAnnotation.VALUES)));
		this.renumber = Boolean.parseBoolean(annotation.getDetails().get(AspAnnotation.RENUMBER));
		this.exportNull = Boolean.parseBoolean(annotation.getDetails().get(AspAnnotation.EXPORT_NULL));
		this.absentAs = annotation.getDetails().get(AspAnnotation.ABSENT_AS);
		this.kind = ValueKind.of(feature);
		String declaredFormat = annotation.getDetails().get(AspAnnotation.FORMAT);
		this.format = declaredFormat == null ? Format.NONE : Format.valueOf(declaredFormat.trim().toUpperCase(java.util.Locale.ROOT));
		this.optional = flag(AspAnnotation.OPTIONAL);
		this.nullable = flag(AspAnnotation.NULLABLE);
		this.mayBeEmpty = flag(AspAnnotation.MAY_BE_EMPTY);
		this.nullUnless = Condition.of(detail(AspAnnotation.NULL_UNLESS));
		this.requiredWhen = Condition.of(detail(AspAnnotation.REQUIRED_WHEN));
		this.optionalWhen = Condition.of(detail(AspAnnotation.OPTIONAL_WHEN));
		this.emptyWhen = Condition.of(detail(AspAnnotation.EMPTY_WHEN));
		this.singleWhen = Condition.of(detail(AspAnnotation.SINGLE_WHEN));
		this.severalWhen = Condition.of(detail(AspAnnotation.SEVERAL_WHEN));
	}

	/** The position of this feature in its class's {@link AspClassMapping#features()}. */
	public int index() {
		return index;
	}

	/** The kind of each value (of each element of a list). */
	public ValueKind kind() {
		return kind;
	}

	/** A list of values or of objects. */
	public boolean isList() {
		return feature.isMany();
	}

	/** "Facultatif" or "à ne pas renseigner": may be null, and its key may be absent. */
	public boolean isOptional() {
		return optional;
	}

	/** null is an accepted value of the (present) key. */
	public boolean isNullable() {
		return nullable;
	}

	/** A list that may be empty. */
	public boolean mayBeEmpty() {
		return mayBeEmpty;
	}

	/** Required when it holds, null otherwise; or null. */
	public Condition nullUnless() {
		return nullUnless;
	}

	/** Required only when it holds; or null. */
	public Condition requiredWhen() {
		return requiredWhen;
	}

	/** Null or absent allowed when it holds; or null. */
	public Condition optionalWhen() {
		return optionalWhen;
	}

	/** Empty ({@code null}, {@code []}, {@code {}}) when it holds; or null. */
	public Condition emptyWhen() {
		return emptyWhen;
	}

	/** The list holds exactly one element when it holds; or null. */
	public Condition singleWhen() {
		return singleWhen;
	}

	/** The list holds more than one element when it holds; or null. */
	public Condition severalWhen() {
		return severalWhen;
	}

	/**
	 * The seed asks for a value of this feature in {@code owner} now (the forms' required marker): never when
	 * {@link #emptyWhen()} holds; else when {@link #nullUnless()} or {@link #requiredWhen()} holds, unless
	 * {@link #optionalWhen()} holds, or always for a feature that is neither optional, nullable nor a list that
	 * may be empty. {@code owner} may be null (an object not created yet): conditions then read null.
	 */
	public boolean isRequired(EObject owner) {
		if (emptyWhen != null && emptyWhen.holds(owner)) {
			return false;
		}
		if (nullUnless != null) {
			return nullUnless.holds(owner);
		}
		if (requiredWhen != null) {
			return requiredWhen.holds(owner);
		}
		if (optionalWhen != null) {
			return !optionalWhen.holds(owner);
		}
		return !optional && !nullable && !exportNull && !(isList() && mayBeEmpty);
	}

	/** The key may be missing from a JSON object (otherwise present, even when its value is null). */
	public boolean mayBeAbsent() {
		return optional || optionalWhen != null;
	}

	/** The value may be null in some case (so a missing key is told "présente, même avec la valeur null"). */
	public boolean mayBeNull() {
		return exportNull || nullable || optional || nullUnless != null || requiredWhen != null || optionalWhen != null || emptyWhen != null;
	}

	/** The only value the seed allows (typeAction « C »), or null. */
	public String fixedValue() {
		return values.size() == 1 ? values.iterator().next() : null;
	}

	/** numLigne: renumbered 1..n in each file. */
	public boolean isRenumbered() {
		return renumber;
	}

	/** Filled by the ASP: written null for new requests. */
	public boolean isExportNull() {
		return exportNull;
	}

	/**
	 * The JSON written for an absent containment ({@code {}}), or null. Such a reference is unsettable:
	 * unset is the seed's {@code {}}, set to null is a JSON {@code null} (which the seed does not allow).
	 */
	public String absentAs() {
		return absentAs;
	}

	private static List<String> split(String list) {
		return list == null || list.isBlank() ? List.of()
				: Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableList());
	}

	public EStructuralFeature feature() {
		return feature;
	}

	/** The JSON key, exactly as the seed spells it. */
	public String key() {
		return key;
	}

	/** Other spellings accepted on import (and reported). */
	public List<String> aliases() {
		return aliases;
	}

	/** null when the seed gives no length. */
	public Length length() {
		return length;
	}

	/** Allowed values of a string feature; empty when open. */
	public Set<String> values() {
		return values;
	}

	public String detail(String name) {
		return annotation.getDetails().get(name);
	}

	public boolean flag(String name) {
		return Boolean.parseBoolean(detail(name));
	}

	public Format format() {
		return format;
	}

	public String codeList() {
		return detail(AspAnnotation.CODE_LIST);
	}

	public String seed() {
		return detail(AspAnnotation.SEED);
	}

	public boolean isObject() {
		return feature instanceof EReference reference && reference.isContainment() && !feature.isMany();
	}

	public boolean isObjectList() {
		return feature instanceof EReference reference && reference.isContainment() && feature.isMany();
	}

	public boolean isValue() {
		return feature instanceof EAttribute;
	}

	@Override
	public String toString() {
		return key + " (" + feature.getEContainingClass().getName() + "." + feature.getName() + ")";
	}

	/** A VARCHAR length of the seeds: {@code =N} or {@code <N}. */
	public record Length(boolean exact, int value) {

		static Length parse(String text) {
			if (text == null || text.isBlank()) {
				return null;
			}
			String t = text.trim();
			int n = Integer.parseInt(t.substring(1).trim());
			return switch (t.charAt(0)) {
			case '=' -> new Length(true, n);
			case '<' -> new Length(false, n);
			default -> throw new IllegalArgumentException("length must be =N or <N: " + text);
			};
		}

		public boolean accepts(String s) {
			int n = s.codePointCount(0, s.length());
			return exact ? n == value : n < value;
		}

		/** As the seeds write it: "=10", "<50". */
		@Override
		public String toString() {
			return (exact ? "=" : "<") + value;
		}
	}
}
