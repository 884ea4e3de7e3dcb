package fr.segurstudio.model.asp;

import java.util.List;

/**
 * Vocabulary of the EAnnotations (source {@value #SOURCE}) that map the metamodel to the ASP JSON.
 * The .ecore of each couloir is the one declared place of its key spellings and value formats; the
 * exporter, the importer and the validator read them through {@link AspClassMapping}.
 * <p>
 * A feature is part of the JSON exactly when it carries this annotation; the JSON key order of an
 * object is the order of its annotated features.
 */
public final class AspAnnotation {

	public static final String SOURCE = "http://segurstudio.fr/asp";

	/** JSON key, when it differs from the feature name. */
	public static final String KEY = "key";
	/** Other spellings accepted (and reported) on import, comma separated (seed inconsistencies, digest §7). */
	public static final String ALIASES = "aliases";
	/** {@code =N}: exactly N characters; {@code <N}: fewer than N (each value of a list). */
	public static final String LENGTH = "length";
	/** Shape of a string value: digits, upper, email, siret, finess, rpps. */
	public static final String FORMAT = "format";
	/** Id of a declared code list; {@code typesPieces} means the couloir's supporting-document types. */
	public static final String CODE_LIST = "codeList";
	/** The {@link #CODE_LIST} that means the couloir's supporting-document types (its declaration's typePiece). */
	public static final String TYPES_PIECES = "typesPieces";
	/** Closed set of allowed string values, comma separated. */
	public static final String VALUES = "values";
	/** true: null is an accepted value of this (still present) key. */
	public static final String NULLABLE = "nullable";
	/** true: "Facultatif" or "à ne pas renseigner" in the seed: may be null, and its key may be absent. */
	public static final String OPTIONAL = "optional";
	/** true: filled by the ASP, written null when a new request is exported. */
	public static final String EXPORT_NULL = "exportNull";
	/** true: renumbered 1..n in each exported file (numLigne). */
	public static final String RENUMBER = "renumber";
	/** Condition: the value is required when it holds and must be null otherwise. */
	public static final String NULL_UNLESS = "nullUnless";
	/** Condition: the value is required only when it holds (optional otherwise). */
	public static final String REQUIRED_WHEN = "requiredWhen";
	/** Condition: the value must be empty ({@code []} / {@code {}} / null) when it holds. */
	public static final String EMPTY_WHEN = "emptyWhen";
	/** Condition: the value may be null or absent when it holds (otherwise required). */
	public static final String OPTIONAL_WHEN = "optionalWhen";
	/**
	 * Condition: the list holds exactly one element when it holds (a warning: the seeds say so in words only, e.g. the
	 * clients of an order when isClientUnique is true).
	 */
	public static final String SINGLE_WHEN = "singleWhen";
	/** Condition: the list holds more than one element when it holds (a warning, the other half of {@link #SINGLE_WHEN}). */
	public static final String SEVERAL_WHEN = "severalWhen";
	/** true: a list that may be empty (a required list must otherwise hold at least one value). */
	public static final String MAY_BE_EMPTY = "mayBeEmpty";
	/** true: the values identify an installation site (FINESS géographique), financed once per ANS. */
	public static final String SITE = "site";
	/** JSON written for an absent containment, e.g. {@code {}} (MDV structure of a LIBERAL order). */
	public static final String ABSENT_AS = "absentAs";
	/** Where the rule comes from: seed file and section. */
	public static final String SEED = "seed";

	/** The whole vocabulary: a couloir folder's .ecore is checked against it (a misspelt key would lose its rule). */
	public static final List<String> KEYS = List.of(KEY, ALIASES, LENGTH, FORMAT, CODE_LIST, VALUES, NULLABLE, OPTIONAL, EXPORT_NULL,
			RENUMBER, NULL_UNLESS, REQUIRED_WHEN, EMPTY_WHEN, OPTIONAL_WHEN, SINGLE_WHEN, SEVERAL_WHEN, MAY_BE_EMPTY, SITE,
			ABSENT_AS, SEED);

	/** The keys whose value is a {@link Condition}. */
	public static final List<String> CONDITIONS = List.of(NULL_UNLESS, REQUIRED_WHEN, EMPTY_WHEN, OPTIONAL_WHEN, SINGLE_WHEN, SEVERAL_WHEN);

	/** The keys whose value is {@code true} or {@code false}. */
	public static final List<String> FLAGS = List.of(NULLABLE, OPTIONAL, EXPORT_NULL, RENUMBER, MAY_BE_EMPTY, SITE);

	private AspAnnotation() {
	}
}
