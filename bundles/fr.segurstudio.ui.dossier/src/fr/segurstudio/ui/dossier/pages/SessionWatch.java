package fr.segurstudio.ui.dossier.pages;

import java.util.function.Consumer;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.swt.widgets.Display;

import fr.segurstudio.editing.DossierSession;

/**
 * How a part of the dossier editor follows the dossier by itself: a run after each change of the model — a command
 * executed, undone or redone (the stack tells once per change), or the session's own changes (the file read
 * again, a save, a record of a deposit written into the file and given back to the session) — on the UI thread.
 * Closed with the part.
 */
public final class SessionWatch implements AutoCloseable {

	private final DossierSession session;
	private final CommandStackListener onCommand;
	private final DossierSession.Listener onSession;

	public SessionWatch(DossierSession session, Display display, Runnable changed) {
		this(session, display, command -> changed.run());
	}

	/**
	 * @param changed told the command of the stack that changed the model (executed, undone or redone), or null
	 *                when anything may have changed (the session's own changes)
	 */
	public SessionWatch(DossierSession session, Display display, Consumer<Command> changed) {
		this.session = session;
		this.onCommand = event -> onUiThread(display, changed, session.commandStack().getMostRecentCommand());
		this.onSession = (s, change) -> onUiThread(display, changed, null);
		session.commandStack().addCommandStackListener(onCommand);
		session.addListener(onSession);
	}

	private static void onUiThread(Display display, Consumer<Command> changed, Command command) {
		if (Display.getCurrent() != null) {
			changed.accept(command);
		} else if (!display.isDisposed()) {
			display.asyncExec(() -> changed.accept(command));
		}
	}

	@Override
	public void close() {
		session.commandStack().removeCommandStackListener(onCommand);
		session.removeListener(onSession);
	}
}
