package fr.segurstudio.json.deposit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import fr.segurstudio.model.core.FormatFichier;

/**
 * Checks of the supporting-document files themselves: size (seed §2.1: 3 Mo at most each) and type,
 * recognised from the first bytes of the content, not from the name.
 */
public final class PieceFiles {

	/** Seed §2.1: « des pièces justificatives pesant 3Mo maximum chacune » (1 Mo = 1 048 576 octets). */
	public static final long MAX_BYTES = 3L * 1024 * 1024;

	private static final byte[] PDF = { '%', 'P', 'D', 'F', '-' };
	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };
	private static final byte[] JPG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

	private PieceFiles() {
	}

	/** The format the content really has, or null when it is none of PDF, PNG, JPG. */
	public static FormatFichier sniff(Path file) throws IOException {
		byte[] head = new byte[8];
		int n;
		try (InputStream in = Files.newInputStream(file)) {
			n = in.readNBytes(head, 0, head.length);
		}
		byte[] read = Arrays.copyOf(head, n);
		if (startsWith(read, PDF)) {
			return FormatFichier.PDF;
		}
		if (startsWith(read, PNG)) {
			return FormatFichier.PNG;
		}
		if (startsWith(read, JPG)) {
			return FormatFichier.JPG;
		}
		return null;
	}

	private static boolean startsWith(byte[] bytes, byte[] prefix) {
		return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
	}

	/** A name that stays a plain file name in any folder or zip: no separator, no "..", nothing exotic. */
	public static boolean isSafeName(String name) {
		return name != null && name.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,199}") && !name.contains("..");
	}
}
