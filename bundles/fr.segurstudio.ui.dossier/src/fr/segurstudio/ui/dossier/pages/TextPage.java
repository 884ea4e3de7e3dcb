package fr.segurstudio.ui.dossier.pages;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.osgi.util.NLS;

import fr.segurstudio.dsl.DossierTexts;
import fr.segurstudio.dsl.editor.SegurTextEditor;
import fr.segurstudio.dsl.editor.TextPageHost;
import fr.segurstudio.model.issue.Issue;
import fr.segurstudio.ui.dossier.Messages;

/**
 * Texte: the dossier's .segur text in the language's editor ({@link SegurTextEditor} through its
 * {@link TextPageHost} seam), on a document of its own, never the file's shared buffer. Switching page commits:
 * leaving the page, an edited text becomes the session's model ({@code adoptText}, one command « Modifications du
 * texte »); coming to it, the model's changes are written into the text ({@code syncText}, only what changed, as
 * one edit). Each page's edits are undone on the page where they were made. Saving commits the text first, and
 * the session writes the file once.
 */
public final class TextPage implements TextPageHost, DossierPage {

	private final DossierContext context;
	private final SegurTextEditor text;
	/** The text last written into the page or made the model's: the page holds no edit of its own while it shows it. */
	private String inSync = "";
	/** Whether the page got the dossier's text (its first showing). */
	private boolean filled;

	public TextPage(DossierContext context) {
		this.context = context;
		this.text = new SegurTextEditor(this);
	}

	/** The nested text editor, for {@code FormEditor.addPage(IEditorPart, IEditorInput)}. */
	public SegurTextEditor editor() {
		return text;
	}

	/**
	 * Empty until the page is first shown ({@link #enter()} writes the text then): a 200-request dossier's
	 * text, highlighted and checked, would double the time to open the editor for a page most users never see.
	 */
	@Override
	public String initialText() {
		return "";
	}

	@Override
	public Path file() {
		return context.session().file();
	}

	@Override
	public void textChanged(String newText, DossierTexts.Parsed parsed, boolean parseFailed) {
		// the model follows when the page is left (switching page commits); nothing to do while typing
	}

	@Override
	public void issuesFound(List<Issue> issues) {
		if (filled) { // before, the check was of the empty page, not of the dossier's text
			context.textChecked(issues, isDirty());
		}
	}

	/** Unsaved text edits not yet in the model. */
	public boolean isDirty() {
		// the editor's own flag, and the text itself: a page showing the text it last synced has nothing to commit
		return text.isDirty() && !text.text().equals(inSync);
	}

	/** Leaving the page or saving: an edited text becomes the model (false when it cannot be read whole). */
	@Override
	public boolean commit() {
		if (!isDirty()) {
			return true;
		}
		try {
			// the page's last check of this very text, when there is one: leaving the page does not parse it again
			List<Issue> problems = context.session().adoptText(text.text(), text.takeParse());
			if (problems != null) {
				context.tell(NLS.bind(Messages.textNotAdopted, problems.size()), IMessageProvider.ERROR);
				return false;
			}
			inSync = text.text();
			text.markClean();
			return true;
		} catch (IOException e) {
			context.tell(e.getMessage(), IMessageProvider.ERROR);
			return false;
		}
	}

	/** The dossier was read again from its file: the page shows that text (its unsaved edits go with the others'). */
	public void reloaded() {
		if (filled) {
			enter();
		}
	}

	/** Coming to the page: the dossier's text the first time, then the model's changes made elsewhere. */
	public void enter() {
		try {
			String synced = context.session().syncText();
			if (filled) {
				text.setText(synced); // the model's changes made elsewhere, as one edit
			} else {
				text.fill(synced);
				filled = true;
			}
			inSync = synced;
			text.markClean();
		} catch (IOException e) {
			context.tell(e.getMessage(), IMessageProvider.ERROR);
		}
	}
}
