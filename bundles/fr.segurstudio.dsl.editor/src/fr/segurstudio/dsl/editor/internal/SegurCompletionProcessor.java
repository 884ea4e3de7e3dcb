package fr.segurstudio.dsl.editor.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.resource.XtextResource;

import fr.segurstudio.dsl.ide.contentassist.SegurCompletion;

/**
 * Completion on Ctrl+Space, and by itself while a value is typed where the field's values come from a list (an
 * operator code, an enumeration, a piece type: only those values are then proposed), from {@code SegurCompletion}: on the text of the last reconcile when the
 * document has not changed since, else on the document parsed now.
 */
public final class SegurCompletionProcessor implements IContentAssistProcessor {

	/** The parsed resource of the document as it is now. */
	public interface Source {
		XtextResource current();
	}

	/** Letters, digits, the quote: typed in a value of a field whose values come from a list, they open the proposals. */
	private static final char[] ACTIVATION = "\"_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".toCharArray();

	/** A line ending in a field's name and the start of its value ({@code operateurMessagerie mai}, {@code regimeTVA "T}). */
	private static final Pattern VALUE_BEING_TYPED = Pattern.compile("(?:^|[\\s{])(?:[A-Za-z_]\\w*|\"[^\"]*\")[ \\t]+\"?[^\"\\s{}\\[\\],]*$");

	private final Source source;
	private final SegurCompletion completion;
	private String error;
	/** The proposals were asked by typing (auto-activation), not by Ctrl+Space. */
	private volatile boolean autoActivated;

	public SegurCompletionProcessor(Source source, SegurCompletion completion) {
		this.source = source;
		this.completion = completion;
	}

	@Override
	public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
		error = null;
		boolean typing = autoActivated;
		if (typing && !inValue(viewer.getDocument(), offset)) {
			return new ICompletionProposal[0]; // typing a name or elsewhere: nothing opens by itself (and nothing is parsed)
		}
		try {
			XtextResource resource = source.current();
			List<ICompletionProposal> proposals = new ArrayList<>();
			for (ContentAssistEntry entry : completion.complete(resource, offset)) {
				if (typing && !fromList(entry)) {
					continue;
				}
				String prefix = entry.getPrefix() == null ? "" : entry.getPrefix();
				proposals.add(new SegurProposal(entry.getProposal(), entry.getLabel(), description(entry), offset - prefix.length(), offset));
			}
			return proposals.toArray(ICompletionProposal[]::new);
		} catch (RuntimeException e) {
			error = Messages.completionFailed;
			ILog.of(getClass()).error("complétion", e);
			return new ICompletionProposal[0];
		}
	}

	/** Told when a completion session starts: opened by typing, or asked for. */
	public void sessionStarted(boolean byTyping) {
		autoActivated = byTyping;
	}

	/** The cursor is in a value being typed after a field's name, on its line. */
	static boolean inValue(IDocument document, int offset) {
		try {
			int line = document.getLineOffset(document.getLineOfOffset(offset));
			return VALUE_BEING_TYPED.matcher(document.get(line, offset - line)).find();
		} catch (BadLocationException e) {
			return false;
		}
	}

	/** A value of the field's list (a code, a literal, a piece type, a next number), not a block or a list to open. */
	private static boolean fromList(ContentAssistEntry entry) {
		return ContentAssistEntry.KIND_VALUE.equals(entry.getKind()) && !entry.getProposal().startsWith("{") && !entry.getProposal().startsWith("[");
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
		return ACTIVATION;
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
