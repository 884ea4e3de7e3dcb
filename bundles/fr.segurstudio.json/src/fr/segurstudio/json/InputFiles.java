package fr.segurstudio.json;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reads every file the product takes as input (ASP JSON, .segur texts, manifests of a deposit folder,
 * the profiles file), bounded: only a regular file (a FIFO, a device or {@code /dev/zero} would block or
 * never end), of at most {@value #MAX_MEGABYTES} Mo — 200 requests weigh about 400 Ko, so the limit is far
 * above any dossier and keeps memory bounded whatever is given.
 */
public final class InputFiles {

	/** The size limit, in Mo of 1 048 576 bytes. */
	public static final int MAX_MEGABYTES = 32;
	public static final long MAX_BYTES = MAX_MEGABYTES * 1024L * 1024L;

	/** A file refused before it is read; the message is French and does not name the file (the caller does). */
	public static final class Refused extends IOException {
		private static final long serialVersionUID = 1L;

		Refused(String message) {
			super(message);
		}
	}

	private InputFiles() {
	}

	/**
	 * The bytes of a regular file (a symbolic link to one is followed).
	 *
	 * @throws Refused                        when it is not a regular file, or weighs more than the limit
	 * @throws java.nio.file.NoSuchFileException when it does not exist
	 */
	public static byte[] read(Path file) throws IOException {
		BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
		if (attributes.isDirectory()) {
			throw new Refused("c'est un dossier, pas un fichier");
		}
		if (!attributes.isRegularFile()) {
			throw new Refused("n'est pas un fichier ordinaire (tube, périphérique ou fichier spécial) : il n'est pas lu");
		}
		if (attributes.size() > MAX_BYTES) {
			throw tooLarge(Long.toString(attributes.size()));
		}
		try (InputStream in = Files.newInputStream(file)) {
			byte[] bytes = in.readNBytes((int) MAX_BYTES + 1); // a file that grows while read stays bounded
			if (bytes.length > MAX_BYTES) {
				throw tooLarge("plus de " + MAX_BYTES);
			}
			return bytes;
		}
	}

	private static Refused tooLarge(String size) {
		return new Refused("fichier trop gros : " + size + " octets ; un fichier lu par Ségur Studio fait au plus " + MAX_MEGABYTES + " Mo ("
				+ MAX_BYTES + " octets)");
	}
}
