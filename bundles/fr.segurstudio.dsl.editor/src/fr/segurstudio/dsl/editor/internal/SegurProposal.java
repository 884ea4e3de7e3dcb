package fr.segurstudio.dsl.editor.internal;

import java.util.Locale;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.ICompletionProposalExtension2;

/**
 * One proposal of {@code SegurCompletion} (a field, a value, a code with its label, the next numeroEditeur):
 * it replaces the word typed before the cursor, and stays in the list while what is typed next still
 * begins it (the list is filtered as the user types, without asking the language again).
 */
public final class SegurProposal extends TextProposal implements ICompletionProposalExtension2 {

	private final String proposal;
	private final String label;
	/** Where the replaced word begins. */
	private final int start;
	/** The cursor when completion was asked. */
	private final int requested;

	public SegurProposal(String proposal, String label, String description, int start, int requested) {
		super(displayString(proposal, label, description), description);
		this.proposal = proposal;
		this.label = label == null || label.isEmpty() ? proposal : label;
		this.start = start;
		this.requested = requested;
		this.cursor = start + proposal.length();
	}

	/** The label, and the description after it when it says more. */
	private static String displayString(String proposal, String label, String description) {
		String shown = label == null || label.isEmpty() ? proposal : label;
		return description == null || description.isBlank() || shown.contains(description) ? shown : shown + " — " + description;
	}

	public String proposal() {
		return proposal;
	}

	/** Without the viewer: replaces what was typed up to the cursor of the request. */
	@Override
	public void apply(IDocument document) {
		apply(document, requested);
	}

	private void apply(IDocument document, int offset) {
		try {
			document.replace(start, Math.max(0, offset - start), proposal);
			cursor = start + proposal.length();
		} catch (BadLocationException e) {
			// the document changed under the list: nothing applied
		}
	}

	@Override
	public void apply(ITextViewer viewer, char trigger, int stateMask, int offset) {
		apply(viewer.getDocument(), Math.max(start, offset));
	}

	@Override
	public void selected(ITextViewer viewer, boolean smartToggle) {
		// nothing to preview
	}

	@Override
	public void unselected(ITextViewer viewer) {
		// nothing to preview
	}

	/**
	 * Still proposed while the text typed since the word's start begins the proposal, or is found in its label when
	 * it says more than the proposal (« mailiz » in « MAI_15 – MAILIZ »): the rule of the list's first filtering too ({@code SegurCompletionProcessor}).
	 */
	@Override
	public boolean validate(IDocument document, int offset, DocumentEvent event) {
		if (offset < start) {
			return false;
		}
		try {
			String typed = document.get(start, offset - start).toLowerCase(Locale.ROOT);
			String bare = typed.startsWith("\"") ? typed.substring(1) : typed;
			String text = proposal.toLowerCase(Locale.ROOT);
			String bareText = text.startsWith("\"") ? text.substring(1) : text;
			return text.startsWith(typed) || bareText.startsWith(bare) || !label.equals(proposal) && label.toLowerCase(Locale.ROOT).contains(bare);
		} catch (BadLocationException e) {
			return false;
		}
	}
}
