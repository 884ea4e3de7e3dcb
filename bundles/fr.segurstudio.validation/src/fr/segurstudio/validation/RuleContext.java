package fr.segurstudio.validation;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import fr.segurstudio.model.couloir.Couloir;
import fr.segurstudio.model.couloir.CouloirRegistry;
import fr.segurstudio.model.issue.Severity;

/**
 * What a rule sees and how it reports: problems are attached to the object and feature they concern,
 * with the data a quick fix needs (documented with the code in {@link IssueCodes}).
 */
public interface RuleContext {

	/** The couloir of the dossier being checked, or null when it is not installed. */
	Couloir couloir();

	CouloirRegistry registry();

	ValidationContext context();

	void report(Severity severity, String code, String message, EObject target, EStructuralFeature feature, int index, List<String> data);

	/** An error; {@code data} are the quick fix's arguments (null ones are left out). */
	default void error(String code, String message, EObject target, EStructuralFeature feature, int index, String... data) {
		report(Severity.ERROR, code, message, target, feature, index, present(data));
	}

	/** A warning; {@code data} are the quick fix's arguments (null ones are left out). */
	default void warning(String code, String message, EObject target, EStructuralFeature feature, int index, String... data) {
		report(Severity.WARNING, code, message, target, feature, index, present(data));
	}

	private static List<String> present(String... data) {
		return Arrays.stream(data).filter(Objects::nonNull).toList();
	}
}
