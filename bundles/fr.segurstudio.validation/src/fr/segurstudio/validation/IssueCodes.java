package fr.segurstudio.validation;

/**
 * The stable ids of the validator's rules, shared by the validator, the command line's JSON output,
 * the text editor's quick fixes and the tests. Importer codes start with {@code json.}.
 */
public final class IssueCodes {

	// values of fields (data of the .ecore annotations), seeds §3.2
	public static final String OBLIGATOIRE = "champ.obligatoire";
	public static final String NULL_ATTENDU = "champ.null-attendu";
	public static final String VIDE_ATTENDU = "champ.vide-attendu";
	public static final String LONGUEUR = "champ.longueur";
	public static final String CHIFFRES = "champ.chiffres";
	public static final String MAJUSCULES = "champ.majuscules";
	public static final String EMAIL = "champ.email";
	public static final String VALEUR = "champ.valeur";
	public static final String RESERVE_ASP = "champ.reserve-asp";
	public static final String OPERATEUR = "operateur.inconnu";
	public static final String MONTANT_DECIMALES = "montant.decimales";
	public static final String MONTANT_POSITIF = "montant.positif";
	public static final String FINESS = "finess.format";
	// beyond the portal: check digits (warnings, the seeds' examples use dummy numbers)
	public static final String SIRET_CLE = "siret.cle";
	public static final String FINESS_CLE = "finess.cle";
	public static final String RPPS_CLE = "rpps.cle";
	// supporting documents, seeds §3.1, §3.2, §3.3
	public static final String PJ_TYPE = "pj.type";
	public static final String PJ_NOMBRE = "pj.nombre";
	public static final String PJ_ATTENDUE = "pj.attendue";
	public static final String PJ_NOM = "pj.nom";
	public static final String PJ_DOUBLE = "pj.double";
	public static final String PJ_FICHIER_ABSENT = "pj.fichier-absent";
	public static final String PJ_FICHIER_TAILLE = "pj.fichier-taille";
	public static final String PJ_FICHIER_TYPE = "pj.fichier-type";
	// requests and dossiers
	public static final String NUM_LIGNE = "demande.numLigne";
	public static final String NUMERO_EDITEUR_DOUBLE = "numeroEditeur.double";
	public static final String SITE_DOUBLE = "finess.site-double";
	public static final String PROFIL = "profil.non-declare";
	// file structure (first control of the portal)
	public static final String FICHIER_DEMANDES = "fichier.nombre-demandes";
	public static final String FICHIER_COULOIRS = "fichier.couloirs";
	public static final String FICHIER_BLOC = "fichier.bloc";

	private IssueCodes() {
	}
}
