package fr.segurstudio.workspace;

import java.util.Map;

import fr.segurstudio.model.core.StatutDemande;

/**
 * What a .segur or ASP .json file holds, as the explorer shows it next to the file's name.
 *
 * @param couloir   BIO-SGL..., or null when not recognised
 * @param numeroAns the dossier's ANS number, or null
 * @param requests  number of requests
 * @param errors    number of errors (file and requests)
 * @param warnings  number of warnings
 * @param byStatus  number of requests per status (BROUILLON, DEPOSEE, ACCEPTEE, REJETEE)
 */
public record DossierSummary(String couloir, String numeroAns, int requests, int errors, int warnings, Map<StatutDemande, Integer> byStatus) {

	public DossierSummary {
		byStatus = Map.copyOf(byStatus);
	}
}
