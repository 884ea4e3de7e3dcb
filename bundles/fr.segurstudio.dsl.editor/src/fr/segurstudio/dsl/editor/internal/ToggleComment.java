package fr.segurstudio.dsl.editor.internal;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.DocumentRewriteSession;
import org.eclipse.jface.text.DocumentRewriteSessionType;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.jface.text.IRegion;

/**
 * Ctrl+/: the selected lines commented with {@code // } (at their common indentation), or uncommented
 * when every non-blank one already is. One undo.
 */
public final class ToggleComment {

	private ToggleComment() {
	}

	public static void toggle(IDocument document, int offset, int length) throws BadLocationException {
		int first = document.getLineOfOffset(offset);
		int last = document.getLineOfOffset(offset + length);
		if (last > first && length > 0 && document.getLineOffset(last) == offset + length) {
			last--; // a selection ending at a line's start leaves that line out
		}
		boolean allCommented = true;
		int indent = Integer.MAX_VALUE;
		for (int i = first; i <= last; i++) {
			String text = line(document, i);
			if (text.isBlank()) {
				continue;
			}
			int lead = text.length() - text.stripLeading().length();
			indent = Math.min(indent, lead);
			allCommented &= text.stripLeading().startsWith("//");
		}
		if (indent == Integer.MAX_VALUE) {
			return;
		}
		DocumentRewriteSession session = document instanceof IDocumentExtension4 extension
				? extension.startRewriteSession(DocumentRewriteSessionType.UNRESTRICTED_SMALL)
				: null;
		try {
			for (int i = last; i >= first; i--) {
				String text = line(document, i);
				if (text.isBlank()) {
					continue;
				}
				int start = document.getLineOffset(i);
				if (allCommented) {
					int at = text.indexOf("//");
					int remove = text.startsWith("// ", at) ? 3 : 2;
					document.replace(start + at, remove, "");
				} else {
					document.replace(start + indent, 0, "// ");
				}
			}
		} finally {
			if (session != null) {
				((IDocumentExtension4) document).stopRewriteSession(session);
			}
		}
	}

	private static String line(IDocument document, int line) throws BadLocationException {
		IRegion region = document.getLineInformation(line);
		return document.get(region.getOffset(), region.getLength());
	}
}
