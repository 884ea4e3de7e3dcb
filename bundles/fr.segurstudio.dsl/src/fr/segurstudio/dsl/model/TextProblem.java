package fr.segurstudio.dsl.model;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import fr.segurstudio.model.issue.Severity;

/**
 * A problem of the text found while reading it into the model, attached to the syntax node concerned; for a
 * value that could not be read, also the model's feature (and list index) it was for, so that the
 * validator's own complaint about the same value ("est obligatoire") is not said a second time.
 */
public record TextProblem(Severity severity, String code, String message, EObject node, EStructuralFeature nodeFeature, int index,
		EStructuralFeature valueFeature, int valueIndex) {

	public TextProblem(Severity severity, String code, String message, EObject node, EStructuralFeature nodeFeature, int index) {
		this(severity, code, message, node, nodeFeature, index, null, -1);
	}
}
