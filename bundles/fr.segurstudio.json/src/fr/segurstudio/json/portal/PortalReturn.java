package fr.segurstudio.json.portal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import fr.segurstudio.model.asp.RawValues;
import fr.segurstudio.model.core.Demande;
import fr.segurstudio.model.core.Dossier;
import fr.segurstudio.model.core.SegurPackage;
import fr.segurstudio.model.core.StatutDemande;

/**
 * A file returned by the portal (seed §1.2, step 5.b: the same JSON with codeTraitement and
 * libelleTraitement per request, numeroASP for accepted ones) updates the matching requests of the
 * user's dossiers, found by numeroAns, couloir and software, and numeroEditeur.
 */
public final class PortalReturn {

	/** Code of an accepted request in the portal's flowchart (seed 004 §1.2); the seeds give no other code. */
	public static final String CODE_ACCEPTEE = "0000";

	/** What happened to one returned request. */
	public record Update(String numeroEditeur, StatutDemande statut, String numeroASP, String codeTraitement,
			String libelleTraitement, Demande target) {

		public boolean matched() {
			return target != null;
		}
	}

	private PortalReturn() {
	}

	/** True when at least one request of the file was processed by the portal. */
	public static boolean isReturnedFile(Dossier returned) {
		return returned.getDemandes().stream().anyMatch(d -> codeTraitement(d) != null || numeroASP(d) != null);
	}

	/** The status a returned request tells: accepted when it got a numeroASP or the code 0000. */
	public static StatutDemande statut(Demande returned) {
		if (numeroASP(returned) != null || CODE_ACCEPTEE.equals(codeTraitement(returned))) {
			return StatutDemande.ACCEPTEE;
		}
		return codeTraitement(returned) != null ? StatutDemande.REJETEE : StatutDemande.DEPOSEE;
	}

	/** The numeroASP a returned line gives, also when written as a number (kept as written by the importer); or null. */
	public static String numeroASP(Demande line) {
		return RawValues.text(line, SegurPackage.Literals.DEMANDE__NUMERO_ASP);
	}

	/** The codeTraitement a returned line gives, as {@link #numeroASP}. */
	public static String codeTraitement(Demande line) {
		return RawValues.text(line, SegurPackage.Literals.DEMANDE__CODE_TRAITEMENT);
	}

	/** The libelleTraitement a returned line gives, as {@link #numeroASP}. */
	public static String libelleTraitement(Demande line) {
		return RawValues.text(line, SegurPackage.Literals.DEMANDE__LIBELLE_TRAITEMENT);
	}

	/** The numeroEditeur of a returned line, as {@link #numeroASP}. */
	public static String numeroEditeur(Demande line) {
		return RawValues.text(line, SegurPackage.Literals.DEMANDE__NUMERO_EDITEUR);
	}

	/**
	 * Applies the returned file to the user's dossiers; an Update without target means that no dossier
	 * of that ANS has this numeroEditeur.
	 */
	public static List<Update> apply(Dossier returned, Collection<Dossier> dossiers) {
		Map<String, Demande> byNumber = new HashMap<>();
		for (Dossier dossier : dossiers) {
			if (Objects.equals(dossier.getNumeroAns(), returned.getNumeroAns())
					&& Objects.equals(dossier.getTypeLogiciel(), returned.getTypeLogiciel())) {
				dossier.getDemandes().forEach(d -> byNumber.putIfAbsent(d.getNumeroEditeur(), d));
			}
		}
		List<Update> updates = new ArrayList<>();
		for (Demande line : returned.getDemandes()) {
			String numeroASP = numeroASP(line);
			String code = codeTraitement(line);
			if (code == null && numeroASP == null) {
				continue;
			}
			StatutDemande statut = statut(line);
			Demande target = byNumber.get(numeroEditeur(line));
			if (target != null) {
				target.setNumeroASP(numeroASP);
				target.setCodeTraitement(code);
				target.setLibelleTraitement(libelleTraitement(line));
				target.setStatut(statut);
			}
			updates.add(new Update(numeroEditeur(line), statut, numeroASP, code, libelleTraitement(line), target));
		}
		return updates;
	}
}
