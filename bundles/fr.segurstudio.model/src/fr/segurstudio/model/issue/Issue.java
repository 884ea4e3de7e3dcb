package fr.segurstudio.model.issue;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * One problem found in a dossier or a file, by the importer or by a validator rule.
 *
 * @param severity ERROR or WARNING
 * @param code     stable id of the rule (e.g. {@code longueur}, {@code json.cle-inconnue}): tools and quick fixes key on it
 * @param message  French, says what is wrong and what is expected
 * @param target   the model object concerned, or null (file-level issue, or no model)
 * @param feature  its feature, or null
 * @param index    position in a many-valued feature, or -1
 * @param location where in the source text, when known
 */
public record Issue(Severity severity, String code, String message, EObject target, EStructuralFeature feature, int index,
		SourceLocation location) {

	public static Issue error(String code, String message, SourceLocation location) {
		return new Issue(Severity.ERROR, code, message, null, null, -1, location);
	}

	public static Issue warning(String code, String message, SourceLocation location) {
		return new Issue(Severity.WARNING, code, message, null, null, -1, location);
	}

	public boolean isError() {
		return severity == Severity.ERROR;
	}

	public Issue at(SourceLocation newLocation) {
		return new Issue(severity, code, message, target, feature, index, newLocation);
	}

	public Issue on(EObject newTarget, EStructuralFeature newFeature, int newIndex) {
		return new Issue(severity, code, message, newTarget, newFeature, newIndex, location);
	}
}
