package fr.segurstudio.dsl.model;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

import com.google.inject.Inject;

import fr.segurstudio.dsl.segurDsl.Block;
import fr.segurstudio.dsl.segurDsl.BooleanValue;
import fr.segurstudio.dsl.segurDsl.DemandeText;
import fr.segurstudio.dsl.segurDsl.DossierText;
import fr.segurstudio.dsl.segurDsl.Entry;
import fr.segurstudio.dsl.segurDsl.JsonLiteral;
import fr.segurstudio.dsl.segurDsl.ListValue;
import fr.segurstudio.dsl.segurDsl.NumberValue;
import fr.segurstudio.dsl.segurDsl.Scalar;
import fr.segurstudio.dsl.segurDsl.SegurDslFactory;
import fr.segurstudio.dsl.segurDsl.StringValue;
import fr.segurstudio.json.RawJson;
import fr.segurstudio.json.tree.JsonValue;
import fr.segurstudio.model.asp.AspClassMapping;
import fr.segurstudio.model.asp.AspFeatureMapping;
import fr.segurstudio.model.asp.RawValues;
import fr.segurstudio.model.asp.ValueKind;
import fr.segurstudio.model.core.Demande;
import fr.segurstudio.model.core.Dossier;
import fr.segurstudio.model.core.RawValue;
import fr.segurstudio.model.core.SegurPackage;

/**
 * Writes a model built elsewhere (forms, JSON import) as a syntax tree, which the serializer turns into
 * text in the canonical layout of the formatter. What has its default value (null, unset, an empty list,
 * typeAction "C", a draft's status) is not written; codes are written bare when they can be. A value kept as a
 * file wrote it ({@link RawValues}) is written with the literal that reads back as that JSON: the seeds' forms
 * where one does ({@code "2022-03-14"}, {@code 12.5}, {@code null}), else the JSON between backquotes
 * ({@code `12345`} for a number where a text goes), {@code absent} for a missing key.
 */
public class TextWriter {

	private static final SegurDslFactory FACTORY = SegurDslFactory.eINSTANCE;
	/** What the text's NUMBER token reads (no exponent). */
	private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

	@Inject
	private TextStructure structure;

	/** The tree and where each object and value went. */
	public record Written(DossierText text, Trace trace) {
	}

	public Written write(Dossier dossier) {
		Trace trace = new Trace();
		DossierText text = FACTORY.createDossierText();
		text.setCouloir(dossier.getCouloir());
		text.setLogiciel(dossier.getLogiciel());
		trace.node(dossier, text);
		Set<String> carried = new HashSet<>();
		dossier.getDemandes().forEach(d -> carried.add(d.getNumeroEditeur()));
		for (EStructuralFeature feature : structure.features(dossier.eClass())) {
			if (writeRaw(dossier, feature, text.getMembers(), trace)) {
				continue;
			}
			if (feature == SegurPackage.Literals.DOSSIER__NUMEROS_EDITEUR_UTILISES) {
				// only the numbers no request carries any more: the others are in the text already
				List<String> retired = dossier.getNumerosEditeurUtilises().stream().filter(n -> !carried.contains(n)).distinct().toList();
				if (!retired.isEmpty()) {
					text.getMembers().add(entry(dossier, feature, retired, trace));
				}
			} else if (dossier.eIsSet(feature)) {
				text.getMembers().add(entry(dossier, feature, dossier.eGet(feature), trace));
			}
		}
		EStructuralFeature lignes = SegurPackage.Literals.DOSSIER__DEMANDES;
		if (!writeRaw(dossier, lignes, text.getMembers(), trace)) {
			List<RawValue> raws = elements(dossier, lignes);
			int next = 0;
			int place = 0;
			for (Demande demande : dossier.getDemandes()) {
				for (; next < raws.size() && raws.get(next).getIndex() <= place; next++, place++) {
					text.getMembers().add(rawElement(dossier, lignes, raws.get(next), trace));
				}
				text.getMembers().add(demande(demande, trace));
				place++;
			}
			for (; next < raws.size(); next++) {
				text.getMembers().add(rawElement(dossier, lignes, raws.get(next), trace));
			}
		}
		return new Written(text, trace);
	}

	public DemandeText demande(Demande demande, Trace trace) {
		DemandeText text = FACTORY.createDemandeText();
		text.setNumeroEditeur(demande.getNumeroEditeur());
		trace.node(demande, text);
		fill(demande, text.getEntries(), trace);
		return text;
	}

	private void fill(EObject object, List<Entry> entries, Trace trace) {
		for (EStructuralFeature feature : structure.rawOnly(object.eClass())) {
			writeRaw(object, feature, entries, trace); // numLigne other than the request's place
		}
		for (EStructuralFeature feature : structure.features(object.eClass())) {
			if (writeRaw(object, feature, entries, trace) || !object.eIsSet(feature)) {
				continue;
			}
			Object value = object.eGet(feature);
			if (feature instanceof EReference && feature.isMany()) {
				List<RawValue> raws = elements(object, feature);
				int next = 0;
				int place = 0;
				for (Object child : (List<?>) value) {
					for (; next < raws.size() && raws.get(next).getIndex() <= place; next++, place++) {
						entries.add(rawElement(object, feature, raws.get(next), trace));
					}
					entries.add(entry(object, feature, child, trace));
					place++;
				}
				for (; next < raws.size(); next++) {
					entries.add(rawElement(object, feature, raws.get(next), trace));
				}
			} else {
				entries.add(entry(object, feature, value, trace));
			}
		}
	}

	/** The entry of a value kept as written in place of the feature's whole value, when there is one; true when written. */
	private boolean writeRaw(EObject object, EStructuralFeature feature, List<? super Entry> entries, Trace trace) {
		RawValue raw = RawValues.get(object, feature);
		if (raw == null) {
			if (!RawValues.any(object, feature) || !(feature instanceof EReference) || object.eIsSet(feature)) {
				return false;
			}
			// only elements kept as written in a list of objects that holds none: written alone
			for (RawValue element : elements(object, feature)) {
				entries.add(rawElement(object, feature, element, trace));
			}
			return true;
		}
		Entry entry = FACTORY.createEntry();
		entry.setFeature(feature);
		trace.entry(object, feature, entry);
		entry.setValue(rawScalar(feature, raw));
		entries.add(entry);
		return true;
	}

	/** The elements of a list of objects kept as written, by their place in the array. */
	private static List<RawValue> elements(EObject object, EStructuralFeature feature) {
		return RawValues.of(object, feature).stream().filter(raw -> raw.getIndex() >= 0)
				.sorted(Comparator.comparingInt(RawValue::getIndex)).toList();
	}

	/** {@code feature [value]}: an element of a list of objects kept as written, an entry of its own at its place. */
	private Entry rawElement(EObject object, EStructuralFeature feature, RawValue raw, Trace trace) {
		Entry entry = FACTORY.createEntry();
		entry.setFeature(feature);
		trace.entry(object, feature, entry);
		ListValue list = FACTORY.createListValue();
		list.getItems().add(rawScalar(feature, raw));
		entry.setValue(list);
		return entry;
	}

	/**
	 * The literal that the text reads back as this value kept as written (DossierBuilder): {@code absent}; a JSON string
	 * as a string, a number as a number (but in a text field, where a number is a text), a boolean, null; anything else
	 * as JSON between backquotes.
	 */
	public Scalar rawScalar(EStructuralFeature feature, RawValue raw) {
		if (RawValues.isAbsent(raw)) {
			return FACTORY.createAbsentValue();
		}
		String json = raw.getJson();
		ValueKind kind = ValueKind.of(feature);
		JsonValue value = RawJson.parse(json);
		switch (value) {
		case JsonValue.JsonString string when kind != ValueKind.TEXT -> {
			StringValue literal = FACTORY.createStringValue();
			literal.setValue(string.value());
			return literal;
		}
		case JsonValue.JsonNumber number when kind != ValueKind.TEXT && NUMBER.matcher(number.text()).matches() -> {
			NumberValue literal = FACTORY.createNumberValue();
			literal.setValue(number.text());
			return literal;
		}
		case JsonValue.JsonBoolean bool -> {
			BooleanValue literal = FACTORY.createBooleanValue();
			literal.setValue(String.valueOf(bool.value()));
			return literal;
		}
		case JsonValue.JsonNull none -> {
			return FACTORY.createNullValue();
		}
		default -> {
			JsonLiteral literal = FACTORY.createJsonLiteral();
			literal.setValue(json);
			return literal;
		}
		}
	}

	/** The entry of one value (one child of a list of blocks). */
	public Entry entry(EObject owner, EStructuralFeature feature, Object value, Trace trace) {
		Entry entry = FACTORY.createEntry();
		entry.setFeature(feature);
		trace.entry(owner, feature, entry);
		if (feature instanceof EReference) {
			if (value == null) {
				entry.setValue(FACTORY.createNullValue());
			} else {
				EObject child = (EObject) value;
				Block block = FACTORY.createBlock();
				trace.node(child, block);
				fill(child, block.getEntries(), trace);
				entry.setValue(block);
			}
		} else if (feature.isMany()) {
			ListValue list = FACTORY.createListValue();
			List<?> items = (List<?>) value;
			for (int i = 0; i < items.size(); i++) {
				RawValue raw = items.get(i) == null ? RawValues.get(owner, feature, i) : null;
				list.getItems().add(raw != null ? rawScalar(feature, raw) : scalar(feature, items.get(i)));
			}
			entry.setValue(list);
		} else {
			entry.setValue(scalar(feature, value));
		}
		return entry;
	}

	/** The literal of one value: the token its value kind is written with, the kind's canonical text. */
	public Scalar scalar(EStructuralFeature feature, Object value) {
		if (value == null) {
			return FACTORY.createNullValue();
		}
		ValueKind kind = ValueKind.of(feature);
		String text = kind.format(value);
		switch (kind) {
		case BOOLEAN -> {
			var booleanValue = FACTORY.createBooleanValue();
			booleanValue.setValue(text);
			return booleanValue;
		}
		case AMOUNT, INTEGER -> {
			var number = FACTORY.createNumberValue();
			number.setValue(text);
			return number;
		}
		case DATE -> {
			var dateValue = FACTORY.createDateValue();
			dateValue.setValue(text);
			return dateValue;
		}
		case ENUMERATION -> {
			var name = FACTORY.createNameValue();
			name.setValue(text);
			return name;
		}
		default -> {
			if (isCode(feature) && TextLiterals.isBareName(text)) {
				var name = FACTORY.createNameValue();
				name.setValue(text);
				return name;
			}
			var string = FACTORY.createStringValue();
			string.setValue(text);
			return string;
		}
		}
	}

	/** Codes of a list (operators, piece types) read best bare: operateurMessagerie MAI_15. */
	private static boolean isCode(EStructuralFeature feature) {
		AspFeatureMapping mapping = AspClassMapping.of(feature.getEContainingClass()).byFeature(feature);
		return mapping != null && mapping.codeList() != null;
	}
}
