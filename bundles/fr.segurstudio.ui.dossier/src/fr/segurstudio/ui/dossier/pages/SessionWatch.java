package fr.segurstudio.ui.dossier.pages;

import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.swt.widgets.Display;

import fr.segurstudio.editing.DossierSession;

/**
 * How a part of the dossier editor follows the dossier by itself: a run after each change of the model — a command
 * executed, undone or redone (the stack tells once per change), or the session's own changes (the file read
 * again) — on the UI thread. Closed with the part.
 */
public final class SessionWatch implements AutoCloseable {

	private final DossierSession session;
	private final CommandStackListener onCommand;
	private final DossierSession.Listener onSession;

	public SessionWatch(DossierSession session, Display display, Runnable changed) {
		this.session = session;
		Runnable onUiThread = () -> {
			if (Display.getCurrent() != null) {
				changed.run();
			} else if (!display.isDisposed()) {
				display.asyncExec(changed);
			}
		};
		this.onCommand = event -> onUiThread.run();
		this.onSession = (s, change) -> onUiThread.run();
		session.commandStack().addCommandStackListener(onCommand);
		session.addListener(onSession);
	}

	@Override
	public void close() {
		session.commandStack().removeCommandStackListener(onCommand);
		session.removeListener(onSession);
	}
}
