package fr.segurstudio.dsl.validation;

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
}
