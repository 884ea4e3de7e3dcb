package fr.segurstudio.dsl.editor;

import java.nio.file.Path;
import java.util.List;

import fr.segurstudio.dsl.DossierTexts;
import fr.segurstudio.model.issue.Issue;

/**
 * What a multi-page editor gives a {@link SegurTextEditor} that it hosts as its "Texte" page, and what it
 * is told back. The page works on an in-memory document seeded with {@link #initialText()}; it never saves
 * (the host writes the file once, whichever page is active) and never writes markers (the host owns them).
 *
 * <p>For the dossier editor, with its {@code DossierSession session}:
 *
 * <pre>
 * TextPageHost host = new TextPageHost() {
 *     public String initialText() { return session.text(); }
 *     public Path file() { return session.file(); }
 *     public void textChanged(String text, DossierTexts.Parsed parsed, boolean parseFailed) {
 *         // after each reconcile of an edited text: the form may show it (read-only while parseFailed)
 *     }
 * };
 * SegurTextEditor text = new SegurTextEditor(host);
 * addPage(text, getEditorInput());                 // FormEditor.addPage(IEditorPart, IEditorInput)
 * // leaving the text page:  if (text.isDirty()) session.adoptText(text.text());  then text.markClean()
 * // entering the text page: text.setText(session.syncText())   (only the part that differs is replaced)
 * </pre>
 */
public interface TextPageHost {

	/** The text the page opens with (the session's {@code text()}). */
	String initialText();

	/** The dossier's file (messages, attached files next to it); null for a dossier not saved yet. */
	Path file();

	/**
	 * Called on the UI thread after each reconcile of the page's text (the user stopped typing): the text,
	 * its parse (the language's, with its built model), and whether it failed to parse (syntax errors, no
	 * dossier): then the model is not the text's, and a form should stay read-only on the last good one.
	 */
	void textChanged(String text, DossierTexts.Parsed parsed, boolean parseFailed);

	/**
	 * The same reconcile's issues, as {@code segur validate} gives them for this text: the host makes them the
	 * file's markers while the page has unsaved edits (the Problems view follows the typing, as for a
	 * standalone editor). Ignored by default.
	 */
	default void issuesFound(List<Issue> issues) {
	}

	/** A French reason why the text must not be edited now (a deposited dossier...), or null. */
	default String readOnlyReason() {
		return null;
	}
}
