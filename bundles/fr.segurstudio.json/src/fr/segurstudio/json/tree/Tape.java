package fr.segurstudio.json.tree;

import java.math.BigDecimal;
import java.util.Arrays;

/**
 * A JSON document as the parser gave it, one node after the other in a few arrays rather than an object
 * per value: a large file read whole stays a handful of objects for the garbage collector, whatever its
 * size. An object's node is followed by a key node and the nodes of its value for each member, an array's
 * by the nodes of its elements; a container knows where its nodes end. {@link JsonValue}s are views made
 * on demand.
 */
final class Tape {

	static final byte OBJECT = 1;
	static final byte ARRAY = 2;
	static final byte STRING = 3;
	static final byte NUMBER = 4;
	static final byte TRUE = 5;
	static final byte FALSE = 6;
	static final byte NULL = 7;
	static final byte KEY = 8;

	/** The exact text of a number and its value. */
	record NumberText(BigDecimal value, String text) {
	}

	final Lines lines;
	private byte[] kinds;
	private int[] offsets;
	/** For a container, the index of the first node after it. */
	private int[] ends;
	/** The text of a string or key, the {@link NumberText} of a number. */
	private Object[] texts;
	private int size;

	Tape(Lines lines, int expectedNodes) {
		this.lines = lines;
		int capacity = Math.max(16, expectedNodes);
		kinds = new byte[capacity];
		offsets = new int[capacity];
		ends = new int[capacity];
		texts = new Object[capacity];
	}

	int add(byte kind, int offset, Object text) {
		if (size == kinds.length) {
			int capacity = size + (size >> 1) + 16;
			kinds = Arrays.copyOf(kinds, capacity);
			offsets = Arrays.copyOf(offsets, capacity);
			ends = Arrays.copyOf(ends, capacity);
			texts = Arrays.copyOf(texts, capacity);
		}
		kinds[size] = kind;
		offsets[size] = offset;
		texts[size] = text;
		return size++;
	}

	/** Closes the container {@code node}: its nodes are those added since. */
	void close(int node) {
		ends[node] = size;
	}

	/** Gives back the room a guess left unused, when it is a quarter or more (the tape lives as long as its document). */
	void trim() {
		if (size < kinds.length - (kinds.length >> 2)) {
			kinds = Arrays.copyOf(kinds, size);
			offsets = Arrays.copyOf(offsets, size);
			ends = Arrays.copyOf(ends, size);
			texts = Arrays.copyOf(texts, size);
		}
	}

	int size() {
		return size;
	}

	byte kind(int node) {
		return kinds[node];
	}

	int offset(int node) {
		return offsets[node];
	}

	Object text(int node) {
		return texts[node];
	}

	/** The node after {@code node} and its contents. */
	int next(int node) {
		byte kind = kinds[node];
		return kind == OBJECT || kind == ARRAY ? ends[node] : node + 1;
	}

	int end(int node) {
		return ends[node];
	}

	/** The value at {@code node}, as a view. */
	JsonValue value(int node) {
		return switch (kinds[node]) {
		case OBJECT -> new JsonValue.JsonObject(this, node);
		case ARRAY -> new JsonValue.JsonArray(this, node);
		case STRING -> new JsonValue.JsonString(this, node);
		case NUMBER -> new JsonValue.JsonNumber(this, node);
		case TRUE, FALSE -> new JsonValue.JsonBoolean(this, node);
		case NULL -> new JsonValue.JsonNull(this, node);
		default -> throw new IllegalStateException("no value at node " + node);
		};
	}
}
