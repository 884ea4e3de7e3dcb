package fr.segurstudio.json.tree;

/** The text is not readable JSON; the message is French and the position says where reading stopped. */
public final class JsonSyntaxException extends Exception {

	private static final long serialVersionUID = 1L;

	private final transient JsonValue.Position position;

	public JsonSyntaxException(String message, JsonValue.Position position, Throwable cause) {
		super(message, cause);
		this.position = position;
	}

	public JsonValue.Position position() {
		return position;
	}
}
