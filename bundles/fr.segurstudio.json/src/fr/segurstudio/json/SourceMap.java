package fr.segurstudio.json;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import fr.segurstudio.json.tree.JsonValue;
import fr.segurstudio.json.tree.JsonValue.JsonArray;
import fr.segurstudio.json.tree.JsonValue.JsonObject;
import fr.segurstudio.json.tree.JsonValue.Position;
import fr.segurstudio.model.asp.AspClassMapping;
import fr.segurstudio.model.asp.AspFeatureMapping;
import fr.segurstudio.model.asp.SameShape;
import fr.segurstudio.model.issue.SourceLocation;
import fr.segurstudio.model.issue.SourceLocator;

/**
 * Where each imported object and value stood in the JSON file, so that a rule checked on the model
 * reports at the right JSON path, line and column. When a value is missing, its object's location
 * (the place to add the key) is given, with the path the key would have.
 * <p>
 * Only the objects are recorded while importing, with the JSON object each was read from; where a value
 * stood is looked up in that JSON object when asked for, and its line and column computed then (an
 * import of 10,000 requests has a million values and few problems).
 */
public final class SourceMap implements SourceLocator {

	/** An object recorded: where it was read from. */
	private record Entry(JsonPath path, JsonObject json) {
	}

	private final Map<EObject, Entry> entries;

	public SourceMap() {
		this(16);
	}

	/** @param expected about how many objects will be recorded */
	public SourceMap(int expected) {
		entries = new IdentityHashMap<>(expected);
	}

	/** Records the JSON object an object was read from (importers). */
	public void object(EObject object, JsonPath path, JsonObject json) {
		entries.put(object, new Entry(path, json));
	}

	/** The location of the object, or of its nearest located container; UNKNOWN when none. */
	@Override
	public SourceLocation locate(EObject object) {
		for (EObject o = object; o != null; o = o.eContainer()) {
			Entry entry = entries.get(o);
			if (entry != null) {
				return location(entry.path, entry.json.position());
			}
		}
		return SourceLocation.UNKNOWN;
	}

	/**
	 * The location of a value: of the element {@code index} of a list, of the value, or, when the key was
	 * absent, of the object that should hold it (with the path the key would have).
	 */
	@Override
	public SourceLocation locate(EObject object, EStructuralFeature feature, int index) {
		if (feature == null) {
			return locate(object);
		}
		Entry entry = entries.get(object);
		if (entry == null) {
			SourceLocation owner = locate(object);
			return owner.withPath(join(owner.path(), key(object, feature)));
		}
		AspClassMapping mapping = AspClassMapping.of(object.eClass());
		JsonPath path = entry.path.key(key(mapping, feature));
		JsonValue value = valueOf(entry.json, mapping, feature);
		if (value == null) {
			return location(path, entry.json.position());
		}
		// element i of a list of values is element i of the array (an element kept as written holds its place);
		// the index of an element of a list of objects kept as written is its place in the array
		if (index >= 0 && feature.isMany() && value instanceof JsonArray array) {
			List<JsonValue> elements = array.elements();
			if (index < elements.size()) {
				return location(path.index(index), elements.get(index).position());
			}
		}
		return location(path, value.position());
	}

	/**
	 * The value the importer read for a feature: that of the first member whose key is the feature's, one
	 * of its variants, or the same but for case (later ones are duplicates, not read); null when none.
	 */
	private static JsonValue valueOf(JsonObject json, AspClassMapping mapping, EStructuralFeature feature) {
		for (JsonValue.Member member : json.members()) {
			AspFeatureMapping resolved = mapping.resolve(member.key());
			if (resolved != null && resolved.feature() == feature) {
				return member.value();
			}
		}
		return null;
	}

	/**
	 * This map carried from the objects of {@code from} onto those of {@code to}, a model of the same shape
	 * (the model just written to the file this map was read from); null when the shapes differ.
	 */
	public SourceMap transfer(EObject from, EObject to) {
		SourceMap moved = new SourceMap(entries.size());
		boolean same = SameShape.pair(from, to, (a, b) -> {
			Entry entry = entries.get(a);
			if (entry != null) {
				moved.entries.put(b, entry);
			}
		});
		return same ? moved : null;
	}

	public boolean isEmpty() {
		return entries.isEmpty();
	}

	private static String key(EObject object, EStructuralFeature feature) {
		return key(AspClassMapping.of(object.eClass()), feature);
	}

	private static String key(AspClassMapping mapping, EStructuralFeature feature) {
		AspFeatureMapping mapped = mapping.byFeature(feature);
		return mapped == null ? feature.getName() : mapped.key();
	}

	private static String join(String path, String key) {
		return path.isEmpty() ? key : path + "." + key;
	}

	/** A SourceLocation of a path and a position of the JSON text. */
	public static SourceLocation location(JsonPath path, Position position) {
		return new SourceLocation(path.toString(), position.line(), position.column(),
				(int) Math.min(Integer.MAX_VALUE, position.offset()), -1);
	}
}
