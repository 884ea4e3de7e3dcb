package fr.segurstudio.forms;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import fr.segurstudio.model.asp.AspClassMapping;
import fr.segurstudio.model.asp.AspFeatureMapping;
import fr.segurstudio.model.asp.FieldValues;

/**
 * One change a user makes in a form, as one command of the command stack (one undo), and what it implies: a
 * change after which the seed wants a filled value empty — {@code isMandataire} set to false and the
 * mandataire's name must be null ({@code nullUnless}), {@code commandePour} set to STRUCTURE and the doctors must
 * go ({@code emptyWhen}) — empties it in the same command, so that the form never keeps a value it hides and
 * one undo brings everything back. Values already wrong before the change are left as they are (the validator
 * names them). While it is the last command on the stack, a text field's later edits {@link #extend} it.
 */
public final class FormChange extends CompoundCommand {

	private record Place(EObject object, AspFeatureMapping mapping) {
	}

	private final EditingDomain domain;
	private final EObject root;
	private final Command first;
	private boolean executed;

	FormChange(String label, EditingDomain domain, EObject root, Command first) {
		super(label);
		this.domain = domain;
		this.root = root;
		this.first = first;
	}

	@Override
	public boolean canExecute() {
		return first.canExecute();
	}

	@Override
	public void execute() {
		if (executed) {
			redo();
			return;
		}
		executed = true;
		run(first);
	}

	/**
	 * Applies a later change ({@code next}, not executed) inside this command, which must be the last one executed
	 * on the stack: a text field's edits, committed after each pause, stay one undo.
	 */
	public void extend(FormChange next) {
		if (next.first.canExecute()) {
			run(next.first);
		}
	}

	private void run(Command command) {
		Set<Place> before = mustBeEmpty(root);
		appendAndExecute(command);
		for (Place place : mustBeEmpty(root)) {
			if (!before.contains(place) && !FieldValues.isEmptyForm(place.object, place.mapping)) {
				appendAndExecute(clear(place));
			}
		}
	}

	private Command clear(Place place) {
		EStructuralFeature feature = place.mapping.feature();
		if (feature.isMany()) {
			return RemoveCommand.create(domain, place.object, feature, new ArrayList<>((List<?>) place.object.eGet(feature)));
		}
		return SetCommand.create(domain, place.object, feature, feature.isUnsettable() ? SetCommand.UNSET_VALUE : null);
	}

	/** The values of the tree that the seed wants empty now (a condition of nullUnless that fails, of emptyWhen that holds). */
	private static Set<Place> mustBeEmpty(EObject root) {
		Set<Place> places = new LinkedHashSet<>();
		if (root == null) {
			return places;
		}
		collect(root, places);
		root.eAllContents().forEachRemaining(object -> collect(object, places));
		return places;
	}

	private static void collect(EObject object, Set<Place> places) {
		for (AspFeatureMapping mapping : AspClassMapping.of(object.eClass()).features()) {
			if (mapping.nullUnless() != null && !mapping.nullUnless().holds(object)
					|| mapping.emptyWhen() != null && mapping.emptyWhen().holds(object)) {
				places.add(new Place(object, mapping));
			}
		}
	}
}
