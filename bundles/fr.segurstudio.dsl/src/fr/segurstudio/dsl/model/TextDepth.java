package fr.segurstudio.dsl.model;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.diagnostics.AbstractDiagnostic;
import org.eclipse.xtext.nodemodel.INode;

import fr.segurstudio.dsl.validation.IssueCodes;

/**
 * The nesting limit of a .segur text, as JSON's ({@value #MAX_DEPTH} levels; a dossier has 5): the parser
 * recurses once per block or list, so a text of a hundred thousand {@code {} is refused before it is parsed,
 * with the line and column of the first bracket too deep, instead of exhausting the stack.
 */
final class TextDepth {

	static final int MAX_DEPTH = 64;

	private TextDepth() {
	}

	/** The offset of the first {@code {} or {@code [} past the limit (strings and comments skipped), or -1. */
	static int tooDeep(String text) {
		int depth = 0;
		int n = text.length();
		for (int i = 0; i < n; i++) {
			char c = text.charAt(i);
			if (c == '"') {
				for (i++; i < n && text.charAt(i) != '"'; i++) {
					if (text.charAt(i) == '\\') {
						i++;
					}
				}
			} else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '/') {
				i = text.indexOf('\n', i);
				if (i < 0) {
					return -1;
				}
			} else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
				i = text.indexOf("*/", i + 2);
				if (i < 0) {
					return -1;
				}
				i++;
			} else if (c == '{' || c == '[') {
				if (++depth > MAX_DEPTH) {
					return i;
				}
			} else if ((c == '}' || c == ']') && depth > 0) {
				depth--;
			}
		}
		return -1;
	}

	/** The error a text too deep gets instead of its parse, placed on the bracket. */
	static AbstractDiagnostic diagnostic(String text, int offset, URI uri) {
		int line = 1;
		int lineStart = 0;
		for (int i = 0; i < offset; i++) {
			if (text.charAt(i) == '\n') {
				line++;
				lineStart = i + 1;
			}
		}
		int column = text.codePointCount(lineStart, offset) + 1;
		String message = "texte imbriqué trop profondément : plus de " + MAX_DEPTH + " blocs { } ou listes [ ] les uns dans les autres (ligne "
				+ line + ", colonne " + column + ") ; un dossier en a 5";
		return new Placed(message, line, column, uri);
	}

	/** A diagnostic without a node: the text was not parsed. */
	private static final class Placed extends AbstractDiagnostic {
		private final String message;
		private final int line;
		private final int column;
		private final URI uri;

		Placed(String message, int line, int column, URI uri) {
			this.message = message;
			this.line = line;
			this.column = column;
			this.uri = uri;
		}

		@Override
		protected INode getNode() {
			return null;
		}

		@Override
		public String getCode() {
			return IssueCodes.PROFONDEUR;
		}

		@Override
		public String[] getData() {
			return new String[0];
		}

		@Override
		public String getMessage() {
			return message;
		}

		@Override
		public int getLine() {
			return line;
		}

		@Override
		public int getLineEnd() {
			return line;
		}

		@Override
		public int getColumn() {
			return column;
		}

		@Override
		public int getColumnEnd() {
			return column + 1;
		}

		@Override
		public int getOffset() {
			return -1; // the caller places it by line and column: there is no parsed text to count in
		}

		@Override
		public int getLength() {
			return 1;
		}

		@Override
		public String getLocation() {
			return uri == null ? null : uri.toString();
		}

		@Override
		public URI getUriToProblem() {
			return uri;
		}
	}
}
