package fr.segurstudio.json.tree;

import java.util.Arrays;

/**
 * The lines of a JSON document, to turn an offset into the line and column the parser reports: built
 * from the bytes the first time a position is asked for (when a message is produced), never for a file
 * that gives none. Lines end at LF, CR LF or a lone CR, as Jackson counts them; a column counts bytes
 * from the start of its line, as Jackson's does for a byte input (a UTF-8 byte order mark included).
 * Valid JSON has line breaks only between tokens, so every value's line is found this way. Until then
 * the document's bytes are kept (a tenth of what a tree of objects with their positions took).
 */
public final class Lines {

	private byte[] bytes;
	private volatile int[] starts;

	public Lines(byte[] bytes) {
		this.bytes = bytes;
	}

	/** The line, column and offset of a character of the document. */
	public JsonValue.Position position(int offset) {
		int[] table = table();
		int i = Arrays.binarySearch(table, offset);
		int line = i >= 0 ? i : -i - 2; // the last start at or before the offset
		return new JsonValue.Position(line + 1, offset - table[line] + 1, offset);
	}

	private int[] table() {
		int[] table = starts;
		if (table == null) {
			synchronized (this) {
				table = starts;
				if (table == null) {
					table = starts(bytes);
					starts = table;
					bytes = null;
				}
			}
		}
		return table;
	}

	private static int[] starts(byte[] b) {
		int[] table = new int[Math.max(16, b.length / 32)];
		int n = 1; // table[0] = 0
		for (int i = 0; i < b.length; i++) {
			byte c = b[i];
			if (c == '\n' || c == '\r') {
				if (c == '\r' && i + 1 < b.length && b[i + 1] == '\n') {
					i++;
				}
				if (n == table.length) {
					table = Arrays.copyOf(table, n * 2);
				}
				table[n++] = i + 1;
			}
		}
		return Arrays.copyOf(table, n);
	}
}
