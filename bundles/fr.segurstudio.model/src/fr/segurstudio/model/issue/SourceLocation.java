package fr.segurstudio.model.issue;

/**
 * Where a value stands in a source text: a JSON path such as {@code lignesImport[0].commande.regimeTVA},
 * or a text range of a .segur file, with its 1-based line and column; offset and length in characters
 * when known (-1 otherwise).
 */
public record SourceLocation(String path, int line, int column, int offset, int length) {

	public static final SourceLocation UNKNOWN = new SourceLocation("", 0, 0, -1, -1);

	public SourceLocation withPath(String newPath) {
		return new SourceLocation(newPath, line, column, offset, length);
	}

	/** "12:9", or "" when the position is not known. */
	public String position() {
		return line > 0 ? line + ":" + column : "";
	}
}
