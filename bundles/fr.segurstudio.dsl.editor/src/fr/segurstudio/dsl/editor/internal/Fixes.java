package fr.segurstudio.dsl.editor.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.DocumentRewriteSession;
import org.eclipse.jface.text.DocumentRewriteSessionType;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.jface.text.Position;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue.IssueImpl;

import fr.segurstudio.dsl.DossierTexts;
import fr.segurstudio.dsl.ide.quickfix.SegurQuickfixes;
import fr.segurstudio.dsl.model.TextEdit;
import fr.segurstudio.model.issue.Issue;

/**
 * The quick fixes of an issue, from {@code SegurQuickfixes} (its code and data, never its message), and
 * their edits applied to a document as one undoable change.
 */
public final class Fixes {

	private Fixes() {
	}

	/**
	 * The fixes of an issue standing at {@code at} of the text that {@code parsed} is the parse of.
	 */
	public static List<SegurQuickfixes.QuickFix> of(SegurQuickfixes quickfixes, DossierTexts.Parsed parsed, Issue issue, Position at) {
		if (!SegurQuickfixes.hasFix(issue.code()) || parsed.resource().getParseResult() == null) {
			return List.of();
		}
		return quickfixes.fixes(parsed, xtextIssue(issue, at));
	}

	/** The issue as the language's quick fixes take it: code, range, data. */
	public static IssueImpl xtextIssue(Issue issue, Position at) {
		IssueImpl xtext = new IssueImpl();
		xtext.setCode(issue.code());
		xtext.setMessage(issue.message());
		xtext.setSeverity(issue.isError() ? Severity.ERROR : Severity.WARNING);
		xtext.setOffset(at.getOffset());
		xtext.setLength(at.getLength());
		xtext.setLineNumber(issue.location().line());
		xtext.setColumn(issue.location().column());
		xtext.setData(issue.data().toArray(String[]::new));
		return xtext;
	}

	/** Applies the edits (offsets of the document as it is) as one change: one undo takes them back. */
	public static void apply(IDocument document, List<TextEdit> edits) throws BadLocationException {
		List<TextEdit> ordered = new ArrayList<>(edits);
		ordered.sort(Comparator.comparingInt(TextEdit::offset).reversed());
		DocumentRewriteSession session = document instanceof IDocumentExtension4 extension && ordered.size() > 1
				? extension.startRewriteSession(DocumentRewriteSessionType.UNRESTRICTED_SMALL)
				: null;
		try {
			for (TextEdit edit : ordered) {
				document.replace(edit.offset(), edit.length(), edit.text());
			}
		} finally {
			if (session != null) {
				((IDocumentExtension4) document).stopRewriteSession(session);
			}
		}
	}
}
