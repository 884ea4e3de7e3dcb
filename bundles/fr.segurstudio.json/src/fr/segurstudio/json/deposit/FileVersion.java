package fr.segurstudio.json.deposit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What a file held when it was read: its size and a digest of its bytes. A writer that read a file compares
 * it with the file's version at the moment it writes, so that it never writes over what another program wrote
 * in between (a time stamp would miss two writes within one tick of the clock).
 */
public record FileVersion(long size, String digest) {

	/** The version of a file that does not exist. */
	public static final FileVersion ABSENT = new FileVersion(-1, "");

	public static FileVersion of(byte[] content) {
		try {
			return new FileVersion(content.length, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)));
		} catch (NoSuchAlgorithmException e) { // every JDK has SHA-256
			throw new IllegalStateException(e);
		}
	}

	/** The version of the file now, {@link #ABSENT} when there is none. */
	public static FileVersion read(Path file) throws IOException {
		try {
			return of(Files.readAllBytes(file));
		} catch (NoSuchFileException e) {
			return ABSENT;
		}
	}
}
