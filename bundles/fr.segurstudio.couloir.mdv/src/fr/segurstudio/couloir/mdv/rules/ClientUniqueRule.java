package fr.segurstudio.couloir.mdv.rules;

import fr.segurstudio.couloir.mdv.BeneficiairesMdv;
import fr.segurstudio.couloir.mdv.CommandePour;
import fr.segurstudio.couloir.mdv.MdvPackage;
import fr.segurstudio.model.core.Demande;
import fr.segurstudio.validation.Rule;
import fr.segurstudio.validation.RuleContext;

/**
 * Seed 004 §3.2 isClientUnique: « true : il y a un unique médecin bénéficiaire ». A LIBERAL order that
 * says so lists exactly one doctor (a warning: the portal's own check is not documented).
 */
public final class ClientUniqueRule implements Rule {

	public static final String CODE = "mdv.client-unique";

	@Override
	public void checkDemande(Demande demande, RuleContext context) {
		if (demande.getBeneficiaires() instanceof BeneficiairesMdv b && b.getCommandePour() == CommandePour.LIBERAL
				&& Boolean.TRUE.equals(b.getIsClientUnique()) && b.getLiberal().size() != 1) {
			context.warning(CODE, "isClientUnique vaut true mais " + b.getLiberal().size() + " médecins sont listés : un seul est attendu", b,
					MdvPackage.Literals.BENEFICIAIRES_MDV__IS_CLIENT_UNIQUE, -1);
		}
	}
}
