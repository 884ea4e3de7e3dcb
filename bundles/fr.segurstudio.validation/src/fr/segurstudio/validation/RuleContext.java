package fr.segurstudio.validation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import fr.segurstudio.model.couloir.Couloir;
import fr.segurstudio.model.couloir.CouloirRegistry;

/** What a rule sees and how it reports: problems are attached to the object and feature they concern. */
public interface RuleContext {

	/** The couloir of the dossier being checked, or null when it is not installed. */
	Couloir couloir();

	CouloirRegistry registry();

	ValidationContext context();

	void error(String code, String message, EObject target, EStructuralFeature feature, int index);

	void warning(String code, String message, EObject target, EStructuralFeature feature, int index);
}
