package fr.segurstudio.dsl.editor.internal;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;

import fr.segurstudio.dsl.DossierTexts;

/**
 * Ctrl+Shift+F: the language's formatter ({@code segur format}), applied as the one replacement of the part
 * that differs (one undo, the rest of the document and its markers untouched).
 */
public final class Formatting {

	private Formatting() {
	}

	/**
	 * @return null when formatted, else the French reason (syntax errors) why it was not
	 */
	public static String format(DossierTexts texts, IDocument document, String fileName) throws BadLocationException {
		String text = document.get();
		String formatted;
		try {
			formatted = texts.format(text, fileName);
		} catch (IllegalArgumentException e) {
			return e.getMessage();
		}
		replaceDifference(document, formatted);
		return null;
	}

	/**
	 * Makes the document's text {@code text} by replacing only the part between their common beginning
	 * and end: one edit (one undo), the cursor, folding and annotations outside it untouched.
	 */
	public static void replaceDifference(IDocument document, String text) throws BadLocationException {
		String current = document.get();
		int prefix = 0;
		int max = Math.min(current.length(), text.length());
		while (prefix < max && current.charAt(prefix) == text.charAt(prefix)) {
			prefix++;
		}
		int suffix = 0;
		while (suffix < max - prefix && current.charAt(current.length() - 1 - suffix) == text.charAt(text.length() - 1 - suffix)) {
			suffix++;
		}
		if (prefix == current.length() && prefix == text.length()) {
			return;
		}
		document.replace(prefix, current.length() - suffix - prefix, text.substring(prefix, text.length() - suffix));
	}
}
