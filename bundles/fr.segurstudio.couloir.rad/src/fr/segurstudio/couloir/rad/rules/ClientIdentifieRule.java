package fr.segurstudio.couloir.rad.rules;

import fr.segurstudio.couloir.rad.BeneficiairesRad;
import fr.segurstudio.couloir.rad.RadPackage;
import fr.segurstudio.model.core.Demande;
import fr.segurstudio.validation.Rule;
import fr.segurstudio.validation.RuleContext;

/**
 * Seed 003 §3.1: « Le client final peut être identifié par son activité libérale par l'intermédiaire de
 * ses numéros RPPS et AM et/ou par son activité hospitalière identifiée par son FINESS Géographique »:
 * either list may be empty, not both (asp-json.md §7).
 */
public final class ClientIdentifieRule implements Rule {

	public static final String CODE = "rad.client-identifie";

	@Override
	public void checkDemande(Demande demande, RuleContext context) {
		if (demande.getBeneficiaires() instanceof BeneficiairesRad b && b.getEtablissementsClients().isEmpty()
				&& b.getRadLiberauxClients().isEmpty()) {
			context.error(CODE, "aucun client : la demande cite au moins un établissement (EtablissementsClients) ou un radiologue libéral"
					+ " (radLiberauxClients)", b, RadPackage.Literals.BENEFICIAIRES_RAD__ETABLISSEMENTS_CLIENTS, -1);
		}
	}
}
