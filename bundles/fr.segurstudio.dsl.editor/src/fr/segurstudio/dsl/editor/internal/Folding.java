package fr.segurstudio.dsl.editor.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotationModel;

import fr.segurstudio.dsl.ide.outline.SegurOutline;

/**
 * Folding of the requests and blocks of more than one line, from the outline of the last reconcile: whole
 * lines, a folded region's state kept while its range stays.
 */
public final class Folding {

	private Folding() {
	}

	public static void update(ProjectionAnnotationModel model, IDocument document, SegurOutline.Node root) {
		if (model == null) {
			return;
		}
		List<Position> wanted = new ArrayList<>();
		if (root != null) {
			collect(root.children(), document, wanted);
		}
		Map<String, Position> byRange = new HashMap<>();
		for (Position p : wanted) {
			byRange.put(p.offset + ":" + p.length, p);
		}
		List<Annotation> deleted = new ArrayList<>();
		model.getAnnotationIterator().forEachRemaining(a -> {
			if (a instanceof ProjectionAnnotation) {
				Position p = model.getPosition(a);
				if (p == null || p.isDeleted() || byRange.remove(p.offset + ":" + p.length) == null) {
					deleted.add(a);
				}
			}
		});
		Map<ProjectionAnnotation, Position> added = new HashMap<>();
		for (Position p : byRange.values()) {
			added.put(new ProjectionAnnotation(), p);
		}
		if (!deleted.isEmpty() || !added.isEmpty()) {
			model.modifyAnnotations(deleted.toArray(Annotation[]::new), added, null);
		}
	}

	private static void collect(List<SegurOutline.Node> nodes, IDocument document, List<Position> into) {
		for (SegurOutline.Node node : nodes) {
			Position lines = lines(node, document);
			if (lines != null) {
				into.add(lines);
			}
			collect(node.children(), document, into);
		}
	}

	/** The node's lines, delimiter of the last included; null when it holds on one line. */
	static Position lines(SegurOutline.Node node, IDocument document) {
		try {
			int end = Math.min(node.offset() + node.length(), document.getLength());
			int first = document.getLineOfOffset(node.offset());
			int last = document.getLineOfOffset(end);
			if (last <= first) {
				return null;
			}
			int start = document.getLineOffset(first);
			int stop = last + 1 < document.getNumberOfLines() ? document.getLineOffset(last + 1) : document.getLength();
			return new Position(start, stop - start);
		} catch (BadLocationException e) {
			return null;
		}
	}
}
