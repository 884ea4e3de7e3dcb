package fr.segurstudio.editing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import fr.segurstudio.model.asp.RawValues;
import fr.segurstudio.model.core.Demande;
import fr.segurstudio.model.core.RawValue;
import fr.segurstudio.model.core.SegurFactory;
import fr.segurstudio.model.core.SegurPackage;

/**
 * The commands that make a live model equal to another one (the model of a text the user just edited),
 * changing only what differs, so that the objects the forms show stay the same where they still are:
 * a value that changed is set, an object kept is merged in place (requests are matched by numeroEditeur,
 * other list elements by position), an object that appeared is added as a copy, one that went is
 * removed. One compound command: one undo. The values kept as written ({@link RawValues}) follow their objects: a
 * merged object gets the target's, a copied one carries its own.
 */
final class ModelMerge {

	private final EditingDomain domain;
	private final CompoundCommand command;
	private final List<Runnable> pendingCopies = new ArrayList<>();

	private ModelMerge(EditingDomain domain, String label) {
		this.domain = domain;
		this.command = new CompoundCommand(label);
	}

	/** The command turning {@code live} into {@code target} (same EClass); an empty compound when they are equal. */
	static CompoundCommand of(EditingDomain domain, EObject live, EObject target, String label) {
		ModelMerge merge = new ModelMerge(domain, label);
		merge.object(live, target);
		return merge.command;
	}

	private void object(EObject live, EObject target) {
		for (EStructuralFeature feature : live.eClass().getEAllStructuralFeatures()) {
			if (feature.isDerived() || feature.isTransient() || !feature.isChangeable() || isRawValues(feature)) {
				continue;
			}
			if (feature instanceof EAttribute) {
				attribute(live, target, feature);
			} else if (((EReference) feature).isContainment()) {
				if (feature.isMany()) {
					children(live, target, (EReference) feature);
				} else {
					child(live, target, (EReference) feature);
				}
			}
		}
		raws(live, target);
	}

	/** The raw values of the copies made for the last command, added once it is appended (their holder then holds them). */
	private void flushCopies() {
		List<Runnable> copies = new ArrayList<>(pendingCopies);
		pendingCopies.clear();
		copies.forEach(Runnable::run);
	}

	private static boolean isRawValues(EStructuralFeature feature) {
		return feature == SegurPackage.Literals.DEMANDE__RAW_VALUES || feature == SegurPackage.Literals.DOSSIER__RAW_VALUES;
	}

	/** The live object's values kept as written made the target's (after its values: a value set hides a raw one). */
	private void raws(EObject live, EObject target) {
		List<String> liveRaws = signatures(RawValues.all(live));
		List<String> targetRaws = signatures(RawValues.all(target));
		if (liveRaws.equals(targetRaws)) {
			return;
		}
		EObject holder = RawValues.holder(live);
		if (holder == null) {
			return;
		}
		EReference holding = RawValues.holding(holder);
		List<RawValue> gone = RawValues.all(live);
		if (!gone.isEmpty()) {
			append(RemoveCommand.create(domain, holder, holding, gone));
		}
		List<RawValue> added = RawValues.all(target).stream().map(raw -> copy(raw, live)).toList();
		if (!added.isEmpty()) {
			append(AddCommand.create(domain, holder, holding, added));
		}
	}

	/** For a copy of target objects put under {@code parent}: the raw values of the copied objects, added where they are held. */
	private void copiedRaws(EObject parent, EcoreUtil.Copier copier) {
		EObject holder = RawValues.holder(parent);
		if (holder == null) {
			return;
		}
		List<RawValue> added = new ArrayList<>();
		copier.forEach((original, copy) -> RawValues.all(original).forEach(raw -> added.add(copy(raw, copy))));
		if (!added.isEmpty()) {
			append(AddCommand.create(domain, holder, RawValues.holding(holder), added));
		}
	}

	private static RawValue copy(RawValue raw, EObject owner) {
		RawValue copy = SegurFactory.eINSTANCE.createRawValue();
		copy.setOwner(owner);
		copy.setFeature(raw.getFeature());
		copy.setIndex(raw.getIndex());
		copy.setJson(raw.getJson());
		return copy;
	}

	private static List<String> signatures(List<RawValue> raws) {
		return raws.stream().map(raw -> raw.getFeature().getName() + "[" + raw.getIndex() + "]=" + raw.getJson()).sorted().toList();
	}

	/** A copy of a target object for the live model, with the raw values of what it contains (a request carries its own). */
	private EObject copyFor(EObject parent, EObject targetObject) {
		EcoreUtil.Copier copier = new EcoreUtil.Copier();
		EObject copy = copier.copy(targetObject);
		copier.copyReferences();
		if (!(targetObject instanceof Demande)) { // a request's own are in it, copied with it
			pendingCopies.add(() -> copiedRaws(parent, copier));
		}
		return copy;
	}

	private void attribute(EObject live, EObject target, EStructuralFeature feature) {
		boolean liveSet = live.eIsSet(feature);
		boolean targetSet = target.eIsSet(feature);
		if (feature.isUnsettable() && liveSet != targetSet && !targetSet) {
			append(SetCommand.create(domain, live, feature, SetCommand.UNSET_VALUE));
		} else if (!Objects.equals(live.eGet(feature), target.eGet(feature)) || feature.isUnsettable() && liveSet != targetSet) {
			Object value = target.eGet(feature);
			append(SetCommand.create(domain, live, feature, feature.isMany() ? new ArrayList<>((List<?>) value) : value));
		}
	}

	private void child(EObject live, EObject target, EReference reference) {
		EObject liveChild = (EObject) live.eGet(reference);
		EObject targetChild = (EObject) target.eGet(reference);
		boolean liveSet = live.eIsSet(reference);
		boolean targetSet = target.eIsSet(reference);
		if (liveChild != null && targetChild != null && liveChild.eClass() == targetChild.eClass()) {
			object(liveChild, targetChild);
		} else if (targetChild != null) {
			append(SetCommand.create(domain, live, reference, copyFor(live, targetChild)));
			flushCopies();
		} else if (liveChild != null || liveSet != targetSet) {
			append(SetCommand.create(domain, live, reference, reference.isUnsettable() && !targetSet ? SetCommand.UNSET_VALUE : null));
		}
	}

	/** The target's list, made of the live elements that match (merged in place) and copies of the others. */
	private void children(EObject live, EObject target, EReference reference) {
		List<?> liveChildren = (List<?>) live.eGet(reference);
		List<?> targetChildren = (List<?>) target.eGet(reference);
		Map<String, EObject> byKey = new HashMap<>();
		for (Object child : liveChildren) {
			String key = key((EObject) child);
			if (key != null) {
				byKey.putIfAbsent(key, (EObject) child);
			}
		}
		List<EObject> result = new ArrayList<>();
		for (int i = 0; i < targetChildren.size(); i++) {
			EObject wanted = (EObject) targetChildren.get(i);
			EObject match = match(wanted, i, liveChildren, byKey, result);
			if (match != null) {
				object(match, wanted);
				result.add(match);
			} else {
				result.add(copyFor(live, wanted));
			}
		}
		if (!sameElements(liveChildren, result)) {
			append(SetCommand.create(domain, live, reference, result));
		}
		flushCopies();
	}

	private static EObject match(EObject wanted, int index, List<?> liveChildren, Map<String, EObject> byKey, List<EObject> taken) {
		String key = key(wanted);
		EObject candidate = key != null ? byKey.get(key) : index < liveChildren.size() ? (EObject) liveChildren.get(index) : null;
		return candidate != null && candidate.eClass() == wanted.eClass() && !taken.contains(candidate) ? candidate : null;
	}

	/** What identifies an element across versions: a request's numeroEditeur; others have none (position). */
	private static String key(EObject object) {
		return object instanceof Demande demande ? demande.getNumeroEditeur() : null;
	}

	private static boolean sameElements(List<?> a, List<?> b) {
		if (a.size() != b.size()) {
			return false;
		}
		for (int i = 0; i < a.size(); i++) {
			if (a.get(i) != b.get(i)) {
				return false;
			}
		}
		return true;
	}

	private void append(Command next) {
		command.append(next);
	}
}
