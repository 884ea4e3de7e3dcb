package fr.segurstudio.model.asp;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import fr.segurstudio.model.core.Demande;

/**
 * The JSON path of a model value, as the ASP JSON would hold it: {@code lignesImport[2].beneficiaires.liberal[0].RPPS}.
 * The same path names a value whether it was read from JSON or from a .segur text.
 */
public final class AspPaths {

	private AspPaths() {
	}

	public static String of(EObject object) {
		StringBuilder path = new StringBuilder();
		append(path, object);
		return path.toString();
	}

	public static String of(EObject object, EStructuralFeature feature, int index) {
		StringBuilder path = new StringBuilder();
		append(path, object);
		if (feature != null) {
			if (path.length() > 0) {
				path.append('.');
			}
			path.append(key(feature));
			if (index >= 0) {
				path.append('[').append(index).append(']');
			}
		}
		return path.toString();
	}

	/**
	 * The path of a value from its request ({@code beneficiaires.liberal[0].RPPS}), as the reports write it;
	 * from the dossier for a value outside any request ({@code SIRET}).
	 */
	public static String fromRequest(EObject object, EStructuralFeature feature, int index) {
		String full = of(object, feature, index);
		for (EObject o = object; o != null; o = o.eContainer()) {
			if (o instanceof Demande demande && demande.eContainer() != null) {
				String prefix = of(demande);
				return full.equals(prefix) ? "" : full.substring(prefix.length() + 1);
			}
		}
		return full;
	}

	/** A value named by a path from an object (the inverse of {@link #fromRequest}); null when the path names nothing. */
	public static Place resolve(EObject from, String path) {
		EObject object = from;
		EStructuralFeature feature = null;
		int index = -1;
		if (path == null || path.isEmpty()) {
			return new Place(from, null, -1);
		}
		String[] segments = path.split("\\.");
		for (int s = 0; s < segments.length; s++) {
			if (feature != null) {
				Object value = index >= 0 ? ((List<?>) object.eGet(feature)).get(index) : object.eGet(feature);
				if (!(value instanceof EObject next)) {
					return null;
				}
				object = next;
			}
			String segment = segments[s];
			index = -1;
			int bracket = segment.indexOf('[');
			if (bracket >= 0 && segment.endsWith("]")) {
				try {
					index = Integer.parseInt(segment.substring(bracket + 1, segment.length() - 1));
				} catch (NumberFormatException e) {
					return null;
				}
				segment = segment.substring(0, bracket);
			}
			AspFeatureMapping mapping = AspClassMapping.of(object.eClass()).byKey(segment);
			if (mapping == null) {
				return null;
			}
			feature = mapping.feature();
			if (index >= 0 && (!feature.isMany() || index >= ((List<?>) object.eGet(feature)).size())) {
				return null;
			}
		}
		return new Place(object, feature, index);
	}

	/** A value of the model: an object, one of its features (null: the object itself), an index in a list or -1. */
	public record Place(EObject object, EStructuralFeature feature, int index) {
	}

	private static void append(StringBuilder path, EObject object) {
		EObject container = object.eContainer();
		EStructuralFeature feature = object.eContainingFeature();
		if (container == null || feature == null) {
			return;
		}
		append(path, container);
		if (path.length() > 0) {
			path.append('.');
		}
		path.append(key(feature));
		if (feature.isMany()) {
			path.append('[').append(((List<?>) container.eGet(feature)).indexOf(object)).append(']');
		}
	}

	private static String key(EStructuralFeature feature) {
		AspFeatureMapping mapping = AspClassMapping.of(feature.getEContainingClass()).byFeature(feature);
		return mapping == null ? feature.getName() : mapping.key();
	}
}
