package fr.segurstudio.dsl.editor.internal;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;

/**
 * A line of the editor's proposal lists — a completion (Ctrl+Space) or a quick fix (Ctrl+1): its label, its details
 * (a code's meaning, the message), and where the cursor goes once it is applied.
 */
public abstract class TextProposal implements ICompletionProposal {

	private final String label;
	private final String details;
	/** Where the cursor goes once applied; -1: where it is. */
	protected int cursor = -1;

	protected TextProposal(String label, String details) {
		this.label = label;
		this.details = details;
	}

	@Override
	public Point getSelection(IDocument document) {
		return cursor < 0 ? null : new Point(cursor, 0);
	}

	@Override
	public String getAdditionalProposalInfo() {
		return details;
	}

	@Override
	public String getDisplayString() {
		return label;
	}

	@Override
	public Image getImage() {
		return null;
	}

	@Override
	public IContextInformation getContextInformation() {
		return null;
	}
}
