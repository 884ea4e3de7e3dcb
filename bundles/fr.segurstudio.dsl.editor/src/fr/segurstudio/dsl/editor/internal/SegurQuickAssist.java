package fr.segurstudio.dsl.editor.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.quickassist.IQuickAssistInvocationContext;
import org.eclipse.jface.text.quickassist.IQuickAssistProcessor;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;

import fr.segurstudio.dsl.DossierTexts;
import fr.segurstudio.dsl.ide.quickfix.SegurQuickfixes;
import fr.segurstudio.dsl.model.TextEdit;

/**
 * Ctrl+1: the quick fixes of the issues at the cursor (else on its line), computed on the document as it
 * is now.
 */
public final class SegurQuickAssist implements IQuickAssistProcessor {

	/** The editor's side: its annotations and its text parsed as it is now. */
	public interface Source {
		IAnnotationModel annotations();

		DossierTexts.Parsed current();
	}

	private final Source source;
	private final SegurQuickfixes quickfixes;

	public SegurQuickAssist(Source source, SegurQuickfixes quickfixes) {
		this.source = source;
		this.quickfixes = quickfixes;
	}

	@Override
	public String getErrorMessage() {
		return null;
	}

	@Override
	public boolean canFix(Annotation annotation) {
		return annotation instanceof IssueAnnotation issue && !issue.isMarkedDeleted() && SegurQuickfixes.hasFix(issue.issue().code());
	}

	@Override
	public boolean canAssist(IQuickAssistInvocationContext context) {
		return false;
	}

	@Override
	public ICompletionProposal[] computeQuickAssistProposals(IQuickAssistInvocationContext context) {
		IDocument document = context.getSourceViewer().getDocument();
		IAnnotationModel model = source.annotations();
		if (model == null) {
			return new ICompletionProposal[0];
		}
		int offset = context.getOffset();
		List<IssueAnnotation> at = new ArrayList<>();
		List<IssueAnnotation> onLine = new ArrayList<>();
		int line;
		try {
			line = document.getLineOfOffset(offset);
		} catch (BadLocationException e) {
			return new ICompletionProposal[0];
		}
		model.getAnnotationIterator().forEachRemaining(a -> {
			if (a instanceof IssueAnnotation issue && canFix(issue)) {
				Position p = model.getPosition(issue);
				if (p == null || p.isDeleted()) {
					return;
				}
				if (p.getOffset() <= offset && offset <= p.getOffset() + p.getLength()) {
					at.add(issue);
				} else {
					try {
						if (document.getLineOfOffset(p.getOffset()) == line) {
							onLine.add(issue);
						}
					} catch (BadLocationException e) {
						// outside
					}
				}
			}
		});
		List<IssueAnnotation> chosen = at.isEmpty() ? onLine : at;
		if (chosen.isEmpty()) {
			return new ICompletionProposal[0];
		}
		DossierTexts.Parsed parsed = source.current();
		List<ICompletionProposal> proposals = new ArrayList<>();
		for (IssueAnnotation annotation : chosen) {
			Position p = model.getPosition(annotation);
			for (SegurQuickfixes.QuickFix fix : Fixes.of(quickfixes, parsed, annotation.issue(), p)) {
				proposals.add(new FixProposal(fix, annotation.getText()));
			}
		}
		return proposals.toArray(ICompletionProposal[]::new);
	}

	/** A fix in the Ctrl+1 list: its label, the issue's message as details; the cursor after its first edit. */
	static final class FixProposal extends TextProposal {
		private final SegurQuickfixes.QuickFix fix;

		FixProposal(SegurQuickfixes.QuickFix fix, String message) {
			super(fix.label(), message);
			this.fix = fix;
		}

		@Override
		public void apply(IDocument document) {
			try {
				Fixes.apply(document, fix.edits());
				TextEdit first = fix.edits().stream().min(Comparator.comparingInt(TextEdit::offset)).orElse(null);
				cursor = first == null ? -1 : first.offset() + first.text().length();
			} catch (BadLocationException e) {
				cursor = -1;
			}
		}
	}
}
