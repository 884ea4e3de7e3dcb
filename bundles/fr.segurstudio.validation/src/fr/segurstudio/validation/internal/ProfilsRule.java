package fr.segurstudio.validation.internal;

import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.ecore.EObject;

import fr.segurstudio.model.core.Demande;
import fr.segurstudio.model.core.Dossier;
import fr.segurstudio.model.core.SegurPackage;
import fr.segurstudio.model.couloir.Couloir;
import fr.segurstudio.model.couloir.ProfilReferencement;
import fr.segurstudio.model.issue.Echo;
import fr.segurstudio.validation.IssueCodes;
import fr.segurstudio.validation.ProfilsDeclares;
import fr.segurstudio.validation.Rule;
import fr.segurstudio.validation.RuleContext;

/**
 * A scenario answer that requires an ANS referencing profile the software does not declare (seeds
 * §3.2, "Focus sur les scénarios"; the profiles of each ANS number are the user's settings). A warning:
 * the portal does not check it, the instruction does. A profile declared for the dossier's ANS that no
 * installed couloir knows (a typo: it would never match what a scenario requires) is a warning too.
 */
final class ProfilsRule implements Rule {

	@Override
	public void checkDossier(Dossier dossier, RuleContext context) {
		Set<String> declared = context.context().profils().of(dossier.getNumeroAns()).orElse(null);
		if (declared == null) {
			return;
		}
		Set<String> known = ProfilsDeclares.known(context.registry()).keySet();
		for (String name : ProfilsDeclares.unknown(new TreeSet<>(declared), context.registry())) {
			context.warning(IssueCodes.PROFIL_INCONNU, "profil « " + Echo.text(name) + " » déclaré pour l'ANS " + Echo.text(dossier.getNumeroAns())
					+ " : aucun couloir installé ne le connaît (profils connus : " + String.join(", ", known)
					+ ") ; vérifiez son nom dans les profils déclarés (Préférences > Ségur Studio, ou " + ProfilsDeclares.userSettingsFile().getFileName()
					+ ")", dossier, SegurPackage.Literals.DOSSIER__NUMERO_ANS, -1);
		}
	}

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
