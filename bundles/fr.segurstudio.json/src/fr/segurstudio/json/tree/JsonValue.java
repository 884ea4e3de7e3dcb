package fr.segurstudio.json.tree;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A JSON value read with its position, so that every problem can be reported at its line and column.
 * Objects keep their members in file order, duplicates included (they are an error to report, not to hide).
 * <p>
 * A value is a view of a node of the document read ({@link Tape}), made when asked for: two views of the
 * same value are equal. It keeps only the offset of its first character; its line and column are
 * computed from the document's {@link Lines} when asked for (an import of 10,000 requests has a million
 * values and few problems), and are those the parser gives.
 */
public sealed interface JsonValue {

	/** 1-based line and column, computed on demand. */
	Position position();

	/** Offset of the value's first character in the input (in bytes for a file). */
	int offset();

	/** "objet", "tableau", "texte"... as a French message names the type. */
	String typeName();

	/** 1-based line and column, and offset in the input (in bytes for a file), of the first character of a value or key. */
	record Position(int line, int column, long offset) {
	}

	/** A member of an object: its key, where the key stands, its value. */
	final class Member {
		private final Tape tape;
		private final int keyNode;

		Member(Tape tape, int keyNode) {
			this.tape = tape;
			this.keyNode = keyNode;
		}

		public String key() {
			return (String) tape.text(keyNode);
		}

		public int keyOffset() {
			return tape.offset(keyNode);
		}

		public Position keyPosition() {
			return tape.lines.position(tape.offset(keyNode));
		}

		public JsonValue value() {
			return tape.value(keyNode + 1);
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Member m && m.tape == tape && m.keyNode == keyNode;
		}

		@Override
		public int hashCode() {
			return keyNode;
		}

		@Override
		public String toString() {
			return key() + ": " + value();
		}
	}

	/** What every view has: its document and node. */
	abstract sealed class Node permits JsonObject, JsonArray, JsonString, JsonNumber, JsonBoolean, JsonNull {
		final Tape tape;
		final int node;

		Node(Tape tape, int node) {
			this.tape = tape;
			this.node = node;
		}

		public int offset() {
			return tape.offset(node);
		}

		public Position position() {
			return tape.lines.position(tape.offset(node));
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Node n && n.getClass() == getClass() && n.tape == tape && n.node == node;
		}

		@Override
		public int hashCode() {
			return node;
		}
	}

	final class JsonObject extends Node implements JsonValue {
		JsonObject(Tape tape, int node) {
			super(tape, node);
		}

		@Override
		public String typeName() {
			return "objet";
		}

		/** The members in file order (a list made at each call). */
		public List<Member> members() {
			int end = tape.end(node);
			if (end == node + 1) {
				return List.of();
			}
			List<Member> members = new ArrayList<>(8);
			for (int key = node + 1; key < end; key = tape.next(key + 1)) {
				members.add(new Member(tape, key));
			}
			return Collections.unmodifiableList(members);
		}

		/**
		 * The members one after the other without making a list: {@code for (int m = o.firstMember(); m >= 0; m =
		 * o.nextMember(m))}, with {@link #key(int)}, {@link #value(int)}; -1 after the last.
		 */
		public int firstMember() {
			return tape.end(node) > node + 1 ? node + 1 : -1;
		}

		/** The member after {@code member}, or -1. */
		public int nextMember(int member) {
			int next = tape.next(member + 1);
			return next < tape.end(node) ? next : -1;
		}

		/** The key of a member of {@link #firstMember()}. */
		public String key(int member) {
			return (String) tape.text(member);
		}

		/** The value of a member of {@link #firstMember()}. */
		public JsonValue value(int member) {
			return tape.value(member + 1);
		}

		/** The member of {@link #firstMember()} as a {@link Member}. */
		public Member member(int member) {
			return new Member(tape, member);
		}

		/** The first member of this key, or null. */
		public Member member(String key) {
			int end = tape.end(node);
			for (int k = node + 1; k < end; k = tape.next(k + 1)) {
				if (key.equals(tape.text(k))) {
					return new Member(tape, k);
				}
			}
			return null;
		}

		@Override
		public String toString() {
			return "objet" + members();
		}
	}

	final class JsonArray extends Node implements JsonValue {
		JsonArray(Tape tape, int node) {
			super(tape, node);
		}

		@Override
		public String typeName() {
			return "tableau";
		}

		/**
		 * The elements one after the other without making a list: {@code for (int e = a.firstElement(); e >= 0; e =
		 * a.nextElement(e))}, with {@link #element(int)}; -1 after the last.
		 */
		public int firstElement() {
			return tape.end(node) > node + 1 ? node + 1 : -1;
		}

		/** The element after {@code element}, or -1. */
		public int nextElement(int element) {
			int next = tape.next(element);
			return next < tape.end(node) ? next : -1;
		}

		/** An element of {@link #firstElement()}. */
		public JsonValue element(int element) {
			return tape.value(element);
		}

		/** The elements in file order (a list made at each call). */
		public List<JsonValue> elements() {
			int end = tape.end(node);
			if (end == node + 1) {
				return List.of();
			}
			List<JsonValue> elements = new ArrayList<>();
			for (int e = node + 1; e < end; e = tape.next(e)) {
				elements.add(tape.value(e));
			}
			return Collections.unmodifiableList(elements);
		}

		@Override
		public String toString() {
			return elements().toString();
		}
	}

	final class JsonString extends Node implements JsonValue {
		JsonString(Tape tape, int node) {
			super(tape, node);
		}

		public String value() {
			return (String) tape.text(node);
		}

		@Override
		public String typeName() {
			return "texte";
		}

		@Override
		public String toString() {
			return '"' + value() + '"';
		}
	}

	/** A number with its exact text, so that "27450.0" can be told from "27450.00". */
	final class JsonNumber extends Node implements JsonValue {
		JsonNumber(Tape tape, int node) {
			super(tape, node);
		}

		public BigDecimal value() {
			return ((Tape.NumberText) tape.text(node)).value();
		}

		public String text() {
			return ((Tape.NumberText) tape.text(node)).text();
		}

		@Override
		public String typeName() {
			return "nombre";
		}

		@Override
		public String toString() {
			return text();
		}
	}

	final class JsonBoolean extends Node implements JsonValue {
		JsonBoolean(Tape tape, int node) {
			super(tape, node);
		}

		public boolean value() {
			return tape.kind(node) == Tape.TRUE;
		}

		@Override
		public String typeName() {
			return "booléen";
		}

		@Override
		public String toString() {
			return String.valueOf(value());
		}
	}

	final class JsonNull extends Node implements JsonValue {
		JsonNull(Tape tape, int node) {
			super(tape, node);
		}

		@Override
		public String typeName() {
			return "null";
		}

		@Override
		public String toString() {
			return "null";
		}
	}
}
