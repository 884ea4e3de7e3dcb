package fr.segurstudio.lifecycle.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A value of a mapping: {@code {column header}} is that row's cell, anything else is literal text, so
 * {@code "TTC"} is a constant and {@code "BDC-{n°}"} a cell with a prefix. Parsed once; applied to every row.
 */
public final class Template {

	/** A literal piece, or a column's cell. */
	public record Part(String literal, String column) {
	}

	private final String text;
	private final List<Part> parts;
	private final List<String> columns;

	private Template(String text, List<Part> parts) {
		this.text = text;
		this.parts = List.copyOf(parts);
		this.columns = parts.stream().filter(p -> p.column() != null).map(Part::column).toList();
	}

	public static Template parse(String text) {
		List<Part> parts = new ArrayList<>();
		StringBuilder literal = new StringBuilder();
		int i = 0;
		while (i < text.length()) {
			int open = text.indexOf('{', i);
			int close = open < 0 ? -1 : text.indexOf('}', open + 1);
			if (open < 0 || close < 0) {
				literal.append(text, i, text.length());
				break;
			}
			literal.append(text, i, open);
			if (!literal.isEmpty()) {
				parts.add(new Part(literal.toString(), null));
				literal.setLength(0);
			}
			parts.add(new Part(null, text.substring(open + 1, close)));
			i = close + 1;
		}
		if (!literal.isEmpty()) {
			parts.add(new Part(literal.toString(), null));
		}
		return new Template(text, parts);
	}

	/** The template as written in the mapping. */
	public String text() {
		return text;
	}

	public List<Part> parts() {
		return parts;
	}

	/** The column headers it reads. */
	public List<String> columns() {
		return columns;
	}

	/** True when it reads no column: the same value for every row. */
	public boolean isConstant() {
		return columns.isEmpty();
	}

	/** The value for a row (cells stripped); empty when every cell it reads is empty. */
	public String apply(Function<String, String> cell) {
		if (parts.size() == 1) {
			Part only = parts.get(0);
			return only.column() == null ? only.literal().strip() : stripped(cell.apply(only.column()));
		}
		StringBuilder value = new StringBuilder();
		boolean anyCell = false;
		for (Part part : parts) {
			if (part.column() == null) {
				value.append(part.literal());
			} else {
				String content = stripped(cell.apply(part.column()));
				anyCell |= !content.isEmpty();
				value.append(content);
			}
		}
		return !isConstant() && !anyCell ? "" : value.toString().strip();
	}

	private static String stripped(String cell) {
		return cell == null ? "" : cell.strip();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Template template && template.text.equals(text);
	}

	@Override
	public int hashCode() {
		return text.hashCode();
	}

	@Override
	public String toString() {
		return text;
	}
}
