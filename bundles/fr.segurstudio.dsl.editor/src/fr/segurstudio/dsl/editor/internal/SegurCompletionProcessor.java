package fr.segurstudio.dsl.editor.internal;

import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.resource.XtextResource;

import fr.segurstudio.dsl.ide.contentassist.SegurCompletion;

/**
 * Completion on Ctrl+Space from {@code SegurCompletion}: on the text of the last reconcile when the
 * document has not changed since, else on the document parsed now.
 */
public final class SegurCompletionProcessor implements IContentAssistProcessor {

	/** The parsed resource of the document as it is now. */
	public interface Source {
		XtextResource current();
	}

	private final Source source;
	private final SegurCompletion completion;
	private String error;

	public SegurCompletionProcessor(Source source, SegurCompletion completion) {
		this.source = source;
		this.completion = completion;
	}

	@Override
	public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
		error = null;
		try {
			XtextResource resource = source.current();
			List<ContentAssistEntry> entries = completion.complete(resource, offset);
			ICompletionProposal[] proposals = new ICompletionProposal[entries.size()];
			for (int i = 0; i < proposals.length; i++) {
				ContentAssistEntry entry = entries.get(i);
				String prefix = entry.getPrefix() == null ? "" : entry.getPrefix();
				proposals[i] = new SegurProposal(entry.getProposal(), entry.getLabel(), description(entry), offset - prefix.length(), offset);
			}
			return proposals;
		} catch (RuntimeException e) {
			error = Messages.completionFailed;
			ILog.of(getClass()).error("complétion", e);
			return new ICompletionProposal[0];
		}
	}

	/** A field name comes with its metamodel type as description ("EAttribute"): said in French instead. */
	private static String description(ContentAssistEntry entry) {
		String description = entry.getDescription();
		if ("EAttribute".equals(description)) {
			return Messages.completionField;
		}
		if ("EReference".equals(description)) {
			return Messages.completionBlock;
		}
		return description;
	}

	@Override
	public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
		return null;
	}

	@Override
	public char[] getCompletionProposalAutoActivationCharacters() {
		return null;
	}

	@Override
	public char[] getContextInformationAutoActivationCharacters() {
		return null;
	}

	@Override
	public String getErrorMessage() {
		return error;
	}

	@Override
	public IContextInformationValidator getContextInformationValidator() {
		return null;
	}
}
