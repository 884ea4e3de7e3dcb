package fr.segurstudio.dsl.editor.internal;

import org.eclipse.jface.text.contentassist.ContentAssistEvent;
import org.eclipse.jface.text.contentassist.ContentAssistant;
import org.eclipse.jface.text.contentassist.ICompletionListener;
import org.eclipse.jface.text.contentassist.ICompletionProposal;

/**
 * The text page's completion assistant: tells the processor whether each session was opened by typing or asked
 * for. A Ctrl+Space on a list that opened by itself would otherwise start no session (JFace fires a session's
 * start only when no list is open, and leaves an open list as it is): that list is closed first, so the
 * Ctrl+Space gets its own session and the whole list.
 */
final class SegurContentAssistant extends ContentAssistant {

	/** The pause in the typing of a value after which its field's list opens by itself. */
	static final int AUTO_ACTIVATION_DELAY_MS = 300;

	private final SegurCompletionProcessor processor;

	SegurContentAssistant(SegurCompletionProcessor processor) {
		this.processor = processor;
		enableAutoActivation(true);
		setAutoActivationDelay(AUTO_ACTIVATION_DELAY_MS);
		addCompletionListener(new ICompletionListener() {
			@Override
			public void assistSessionStarted(ContentAssistEvent event) {
				processor.sessionStarted(event.isAutoActivated);
			}

			@Override
			public void assistSessionEnded(ContentAssistEvent event) {
				processor.sessionStarted(false);
			}

			@Override
			public void selectionChanged(ICompletionProposal proposal, boolean smartToggle) {
				// nothing to follow
			}
		});
	}

	@Override
	public String showPossibleCompletions() {
		if (isProposalPopupActive() && processor.openedByTyping()) {
			hide(); // ends the typing's session
		}
		return super.showPossibleCompletions();
	}
}
