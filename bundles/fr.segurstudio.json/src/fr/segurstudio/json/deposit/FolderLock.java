package fr.segurstudio.json.deposit;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The lock of a folder for those who write in it, held for a whole read, change and write: in this process a
 * lock per folder and name (threads wait for each other; the thread holding it may take it again), and between
 * processes a {@link FileLock} on a file of that name in the folder, which the system releases when its
 * process dies. {@link #DEPOSIT} guards a deposit folder (its numbering, its journal); {@link #FILES} guards
 * the dossiers of a folder (each is read, changed and written whole, and the numbers of a vendor's dossiers
 * are handed out under it). Several folders are always locked in the order of their real paths, and a
 * folder's {@link #FILES} lock before any {@link #DEPOSIT} lock, so that two writers never wait for each
 * other in a circle. The lock file stays (it is empty); a link planted under its name is never followed.
 */
public final class FolderLock implements AutoCloseable {

	/** The lock of a deposit folder (Deposit). */
	public static final String DEPOSIT = ".segur-depot.lock";
	/** The lock of the dossiers of a folder (DossierSession.save, AtomicFiles.replace). */
	public static final String FILES = ".segur-dossiers.lock";

	private static final Map<Path, Held> HELD = new ConcurrentHashMap<>();

	/** One lock file of this process: the thread holding it, and its file lock while held. */
	private static final class Held {
		final ReentrantLock lock = new ReentrantLock();
		FileChannel channel;
		FileLock fileLock;
	}

	private final List<Held> held;
	private boolean closed;

	private FolderLock(List<Held> held) {
		this.held = held;
	}

	/**
	 * Takes the lock of a folder (which must exist), waiting for its holder; {@code onWait} runs once, before
	 * waiting, when another thread or process holds it.
	 */
	public static FolderLock acquire(Path folder, String name, Runnable onWait) throws IOException {
		return acquireAll(List.of(folder), name, onWait);
	}

	/** Takes the locks of the folders, in the order of their real paths (no two writers wait in a circle). */
	public static FolderLock acquireAll(Collection<Path> folders, String name, Runnable onWait) throws IOException {
		TreeSet<Path> sorted = new TreeSet<>();
		for (Path folder : folders) {
			sorted.add(folder.toRealPath());
		}
		List<Held> taken = new ArrayList<>();
		boolean[] told = { false };
		Runnable once = () -> {
			if (!told[0]) {
				told[0] = true;
				onWait.run();
			}
		};
		try {
			for (Path folder : sorted) {
				Held lock = take(folder, name, once, true);
				if (lock != null) {
					taken.add(lock);
				}
			}
		} catch (IOException | RuntimeException | Error e) {
			release(taken);
			throw e;
		}
		return new FolderLock(taken);
	}

	/** The lock of a folder if no one else holds it now, else null (never waits). */
	public static FolderLock tryAcquire(Path folder, String name) throws IOException {
		Held lock = take(folder.toRealPath(), name, () -> {
		}, false);
		if (lock == NOT_TAKEN) {
			return null;
		}
		return new FolderLock(lock == null ? List.of() : List.of(lock));
	}

	private static final Held NOT_TAKEN = new Held();

	/** Null when the folder needs no lock: no one can write a file there. */
	private static Held take(Path folder, String name, Runnable onWait, boolean wait) throws IOException {
		Held lock = HELD.computeIfAbsent(folder.resolve(name), p -> new Held());
		if (!lock.lock.tryLock()) {
			if (!wait) {
				return NOT_TAKEN;
			}
			onWait.run();
			lock.lock.lock();
		}
		if (lock.lock.getHoldCount() > 1) {
			return lock; // this thread holds it already, file lock included
		}
		try {
			FileChannel channel;
			try {
				// a link planted under the lock's name is not followed (the open fails)
				channel = FileChannel.open(folder.resolve(name), StandardOpenOption.CREATE, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
			} catch (AccessDeniedException e) {
				if (!name.equals(DEPOSIT) && !Files.isWritable(folder)) {
					lock.lock.unlock(); // a folder no one may write in: its files cannot be replaced, no lock is needed
					return null;
				}
				throw e;
			}
			FileModes.created(folder.resolve(name), false);
			FileLock fileLock;
			try {
				fileLock = channel.tryLock();
				if (fileLock == null) {
					if (!wait) {
						channel.close();
						lock.lock.unlock();
						return NOT_TAKEN;
					}
					onWait.run();
					fileLock = channel.lock();
				}
			} catch (IOException | RuntimeException | Error e) {
				channel.close();
				throw e;
			}
			lock.channel = channel;
			lock.fileLock = fileLock;
			return lock;
		} catch (IOException | RuntimeException | Error e) {
			lock.lock.unlock();
			throw e;
		}
	}

	@Override
	public void close() {
		if (!closed) {
			closed = true;
			release(held);
		}
	}

	private static void release(List<Held> locks) {
		for (Held lock : locks.reversed()) {
			if (lock.lock.getHoldCount() == 1) {
				try {
					lock.fileLock.release();
					lock.channel.close();
				} catch (IOException e) {
					// closing the channel releases the lock in any case
				}
				lock.fileLock = null;
				lock.channel = null;
			}
			lock.lock.unlock();
		}
	}
}
