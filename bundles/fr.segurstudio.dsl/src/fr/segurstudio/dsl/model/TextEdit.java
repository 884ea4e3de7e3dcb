package fr.segurstudio.dsl.model;

import java.util.Comparator;
import java.util.List;

/** A replacement of {@code length} characters at {@code offset} by {@code text}. */
public record TextEdit(int offset, int length, String text) {

	/** The text with the edits applied (edits do not overlap). */
	public static String apply(String original, List<TextEdit> edits) {
		StringBuilder result = new StringBuilder(original);
		edits.stream().sorted(Comparator.comparingInt(TextEdit::offset).reversed())
				.forEach(edit -> result.replace(edit.offset(), edit.offset() + edit.length(), edit.text()));
		return result.toString();
	}
}
