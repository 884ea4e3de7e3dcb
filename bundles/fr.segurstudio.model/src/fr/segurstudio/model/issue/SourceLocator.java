package fr.segurstudio.model.issue;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/** Where the model objects and values of a file stood in its text (an ASP JSON file, a .segur text). */
public interface SourceLocator {

	/** No text at all (a model built in memory, a file that gave none): nothing to locate. */
	SourceLocator NONE = new SourceLocator() {
		@Override
		public SourceLocation locate(EObject object) {
			return SourceLocation.UNKNOWN;
		}

		@Override
		public SourceLocation locate(EObject object, EStructuralFeature feature, int index) {
			return SourceLocation.UNKNOWN;
		}
	};

	/** The location of an object, or of its nearest located container; UNKNOWN when none. */
	SourceLocation locate(EObject object);

	/**
	 * The location of a value (of its element {@code index} in a list), or, when the text does not give it,
	 * of the place that should.
	 */
	SourceLocation locate(EObject object, EStructuralFeature feature, int index);

	/**
	 * False when the text of this object (or of one around it) could not be read whole: a syntax error lies
	 * inside it, so what the model holds of it is the parser's guess, and checking that guess would only
	 * report the consequences of the one error. A JSON file is read whole or not at all.
	 */
	default boolean readWhole(EObject object) {
		return true;
	}
}
