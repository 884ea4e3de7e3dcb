package fr.segurstudio.model.asp;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * The value of a mapped feature as the seeds see it, read the same way by the validator and the writer:
 * an unset unsettable feature is null, except an object the seed writes {@code {}} when absent
 * ({@link AspFeatureMapping#absentAs()}), whose unset state is that {@code {}}.
 */
public final class FieldValues {

	private FieldValues() {
	}

	/** The value, null for an unset unsettable feature. */
	public static Object get(EObject object, EStructuralFeature feature) {
		return feature.isUnsettable() && !object.eIsSet(feature) ? null : object.eGet(feature);
	}

	/** No value at all: null, an empty list, an absent object. A blank text is a value (and an error). */
	public static boolean isNull(Object value) {
		return value == null || value instanceof List<?> list && list.isEmpty();
	}

	/** A text with nothing but spaces and invisible characters in it ({@link Characters#isBlank}): never a valid value of the seeds. */
	public static boolean isBlank(Object value) {
		return value instanceof String s && Characters.isBlank(s);
	}

	/** The seed's {@code {}}: an absent object the seed writes as an empty object. */
	public static boolean isEmptyObject(EObject object, AspFeatureMapping mapping) {
		return "{}".equals(mapping.absentAs()) && !object.eIsSet(mapping.feature());
	}

	/**
	 * What "à ne pas renseigner" or "vide" accepts for this feature: null or false, {@code []}, the seed's
	 * {@code {}} (a JSON null is not), an object none of whose values is filled.
	 */
	public static boolean isEmptyForm(EObject owner, AspFeatureMapping mapping) {
		if (mapping.absentAs() != null) {
			return isEmptyObject(owner, mapping) || get(owner, mapping.feature()) instanceof EObject child && hasNoValue(child);
		}
		Object value = get(owner, mapping.feature());
		if (isNull(value) || Boolean.FALSE.equals(value)) {
			return true;
		}
		return value instanceof EObject child && hasNoValue(child);
	}

	private static boolean hasNoValue(EObject object) {
		for (AspFeatureMapping child : AspClassMapping.of(object.eClass()).features()) {
			if (!isEmptyForm(object, child)) {
				return false;
			}
		}
		return true;
	}
}
