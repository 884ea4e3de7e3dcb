package fr.segurstudio.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

import fr.segurstudio.dsl.model.TextStructure;
import fr.segurstudio.forms.ViewRegistry;
import fr.segurstudio.model.asp.RawValues;
import fr.segurstudio.model.asp.ValueKind;
import fr.segurstudio.model.core.RawValue;
import fr.segurstudio.model.core.SegurPackage;

/**
 * The values of a request (or of a dossier's header) as the text writes them, one per field path
 * ({@code beneficiaires.EtablissementsClients[1].nomClient}), each with the label its form shows: what a diff
 * compares and what a merge asks « changed? » of. A value kept as written (a raw value) counts as its text.
 */
final class FieldTexts {

	/** One value: its path of JSON keys, the form's label, its text. */
	record Field(String path, String label, String text) {
	}

	private final TextStructure structure;
	private final ViewRegistry views;

	FieldTexts(TextStructure structure, ViewRegistry views) {
		this.structure = structure;
		this.views = views;
	}

	/** Every value under {@code object}, in the order of the seed's tables; the requests of a dossier left out. */
	Map<String, Field> of(EObject object) {
		Map<String, Field> fields = new LinkedHashMap<>();
		collect(object, "", fields);
		return fields;
	}

	/** The label the forms give this field (the Problems view's). */
	String label(EObject owner, EStructuralFeature feature) {
		return views.label(owner, feature);
	}

	/** The text of one feature's whole value (a block's as its fields), for a three-way comparison; null when absent. */
	String valueText(EObject owner, EStructuralFeature feature) {
		Map<String, Field> fields = new LinkedHashMap<>();
		collectFeature(owner, feature, "", fields);
		if (fields.isEmpty()) {
			return null;
		}
		StringBuilder text = new StringBuilder();
		fields.values().forEach(f -> text.append(f.path()).append('=').append(f.text()).append('\n'));
		return text.toString();
	}

	private void collect(EObject object, String prefix, Map<String, Field> fields) {
		for (EStructuralFeature feature : structure.features(object.eClass())) {
			if (feature == SegurPackage.Literals.DOSSIER__DEMANDES) {
				continue;
			}
			collectFeature(object, feature, prefix, fields);
		}
	}

	private void collectFeature(EObject object, EStructuralFeature feature, String prefix, Map<String, Field> fields) {
		String path = prefix + TextStructure.name(feature);
		if (feature instanceof EReference reference && reference.isContainment()) {
			if (feature.isMany()) {
				List<?> children = (List<?>) object.eGet(feature);
				for (int i = 0; i < children.size(); i++) {
					collect((EObject) children.get(i), path + "[" + (i + 1) + "].", fields);
				}
				for (RawValue raw : RawValues.of(object, feature)) { // an element kept as written
					add(fields, object, feature, path + "[" + (raw.getIndex() + 1) + "]", RawValues.display(raw));
				}
			} else if (object.eIsSet(feature) && object.eGet(feature) instanceof EObject child) {
				collect(child, path + ".", fields);
			} else {
				RawValue raw = RawValues.get(object, feature);
				if (raw != null && !RawValues.isAbsent(raw)) {
					add(fields, object, feature, path, RawValues.display(raw));
				}
			}
			return;
		}
		if (feature.isMany()) {
			List<?> values = (List<?>) object.eGet(feature);
			List<String> texts = new ArrayList<>();
			for (int i = 0; i < values.size(); i++) {
				RawValue raw = RawValues.get(object, feature, i);
				texts.add(values.get(i) != null ? ValueKind.of(feature).format(values.get(i)) : raw != null ? RawValues.display(raw) : "null");
			}
			RawValue whole = RawValues.get(object, feature);
			if (whole != null && !RawValues.isAbsent(whole)) {
				add(fields, object, feature, path, RawValues.display(whole));
			} else if (!texts.isEmpty()) {
				add(fields, object, feature, path, "[" + String.join(", ", texts) + "]");
			}
			return;
		}
		String text = RawValues.text(object, feature);
		if (text != null) {
			add(fields, object, feature, path, text);
		} else if (feature.isUnsettable() && object.eIsSet(feature)) {
			add(fields, object, feature, path, "null"); // a null the file wrote
		}
	}

	private void add(Map<String, Field> fields, EObject owner, EStructuralFeature feature, String path, String text) {
		fields.put(path, new Field(path, views.label(owner, feature), text));
	}
}
