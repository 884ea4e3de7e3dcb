package fr.segurstudio.lifecycle;

/** The stable ids of what the services of a request's life report (returned files, resubmissions). */
public final class IssueCodes {

	// a file returned by the portal (seed §1.2 step 5.b)
	/** A line with neither numeroASP, codeTraitement nor libelleTraitement: the portal said nothing of it. */
	public static final String RETOUR_SANS_REPONSE = "retour.sans-reponse";
	/** A line with an answer but no numeroEditeur: it cannot be matched. */
	public static final String RETOUR_SANS_NUMERO = "retour.sans-numero";
	/** The same request twice, with the same answer (applied once) or different ones (neither applied). */
	public static final String RETOUR_DOUBLE = "retour.double";
	/** A rejection code with a numeroASP: accepted and rejected at once, not applied. */
	public static final String RETOUR_CONTRADICTOIRE = "retour.contradictoire";
	/** Code 0000 without the numeroASP the vendor must keep. */
	public static final String RETOUR_SANS_NUMERO_ASP = "retour.sans-numero-asp";
	/** The returned file's SIRET is not the dossier's: its answers are not applied there. */
	public static final String RETOUR_SIRET = "retour.siret";
	/** The request is ACCEPTEE with a numeroASP that the line would undo or replace: not applied. */
	public static final String RETOUR_DEJA_ACCEPTEE = "retour.deja-acceptee";
	// resubmission
	/** All 99,999 numeroEditeur of the vendor are used: a request cannot be given a new one. */
	public static final String NUMEROS_EPUISES = "resoumission.numeros-epuises";

	private IssueCodes() {
	}
}
