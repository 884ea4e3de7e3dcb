package fr.segurstudio.dsl.model;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

import com.google.inject.Inject;

import fr.segurstudio.dsl.segurDsl.Block;
import fr.segurstudio.dsl.segurDsl.DemandeText;
import fr.segurstudio.dsl.segurDsl.DossierText;
import fr.segurstudio.dsl.segurDsl.Entry;
import fr.segurstudio.dsl.segurDsl.ListValue;
import fr.segurstudio.dsl.segurDsl.Scalar;
import fr.segurstudio.dsl.segurDsl.SegurDslFactory;
import fr.segurstudio.model.asp.AspClassMapping;
import fr.segurstudio.model.asp.AspFeatureMapping;
import fr.segurstudio.model.asp.ValueKind;
import fr.segurstudio.model.core.Demande;
import fr.segurstudio.model.core.Dossier;
import fr.segurstudio.model.core.SegurPackage;

/**
 * Writes a model built elsewhere (forms, JSON import) as a syntax tree, which the serializer turns into
 * text in the canonical layout of the formatter. What has its default value (null, unset, an empty list,
 * typeAction "C", a draft's status) is not written; codes are written bare when they can be.
 */
public class TextWriter {

	private static final SegurDslFactory FACTORY = SegurDslFactory.eINSTANCE;

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
		for (Demande demande : dossier.getDemandes()) {
			text.getMembers().add(demande(demande, trace));
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
		for (EStructuralFeature feature : structure.features(object.eClass())) {
			if (!object.eIsSet(feature)) {
				continue;
			}
			Object value = object.eGet(feature);
			if (feature instanceof EReference && feature.isMany()) {
				for (Object child : (List<?>) value) {
					entries.add(entry(object, feature, child, trace));
				}
			} else {
				entries.add(entry(object, feature, value, trace));
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
			for (Object item : (List<?>) value) {
				list.getItems().add(scalar(feature, item));
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
