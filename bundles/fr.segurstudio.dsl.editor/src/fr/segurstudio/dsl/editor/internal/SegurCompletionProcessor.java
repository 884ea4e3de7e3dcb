package fr.segurstudio.dsl.editor.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessorExtension;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.resource.XtextResource;

import fr.segurstudio.dsl.ide.contentassist.SegurCompletion;

/**
 * Completion from {@code SegurCompletion}, on the text of the last reconcile when the document has not changed
 * since, else on the document parsed now. Asked by Ctrl+Space: everything valid at the cursor. Opened by itself
 * ({@link #isCompletionProposalAutoActivation}) only while a value is typed after a field's name, and then with
 * that field's listed values only (an operator code, an enumeration literal, a piece type, the next number).
 * <p>
 * Which of the two a session is comes from the assistant's session events ({@link #sessionStarted}); JFace
 * sends none for a Ctrl+Space on a list that opened by itself, so {@link SegurContentAssistant} closes that list
 * first: each Ctrl+Space starts its own session.
 */
public final class SegurCompletionProcessor implements IContentAssistProcessorExtension {

	/** The parsed resource of the document as it is now. */
	public interface Source {
		XtextResource current();
	}

	/**
	 * A line ending in a field's name and the start of its value ({@code operateurMessagerie mai},
	 * {@code regimeTVA "T}): group 1 is the value typed so far.
	 */
	private static final Pattern VALUE_BEING_TYPED = Pattern.compile("(?:^|[\\s{])(?:[A-Za-z_]\\w*|\"[^\"]*\")[ \\t]+(\"?[^\"\\s{}\\[\\],]*)$");

	private final Source source;
	private final SegurCompletion completion;
	private String error;
	/** The session under way was opened by typing, not asked by Ctrl+Space. */
	private volatile boolean openedByTyping;

	public SegurCompletionProcessor(Source source, SegurCompletion completion) {
		this.source = source;
		this.completion = completion;
	}

	@Override
	public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
		error = null;
		boolean typing = openedByTyping;
		IDocument document = viewer.getDocument();
		int valueStart = valueStart(document, offset);
		if (typing && valueStart < 0) {
			return new ICompletionProposal[0]; // back out of the value (Backspace): nothing by itself, nothing parsed
		}
		try {
			XtextResource resource = source.current();
			// in a value, the list is asked at the value's start and filtered here, as the list is filtered while typing
			// (SegurProposal.validate): a code is found by its label too (« mailiz » finds MAI_15)
			int at = valueStart < 0 ? offset : valueStart;
			List<ICompletionProposal> proposals = new ArrayList<>();
			for (ContentAssistEntry entry : completion.complete(resource, at)) {
				if (typing && !fromList(entry)) {
					continue;
				}
				String prefix = entry.getPrefix() == null ? "" : entry.getPrefix();
				SegurProposal proposal = new SegurProposal(entry.getProposal(), entry.getLabel(), description(entry), at - prefix.length(), offset);
				if (valueStart < 0 || proposal.validate(document, offset, null)) {
					proposals.add(proposal);
				}
			}
			return proposals.toArray(ICompletionProposal[]::new);
		} catch (RuntimeException e) {
			error = Messages.completionFailed;
			ILog.of(getClass()).error("complétion", e);
			return new ICompletionProposal[0];
		}
	}

	/** Told by the assistant when a session starts (opened by typing or asked for) and when it ends. */
	void sessionStarted(boolean byTyping) {
		openedByTyping = byTyping;
	}

	boolean openedByTyping() {
		return openedByTyping;
	}

	/** A character typed where the cursor is in a value being typed after a field's name opens the list by itself. */
	@Override
	public boolean isCompletionProposalAutoActivation(char c, ITextViewer viewer, int offset) {
		if (!(Character.isLetterOrDigit(c) || c == '_' || c == '"')) {
			return false;
		}
		return typedValue(viewer.getDocument(), offset, String.valueOf(c)) != null;
	}

	/** Said by {@link #isCompletionProposalAutoActivation} instead (the extension's default throws). */
	@Override
	public char[] getCompletionProposalAutoActivationCharacters() {
		return null;
	}

	@Override
	public char[] getContextInformationAutoActivationCharacters() {
		return null;
	}

	@Override
	public boolean isContextInformationAutoActivation(char c, ITextViewer viewer, int offset) {
		return false;
	}

	/** Where the value being typed before the cursor begins, or -1 when the cursor is not in such a value. */
	static int valueStart(IDocument document, int offset) {
		Matcher value = typedValue(document, offset, "");
		return value == null ? -1 : offset - (value.end(1) - value.start(1));
	}

	/** The line up to the offset, and what is about to be typed there, when it ends in a field's name and a value. */
	private static Matcher typedValue(IDocument document, int offset, String typed) {
		try {
			int line = document.getLineOffset(document.getLineOfOffset(offset));
			Matcher matcher = VALUE_BEING_TYPED.matcher(document.get(line, offset - line) + typed);
			return matcher.find() ? matcher : null;
		} catch (BadLocationException e) {
			return null;
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
	public String getErrorMessage() {
		return error;
	}

	@Override
	public IContextInformationValidator getContextInformationValidator() {
		return null;
	}
}
