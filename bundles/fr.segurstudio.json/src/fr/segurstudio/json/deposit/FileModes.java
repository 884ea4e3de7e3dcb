package fr.segurstudio.json.deposit;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * The permissions of the files and folders the command line creates: those the user's umask gives any new
 * file (0666 &amp; ~umask) or folder (0777 &amp; ~umask). A one-shot run creates them under its own umask; the
 * resident process serves calls made under different umasks at once, and a process has one: each call runs
 * {@link #withUmask} with its caller's, and the files it creates are given that call's permissions
 * explicitly (the resident process itself runs under umask 077, so that nothing is wider than asked even for
 * an instant). Threads a call starts inherit its umask.
 */
public final class FileModes {

	private static final InheritableThreadLocal<Integer> UMASK = new InheritableThreadLocal<>();
	private static final PosixFilePermission[] BITS = { PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE,
			PosixFilePermission.OTHERS_READ, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_READ,
			PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_READ };

	private FileModes() {
	}

	/** Runs {@code work} with the files it creates given the permissions of {@code umask} (0..0777). */
	public static <T> T withUmask(int umask, Callable<T> work) throws Exception {
		Integer before = UMASK.get();
		UMASK.set(umask & 0777);
		try {
			return work.call();
		} finally {
			if (before == null) {
				UMASK.remove();
			} else {
				UMASK.set(before);
			}
		}
	}

	/** The umask of the call under way, or null in a one-shot run (the process's own applies). */
	public static Integer callUmask() {
		return UMASK.get();
	}

	/** Gives a file or folder just created the permissions of the call's umask (nothing in a one-shot run). */
	public static void created(Path path, boolean directory) throws IOException {
		Integer umask = UMASK.get();
		if (umask == null) {
			return;
		}
		PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class);
		if (view != null) {
			view.setPermissions(permissions((directory ? 0777 : 0666) & ~umask));
		}
	}

	/** Creates a folder and its missing parents, each with the call's permissions. */
	public static Path createDirectories(Path directory) throws IOException {
		Path absolute = directory.toAbsolutePath();
		if (Files.isDirectory(absolute)) {
			return directory;
		}
		Deque<Path> missing = new ArrayDeque<>();
		for (Path p = absolute; p != null && !Files.exists(p); p = p.getParent()) {
			missing.push(p);
		}
		for (Path p : missing) {
			try {
				Files.createDirectory(p);
				created(p, true);
			} catch (FileAlreadyExistsException e) {
				if (!Files.isDirectory(p)) {
					throw e;
				}
			}
		}
		return directory;
	}

	static Set<PosixFilePermission> permissions(int mode) {
		Set<PosixFilePermission> set = EnumSet.noneOf(PosixFilePermission.class);
		for (int bit = 0; bit < BITS.length; bit++) {
			if ((mode & (1 << bit)) != 0) {
				set.add(BITS[bit]);
			}
		}
		return set;
	}
}
