package fr.segurstudio.dsl.model;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

import fr.segurstudio.dsl.segurDsl.Block;
import fr.segurstudio.dsl.segurDsl.DemandeText;
import fr.segurstudio.dsl.segurDsl.DossierText;
import fr.segurstudio.dsl.segurDsl.Entry;
import fr.segurstudio.dsl.segurDsl.ListValue;
import fr.segurstudio.dsl.segurDsl.SegurDslPackage;
import fr.segurstudio.model.core.SegurPackage;

/**
 * The piece of text a model value stands for: the value of its entry, the element of a list, or, when the
 * text does not give the value, the name of the block (or the request's number) where it belongs.
 */
public record TextPlace(EObject node, EStructuralFeature nodeFeature, int index) {

	public static TextPlace of(BuiltDossier built, EObject target, EStructuralFeature feature, int index) {
		Trace trace = built.trace();
		if (target == null) {
			return new TextPlace(built.text(), SegurDslPackage.Literals.DOSSIER_TEXT__COULOIR, -1);
		}
		if (feature == SegurPackage.Literals.DEMANDE__NUMERO_EDITEUR && trace.node(target) instanceof DemandeText demande
				&& trace.entries(target, feature).isEmpty()) { // the request's name, unless written as an entry (kept as written)
			return new TextPlace(demande, demande.getNumeroEditeur() != null ? SegurDslPackage.Literals.DEMANDE_TEXT__NUMERO_EDITEUR : null, -1);
		}
		if (feature != null) {
			List<Entry> entries = trace.entries(target, feature);
			if (feature instanceof EReference && feature.isMany() && index >= 0 && index < entries.size()) {
				return new TextPlace(entries.get(index), SegurDslPackage.Literals.ENTRY__FEATURE, -1);
			}
			if (!entries.isEmpty()) {
				Entry entry = entries.get(0);
				if (index >= 0 && entry.getValue() instanceof ListValue list && index < list.getItems().size()) {
					return new TextPlace(list, SegurDslPackage.Literals.LIST_VALUE__ITEMS, index);
				}
				return new TextPlace(entry, SegurDslPackage.Literals.ENTRY__VALUE, -1);
			}
		}
		return ofObject(built, target);
	}

	/** Where an object (or the nearest traced container) starts: its block's name, its request's number. */
	public static TextPlace ofObject(BuiltDossier built, EObject target) {
		for (EObject o = target; o != null; o = o.eContainer()) {
			EObject node = built.trace().node(o);
			if (node instanceof Block block && block.eContainer() instanceof Entry owner) {
				return new TextPlace(owner, SegurDslPackage.Literals.ENTRY__FEATURE, -1);
			}
			if (node instanceof DemandeText demande) {
				return new TextPlace(demande, demande.getNumeroEditeur() != null ? SegurDslPackage.Literals.DEMANDE_TEXT__NUMERO_EDITEUR : null, -1);
			}
			if (node instanceof DossierText text) {
				return new TextPlace(text, SegurDslPackage.Literals.DOSSIER_TEXT__COULOIR, -1);
			}
		}
		return new TextPlace(built.text(), SegurDslPackage.Literals.DOSSIER_TEXT__COULOIR, -1);
	}
}
