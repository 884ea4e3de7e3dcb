package fr.segurstudio.couloir.bio.rules;

import fr.segurstudio.couloir.bio.BeneficiairesBio;
import fr.segurstudio.couloir.bio.BioPackage;
import fr.segurstudio.model.core.Demande;
import fr.segurstudio.validation.Rule;
import fr.segurstudio.validation.RuleContext;

/**
 * Seed 002 §3.2 isClientUnique: « true : le ou les établissement(s) bénéficiaire(s) appartiennent à une
 * même structure juridique ». Several legal entities under isClientUnique=true contradict the answer
 * (a warning: the portal's own check is not documented).
 */
public final class ClientUniqueRule implements Rule {

	public static final String CODE = "bio.client-unique";

	@Override
	public void checkDemande(Demande demande, RuleContext context) {
		if (demande.getBeneficiaires() instanceof BeneficiairesBio b && Boolean.TRUE.equals(b.getIsClientUnique())
				&& b.getEtablissementsClients().size() > 1) {
			context.warning(CODE, "isClientUnique vaut true mais " + b.getEtablissementsClients().size()
					+ " structures juridiques (FINESS juridiques) sont listées : une seule est attendue", b,
					BioPackage.Literals.BENEFICIAIRES_BIO__IS_CLIENT_UNIQUE, -1);
		}
	}
}
