package fr.segurstudio.ui.dossier.internal;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;

import fr.segurstudio.ui.dossier.Messages;

/**
 * The French name of a command in Undo/Redo: its own label when ours gave one (new request, deposit...),
 * else one made from what EMF.Edit's command changes (EMF.Edit's labels are English).
 */
public final class CommandLabels {

	private CommandLabels() {
	}

	public static String of(Command command) {
		Command inner = command;
		while (inner instanceof CompoundCommand compound && compound.getCommandList().size() == 1
				&& !isOwn(compound.getLabel())) {
			inner = compound.getCommandList().get(0);
		}
		if (isOwn(inner.getLabel())) {
			return inner.getLabel();
		}
		if (inner instanceof SetCommand set) {
			return NLS.bind(Messages.commandSet, name(set.getFeature()));
		}
		if (inner instanceof AddCommand add) {
			return NLS.bind(Messages.commandAdd, name(add.getFeature()));
		}
		if (inner instanceof RemoveCommand remove) {
			return NLS.bind(Messages.commandRemove, name(remove.getFeature()));
		}
		if (inner instanceof MoveCommand move) {
			return NLS.bind(Messages.commandMove, name(move.getFeature()));
		}
		return Messages.commandEdit;
	}

	/** Ours are French; EMF.Edit's defaults are the English "Set", "Add"... or none. */
	private static boolean isOwn(String label) {
		return label != null && !label.isBlank() && !label.startsWith("Set") && !label.startsWith("Add")
				&& !label.startsWith("Remove") && !label.startsWith("Move") && !label.startsWith("Delete")
				&& !label.startsWith("_UI_") && !label.equals("Unknown");
	}

	private static String name(Object feature) {
		return feature instanceof EStructuralFeature f ? f.getName() : "";
	}
}
