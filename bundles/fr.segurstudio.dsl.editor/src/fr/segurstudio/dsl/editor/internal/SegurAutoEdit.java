package fr.segurstudio.dsl.editor.internal;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.DocumentCommand;
import org.eclipse.jface.text.IAutoEditStrategy;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.TextUtilities;

/**
 * Typing help: {@code {}, {@code [} and {@code "} come with their closing character (typed over when the
 * user types it anyway), Enter keeps the indentation and indents two more spaces after an opening brace.
 */
public final class SegurAutoEdit implements IAutoEditStrategy {

	private static final String INDENT = "  ";

	@Override
	public void customizeDocumentCommand(IDocument document, DocumentCommand command) {
		try {
			if (command.length == 0 && command.text != null && command.text.length() == 1) {
				typed(document, command, command.text.charAt(0));
			} else if (command.length == 0 && command.text != null && TextUtilities.equals(document.getLegalLineDelimiters(), command.text) != -1) {
				newLine(document, command);
			}
		} catch (BadLocationException e) {
			// leave the command as typed
		}
	}

	private static void typed(IDocument document, DocumentCommand command, char c) throws BadLocationException {
		String type = TextUtilities.getContentType(document, SegurPartitions.PARTITIONING, command.offset, false);
		char next = command.offset < document.getLength() ? document.getChar(command.offset) : 0;
		boolean code = isCode(type);
		switch (c) {
		case '{', '[' -> {
			if (code && (next == 0 || Character.isWhitespace(next) || next == '}' || next == ']')) {
				close(command, c == '{' ? "{}" : "[]");
			}
		}
		case '}', ']' -> {
			if (code && next == c) {
				over(command);
			}
		}
		case '"' -> {
			if (SegurPartitions.STRING.equals(type) && next == '"' && command.offset > 0 && isStringEnd(document, command.offset)) {
				over(command);
			} else if (code && (next == 0 || Character.isWhitespace(next) || next == ']' || next == '}' || next == ',')) {
				close(command, "\"\"");
			}
		}
		default -> {
			// nothing to add
		}
		}
	}

	private static boolean isCode(String type) {
		return IDocument.DEFAULT_CONTENT_TYPE.equals(type);
	}

	/** True when the quote at offset closes the string partition that holds offset. */
	private static boolean isStringEnd(IDocument document, int offset) throws BadLocationException {
		var partition = TextUtilities.getPartition(document, SegurPartitions.PARTITIONING, offset, false);
		return partition.getOffset() + partition.getLength() == offset + 1;
	}

	private static void close(DocumentCommand command, String pair) {
		command.text = pair;
		command.caretOffset = command.offset + 1;
		command.shiftsCaret = false;
	}

	private static void over(DocumentCommand command) {
		command.text = "";
		command.length = 1;
		command.caretOffset = command.offset + 1;
		command.shiftsCaret = false;
	}

	private static void newLine(IDocument document, DocumentCommand command) throws BadLocationException {
		IRegion line = document.getLineInformationOfOffset(command.offset);
		String before = document.get(line.getOffset(), command.offset - line.getOffset());
		String indent = before.substring(0, before.length() - before.stripLeading().length());
		String delimiter = command.text;
		String trimmed = before.stripTrailing();
		char next = command.offset < document.getLength() ? document.getChar(command.offset) : 0;
		if (trimmed.endsWith("{") || trimmed.endsWith("[")) {
			char closing = trimmed.endsWith("{") ? '}' : ']';
			if (next == closing) {
				command.text = delimiter + indent + INDENT + delimiter + indent;
				command.caretOffset = command.offset + delimiter.length() + indent.length() + INDENT.length();
				command.shiftsCaret = false;
			} else {
				command.text = delimiter + indent + INDENT;
			}
		} else {
			command.text = delimiter + indent;
		}
	}
}
