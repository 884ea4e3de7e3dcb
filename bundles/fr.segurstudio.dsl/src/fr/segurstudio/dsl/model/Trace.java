package fr.segurstudio.dsl.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import fr.segurstudio.dsl.segurDsl.Entry;
import fr.segurstudio.model.asp.SameShape;

/**
 * Which piece of text each model object and value came from (or went to): the file, request or block of
 * an object, the entry of a value. It places validation issues on the right text range and lets an edit
 * of the model change only the text of what changed.
 */
public final class Trace {

	private final Map<EObject, EObject> nodes = new IdentityHashMap<>();
	private final Map<EObject, EObject> objects = new IdentityHashMap<>();
	private final Map<EObject, Map<EStructuralFeature, List<Entry>>> entries = new IdentityHashMap<>();

	void node(EObject object, EObject node) {
		nodes.put(object, node);
		objects.put(node, object);
	}

	void entry(EObject object, EStructuralFeature feature, Entry entry) {
		entries.computeIfAbsent(object, o -> new HashMap<>()).computeIfAbsent(feature, f -> new ArrayList<>(1)).add(entry);
	}

	/** The syntax node of a model object (DossierText, DemandeText or Block), or null. */
	public EObject node(EObject object) {
		return nodes.get(object);
	}

	/** The model object of a syntax node (DossierText, DemandeText or Block), or null. */
	public EObject object(EObject node) {
		return objects.get(node);
	}

	/** The model object a syntax node belongs to: that of the nearest DossierText, DemandeText or Block around it. */
	public EObject objectAround(EObject node) {
		for (EObject n = node; n != null; n = n.eContainer()) {
			EObject object = objects.get(n);
			if (object != null) {
				return object;
			}
		}
		return null;
	}

	/** The first entry giving this feature of this object, or null when the text does not give it. */
	public Entry entry(EObject object, EStructuralFeature feature) {
		List<Entry> list = entries(object, feature);
		return list.isEmpty() ? null : list.get(0);
	}

	/** Every entry giving this feature (several for a list of blocks). */
	public List<Entry> entries(EObject object, EStructuralFeature feature) {
		Map<EStructuralFeature, List<Entry>> byFeature = entries.get(object);
		List<Entry> list = byFeature == null ? null : byFeature.get(feature);
		return list == null ? List.of() : list;
	}

	/**
	 * This trace carried from the objects of {@code from} onto those of {@code to}, a model of the same shape
	 * (the same objects at the same places of the containment tree); null when the shapes differ.
	 */
	public Trace transfer(EObject from, EObject to) {
		Trace moved = new Trace();
		boolean same = SameShape.pair(from, to, (a, b) -> {
			EObject node = nodes.get(a);
			if (node != null) {
				moved.node(b, node);
			}
			Map<EStructuralFeature, List<Entry>> byFeature = entries.get(a);
			if (byFeature != null) {
				Map<EStructuralFeature, List<Entry>> copied = new HashMap<>();
				byFeature.forEach((feature, list) -> copied.put(feature, new ArrayList<>(list)));
				moved.entries.put(b, copied);
			}
		});
		return same ? moved : null;
	}
}
