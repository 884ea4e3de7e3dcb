package fr.segurstudio.dsl.editor.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.BadPositionCategoryException;
import org.eclipse.jface.text.DefaultPositionUpdater;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IPositionUpdater;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextPresentationListener;
import org.eclipse.jface.text.ITextViewerExtension4;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.jface.text.TextViewer;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;

/**
 * The semantic highlighting of the last reconcile, kept as document positions (so that they move with the
 * edits made since) and merged into each text presentation the viewer computes.
 */
public final class SemanticHighlighter implements ITextPresentationListener {

	private static final String CATEGORY = "fr.segurstudio.dsl.editor.semantic";

	/** A position and its style id. */
	private static final class Styled extends Position {
		final String style;

		Styled(int offset, int length, String style) {
			super(offset, length);
			this.style = style;
		}
	}

	private final ISourceViewer viewer;
	private final SegurColors colors;
	private IDocument document;
	private IPositionUpdater updater;
	private List<Styled> positions = List.of();

	public SemanticHighlighter(ISourceViewer viewer, SegurColors colors) {
		this.viewer = viewer;
		this.colors = colors;
		if (viewer instanceof ITextViewerExtension4 extension) {
			extension.addTextPresentationListener(this);
		}
	}

	/** Takes the highlighting of a reconcile of the current text (UI thread), repainting what changed. */
	public void update(IDocument current, List<Reconciled.Highlight> highlights) {
		attach(current);
		List<Styled> next = new ArrayList<>(highlights.size());
		for (Reconciled.Highlight h : highlights) {
			if (h.offset() >= 0 && h.offset() + h.length() <= current.getLength()) {
				next.add(new Styled(h.offset(), h.length(), h.style()));
			}
		}
		List<Styled> previous = positions;
		int first = 0;
		while (first < previous.size() && first < next.size() && same(previous.get(first), next.get(first))) {
			first++;
		}
		int lastPrevious = previous.size() - 1;
		int lastNext = next.size() - 1;
		while (lastPrevious >= first && lastNext >= first && same(previous.get(lastPrevious), next.get(lastNext))) {
			lastPrevious--;
			lastNext--;
		}
		// only the positions between the unchanged head and tail are replaced: a keystroke changes a few of
		// the ~9,000 of a 200-request dossier (removing them all shifts the document's sorted lists each time)
		for (int i = lastPrevious; i >= first; i--) {
			removePosition(previous.get(i));
		}
		List<Styled> kept = new ArrayList<>(next.size());
		kept.addAll(previous.subList(0, first));
		for (int i = first; i <= lastNext; i++) {
			Styled p = next.get(i);
			try {
				current.addPosition(CATEGORY, p);
				kept.add(p);
			} catch (BadLocationException | BadPositionCategoryException e) {
				// outside the document: left out
			}
		}
		kept.addAll(previous.subList(lastPrevious + 1, previous.size()));
		positions = kept;
		if (first <= lastPrevious || first <= lastNext) {
			int start = Math.min(startOf(previous, first), startOf(next, first));
			int end = Math.max(endOf(previous, lastPrevious), endOf(next, lastNext));
			start = Math.max(0, Math.min(start, current.getLength()));
			end = Math.max(start, Math.min(end, current.getLength()));
			if (end > start && viewer instanceof TextViewer text) {
				text.invalidateTextPresentation(start, end - start);
			} else {
				viewer.invalidateTextPresentation();
			}
		}
	}

	private static boolean same(Styled a, Styled b) {
		return a.offset == b.offset && a.length == b.length && a.style.equals(b.style) && !a.isDeleted;
	}

	private static int startOf(List<Styled> list, int index) {
		return index < list.size() && index >= 0 ? list.get(index).offset : Integer.MAX_VALUE;
	}

	private static int endOf(List<Styled> list, int index) {
		return index >= 0 && index < list.size() ? list.get(index).offset + list.get(index).length : -1;
	}

	private void attach(IDocument current) {
		if (current == document) {
			return;
		}
		detach();
		document = current;
		current.addPositionCategory(CATEGORY);
		updater = new DefaultPositionUpdater(CATEGORY);
		current.addPositionUpdater(updater);
	}

	private void removePosition(Styled p) {
		try {
			document.removePosition(CATEGORY, p);
		} catch (BadPositionCategoryException e) {
			// already gone
		}
	}

	public void detach() {
		if (document != null) {
			document.removePositionUpdater(updater);
			try {
				document.removePositionCategory(CATEGORY);
			} catch (BadPositionCategoryException e) {
				// not there
			}
			document = null;
			positions = List.of();
		}
	}

	public void dispose() {
		if (viewer instanceof ITextViewerExtension4 extension) {
			extension.removeTextPresentationListener(this);
		}
		detach();
	}

	/** The style id at a document offset (for tests), or null. */
	public String styleAt(int offset) {
		for (Styled p : positions) {
			if (!p.isDeleted && p.includes(offset)) {
				return p.style;
			}
		}
		return null;
	}

	@Override
	public void applyTextPresentation(TextPresentation presentation) {
		IRegion extent = presentation.getExtent();
		int start = extent.getOffset();
		int end = start + extent.getLength();
		List<Styled> current = positions;
		int index = firstEndingAfter(current, start);
		List<StyleRange> ranges = new ArrayList<>();
		for (int i = index; i < current.size(); i++) {
			Styled p = current.get(i);
			if (p.offset >= end) {
				break;
			}
			if (p.isDeleted || p.length == 0) {
				continue;
			}
			Color color = colors.color(p.style);
			if (color != null) {
				int from = Math.max(p.offset, start);
				int to = Math.min(p.offset + p.length, end);
				if (to > from) {
					ranges.add(new StyleRange(from, to - from, color, null, colors.fontStyle(p.style)));
				}
			}
		}
		if (!ranges.isEmpty()) {
			presentation.mergeStyleRanges(ranges.toArray(StyleRange[]::new));
		}
	}

	/** Positions are sorted by offset and do not overlap: a binary search for the first one ending after start. */
	private static int firstEndingAfter(List<Styled> list, int start) {
		int low = 0;
		int high = list.size();
		while (low < high) {
			int mid = (low + high) >>> 1;
			Styled p = list.get(mid);
			if (p.offset + p.length <= start) {
				low = mid + 1;
			} else {
				high = mid;
			}
		}
		return low;
	}
}
