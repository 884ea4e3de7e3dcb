package fr.segurstudio.model.asp;

import java.util.List;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

import fr.segurstudio.model.core.Demande;
import fr.segurstudio.model.core.Dossier;
import fr.segurstudio.model.core.RawValue;
import fr.segurstudio.model.core.SegurFactory;
import fr.segurstudio.model.core.SegurPackage;

/**
 * The values a file wrote in a form their feature cannot hold, kept as written ({@link RawValue}): the one
 * mechanism through which the JSON importer, the .segur reader, a spreadsheet import, the writers, the validator
 * and the forms see them.
 * <p>
 * <b>Where they live.</b> A raw value is an object of the model, contained by the nearest request of its owner
 * (else by the dossier, for the header's values), and refers to its owner object and feature. So everything EMF
 * does to a model does it to them too: a copy of a dossier or of a request carries them (validation snapshots,
 * duplicates, imports), a command adds or removes them (undo, redo, notifications), deleting a request deletes them.
 * A raw value whose owner was deleted from inside its request stays in the request, ignored (its owner is no longer
 * there), and is found again when an undo puts the owner back.
 * <p>
 * <b>What the model holds meanwhile.</b> A feature with a raw value ({@code index} -1) holds null (unset when
 * unsettable; an empty list); an element of a list of values ({@code index} &ge; 0) holds null at that position of
 * the list; an element of a list of objects has no object in the list (its index is its position in the array as
 * written, among the objects). A value the model gets since wins: a raw value stands only while its place holds
 * nothing ({@link #get} does not give it otherwise), so that code setting a value (a form, a resubmission, a
 * returned file) replaces it without knowing of it; a form that empties a field removes the raw value itself.
 * <p>
 * <b>The text.</b> {@link RawValue#getJson()} is compact JSON ({@code 12345}, {@code "2022-03-14"},
 * {@code {"a":1}}); null means that the key is missing from the file. A spreadsheet cell that cannot be read is held
 * as a JSON string: {@code hold(owner, feature, -1, RawValues.jsonString(cell))}.
 */
public final class RawValues {

	private RawValues() {
	}

	/**
	 * The raw value of this feature of {@code owner} (of its element {@code index}, -1 for the whole value) while its
	 * place holds nothing else, or null.
	 */
	public static RawValue get(EObject owner, EStructuralFeature feature, int index) {
		EList<RawValue> held = heldBy(owner);
		if (held == null || held.isEmpty()) {
			return null;
		}
		for (RawValue raw : held) {
			if (raw.getOwner() == owner && raw.getFeature() == feature && raw.getIndex() == index) {
				return stands(raw) ? raw : null;
			}
		}
		return null;
	}

	/** True while the raw value's place holds nothing else: a null or unset value, an empty list, a null element. */
	private static boolean stands(RawValue raw) {
		EObject owner = raw.getOwner();
		EStructuralFeature feature = raw.getFeature();
		if (feature.isMany() && !(feature instanceof EReference && raw.getIndex() >= 0)) {
			List<?> list = (List<?>) owner.eGet(feature);
			return raw.getIndex() < 0 ? list.isEmpty() : raw.getIndex() < list.size() && list.get(raw.getIndex()) == null;
		}
		return feature.isMany() || FieldValues.get(owner, feature) == null;
	}

	/** The raw value of the whole value of this feature, or null. */
	public static RawValue get(EObject owner, EStructuralFeature feature) {
		return get(owner, feature, -1);
	}

	/** Every raw value of this feature of {@code owner} that stands (the whole value and elements), in no particular order. */
	public static List<RawValue> of(EObject owner, EStructuralFeature feature) {
		EList<RawValue> held = heldBy(owner);
		if (held == null || held.isEmpty()) {
			return List.of();
		}
		return held.stream().filter(raw -> raw.getOwner() == owner && raw.getFeature() == feature && stands(raw)).toList();
	}

	/** True when this feature of {@code owner}, or one of its elements, is held raw. */
	public static boolean any(EObject owner, EStructuralFeature feature) {
		return !of(owner, feature).isEmpty();
	}

	/** Every raw value whose owner is {@code owner}, standing or not (a value set since hides it): what a copy or a merge carries. */
	public static List<RawValue> all(EObject owner) {
		EList<RawValue> held = heldBy(owner);
		if (held == null || held.isEmpty()) {
			return List.of();
		}
		return held.stream().filter(raw -> raw.getOwner() == owner).toList();
	}

	/**
	 * The raw values a new value of this feature of {@code owner} replaces (all of them, the elements' too): what an
	 * edit removes, in the same command, so that its undo brings them back.
	 */
	public static List<RawValue> replacedBy(EObject owner, EStructuralFeature feature) {
		return all(owner).stream().filter(raw -> raw.getFeature() == feature).toList();
	}

	/**
	 * Holds {@code json} as the raw value of this feature of {@code owner} (of its element {@code index}), replacing
	 * the one there was. A single value's own is made null, so that the raw value stands (typeAction's default « C »
	 * would hide it); a list's elements are the caller's (a null at the element's place, see the class comment).
	 * Not a command: for readers building a model. {@code owner} must be a request, a dossier or inside one.
	 *
	 * @param json compact JSON text, or null for a missing key
	 */
	public static RawValue hold(EObject owner, EStructuralFeature feature, int index, String json) {
		EList<RawValue> held = heldBy(owner);
		if (held == null) {
			throw new IllegalArgumentException("no request or dossier holds " + owner.eClass().getName());
		}
		RawValue raw = held.stream().filter(r -> r.getOwner() == owner && r.getFeature() == feature && r.getIndex() == index).findFirst()
				.orElse(null);
		if (raw == null) {
			raw = SegurFactory.eINSTANCE.createRawValue();
			raw.setOwner(owner);
			raw.setFeature(feature);
			raw.setIndex(index);
			held.add(raw);
		}
		raw.setJson(json);
		if (index < 0 && !feature.isMany()) {
			if (feature.isUnsettable()) {
				owner.eUnset(feature);
			} else {
				owner.eSet(feature, null);
			}
		}
		return raw;
	}

	/**
	 * The list of raw values that holds those of {@code owner} (its nearest request, else its dossier), or null
	 * when it is in neither.
	 */
	public static EList<RawValue> heldBy(EObject owner) {
		EObject holder = holder(owner);
		return holder instanceof Demande demande ? demande.getRawValues() : holder instanceof Dossier dossier ? dossier.getRawValues() : null;
	}

	/** The object holding the raw values of {@code owner}: its nearest request, else its dossier; or null. */
	public static EObject holder(EObject owner) {
		for (EObject o = owner; o != null; o = o.eContainer()) {
			if (o instanceof Demande || o instanceof Dossier) {
				return o;
			}
		}
		return null;
	}

	/** The containment of the raw values in their holder ({@link #holder}). */
	public static EReference holding(EObject holder) {
		return holder instanceof Demande ? SegurPackage.Literals.DEMANDE__RAW_VALUES : SegurPackage.Literals.DOSSIER__RAW_VALUES;
	}

	/**
	 * A number the writer gives itself (numLigne, renumbered 1..n in each file) that is not what it would give — the
	 * owner's {@code position} in its file, from 1 —: kept as written, so that the writer writes it back and the
	 * validator reports it; the model keeps only a number that is the position.
	 */
	public static void keepNumbering(EObject owner, int position) {
		for (AspFeatureMapping mapping : AspClassMapping.of(owner.eClass()).features()) {
			if (mapping.isRenumbered() && owner.eGet(mapping.feature()) instanceof Integer number && number != position) {
				hold(owner, mapping.feature(), -1, String.valueOf(number));
			}
		}
	}

	/** True when the raw value stands for a key missing from the file. */
	public static boolean isAbsent(RawValue raw) {
		return raw.getJson() == null;
	}

	/**
	 * What a form shows of a raw value: the text of a JSON string without its quotes ({@code 2022-03-14}), any other
	 * JSON as written ({@code 12345}, {@code {"a":1}}); empty for a missing key.
	 */
	public static String display(RawValue raw) {
		String json = raw.getJson();
		if (json == null) {
			return "";
		}
		String text = JsonStrings.decode(json);
		return text != null ? text : json;
	}

	/**
	 * The text of a single value as a message or a match shows it: the value in its canonical form, else the raw
	 * value's {@link #display}; null when there is neither (null, or a missing key).
	 */
	public static String text(EObject owner, EStructuralFeature feature) {
		Object value = FieldValues.get(owner, feature);
		if (value != null) {
			return ValueKind.of(feature).format(value);
		}
		RawValue raw = get(owner, feature);
		return raw == null || isAbsent(raw) ? null : display(raw);
	}

	/** {@code text} as a JSON string ({@code "a\"b"}), for holding a text that cannot be read as its feature's value. */
	public static String jsonString(String text) {
		return JsonStrings.encode(text);
	}
}
