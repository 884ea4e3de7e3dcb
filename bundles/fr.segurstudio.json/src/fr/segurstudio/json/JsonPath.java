package fr.segurstudio.json;

/**
 * A JSON path such as {@code lignesImport[0].commande.regimeTVA}, kept as a chain and written out only
 * when a message needs it (an import of 10,000 requests has a million values and few problems).
 */
public final class JsonPath {

	public static final JsonPath ROOT = new JsonPath(null, null, -1);

	private final JsonPath parent;
	private final String key;
	private final int index;

	private JsonPath(JsonPath parent, String key, int index) {
		this.parent = parent;
		this.key = key;
		this.index = index;
	}

	/** The member {@code key} of this object. */
	public JsonPath key(String name) {
		return new JsonPath(this, name, -1);
	}

	/** The element {@code i} of this array. */
	public JsonPath index(int i) {
		return new JsonPath(this, null, i);
	}

	@Override
	public String toString() {
		StringBuilder text = new StringBuilder(64);
		append(text);
		return text.toString();
	}

	private void append(StringBuilder text) {
		if (parent == null) {
			return;
		}
		parent.append(text);
		if (key != null) {
			if (text.length() > 0) {
				text.append('.');
			}
			text.append(key);
		} else {
			text.append('[').append(index).append(']');
		}
	}
}
