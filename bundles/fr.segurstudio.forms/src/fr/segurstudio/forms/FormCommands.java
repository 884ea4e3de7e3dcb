package fr.segurstudio.forms;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import fr.segurstudio.forms.FormState.Node;
import fr.segurstudio.model.asp.FieldValues;

/**
 * The EMF.Edit commands of a form's edits, on the editing domain its caller gives: one {@link FormChange} per
 * user change, to execute on the domain's command stack. "No value" is written the way the seeds read it
 * ({@link FieldValues}): an unsettable feature is unset — for the MDV {@code structure} that is the seed's
 * {@code {}}, whereas a null value would be a JSON null, which the seed forbids —, another one set to null.
 * A value whose object does not exist yet (the structure of an order that had none) creates that object, with
 * the value in it, in the same command.
 */
public final class FormCommands {

	private final EditingDomain domain;
	private final FormContext context;

	public FormCommands(EditingDomain domain, FormContext context) {
		this.domain = domain;
		this.context = context;
	}

	public EditingDomain domain() {
		return domain;
	}

	/** What a SetCommand writes for this value: {@link SetCommand#UNSET_VALUE} for null in an unsettable feature. */
	public static Object written(EStructuralFeature feature, Object value) {
		return value == null && feature.isUnsettable() ? SetCommand.UNSET_VALUE : value;
	}

	/** Gives the node's (single) value this value; null when it already has it. */
	public FormChange set(FormState state, Node node, String label, Object value) {
		if (Objects.equals(state.value(node), value) && (value != null || !isSetButNull(state, node))) {
			return null;
		}
		EStructuralFeature feature = node.feature();
		return inOwner(state, node, label, owner -> SetCommand.create(domain, owner, feature, written(feature, value)),
				value == null ? null : created -> created.eSet(feature, value));
	}

	/** A null held as a set value of an unsettable feature (a JSON null where the seed wants {}): clearing it unsets it. */
	private static boolean isSetButNull(FormState state, Node node) {
		EObject owner = state.owner(node);
		return owner != null && node.feature().isUnsettable() && owner.eIsSet(node.feature());
	}

	/** Adds values to the node's list at {@code index} (-1: at its end). */
	public FormChange add(FormState state, Node node, String label, Collection<?> values, int index) {
		EStructuralFeature feature = node.feature();
		return inOwner(state, node, label,
				owner -> index < 0 ? AddCommand.create(domain, owner, feature, values) : AddCommand.create(domain, owner, feature, values, index),
				created -> addAll(created, feature, values));
	}

	@SuppressWarnings("unchecked")
	private static void addAll(EObject owner, EStructuralFeature feature, Collection<?> values) {
		((List<Object>) owner.eGet(feature)).addAll(values);
	}

	/** A new object of the couloir's class for a list of contained objects (a row of a table), added at its end. */
	public EObject newElement(Node node) {
		EClass type = FeaturePath.concreteType((EReference) node.feature(), context::concreteClass);
		return EcoreUtil.create(type);
	}

	/** Replaces the value at {@code index} of the node's list. */
	public FormChange setAt(FormState state, Node node, String label, int index, Object value) {
		EObject owner = state.owner(node);
		return owner == null ? null
				: new FormChange(label, domain, state.root(), SetCommand.create(domain, owner, node.feature(), value, index));
	}

	public FormChange remove(FormState state, Node node, String label, Collection<?> values) {
		EObject owner = state.owner(node);
		return owner == null || values.isEmpty() ? null
				: new FormChange(label, domain, state.root(), RemoveCommand.create(domain, owner, node.feature(), values));
	}

	/** Moves a value of the node's list to {@code index}. */
	public FormChange move(FormState state, Node node, String label, Object value, int index) {
		EObject owner = state.owner(node);
		return owner == null ? null : new FormChange(label, domain, state.root(), MoveCommand.create(domain, owner, node.feature(), value, index));
	}

	/**
	 * The command {@code onOwner} gives on the object holding the node's value; when an object on its path does not
	 * exist, the command creating those objects, {@code onCreated} having put the value in the deepest one (null:
	 * nothing to create for, no command).
	 */
	private FormChange inOwner(FormState state, Node node, String label, Function<EObject, Command> onOwner, Consumer<EObject> onCreated) {
		List<EStructuralFeature> features = state.features(node);
		EObject current = state.input();
		if (current == null) {
			return null;
		}
		int i = 0;
		for (; i < features.size() - 1; i++) {
			EObject next = (EObject) current.eGet(features.get(i));
			if (next == null) {
				break;
			}
			current = next;
		}
		if (i == features.size() - 1) {
			return new FormChange(label, domain, state.root(), onOwner.apply(current));
		}
		if (onCreated == null) {
			return null;
		}
		EObject top = create(features.get(i));
		EObject deepest = top;
		for (int j = i + 1; j < features.size() - 1; j++) {
			EObject child = create(features.get(j));
			deepest.eSet(features.get(j), child);
			deepest = child;
		}
		onCreated.accept(deepest);
		return new FormChange(label, domain, state.root(), SetCommand.create(domain, current, features.get(i), top));
	}

	private EObject create(EStructuralFeature feature) {
		return EcoreUtil.create(FeaturePath.concreteType((EReference) feature, context::concreteClass));
	}
}
