package fr.segurstudio.model.issue;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * One problem found in a dossier or a file, by the importer or by a validator rule.
 *
 * @param severity ERROR or WARNING
 * @param code     stable id of the rule (a constant of the reporting bundle's {@code IssueCodes}): tools and
 *                 quick fixes key on it
 * @param message  French, says what is wrong and what is expected
 * @param target   the model object concerned, or null (file-level issue, or no model)
 * @param feature  its feature, or null
 * @param index    position in a many-valued feature, or -1
 * @param location where in the source text, when known
 * @param data     what a quick fix needs, as the code documents it (the suggested operator code, the
 *                 expected spelling...): never to be read back from the message
 */
public record Issue(Severity severity, String code, String message, EObject target, EStructuralFeature feature, int index,
		SourceLocation location, List<String> data) {

	public Issue {
		data = data == null ? List.of() : List.copyOf(data);
	}

	public Issue(Severity severity, String code, String message, EObject target, EStructuralFeature feature, int index,
			SourceLocation location) {
		this(severity, code, message, target, feature, index, location, List.of());
	}

	public static Issue error(String code, String message, SourceLocation location) {
		return new Issue(Severity.ERROR, code, message, null, null, -1, location);
	}

	public static Issue warning(String code, String message, SourceLocation location) {
		return new Issue(Severity.WARNING, code, message, null, null, -1, location);
	}

	public boolean isError() {
		return severity == Severity.ERROR;
	}

	/** The first datum, or null. */
	public String datum() {
		return data.isEmpty() ? null : data.get(0);
	}

	public Issue at(SourceLocation newLocation) {
		return new Issue(severity, code, message, target, feature, index, newLocation, data);
	}

	public Issue on(EObject newTarget, EStructuralFeature newFeature, int newIndex) {
		return new Issue(severity, code, message, newTarget, newFeature, newIndex, location, data);
	}

	public Issue withMessage(String newMessage) {
		return new Issue(severity, code, newMessage, target, feature, index, location, data);
	}
}
