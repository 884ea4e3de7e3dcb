package fr.segurstudio.ui.dossier.internal;

import java.util.EventObject;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.commands.operations.ObjectUndoContext;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;

/**
 * Carries a dossier's EMF command stack into the workbench's operation history, so that the platform's
 * Undo/Redo (menu, Ctrl+Z / Ctrl+Y, their labels) act on it: each command executed becomes an operation of
 * the dossier's undo context, whose undo and redo are the stack's. The stack stays the truth (the dirty
 * flag is its save point); the history only mirrors it.
 */
public final class CommandStackHistory implements CommandStackListener, AutoCloseable {

	private final BasicCommandStack stack;
	private final IOperationHistory history;
	private final ObjectUndoContext context;
	private Command mirrored;
	private boolean replaying;

	/** The context is the editor's, made before its file is read (the Undo action follows it from the start). */
	public CommandStackHistory(BasicCommandStack stack, IOperationHistory history, ObjectUndoContext context) {
		this.stack = stack;
		this.history = history;
		this.context = context;
		history.setLimit(context, 1000);
		stack.addCommandStackListener(this);
	}

	public IUndoContext context() {
		return context;
	}

	@Override
	public void commandStackChanged(EventObject event) {
		if (replaying) {
			return;
		}
		Command top = stack.getUndoCommand();
		if (top == null && !stack.canRedo()) {
			history.dispose(context, true, true, false); // flushed: a reload
			mirrored = null;
			return;
		}
		if (top != null && top != mirrored && !stack.canRedo()) {
			mirrored = top;
			history.add(new Mirror(top));
		}
	}

	/** Forgets the operations (the stack was flushed: a reload). */
	public void reset() {
		history.dispose(context, true, true, false);
		mirrored = null;
	}

	@Override
	public void close() {
		stack.removeCommandStackListener(this);
		history.dispose(context, true, true, true);
	}

	/** One command of the stack, as the history sees it. */
	private final class Mirror extends AbstractOperation {

		private final Command command;

		Mirror(Command command) {
			super(CommandLabels.of(command));
			this.command = command;
			addContext(context);
		}

		@Override
		public IStatus execute(IProgressMonitor monitor, IAdaptable info) {
			return Status.OK_STATUS; // already executed on the stack
		}

		@Override
		public boolean canUndo() {
			return stack.getUndoCommand() == command;
		}

		@Override
		public boolean canRedo() {
			return stack.getRedoCommand() == command;
		}

		@Override
		public IStatus undo(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
			return replay(true);
		}

		@Override
		public IStatus redo(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
			return replay(false);
		}

		private IStatus replay(boolean undo) {
			replaying = true;
			try {
				if (undo) {
					stack.undo();
				} else {
					stack.redo();
				}
				mirrored = stack.getUndoCommand();
			} finally {
				replaying = false;
			}
			return Status.OK_STATUS;
		}
	}
}
