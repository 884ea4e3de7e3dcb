package fr.segurstudio.json;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8, for every file the product reads (ASP JSON, .segur texts): the seeds' files are UTF-8,
 * and a byte that is not is a clear error with its line and column and the encoding probably meant —
 * never a character silently replaced. Overlong forms and encoded surrogates are refused (the JDK's
 * decoder is strict); UTF-16 and UTF-32 files are recognised and named; a UTF-8 byte order mark is accepted.
 */
public final class Utf8 {

	/** Why and where a text is not UTF-8 (1-based line and column, byte offset). */
	public static final class NotUtf8 extends Exception {
		private static final long serialVersionUID = 1L;
		private final int line;
		private final int column;
		private final long offset;

		NotUtf8(String message, int line, int column, long offset) {
			super(message);
			this.line = line;
			this.column = column;
			this.offset = offset;
		}

		public int line() {
			return line;
		}

		public int column() {
			return column;
		}

		public long offset() {
			return offset;
		}
	}

	private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

	private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private Utf8() {
	}

	/** The text of UTF-8 bytes, without a byte order mark. */
	public static String decode(byte[] bytes) throws NotUtf8 {
		int start = hasBom(bytes) ? BOM.length : 0;
		check(bytes, start);
		return new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
	}

	/** Checks that the bytes are UTF-8 (a byte order mark allowed). */
	public static void check(byte[] bytes) throws NotUtf8 {
		check(bytes, hasBom(bytes) ? BOM.length : 0);
	}

	public static boolean hasBom(byte[] bytes) {
		return bytes.length >= 3 && bytes[0] == BOM[0] && bytes[1] == BOM[1] && bytes[2] == BOM[2];
	}

	/**
	 * Checks that the bytes are UTF-8 (a byte order mark allowed), and tells whether a backslash is among
	 * them, in one pass over ASCII text (a JSON reader then knows whether any string has an escape).
	 */
	public static boolean checkAndFindBackslash(byte[] bytes) throws NotUtf8 {
		int start = hasBom(bytes) ? BOM.length : 0;
		checkWide(bytes);
		long backslashes = 0;
		int nonAscii = -1;
		int i = start;
		for (; i + 8 <= bytes.length; i += 8) {
			long v = (long) LONGS.get(bytes, i);
			if (nonAscii < 0 && (v & HIGH_BITS) != 0) {
				nonAscii = i;
			}
			long x = v ^ BACKSLASHES; // a zero byte where a backslash stands
			backslashes |= (x - ONES) & ~x & HIGH_BITS;
		}
		for (; i < bytes.length; i++) {
			if (bytes[i] == '\\') {
				backslashes = 1;
			}
			if (nonAscii < 0 && bytes[i] < 0) {
				nonAscii = i;
			}
		}
		if (nonAscii >= 0) {
			decode(bytes, asciiPrefix(bytes, nonAscii));
		}
		return backslashes != 0;
	}

	private static final long HIGH_BITS = 0x8080808080808080L;
	private static final long ONES = 0x0101010101010101L;
	private static final long BACKSLASHES = 0x5C5C5C5C5C5C5C5CL;

	private static void checkWide(byte[] bytes) throws NotUtf8 {
		String wide = wideEncoding(bytes);
		if (wide != null) {
			throw new NotUtf8("le fichier est en " + wide + " ; il doit être en UTF-8 (réenregistrez-le en UTF-8)", 1, 1, 0);
		}
	}

	private static void check(byte[] bytes, int start) throws NotUtf8 {
		checkWide(bytes);
		start = asciiPrefix(bytes, start); // ASCII is UTF-8: the decoder starts at the first other byte
		if (start < bytes.length) {
			decode(bytes, start);
		}
	}

	/** Decodes from {@code start}, a character boundary, to the end: the first malformed byte is reported. */
	private static void decode(byte[] bytes, int start) throws NotUtf8 {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
		CharBuffer out = CharBuffer.allocate(8192);
		while (true) {
			CoderResult result = decoder.decode(in, out, true);
			if (result.isError()) {
				throw notUtf8(bytes, in.position());
			}
			if (result.isUnderflow()) {
				break;
			}
			out.clear();
		}
		out.clear();
		CoderResult flush = decoder.flush(out);
		if (flush.isError()) {
			throw notUtf8(bytes, bytes.length);
		}
	}

	/** The end of the ASCII bytes from {@code start}, eight at a time (a character boundary). */
	private static int asciiPrefix(byte[] bytes, int start) {
		int i = start;
		for (; i + 8 <= bytes.length; i += 8) {
			if (((long) LONGS.get(bytes, i) & HIGH_BITS) != 0) {
				break;
			}
		}
		while (i < bytes.length && bytes[i] >= 0) {
			i++;
		}
		return i;
	}

	/** UTF-16 or UTF-32, from a byte order mark or the zero bytes of ASCII text; else null. */
	private static String wideEncoding(byte[] b) {
		if (b.length >= 4 && (b[0] == 0 && b[1] == 0 && (b[2] & 0xFF) == 0xFE && (b[3] & 0xFF) == 0xFF
				|| (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE && b[2] == 0 && b[3] == 0)) {
			return "UTF-32";
		}
		if (b.length >= 2 && ((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF || (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE)) {
			return "UTF-16";
		}
		if (b.length >= 4 && (b[0] == 0 && b[1] == 0 && b[2] == 0 && b[3] != 0 || b[0] != 0 && b[1] == 0 && b[2] == 0 && b[3] == 0)) {
			return "UTF-32";
		}
		if (b.length >= 2 && (b[0] == 0 && b[1] != 0 || b[0] != 0 && b[1] == 0)) {
			return "UTF-16";
		}
		return null;
	}

	private static NotUtf8 notUtf8(byte[] bytes, int offset) {
		int line = 1;
		int lineStart = 0;
		for (int i = 0; i < offset; i++) {
			if (bytes[i] == '\n') {
				line++;
				lineStart = i + 1;
			}
		}
		String before = new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8);
		int column = before.codePointCount(0, before.length()) + 1;
		String at = " à la ligne " + line + ", colonne " + column;
		int b = bytes[Math.min(offset, bytes.length - 1)] & 0xFF;
		String guess = latin1Guess(bytes, offset);
		return new NotUtf8("le fichier n'est pas en UTF-8 : octet 0x" + String.format("%02X", b) + at
				+ (guess == null ? "" : " ; " + guess) + " (réenregistrez-le en UTF-8)", line, column, offset);
	}

	/** "il semble en ISO-8859-1 ou Windows-1252 (« é »)" when the byte reads as a letter of those encodings. */
	private static String latin1Guess(byte[] bytes, int offset) {
		if (offset >= bytes.length) {
			return "le fichier est tronqué au milieu d'un caractère";
		}
		int b = bytes[offset] & 0xFF;
		String letter;
		try {
			letter = java.nio.charset.Charset.forName("windows-1252").newDecoder().decode(ByteBuffer.wrap(new byte[] { (byte) b })).toString();
		} catch (CharacterCodingException e) {
			return null;
		}
		if (b >= 0xA0 && Character.isLetter(letter.codePointAt(0)) || "€’œŒ«»".contains(letter)) {
			return "il semble en ISO-8859-1 ou Windows-1252 (« " + letter + " » écrit sur un octet)";
		}
		return null;
	}
}
