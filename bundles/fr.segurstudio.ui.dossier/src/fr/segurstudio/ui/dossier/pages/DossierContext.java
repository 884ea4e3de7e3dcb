package fr.segurstudio.ui.dossier.pages;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.common.command.Command;
import org.eclipse.ui.forms.editor.FormEditor;

import fr.segurstudio.editing.DossierSession;
import fr.segurstudio.model.issue.Issue;

/**
 * What a page of the dossier editor is given, and all it may ask of the editor: the dossier's session (a page
 * listens to it itself, {@link SessionWatch}), running a command, the last validation's issues, telling the user.
 * The editor assembles the pages with it; a page never knows the editor's class, nor another page.
 */
public interface DossierContext {

	/** The multi-page editor the page belongs to (its site, its toolkit). */
	FormEditor editor();

	/** The dossier being edited: its model, editing domain and command stack. */
	DossierSession session();

	/** Runs an EMF command on the dossier's stack, after what the pages' fields hold is committed: one undo. */
	void execute(Command command);

	/** The last validation's issues, placed in the file (read problems included). */
	List<Issue> issues();

	/** Told of each validation's issues, on the UI thread. */
	void addIssuesListener(Consumer<List<Issue>> listener);

	void removeIssuesListener(Consumer<List<Issue>> listener);

	/** The text page's check of its unsaved text: its issues are the file's markers until the model is checked again. */
	void textChecked(List<Issue> issues, boolean textDirty);

	/** A French message in the heading of the page shown (an export's end, a refusal); null clears it. */
	void tell(String message, int type);
}
