package fr.segurstudio.dsl.editor.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;

import fr.segurstudio.model.issue.Issue;

/**
 * A validator issue shown in the text (squiggle, vertical and overview rulers, hover): the platform's
 * error and warning annotation types, so that their colours and preferences are the user's.
 */
public final class IssueAnnotation extends Annotation {

	public static final String ERROR = "org.eclipse.ui.workbench.texteditor.error";
	public static final String WARNING = "org.eclipse.ui.workbench.texteditor.warning";

	/** The issue of the last check that found it again (its offsets are that text's). */
	private Issue issue;

	public IssueAnnotation(Issue issue) {
		super(issue.isError() ? ERROR : WARNING, false, issue.message() + " [" + issue.code() + "]");
		this.issue = issue;
	}

	public Issue issue() {
		return issue;
	}

	/** Where an issue stands in the document: its range, else its line; a zero-length range gets one character. */
	public static Position position(Issue issue, IDocument document) {
		int length = document.getLength();
		int offset = issue.location().offset();
		int size = issue.location().length();
		try {
			if (offset < 0 && issue.location().line() > 0 && issue.location().line() <= document.getNumberOfLines()) {
				IRegion line = document.getLineInformation(issue.location().line() - 1);
				offset = line.getOffset();
				size = line.getLength();
			}
		} catch (BadLocationException e) {
			offset = -1;
		}
		if (offset < 0) {
			return new Position(0, Math.min(1, length));
		}
		offset = Math.min(offset, length);
		size = Math.max(0, Math.min(size, length - offset));
		if (size == 0 && offset < length) {
			size = 1;
		} else if (size == 0 && offset > 0) {
			offset--;
			size = 1;
		}
		return new Position(offset, size);
	}

	/**
	 * Makes the model's issue annotations those of these issues, in one change. An annotation already there
	 * with the same text and range (the document's position updater moved it with the typing) is kept and
	 * only given the new issue: a keystroke in a text of 1 600 problems changes a few annotations, not all
	 * of them (the rulers and the painter redraw what changed).
	 */
	public static void replace(IAnnotationModel model, IDocument document, List<Issue> issues) {
		Map<String, List<IssueAnnotation>> shown = new HashMap<>();
		model.getAnnotationIterator().forEachRemaining(a -> {
			if (a instanceof IssueAnnotation annotation) {
				Position at = model.getPosition(annotation);
				if (at != null && !at.isDeleted()) {
					shown.computeIfAbsent(key(annotation.getType(), annotation.getText(), at), k -> new ArrayList<>()).add(annotation);
				} else {
					shown.computeIfAbsent("", k -> new ArrayList<>()).add(annotation);
				}
			}
		});
		Map<Annotation, Position> added = new HashMap<>();
		for (Issue issue : issues) {
			IssueAnnotation fresh = new IssueAnnotation(issue);
			Position at = position(issue, document);
			List<IssueAnnotation> same = shown.get(key(fresh.getType(), fresh.getText(), at));
			if (same != null && !same.isEmpty()) {
				same.remove(same.size() - 1).issue = issue;
			} else {
				added.put(fresh, at);
			}
		}
		List<Annotation> old = new ArrayList<>();
		shown.values().forEach(old::addAll);
		if (old.isEmpty() && added.isEmpty()) {
			return;
		}
		if (model instanceof IAnnotationModelExtension extension) {
			extension.replaceAnnotations(old.toArray(Annotation[]::new), added);
		} else {
			old.forEach(model::removeAnnotation);
			added.forEach(model::addAnnotation);
		}
	}

	private static String key(String type, String text, Position at) {
		return type + '\u0000' + at.getOffset() + '\u0000' + at.getLength() + '\u0000' + text;
	}
}
