package fr.segurstudio.json;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

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
 */
public final class SourceMap implements SourceLocator {

	private static final class Entry {
		final JsonPath path;
		final Position position;
		final Map<EStructuralFeature, Position> values = new HashMap<>(8);
		Map<EStructuralFeature, List<Position>> elements;

		Entry(JsonPath path, Position position) {
			this.path = path;
			this.position = position;
		}
	}

	private final Map<EObject, Entry> entries = new IdentityHashMap<>();

	/** Records where an object starts (importers). */
	public void object(EObject object, JsonPath path, Position position) {
		entries.put(object, new Entry(path, position));
	}

	/** Records where a value of an object recorded before stands (importers). */
	public void value(EObject object, EStructuralFeature feature, Position position) {
		entries.get(object).values.put(feature, position);
	}

	/** Records where the next element of a list of values stands (importers). */
	public void element(EObject object, EStructuralFeature feature, Position position) {
		Entry entry = entries.get(object);
		if (entry.elements == null) {
			entry.elements = new HashMap<>(4);
		}
		entry.elements.computeIfAbsent(feature, f -> new ArrayList<>()).add(position);
	}

	/** The location of the object, or of its nearest located container; UNKNOWN when none. */
	@Override
	public SourceLocation locate(EObject object) {
		for (EObject o = object; o != null; o = o.eContainer()) {
			Entry entry = entries.get(o);
			if (entry != null) {
				return location(entry.path, entry.position);
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
		JsonPath path = entry.path.key(key(object, feature));
		List<Position> elements = entry.elements == null ? null : entry.elements.get(feature);
		if (index >= 0 && elements != null && index < elements.size()) {
			return location(path.index(index), elements.get(index));
		}
		Position value = entry.values.get(feature);
		return location(path, value != null ? value : entry.position);
	}

	/**
	 * This map carried from the objects of {@code from} onto those of {@code to}, a model of the same shape
	 * (the model just written to the file this map was read from); null when the shapes differ.
	 */
	public SourceMap transfer(EObject from, EObject to) {
		SourceMap moved = new SourceMap();
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
		AspFeatureMapping mapping = AspClassMapping.of(object.eClass()).byFeature(feature);
		return mapping == null ? feature.getName() : mapping.key();
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
