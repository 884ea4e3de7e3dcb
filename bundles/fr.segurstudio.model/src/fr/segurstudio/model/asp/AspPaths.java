package fr.segurstudio.model.asp;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

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
