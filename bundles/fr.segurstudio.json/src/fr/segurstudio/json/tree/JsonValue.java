package fr.segurstudio.json.tree;

import java.math.BigDecimal;
import java.util.List;

/**
 * A JSON value read with its position, so that every problem can be reported at its line and column.
 * Objects keep their members in file order, duplicates included (they are an error to report, not to hide).
 */
public sealed interface JsonValue {

	Position position();

	/** "objet", "tableau", "texte"... as a French message names the type. */
	String typeName();

	/** 1-based line and column, and offset in the input (in bytes for a file), of the first character of a value or key. */
	record Position(int line, int column, long offset) {
	}

	record Member(String key, Position keyPosition, JsonValue value) {
	}

	record JsonObject(List<Member> members, Position position) implements JsonValue {
		@Override
		public String typeName() {
			return "objet";
		}

		/** The first member of this key, or null. */
		public Member member(String key) {
			for (Member member : members) {
				if (member.key().equals(key)) {
					return member;
				}
			}
			return null;
		}
	}

	record JsonArray(List<JsonValue> elements, Position position) implements JsonValue {
		@Override
		public String typeName() {
			return "tableau";
		}
	}

	record JsonString(String value, Position position) implements JsonValue {
		@Override
		public String typeName() {
			return "texte";
		}
	}

	/** A number with its exact text, so that "27450.0" can be told from "27450.00". */
	record JsonNumber(BigDecimal value, String text, Position position) implements JsonValue {
		@Override
		public String typeName() {
			return "nombre";
		}
	}

	record JsonBoolean(boolean value, Position position) implements JsonValue {
		@Override
		public String typeName() {
			return "booléen";
		}
	}

	record JsonNull(Position position) implements JsonValue {
		@Override
		public String typeName() {
			return "null";
		}
	}
}
