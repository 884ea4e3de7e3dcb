package fr.segurstudio.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

import fr.segurstudio.dsl.model.TextStructure;
import fr.segurstudio.lifecycle.Resubmissions;
import fr.segurstudio.model.asp.RawValues;
import fr.segurstudio.model.core.Demande;
import fr.segurstudio.model.core.Dossier;
import fr.segurstudio.model.core.PieceJustificative;
import fr.segurstudio.model.core.RawValue;
import fr.segurstudio.model.core.SegurPackage;
import fr.segurstudio.model.couloir.Couloir;
import fr.segurstudio.model.dossier.NumerosEditeur;

/**
 * A three-way merge of a dossier's versions as a set of requests keyed by numeroEditeur, field by field, made
 * in place on our version's model. Where both sides changed one field two ways (or one deleted a request the
 * other changed) it takes the side {@code preferred}: merging once preferring each side gives both texts of a
 * conflict. A request theirs added under a number our side used (both sides added one, or ours deleted or
 * resubmitted it) gets the next number neither history ever used (NumerosEditeur's rule over both sides' used
 * numbers), its pieces renamed with it.
 */
final class DossierMerge {

	enum Side {
		OURS, THEIRS
	}

	/** A request of theirs renumbered. */
	record Renumbering(String ancien, String nouveau) {
	}

	/** A request in conflict, with the labelled paths of the fields both sides changed (empty: deleted on one side). */
	record Conflict(String numero, List<String> fields) {
	}

	private final FieldTexts fields;
	private final TextStructure structure;
	private final Couloir couloir;
	private final Side preferred;
	private final List<Renumbering> renumberings = new ArrayList<>();
	private final List<Conflict> conflicts = new ArrayList<>();
	private final List<String> headerConflicts = new ArrayList<>();
	private final List<String> exhausted = new ArrayList<>();

	DossierMerge(FieldTexts fields, TextStructure structure, Couloir couloir, Side preferred) {
		this.fields = fields;
		this.structure = structure;
		this.couloir = couloir;
		this.preferred = preferred;
	}

	List<Renumbering> renumberings() {
		return renumberings;
	}

	List<Conflict> conflicts() {
		return conflicts;
	}

	/** The header's fields changed two ways: the merge cannot place markers there. */
	List<String> headerConflicts() {
		return headerConflicts;
	}

	/** Requests of theirs that could not be renumbered (all 99,999 numbers used): the merge cannot take them. */
	List<String> exhausted() {
		return exhausted;
	}

	/** Merges into {@code ours} what {@code theirs} changed since {@code base} (null: no common ancestor). */
	void merge(Dossier base, Dossier ours, Dossier theirs) {
		Set<String> oursUsed = NumerosEditeur.usedNumbers(ours); // before the union below: the numbers our side handed out
		List<String> header = new ArrayList<>();
		mergeObject(base, ours, theirs, header, true, "");
		headerConflicts.addAll(header);
		Set<String> listed = new HashSet<>(ours.getNumerosEditeurUtilises()); // numbers ever handed out: the union, never fewer
		ours.getNumerosEditeurUtilises().addAll(theirs.getNumerosEditeurUtilises().stream().filter(listed::add).toList());
		NumerosEditeur.Allocator allocator = NumerosEditeur.allocator(ours);
		allocator.markUsed(theirs);
		if (base != null) {
			allocator.markUsed(base);
		}
		Map<String, Demande> baseRequests = byNumber(base);
		Map<String, Demande> ourRequests = byNumber(ours);
		Map<String, Demande> theirRequests = byNumber(theirs);
		for (Demande their : theirRequests.values()) {
			String numero = their.getNumeroEditeur();
			Demande old = baseRequests.get(numero);
			Demande our = ourRequests.get(numero);
			if (old == null) {
				added(ours, our, their, baseRequests, oursUsed, allocator);
			} else if (our == null) {
				if (!sameValues(old, their)) { // deleted by us, changed by them
					conflicts.add(new Conflict(numero, List.of()));
					if (preferred == Side.THEIRS) {
						ours.getDemandes().add(EcoreUtil.copy(their));
					}
				}
			} else {
				List<String> changedBoth = new ArrayList<>();
				mergeObject(old, our, their, changedBoth, false, "");
				if (!changedBoth.isEmpty()) {
					conflicts.add(new Conflict(numero, changedBoth));
				}
			}
		}
		for (Demande old : baseRequests.values()) {
			String numero = old.getNumeroEditeur();
			Demande our = ourRequests.get(numero);
			if (theirRequests.containsKey(numero) || our == null) {
				continue;
			}
			if (sameValues(old, our)) {
				ours.getDemandes().remove(our); // deleted by them, untouched by us
			} else {
				conflicts.add(new Conflict(numero, List.of())); // changed by us, deleted by them
				if (preferred == Side.THEIRS) {
					ours.getDemandes().remove(our);
				}
			}
		}
	}

	/**
	 * A request theirs added: taken under its number unless our side used that number (a request of ours, one it
	 * deleted or resubmitted under another number); then under a new number, unless a merge made before did so.
	 */
	private void added(Dossier ours, Demande our, Demande their, Map<String, Demande> baseRequests, Set<String> oursUsed,
			NumerosEditeur.Allocator allocator) {
		if (our == null && !oursUsed.contains(their.getNumeroEditeur())) {
			ours.getDemandes().add(EcoreUtil.copy(their));
			return;
		}
		if (our != null && sameValues(our, their)) {
			return; // the same request added on both sides
		}
		for (Demande other : ours.getDemandes()) { // a merge made before renumbered it already
			if (other != our && !baseRequests.containsKey(other.getNumeroEditeur()) && sameValues(other, renumbered(their, other.getNumeroEditeur()))) {
				return;
			}
		}
		String nouveau;
		try {
			nouveau = allocator.take();
		} catch (NumerosEditeur.Exhausted e) {
			exhausted.add(their.getNumeroEditeur());
			return;
		}
		ours.getDemandes().add(renumbered(their, nouveau));
		renumberings.add(new Renumbering(their.getNumeroEditeur(), nouveau));
	}

	/** A copy of the request under another number, its pieces named after it (seed §3.3 nomenclature). */
	private Demande renumbered(Demande demande, String nouveau) {
		Demande copy = EcoreUtil.copy(demande);
		String ancien = copy.getNumeroEditeur();
		copy.setNumeroEditeur(nouveau);
		for (PieceJustificative piece : copy.getPiecesJustificatives()) {
			piece.setNomFichier(Resubmissions.renamed(couloir, piece, ancien, nouveau));
		}
		return copy;
	}

	private boolean sameValues(EObject a, EObject b) {
		return fields.of(a).equals(fields.of(b));
	}

	/**
	 * Three-way merge of the fields of {@code ours} (in place). A field both sides changed the same way stays; a
	 * block both changed is merged inside; a field changed two ways takes the preferred side and is listed.
	 */
	private void mergeObject(EObject base, EObject ours, EObject theirs, List<String> changedBoth, boolean header, String path) {
		for (EStructuralFeature feature : structure.features(ours.eClass())) {
			if (header && (feature == SegurPackage.Literals.DOSSIER__DEMANDES || feature == SegurPackage.Literals.DOSSIER__NUMEROS_EDITEUR_UTILISES)) {
				continue;
			}
			if (!theirs.eClass().getEAllStructuralFeatures().contains(feature)) {
				continue;
			}
			String old = base == null || !base.eClass().getEAllStructuralFeatures().contains(feature) ? null : fields.valueText(base, feature);
			String our = fields.valueText(ours, feature);
			String their = fields.valueText(theirs, feature);
			if (Objects.equals(our, their) || Objects.equals(their, old)) {
				continue;
			}
			if (Objects.equals(our, old)) {
				take(ours, theirs, feature);
				continue;
			}
			if (feature instanceof EReference reference && reference.isContainment() && mergeInside(base, ours, theirs, reference, changedBoth, header, path)) {
				continue; // changed on both sides: merged block by block
			}
			changedBoth.add(fields.label(ours, feature) + " (" + path + TextStructure.name(feature) + ")");
			if (preferred == Side.THEIRS) {
				take(ours, theirs, feature);
			}
		}
	}

	/** Merges the blocks of a field both sides changed, when they are the same blocks on each side; false otherwise. */
	private boolean mergeInside(EObject base, EObject ours, EObject theirs, EReference reference, List<String> changedBoth, boolean header,
			String path) {
		String name = path + TextStructure.name(reference);
		if (!reference.isMany()) {
			if (ours.eGet(reference) instanceof EObject our && theirs.eGet(reference) instanceof EObject their && our.eClass() == their.eClass()) {
				EObject old = base != null && base.eGet(reference) instanceof EObject o && o.eClass() == our.eClass() ? o : null;
				mergeObject(old, our, their, changedBoth, header, name + ".");
				return true;
			}
			return false;
		}
		List<?> our = (List<?>) ours.eGet(reference);
		List<?> their = (List<?>) theirs.eGet(reference);
		List<?> old = base == null ? List.of() : (List<?>) base.eGet(reference);
		if (our.size() != their.size() || old.size() != our.size() || RawValues.any(ours, reference) || RawValues.any(theirs, reference)) {
			return false;
		}
		for (int i = 0; i < our.size(); i++) {
			if (((EObject) our.get(i)).eClass() != ((EObject) their.get(i)).eClass()) {
				return false;
			}
		}
		for (int i = 0; i < our.size(); i++) {
			mergeObject((EObject) old.get(i), (EObject) our.get(i), (EObject) their.get(i), changedBoth, header, name + "[" + (i + 1) + "].");
		}
		return true;
	}

	/**
	 * Our field gets their value. A block both sides have keeps its object (so the text changes only the values
	 * that differ, comments and layout kept), a list of blocks its common part; otherwise the value is replaced,
	 * with the values kept as written that go with it (theirs replacing ours).
	 */
	private void take(EObject ours, EObject theirs, EStructuralFeature feature) {
		if (feature instanceof EReference reference && reference.isContainment() && !RawValues.any(ours, feature) && !RawValues.any(theirs, feature)) {
			if (!feature.isMany()) {
				if (ours.eGet(feature) instanceof EObject our && theirs.eGet(feature) instanceof EObject their && our.eClass() == their.eClass()) {
					takeFields(our, their);
					return;
				}
			} else {
				@SuppressWarnings("unchecked")
				List<EObject> our = (List<EObject>) ours.eGet(feature);
				@SuppressWarnings("unchecked")
				List<EObject> their = (List<EObject>) theirs.eGet(feature);
				int common = Math.min(our.size(), their.size());
				boolean sameClasses = true;
				for (int i = 0; i < common; i++) {
					sameClasses &= our.get(i).eClass() == their.get(i).eClass();
				}
				if (sameClasses) {
					for (int i = 0; i < common; i++) {
						takeFields(our.get(i), their.get(i));
					}
					while (our.size() > their.size()) {
						our.remove(our.size() - 1);
					}
					if (their.size() > common) {
						EcoreUtil.Copier copier = new EcoreUtil.Copier();
						our.addAll(copier.copyAll(their.subList(common, their.size())));
						copier.copyReferences();
						copyRaws(theirs, copier);
					}
					return;
				}
			}
		}
		replace(ours, theirs, feature);
	}

	private void takeFields(EObject ours, EObject theirs) {
		for (EStructuralFeature feature : structure.features(ours.eClass())) {
			if (!Objects.equals(fields.valueText(ours, feature), fields.valueText(theirs, feature))) {
				take(ours, theirs, feature);
			}
		}
	}

	/** Our field's whole value replaced by a copy of theirs, values kept as written included. */
	private static void replace(EObject ours, EObject theirs, EStructuralFeature feature) {
		EList<RawValue> ourRaws = RawValues.heldBy(ours);
		if (ourRaws != null) {
			ourRaws.removeAll(RawValues.replacedBy(ours, feature));
		}
		EcoreUtil.Copier copier = new EcoreUtil.Copier();
		if (feature instanceof EReference reference && reference.isContainment()) {
			if (feature.isMany()) {
				@SuppressWarnings("unchecked")
				List<EObject> target = (List<EObject>) ours.eGet(feature);
				target.clear();
				@SuppressWarnings("unchecked")
				List<EObject> source = (List<EObject>) theirs.eGet(feature);
				target.addAll(copier.copyAll(source));
			} else if (theirs.eIsSet(feature) && theirs.eGet(feature) instanceof EObject child) {
				ours.eSet(feature, copier.copy(child));
			} else {
				ours.eUnset(feature);
			}
			copier.copyReferences();
		} else if (theirs.eIsSet(feature)) {
			Object value = theirs.eGet(feature);
			ours.eSet(feature, feature.isMany() ? new ArrayList<>((List<?>) value) : value);
		} else {
			ours.eUnset(feature);
		}
		EList<RawValue> theirRaws = RawValues.heldBy(theirs);
		if (theirRaws != null) {
			for (RawValue raw : List.copyOf(theirRaws)) {
				if (raw.getOwner() == theirs && raw.getFeature() == feature) {
					RawValues.hold(ours, feature, raw.getIndex(), raw.getJson());
				}
			}
		}
		copyRaws(theirs, copier);
	}

	/** The values kept as written of the objects copied, held by their copies. */
	private static void copyRaws(EObject theirs, Map<EObject, EObject> copies) {
		EList<RawValue> theirRaws = RawValues.heldBy(theirs);
		if (theirRaws == null) {
			return;
		}
		for (RawValue raw : List.copyOf(theirRaws)) {
			if (copies.containsKey(raw.getOwner())) {
				RawValues.hold(copies.get(raw.getOwner()), raw.getFeature(), raw.getIndex(), raw.getJson());
			}
		}
	}

	/** The requests by number, the first of a number carried twice. */
	private static Map<String, Demande> byNumber(Dossier dossier) {
		Map<String, Demande> map = new LinkedHashMap<>();
		if (dossier != null) {
			dossier.getDemandes().forEach(d -> map.putIfAbsent(Objects.toString(d.getNumeroEditeur(), ""), d));
		}
		return map;
	}
}
