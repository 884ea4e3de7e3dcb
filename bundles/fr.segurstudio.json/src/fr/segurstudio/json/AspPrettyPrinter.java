package fr.segurstudio.json;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;

/**
 * The one layout of exported files, so that they diff cleanly under git: two-space indentation,
 * {@code "key": value}, one member or element per line, {@code []} and {@code {}} when empty, LF line
 * ends. Stateless apart from the depth; one instance per generator.
 */
public final class AspPrettyPrinter implements PrettyPrinter {

	private static final int MAX_CACHED = 16;
	private static final String[] INDENTS = new String[MAX_CACHED];

	static {
		for (int i = 0; i < MAX_CACHED; i++) {
			INDENTS[i] = "\n" + "  ".repeat(i);
		}
	}

	private int depth;

	private void newLine(JsonGenerator g) throws IOException {
		g.writeRaw(depth < MAX_CACHED ? INDENTS[depth] : "\n" + "  ".repeat(depth));
	}

	@Override
	public void writeRootValueSeparator(JsonGenerator g) throws IOException {
		g.writeRaw('\n');
	}

	@Override
	public void writeStartObject(JsonGenerator g) throws IOException {
		g.writeRaw('{');
		depth++;
	}

	@Override
	public void beforeObjectEntries(JsonGenerator g) throws IOException {
		newLine(g);
	}

	@Override
	public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
		g.writeRaw(": ");
	}

	@Override
	public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
		g.writeRaw(',');
		newLine(g);
	}

	@Override
	public void writeEndObject(JsonGenerator g, int nrOfEntries) throws IOException {
		depth--;
		if (nrOfEntries > 0) {
			newLine(g);
		}
		g.writeRaw('}');
	}

	@Override
	public void writeStartArray(JsonGenerator g) throws IOException {
		g.writeRaw('[');
		depth++;
	}

	@Override
	public void beforeArrayValues(JsonGenerator g) throws IOException {
		newLine(g);
	}

	@Override
	public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
		g.writeRaw(',');
		newLine(g);
	}

	@Override
	public void writeEndArray(JsonGenerator g, int nrOfValues) throws IOException {
		depth--;
		if (nrOfValues > 0) {
			newLine(g);
		}
		g.writeRaw(']');
	}
}
