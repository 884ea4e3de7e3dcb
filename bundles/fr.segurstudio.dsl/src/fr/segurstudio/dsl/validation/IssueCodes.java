package fr.segurstudio.dsl.validation;

import fr.segurstudio.model.asp.RawValues;
import fr.segurstudio.model.issue.Issue;

/**
 * The stable ids of what only a .segur text can get wrong (the model's rules keep the validator's codes,
 * {@link fr.segurstudio.validation.IssueCodes}). Where an issue carries data, the code says which.
 */
public final class IssueCodes {

	/** A syntax error of the text. */
	public static final String SYNTAXE = "syntaxe";
	/** data: the field name probably meant, when one is close. */
	public static final String CHAMP_INCONNU = "texte.champ-inconnu";
	/** A value of the wrong type for its field. */
	public static final String TYPE = "texte.type";
	/** A field given twice in one block. */
	public static final String DOUBLE = "texte.double";
	/** The header names a couloir that is not installed. */
	public static final String COULOIR = "texte.couloir";
	/** data: the canonical spelling of the field. */
	public static final String VARIANTE = "texte.variante";
	/** The text is not UTF-8. */
	public static final String ENCODAGE = "texte.encodage";
	/** The text nests blocks or lists deeper than the limit (64 levels). */
	public static final String PROFONDEUR = "texte.profondeur";

	private IssueCodes() {
	}

	/**
	 * True when the model read from the text lacks something the text says: a syntax error or a nesting too deep (the
	 * text is not read whole), an unknown field, a field given twice, a couloir not installed, or a value that could not
	 * be read and could not be kept as written either (an application field's, a block where a value goes). A value
	 * of the ASP JSON the text writes in a form its field cannot hold is kept as written
	 * ({@link fr.segurstudio.model.asp.RawValues}): its problem loses nothing. {@code convert --to json} and
	 * {@code export --force} refuse a text with such an error rather than write a JSON without it.
	 */
	public static boolean leavesValueOut(Issue issue) {
		if (!issue.isError()) {
			return false;
		}
		return switch (issue.code()) {
		case SYNTAXE, ENCODAGE, PROFONDEUR, CHAMP_INCONNU, DOUBLE, COULOIR -> true;
		case TYPE -> issue.target() == null || issue.feature() == null || RawValues.get(issue.target(), issue.feature(), issue.index()) == null;
		default -> false;
		};
	}
}
