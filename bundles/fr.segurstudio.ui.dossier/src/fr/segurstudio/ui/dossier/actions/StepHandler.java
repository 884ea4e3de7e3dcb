package fr.segurstudio.ui.dossier.actions;

import org.eclipse.core.commands.ExecutionEvent;

import fr.segurstudio.ui.dossier.DossierEditor;
import fr.segurstudio.ui.dossier.pages.RequestsPage;

/**
 * One step through the dossier without the mouse. Demande suivante / précédente (Alt+↓ / Alt+↑ on the Demandes page):
 * the next or previous request of the table, in its order and filters, selected and shown in the form, the focus
 * staying in the form when it was there. Page suivante / précédente du dossier (Alt+Page↓ / Alt+Page↑): the editor's
 * next or previous page, round the tabs.
 */
public abstract class StepHandler extends DossierHandler {

	private final boolean page;
	private final int step;

	StepHandler(boolean page, int step) {
		super(Needs.DOSSIER);
		this.page = page;
		this.step = step;
	}

	@Override
	protected void run(DossierEditor editor, ExecutionEvent event) {
		if (page) {
			editor.showPage(step);
		} else if (editor.getActivePageInstance() == editor.requestsPage()) {
			editor.requestsPage().move(step);
		} else {
			editor.setActivePage(RequestsPage.ID);
		}
	}

	/** Demande suivante. */
	public static final class NextRequest extends StepHandler {
		public NextRequest() {
			super(false, 1);
		}
	}

	/** Demande précédente. */
	public static final class PreviousRequest extends StepHandler {
		public PreviousRequest() {
			super(false, -1);
		}
	}

	/** Page suivante du dossier. */
	public static final class NextPage extends StepHandler {
		public NextPage() {
			super(true, 1);
		}
	}

	/** Page précédente du dossier. */
	public static final class PreviousPage extends StepHandler {
		public PreviousPage() {
			super(true, -1);
		}
	}
}
