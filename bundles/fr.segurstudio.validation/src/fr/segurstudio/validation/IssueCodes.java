package fr.segurstudio.validation;

/**
 * The stable ids of the validator's rules, shared by the validator, the command line's JSON output,
 * the editors' quick fixes and the tests. The importer's and the deposit's codes are in
 * {@link fr.segurstudio.json.IssueCodes}, the text language's in {@code fr.segurstudio.dsl.validation.IssueCodes}.
 * Where an issue carries data (what a quick fix needs), the code says which.
 */
public final class IssueCodes {

	// values of fields (data of the .ecore annotations), seeds §3.2
	public static final String OBLIGATOIRE = "champ.obligatoire";
	/** data: the literal to write, {@code null}. */
	public static final String NULL_ATTENDU = "champ.null-attendu";
	/** data: the empty form to write: {@code null}, {@code []} or {@code {}}. */
	public static final String VIDE_ATTENDU = "champ.vide-attendu";
	/** "" or blank text; data: {@code null} when the field may be null. */
	public static final String TEXTE_VIDE = "champ.texte-vide";
	/** A control or invisible character inside a text (NUL, ESC, a line break, U+200B, U+202E…); data: the text without them. */
	public static final String INVISIBLE = "champ.caractere-invisible";
	public static final String LONGUEUR = "champ.longueur";
	public static final String CHIFFRES = "champ.chiffres";
	/** data: the value in upper case. */
	public static final String MAJUSCULES = "champ.majuscules";
	public static final String EMAIL = "champ.email";
	/** data: the only value allowed, when there is one (typeAction « C »). */
	public static final String VALEUR = "champ.valeur";
	/** A list that should hold one element (warning). */
	public static final String UN_SEUL = "champ.un-seul";
	/** A list that should hold more than one element (warning). */
	public static final String PLUSIEURS = "champ.plusieurs";
	/** data: {@code null}. */
	public static final String RESERVE_ASP = "champ.reserve-asp";
	/** data: the code probably meant, when one is close. */
	public static final String OPERATEUR = "operateur.inconnu";
	public static final String MONTANT_DECIMALES = "montant.decimales";
	public static final String MONTANT_NEGATIF = "montant.negatif";
	public static final String MONTANT_POSITIF = "montant.positif";
	public static final String FINESS = "finess.format";
	// beyond the portal: check digits (warnings, the seeds' examples use dummy numbers)
	public static final String SIRET_CLE = "siret.cle";
	public static final String FINESS_CLE = "finess.cle";
	public static final String RPPS_CLE = "rpps.cle";
	// supporting documents, seeds §3.1, §3.2, §3.3 (the files themselves: fr.segurstudio.json.IssueCodes.PJ_FICHIER_*)
	public static final String PJ_TYPE = "pj.type";
	public static final String PJ_NOMBRE = "pj.nombre";
	public static final String PJ_ATTENDUE = "pj.attendue";
	/** data: the nomenclature name. */
	public static final String PJ_NOM = "pj.nom";
	public static final String PJ_DOUBLE = "pj.double";
	// requests and dossiers
	public static final String NUM_LIGNE = "demande.numLigne";
	public static final String NUMERO_EDITEUR_DOUBLE = "numeroEditeur.double";
	public static final String SITE_DOUBLE = "finess.site-double";
	public static final String PROFIL = "profil.non-declare";
	/** A profile declared for the ANS that no installed couloir knows. */
	public static final String PROFIL_INCONNU = "profil.inconnu";
	public static final String COULOIR_INCONNU = "dossier.couloir";
	// file structure (first control of the portal)
	public static final String FICHIER_DEMANDES = "fichier.nombre-demandes";
	public static final String FICHIER_COULOIRS = "fichier.couloirs";
	public static final String FICHIER_BLOC = "fichier.bloc";
	public static final String FICHIER_ILLISIBLE = "fichier.illisible";

	private IssueCodes() {
	}
}
