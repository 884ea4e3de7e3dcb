package fr.segurstudio.model.asp;

import java.util.List;
import java.util.function.BiConsumer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

import fr.segurstudio.model.core.SegurPackage;

/**
 * Pairs the objects of two models of the same shape (the same classes at the same places of the
 * containment tree), e.g. a model and the one read back from the file it was just saved to, so that what
 * is known of one (where its values stand in the text) can be carried onto the other.
 */
public final class SameShape {

	private SameShape() {
	}

	/** Calls {@code pair} for each object of {@code from} and its twin in {@code to}; false when the shapes differ. */
	public static boolean pair(EObject from, EObject to, BiConsumer<EObject, EObject> pair) {
		if (from.eClass() != to.eClass()) {
			return false;
		}
		pair.accept(from, to);
		for (EReference reference : from.eClass().getEAllContainments()) {
			if (reference.getEReferenceType() == SegurPackage.Literals.RAW_VALUE) {
				continue; // values, not shape: a raw value left by a deleted object is not in the file written
			}
			List<?> fromChildren = children(from, reference);
			List<?> toChildren = children(to, reference);
			if (fromChildren.size() != toChildren.size()) {
				return false;
			}
			for (int i = 0; i < fromChildren.size(); i++) {
				if (!pair((EObject) fromChildren.get(i), (EObject) toChildren.get(i), pair)) {
					return false;
				}
			}
		}
		return true;
	}

	private static List<?> children(EObject object, EReference reference) {
		Object value = object.eGet(reference);
		return reference.isMany() ? (List<?>) value : value == null ? List.of() : List.of(value);
	}
}
