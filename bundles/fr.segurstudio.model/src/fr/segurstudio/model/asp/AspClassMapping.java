package fr.segurstudio.model.asp;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.ecore.EAnnotation;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * The JSON shape of one EClass: its mapped features in key order, and lookup by key, by accepted
 * spelling variant, or case-insensitively (to tell a user that {@code siret} should read {@code SIRET}).
 * Built once per EClass from the .ecore annotations; EClasses are immutable once registered.
 */
public final class AspClassMapping {

	private static final Map<EClass, AspClassMapping> CACHE = new ConcurrentHashMap<>();

	private final EClass eClass;
	private final List<AspFeatureMapping> features;
	private final Map<String, AspFeatureMapping> byKey = new HashMap<>();
	private final Map<String, AspFeatureMapping> byAlias = new HashMap<>();
	private final Map<String, AspFeatureMapping> byLowerCaseKey = new HashMap<>();

	private AspClassMapping(EClass eClass) {
		this.eClass = eClass;
		List<AspFeatureMapping> list = new ArrayList<>();
		for (EStructuralFeature feature : eClass.getEAllStructuralFeatures()) {
			EAnnotation annotation = feature.getEAnnotation(AspAnnotation.SOURCE);
			if (annotation != null) {
				AspFeatureMapping mapping = new AspFeatureMapping(feature, annotation, list.size());
				list.add(mapping);
				byKey.put(mapping.key(), mapping);
				byLowerCaseKey.put(mapping.key().toLowerCase(Locale.ROOT), mapping);
				mapping.aliases().forEach(alias -> byAlias.put(alias, mapping));
			}
		}
		this.features = Collections.unmodifiableList(list);
	}

	public static AspClassMapping of(EClass eClass) {
		AspClassMapping mapping = CACHE.get(eClass); // read once an object: no lambda, no lock
		return mapping != null ? mapping : CACHE.computeIfAbsent(eClass, AspClassMapping::new);
	}

	public EClass eClass() {
		return eClass;
	}

	/** Mapped features, in the order of the seed's table. */
	public List<AspFeatureMapping> features() {
		return features;
	}

	/** The feature written under exactly this key, or null. */
	public AspFeatureMapping byKey(String key) {
		return byKey.get(key);
	}

	/** The feature for which this key is an accepted spelling variant, or null. */
	public AspFeatureMapping byAlias(String key) {
		return byAlias.get(key);
	}

	/** The feature whose key equals this one but for case, or null. */
	public AspFeatureMapping byKeyIgnoringCase(String key) {
		return byLowerCaseKey.get(key.toLowerCase(Locale.ROOT));
	}

	/**
	 * The feature a key of a JSON object is read into: the feature of this key, else the one of which it is
	 * a spelling variant, else the one whose key is the same but for case; null when none.
	 */
	public AspFeatureMapping resolve(String key) {
		AspFeatureMapping feature = byKey.get(key);
		if (feature == null) {
			feature = byAlias.get(key);
		}
		return feature != null ? feature : byKeyIgnoringCase(key);
	}

	public AspFeatureMapping byFeature(EStructuralFeature feature) {
		for (AspFeatureMapping mapping : features) {
			if (mapping.feature() == feature) {
				return mapping;
			}
		}
		return null;
	}
}
