package fr.segurstudio.model.couloir;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * An ANS referencing profile that a scenario answer requires (seed §3.2 "Focus sur les scénarios
 * d'installation et le profil référencé nécessaire"): when {@code feature} of the installation scenario
 * has {@code value}, the software must have been referenced with the profile {@code nom}.
 */
public record ProfilReferencement(String feature, String value, String nom, String seed, String note) {

	/** True when the scenario gives the answer that requires this profile. */
	public boolean requiredBy(EObject scenario) {
		if (scenario == null) {
			return false;
		}
		EStructuralFeature f = scenario.eClass().getEStructuralFeature(feature);
		if (f == null) {
			return false;
		}
		Object v = scenario.eGet(f);
		return v != null && value.equals(String.valueOf(v));
	}
}
