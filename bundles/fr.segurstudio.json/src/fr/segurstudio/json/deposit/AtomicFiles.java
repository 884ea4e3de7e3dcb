package fr.segurstudio.json.deposit;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
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
 * never the 0600 of a temporary file; in the resident process, those of the call's umask: {@link FileModes}).
 * Two writers of one file never lose each other's work: {@link #create} never replaces a file (atomically,
 * not check-then-write), and {@link #replace} writes over a file only if it is still the one its writer read,
 * under the lock of its folder ({@link FolderLock#FILES}).
 */
public final class AtomicFiles {

	/** The file is no longer the one its writer read: another program wrote it in between. Nothing was written. */
	public static final class Changed extends IOException {
		private static final long serialVersionUID = 1L;

		public Changed(Path file) {
			super(file.getFileName() + " a été modifié par un autre programme depuis sa lecture ; rien n'y est écrit par-dessus");
		}
	}

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
		Path temporary = written(target, content);
		try {
			try {
				Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
			}
		} finally {
			Files.deleteIfExists(temporary);
		}
	}

	/** The content in a temporary file next to the target, forced to disk, with the permissions the target will have. */
	private static Path written(Path target, Content content) throws IOException {
		Path directory = target.toAbsolutePath().getParent();
		FileModes.createDirectories(directory);
		Path temporary = createTemporary(directory, target.getFileName().toString());
		try {
			keepPermissions(target, temporary);
			try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
				content.writeTo(out);
			}
			try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
				channel.force(true);
			}
			return temporary;
		} catch (IOException | RuntimeException | Error e) {
			Files.deleteIfExists(temporary);
			throw e;
		}
	}

	/**
	 * Writes a new file, whole, under a name no file has: when one appeared there meanwhile, even at the same
	 * instant from another process, it is kept and {@link FileAlreadyExistsException} is thrown (the name is
	 * taken by a hard link, which the system refuses atomically when the name exists).
	 */
	public static void create(Path target, byte[] bytes) throws IOException {
		Path temporary = written(target, out -> out.write(bytes));
		try {
			try {
				Files.createLink(target, temporary);
			} catch (FileAlreadyExistsException e) {
				throw e;
			} catch (UnsupportedOperationException | FileSystemException e) { // a file system without hard links
				try (FolderLock lock = FolderLock.acquire(target.toAbsolutePath().getParent(), FolderLock.FILES, () -> {
				})) {
					if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
						throw new FileAlreadyExistsException(target.toString());
					}
					Files.move(temporary, target);
				}
			}
		} finally {
			Files.deleteIfExists(temporary);
		}
	}

	/**
	 * Writes over a user's file only if it is still the version its writer read ({@link FileVersion#ABSENT}:
	 * that there is none), under the lock of its folder: else {@link Changed}, and nothing is written. A
	 * symbolic link is followed (its target is rewritten, the link stays), as {@link #rewrite} does.
	 *
	 * @return the version written
	 */
	public static FileVersion replace(Path file, FileVersion read, byte[] bytes) throws IOException {
		Path real = real(file);
		FileModes.createDirectories(real.toAbsolutePath().getParent());
		try (FolderLock lock = FolderLock.acquire(real.toAbsolutePath().getParent(), FolderLock.FILES, () -> {
		})) {
			if (!FileVersion.read(real).equals(read)) {
				throw new Changed(file);
			}
			write(real, bytes);
		}
		return FileVersion.of(bytes);
	}

	public static void write(Path target, byte[] bytes) throws IOException {
		write(target, out -> out.write(bytes));
	}

	/**
	 * Rewrites a user's own file (segur format): when it is a symbolic link, the file it points to is
	 * rewritten and the link stays; its permissions are kept.
	 */
	public static void rewrite(Path file, byte[] bytes) throws IOException {
		write(real(file), bytes);
	}

	private static Path real(Path file) throws IOException {
		try {
			return file.toRealPath();
		} catch (NoSuchFileException e) {
			return file;
		}
	}

	/** A new empty file next to the target, created (never opened through a planted link) with the default permissions. */
	private static Path createTemporary(Path directory, String name) throws IOException {
		while (true) {
			Path temporary = directory.resolve("." + name + "." + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
			try {
				Files.createFile(temporary); // 0666 & ~umask, as any new file
				FileModes.created(temporary, false);
				return temporary;
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
