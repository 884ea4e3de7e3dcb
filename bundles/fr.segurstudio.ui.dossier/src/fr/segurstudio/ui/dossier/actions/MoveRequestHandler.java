package fr.segurstudio.ui.dossier.actions;

import org.eclipse.core.commands.ExecutionEvent;

import fr.segurstudio.ui.dossier.DossierEditor;
import fr.segurstudio.ui.dossier.pages.RequestsPage;

/**
 * Demande suivante / Demande précédente (Alt+↓ / Alt+↑ on the Demandes page): the next or previous request of the
 * table, in its order and filters, selected and shown in the form; the focus stays in the form when it was there, so
 * that a user goes through the requests without leaving the keyboard.
 */
public abstract class MoveRequestHandler extends DossierHandler {

	private final int step;

	MoveRequestHandler(int step) {
		super(Needs.DOSSIER);
		this.step = step;
	}

	@Override
	protected void run(DossierEditor editor, ExecutionEvent event) {
		if (editor.getActivePageInstance() == editor.requestsPage()) {
			editor.requestsPage().move(step);
		} else {
			editor.setActivePage(RequestsPage.ID);
		}
	}

	/** Demande suivante. */
	public static final class Next extends MoveRequestHandler {
		public Next() {
			super(1);
		}
	}

	/** Demande précédente. */
	public static final class Previous extends MoveRequestHandler {
		public Previous() {
			super(-1);
		}
	}
}
