package fr.segurstudio.model.command;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;

/**
 * The command stack of a dossier's editing domain: EMF's, which can also merge a command into the one on top
 * instead of stacking it — a form field's later commits join the first command of its typing, so that one undo
 * takes the whole typing back and the stack's listeners hear of each change once, as of any other command. The
 * command on top decides ({@link Merging#merge}); the stack never merges into a command at the save point (the
 * dossier would look saved while holding the typing) nor while there is something to redo.
 */
public class MergingCommandStack extends BasicCommandStack {

	/** A command that may take the next one in. */
	public interface Merging extends Command {

		/** Executes {@code next} as a part of this command and returns true; false when {@code next} stands alone. */
		boolean merge(Command next);
	}

	@Override
	public void execute(Command command) {
		Command onTop = top >= 0 && top == commandList.size() - 1 && saveIndex != top ? commandList.get(top) : null;
		if (command == null || !(onTop instanceof Merging merging)) {
			super.execute(command);
			return;
		}
		boolean merged;
		try {
			merged = merging.merge(command);
		} catch (RuntimeException e) {
			handleError(e);
			mostRecentCommand = null;
			notifyListeners();
			return;
		}
		if (!merged) {
			super.execute(command);
			return;
		}
		mostRecentCommand = merging;
		notifyListeners();
	}
}
