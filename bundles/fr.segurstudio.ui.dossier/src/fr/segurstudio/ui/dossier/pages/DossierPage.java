package fr.segurstudio.ui.dossier.pages;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.StructuredSelection;

/** A page of the dossier editor, as the editor drives it. */
public interface DossierPage {

	/**
	 * Commits what the page's fields hold and have not committed yet (before a save, an undo, a page change, a
	 * command); false when it cannot (a text that does not read whole).
	 */
	default boolean commit() {
		return true;
	}

	/** Shows a French message in the page's heading; null clears it. */
	default void tell(String message, int type) {
	}

	/** What the page shows selected, published as the editor's selection while the page is active. */
	default ISelection selection() {
		return StructuredSelection.EMPTY;
	}
}
