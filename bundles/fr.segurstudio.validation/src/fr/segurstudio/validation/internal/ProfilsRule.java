package fr.segurstudio.validation.internal;

import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import fr.segurstudio.model.core.Demande;
import fr.segurstudio.model.core.Dossier;
import fr.segurstudio.model.couloir.Couloir;
import fr.segurstudio.model.couloir.ProfilReferencement;
import fr.segurstudio.validation.IssueCodes;
import fr.segurstudio.validation.Rule;
import fr.segurstudio.validation.RuleContext;

/**
 * A scenario answer that requires an ANS referencing profile the software does not declare (seeds
 * §3.2, "Focus sur les scénarios"; the profiles of each ANS number are the user's settings). A warning:
 * the portal does not check it, the instruction does.
 */
final class ProfilsRule implements Rule {

	@Override
	public void checkDemande(Demande demande, RuleContext context) {
		Couloir couloir = context.couloir();
		if (couloir == null || !(demande.eContainer() instanceof Dossier dossier)) {
			return;
		}
		Set<String> declared = context.context().profils().of(dossier.getNumeroAns()).orElse(null);
		EObject scenario = demande.getScenarioInstallation();
		if (declared == null || scenario == null) {
			return;
		}
		for (ProfilReferencement profil : couloir.profils()) {
			if (profil.requiredBy(scenario) && !declared.contains(profil.nom())) {
				context.warning(IssueCodes.PROFIL, "« " + profil.feature() + " » vaut " + profil.value() + " : le logiciel doit être référencé avec le profil « "
						+ profil.nom() + " », absent des profils déclarés pour l'ANS " + dossier.getNumeroAns(), scenario,
						scenario.eClass().getEStructuralFeature(profil.feature()), -1);
			}
		}
	}
}
