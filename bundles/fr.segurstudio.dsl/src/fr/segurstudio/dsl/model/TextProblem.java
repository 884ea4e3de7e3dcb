package fr.segurstudio.dsl.model;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import fr.segurstudio.model.issue.Severity;

/** A problem of the text found while reading it into the model, attached to the syntax node concerned. */
public record TextProblem(Severity severity, String code, String message, EObject node, EStructuralFeature nodeFeature, int index) {
}
