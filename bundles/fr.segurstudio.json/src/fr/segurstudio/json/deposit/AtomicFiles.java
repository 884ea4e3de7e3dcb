package fr.segurstudio.json.deposit;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file so that it is either absent or complete: the bytes go to a temporary file in the same
 * folder, are forced to disk, and the temporary file is renamed. An interrupted write leaves at most a
 * {@code .tmp} file behind, never a half-written file under the final name. The file written has the
 * permissions of the file it replaces, or, new, those of any new file (0644 under the usual umask 022;
 * never the 0600 of a temporary file).
 */
public final class AtomicFiles {

	/** What writes the content. */
	@FunctionalInterface
	public interface Content {
		void writeTo(OutputStream out) throws IOException;
	}

	private AtomicFiles() {
	}

	/**
	 * Writes {@code target}, replacing what is there: a symbolic link planted under that name is replaced
	 * itself, never followed out of the folder (output folders: deposits, conversions, answers).
	 */
	public static void write(Path target, Content content) throws IOException {
		Path directory = target.toAbsolutePath().getParent();
		Files.createDirectories(directory);
		Path temporary = createTemporary(directory, target.getFileName().toString());
		try {
			keepPermissions(target, temporary);
			try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
				content.writeTo(out);
			}
			try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
				channel.force(true);
			}
			try {
				Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
			}
		} finally {
			Files.deleteIfExists(temporary);
		}
	}

	public static void write(Path target, byte[] bytes) throws IOException {
		write(target, out -> out.write(bytes));
	}

	/**
	 * Rewrites a user's own file (segur format): when it is a symbolic link, the file it points to is
	 * rewritten and the link stays; its permissions are kept.
	 */
	public static void rewrite(Path file, byte[] bytes) throws IOException {
		Path real;
		try {
			real = file.toRealPath();
		} catch (NoSuchFileException e) {
			real = file;
		}
		write(real, bytes);
	}

	/** A new empty file next to the target, created (never opened through a planted link) with the default permissions. */
	private static Path createTemporary(Path directory, String name) throws IOException {
		while (true) {
			Path temporary = directory.resolve("." + name + "." + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
			try {
				return Files.createFile(temporary); // 0666 & ~umask, as any new file
			} catch (FileAlreadyExistsException e) {
				// another name
			}
		}
	}

	private static void keepPermissions(Path target, Path temporary) throws IOException {
		PosixFileAttributeView view = Files.getFileAttributeView(temporary, PosixFileAttributeView.class);
		if (view == null) {
			return;
		}
		BasicFileAttributes existing;
		try {
			existing = Files.readAttributes(target, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
		} catch (NoSuchFileException e) {
			return;
		}
		if (existing.isRegularFile()) {
			view.setPermissions(((PosixFileAttributes) existing).permissions());
		}
	}
}
