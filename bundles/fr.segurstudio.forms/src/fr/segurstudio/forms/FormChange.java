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
import fr.segurstudio.model.command.MergingCommandStack;

/**
 * One change a user makes in a form, as one command of the command stack (one undo), and what it implies: a
 * change after which the seed wants a filled value empty — {@code isMandataire} set to false and the
 * mandataire's name must be null ({@code nullUnless}), {@code commandePour} set to STRUCTURE and the doctors must
 * go ({@code emptyWhen}) — empties it in the same command, so that the form never keeps a value it hides and
 * one undo brings everything back. Values already wrong before the change are left as they are (the validator
 * names them). A text field's later commits of one typing {@link #continuing continue} its first change: a
 * {@link MergingCommandStack} merges them into it while it is on top of the stack, so that one undo takes the whole
 * typing back and the stack tells its listeners of each commit, once.
 */
public final class FormChange extends CompoundCommand implements MergingCommandStack.Merging {

	private record Place(EObject object, AspFeatureMapping mapping) {
	}

	private final EditingDomain domain;
	private final EObject root;
	private final Command first;
	private boolean executed;
	/** The change of the same typing this one continues, or null. */
	private FormChange continued;

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

	/** This change, as the continuation of {@code previous} (the first change of the same typing; null: none). */
	public FormChange continuing(FormChange previous) {
		this.continued = previous;
		return this;
	}

	/** The change this one continues, or null. */
	public FormChange continued() {
		return continued;
	}

	/** Takes in a change that continues this one (a text field's later commit of the same typing): one undo for both. */
	@Override
	public boolean merge(Command next) {
		if (!(next instanceof FormChange change) || change.continued != this) {
			return false;
		}
		if (change.first.canExecute()) {
			run(change.first);
		}
		return true;
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
