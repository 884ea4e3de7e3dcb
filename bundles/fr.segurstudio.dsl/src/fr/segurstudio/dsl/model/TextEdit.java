package fr.segurstudio.dsl.model;

import java.util.Comparator;
import java.util.List;

/** A replacement of {@code length} characters at {@code offset} by {@code text}. */
public record TextEdit(int offset, int length, String text) {

	/**
	 * The text with the edits applied (edits do not overlap); insertions at one offset come out in the
	 * order of the list.
	 */
	public static String apply(String original, List<TextEdit> edits) {
		StringBuilder result = new StringBuilder(original);
		List<Integer> order = new java.util.ArrayList<>();
		for (int i = 0; i < edits.size(); i++) {
			order.add(i);
		}
		order.sort(Comparator.comparingInt((Integer i) -> edits.get(i).offset()).thenComparingInt(i -> i).reversed());
		for (int i : order) {
			TextEdit edit = edits.get(i);
			result.replace(edit.offset(), edit.offset() + edit.length(), edit.text());
		}
		return result.toString();
	}
}
