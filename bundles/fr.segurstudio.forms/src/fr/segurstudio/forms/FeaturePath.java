package fr.segurstudio.forms;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * A path of a view ({@code commande.dateCommande}): feature names separated by dots, read from an EClass;
 * every segment but the last is a single contained object. The forms use it to reach the object that holds
 * a control's value, which may not exist yet (the MDV {@code structure} of a LIBERAL order).
 */
public final class FeaturePath {

	private final String text;
	private final List<EStructuralFeature> features;

	private FeaturePath(String text, List<EStructuralFeature> features) {
		this.text = text;
		this.features = List.copyOf(features);
	}

	/**
	 * The path read from {@code from}; abstract classes met on the way become {@code concrete}'s answer (a
	 * couloir's Beneficiaires subclass).
	 *
	 * @throws IllegalArgumentException with a French reason when a segment names no feature of its class, or
	 *                                  goes through something else than a single contained object
	 */
	public static FeaturePath parse(EClass from, String text, java.util.function.UnaryOperator<EClass> concrete) {
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException("chemin vide");
		}
		List<EStructuralFeature> features = new ArrayList<>();
		EClass current = from;
		String[] segments = text.trim().split("\\.");
		for (int i = 0; i < segments.length; i++) {
			String segment = segments[i].trim();
			EStructuralFeature feature = current.getEStructuralFeature(segment);
			if (feature == null) {
				throw new IllegalArgumentException("« " + segment + " » n'est pas une propriété de " + current.getName() + " (propriétés : "
						+ String.join(", ", current.getEAllStructuralFeatures().stream().map(EStructuralFeature::getName).toList()) + ")");
			}
			features.add(feature);
			if (i < segments.length - 1) {
				if (!(feature instanceof EReference reference) || !reference.isContainment() || reference.isMany()) {
					throw new IllegalArgumentException("« " + segment + " » de " + current.getName()
							+ " n'est pas un objet contenu unique : le chemin ne peut pas continuer après lui");
				}
				current = concreteType(reference, concrete);
			}
		}
		return new FeaturePath(text.trim(), features);
	}

	static EClass concreteType(EReference reference, java.util.function.UnaryOperator<EClass> concrete) {
		EClass type = reference.getEReferenceType();
		if (type.isAbstract() || type.isInterface()) {
			EClass answer = concrete.apply(type);
			return answer != null ? answer : type;
		}
		return type;
	}

	/** The feature the path ends at. */
	public EStructuralFeature feature() {
		return features.get(features.size() - 1);
	}

	public List<EStructuralFeature> features() {
		return features;
	}

	/** The object that holds the last feature, read from {@code scope}; null when an object on the way is absent. */
	public EObject owner(EObject scope) {
		EObject current = scope;
		for (int i = 0; i < features.size() - 1 && current != null; i++) {
			current = (EObject) current.eGet(features.get(i));
		}
		return current;
	}

	/** The object the whole path names (for a path to a contained object); null when absent. */
	public EObject target(EObject scope) {
		EObject owner = owner(scope);
		return owner == null ? null : (EObject) owner.eGet(feature());
	}

	@Override
	public String toString() {
		return text;
	}
}
