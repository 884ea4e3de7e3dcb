package fr.segurstudio.json;

import fr.segurstudio.model.issue.Issue;

/**
 * The stable ids of what the ASP JSON importer, the supporting-document checks and the deposit report.
 * Where an issue carries data (what a quick fix needs), the code says which.
 */
public final class IssueCodes {

	// reading a file
	public static final String SYNTAXE = "json.syntaxe";
	public static final String ENCODAGE = "json.encodage";
	public static final String RACINE = "json.racine";
	public static final String COULOIR = "json.couloir";
	/** A value of the wrong JSON type; data: the value written as it should be, when it still says what was meant. */
	public static final String TYPE = "json.type";
	/** data: the literal as it is spelt ({@code HT}). */
	public static final String VALEUR = "json.valeur";
	/** data: the date as JJ/MM/AAAA, when it was a real date in another form. */
	public static final String DATE = "json.date";
	/** data: the amount with two decimals. */
	public static final String DECIMALES = "json.decimales";
	public static final String MONTANT = "json.montant";
	public static final String CLE_ABSENTE = "json.cle-absente";
	/** data: the key spelt right. */
	public static final String CLE_CASSE = "json.cle-casse";
	/** data: the canonical key. */
	public static final String CLE_VARIANTE = "json.cle-variante";
	/** data: the closest expected key, when one is close. */
	public static final String CLE_INCONNUE = "json.cle-inconnue";
	public static final String CLE_DOUBLE = "json.cle-double";
	// the supporting-document files (seed §2.1: 3 Mo each, PDF/PNG/JPG), for validate and export alike
	public static final String PJ_FICHIER_ABSENT = "pj.fichier-absent";
	public static final String PJ_FICHIER_TAILLE = "pj.fichier-taille";
	public static final String PJ_FICHIER_TYPE = "pj.fichier-type";
	public static final String PJ_FICHIER_NOM = "pj.fichier-nom";
	/** The chemin leads out of the dossier's folder, or the piece is a symbolic link (refused unless allowed). */
	public static final String PJ_FICHIER_HORS_DOSSIER = "pj.fichier-hors-dossier";
	// the deposit
	public static final String DEPOT_PIECE_ABSENTE = "depot.piece-absente";
	public static final String DEPOT_PIECE_DOUBLE = "depot.piece-double";
	public static final String DEPOT_NUMERO_ANS = "depot.numeroAns";
	public static final String DEPOT_SIRET = "depot.siret";
	public static final String DEPOT_NUMERO_DOUBLE = "depot.numero-double";
	/** A numeroEditeur already deposited for the same numeroAns in the deposit folder; data: the earlier file. */
	public static final String DEPOT_NUMERO_DEPOSE = "depot.numero-depose";
	public static final String DEPOT_DOSSIER = "depot.dossier";
	public static final String DEPOT_NUMEROTATION = "depot.numerotation";

	private IssueCodes() {
	}

	/**
	 * True when the model no longer holds something the file said: a member of an unknown key or a doubled key
	 * (not read), the blocks of an unrecognised couloir, or a file that gave no model at all. Any value the reader
	 * could not take as written is kept as written ({@link fr.segurstudio.model.asp.RawValues}) and reported, which
	 * loses nothing. {@code convert} refuses a file with such an error rather than write a text without it.
	 */
	public static boolean leavesValueOut(Issue issue) {
		if (!issue.isError()) {
			return false;
		}
		return switch (issue.code()) {
		case CLE_INCONNUE, CLE_DOUBLE, COULOIR, SYNTAXE, ENCODAGE, RACINE -> true;
		default -> false;
		};
	}

	/**
	 * True when writing the model gives a file other than the one read: {@link #leavesValueOut}, or a key in the wrong
	 * case (its value is kept, under the right key). {@code export --force} refuses such a file: it would deposit
	 * something the report did not show.
	 */
	public static boolean writtenOtherwise(Issue issue) {
		return leavesValueOut(issue) || issue.isError() && CLE_CASSE.equals(issue.code());
	}
}
