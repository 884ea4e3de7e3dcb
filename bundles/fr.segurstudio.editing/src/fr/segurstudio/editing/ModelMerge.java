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
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import fr.segurstudio.model.core.Demande;

/**
 * The commands that make a live model equal to another one (the model of a text the user just edited),
 * changing only what differs, so that the objects the forms show stay the same where they still are:
 * a value that changed is set, an object kept is merged in place (requests are matched by numeroEditeur,
 * other list elements by position), an object that appeared is added as a copy, one that went is
 * removed. One compound command: one undo.
 */
final class ModelMerge {

	private final EditingDomain domain;
	private final CompoundCommand command;

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
			if (feature.isDerived() || feature.isTransient() || !feature.isChangeable()) {
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
			append(SetCommand.create(domain, live, reference, EcoreUtil.copy(targetChild)));
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
				result.add(EcoreUtil.copy(wanted));
			}
		}
		if (!sameElements(liveChildren, result)) {
			append(SetCommand.create(domain, live, reference, result));
		}
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
