package fr.segurstudio.forms;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
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
import fr.segurstudio.model.asp.RawValues;
import fr.segurstudio.model.core.RawValue;
import fr.segurstudio.model.core.SegurPackage;

/**
 * The EMF.Edit commands of a form's edits, on the editing domain its caller gives: one {@link FormChange} per
 * user change, to execute on the domain's command stack. "No value" is written the way the seeds read it
 * ({@link FieldValues}): an unsettable feature is unset — for the MDV {@code structure} that is the seed's
 * {@code {}}, whereas a null value would be a JSON null, which the seed forbids —, another one set to null.
 * A value whose object does not exist yet (the structure of an order that had none) creates that object, with
 * the value in it, in the same command. A value the file wrote in a form its field cannot hold, kept as written
 * ({@link RawValues}), is replaced by the value the user gives — emptying the field removes it too —, in the same
 * command (undone with it); the elements of a list kept as written keep their place when the list changes.
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

	/** Gives the node's (single) value this value, replacing a value kept as written; null when it already has it. */
	public FormChange set(FormState state, Node node, String label, Object value) {
		EStructuralFeature feature = node.feature();
		EObject holder = state.owner(node);
		List<RawValue> replaced = holder == null ? List.of() : RawValues.replacedBy(holder, feature);
		if (Objects.equals(state.value(node), value) && (value != null || !isSetButNull(state, node)) && replaced.isEmpty()) {
			return null;
		}
		return inOwner(state, node, label, owner -> replacing(SetCommand.create(domain, owner, feature, written(feature, value)), replaced),
				value == null ? null : created -> created.eSet(feature, value));
	}

	/** {@code command}, then the removal of the raw values it replaces. */
	private Command replacing(Command command, List<RawValue> replaced) {
		if (replaced.isEmpty()) {
			return command;
		}
		CompoundCommand compound = new CompoundCommand(command.getLabel());
		compound.append(command);
		EObject holder = (EObject) replaced.get(0).eContainer();
		compound.append(RemoveCommand.create(domain, holder, RawValues.holding(holder), replaced));
		return compound;
	}

	/**
	 * The commands that keep the elements of a list kept as written (null in the list, a raw value at their place) at
	 * their element once the list is edited as {@code edit} does on a copy of it: each gets its new place, or goes with
	 * its element; a value of the whole list kept as written (a null where a list goes) goes as soon as the list holds
	 * a value.
	 */
	private List<Command> rawPlaces(EObject owner, EStructuralFeature feature, Consumer<List<Object>> edit) {
		List<RawValue> raws = RawValues.replacedBy(owner, feature);
		if (raws.isEmpty()) {
			return List.of();
		}
		List<Object> slots = new ArrayList<>();
		List<?> values = (List<?>) owner.eGet(feature);
		for (int i = 0; i < values.size(); i++) {
			slots.add(values.get(i) == null ? new Slot(i) : values.get(i));
		}
		edit.accept(slots);
		List<Command> commands = new ArrayList<>();
		List<RawValue> gone = new ArrayList<>();
		for (RawValue raw : raws) {
			int now = raw.getIndex() < 0 ? (slots.isEmpty() ? -1 : -2) : indexOfSlot(slots, raw.getIndex());
			if (now == -2 || raw.getIndex() >= 0 && now < 0) {
				gone.add(raw);
			} else if (now != raw.getIndex()) {
				commands.add(SetCommand.create(domain, raw, SegurPackage.Literals.RAW_VALUE__INDEX, now));
			}
		}
		if (!gone.isEmpty()) {
			EObject holder = (EObject) gone.get(0).eContainer();
			commands.add(RemoveCommand.create(domain, holder, RawValues.holding(holder), gone));
		}
		return commands;
	}

	/** The place of a list element kept as written, in a copy of the list being edited. */
	private record Slot(int index) {
	}

	private static int indexOfSlot(List<Object> slots, int index) {
		for (int i = 0; i < slots.size(); i++) {
			if (slots.get(i) instanceof Slot slot && slot.index() == index) {
				return i;
			}
		}
		return -1;
	}

	/** {@code command} with the commands that keep the list's raw values at their elements. */
	private Command withRawPlaces(Command command, List<Command> rawPlaces) {
		if (rawPlaces.isEmpty()) {
			return command;
		}
		CompoundCommand compound = new CompoundCommand(command.getLabel());
		compound.append(command);
		rawPlaces.forEach(compound::append);
		return compound;
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
				owner -> withRawPlaces(index < 0 ? AddCommand.create(domain, owner, feature, values) : AddCommand.create(domain, owner, feature, values, index),
						rawPlaces(owner, feature, slots -> slots.addAll(index < 0 ? slots.size() : index, values))),
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

	/** Replaces the value at {@code index} of the node's list (an element kept as written there, too). */
	public FormChange setAt(FormState state, Node node, String label, int index, Object value) {
		EObject owner = state.owner(node);
		return owner == null ? null
				: new FormChange(label, domain, state.root(), withRawPlaces(SetCommand.create(domain, owner, node.feature(), value, index),
						rawPlaces(owner, node.feature(), slots -> slots.set(index, value))));
	}

	public FormChange remove(FormState state, Node node, String label, Collection<?> values) {
		EObject owner = state.owner(node);
		// RemoveCommand takes each value's first place: so does the copy
		return owner == null || values.isEmpty() ? null
				: new FormChange(label, domain, state.root(), withRawPlaces(RemoveCommand.create(domain, owner, node.feature(), values),
						rawPlaces(owner, node.feature(), slots -> values.forEach(v -> take(slots, v)))));
	}

	/** Moves a value of the node's list to {@code index}. */
	public FormChange move(FormState state, Node node, String label, Object value, int index) {
		EObject owner = state.owner(node);
		return owner == null ? null
				: new FormChange(label, domain, state.root(), withRawPlaces(MoveCommand.create(domain, owner, node.feature(), value, index),
						rawPlaces(owner, node.feature(), slots -> {
							Object moved = take(slots, value);
							slots.add(Math.min(index, slots.size()), moved);
						})));
	}

	/** Removes a value's first place from a copy of a list; returns what was there (the value when none). */
	private static Object take(List<Object> slots, Object value) {
		int place = firstPlace(slots, value);
		return place < 0 ? value : slots.remove(place);
	}

	/** The first place of a value in a copy of a list (a null: the first element kept as written). */
	private static int firstPlace(List<Object> slots, Object value) {
		for (int i = 0; i < slots.size(); i++) {
			Object slot = slots.get(i);
			if (value == null ? slot instanceof Slot : value.equals(slot)) {
				return i;
			}
		}
		return -1;
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
