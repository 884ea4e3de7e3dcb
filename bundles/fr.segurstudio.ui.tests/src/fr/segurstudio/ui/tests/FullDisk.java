package fr.segurstudio.ui.tests;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A small disk that the test fills up: a tmpfs of its own, mounted over a folder of the test (the test runs as
 * root with mount(8), as in this project's build machines and its CI container). Nothing imitates the full disk: a
 * write beyond its room fails with the system's own « No space left on device ».
 */
final class FullDisk implements AutoCloseable {

	private final Path folder;
	private final Path filler;

	private FullDisk(Path folder) {
		this.folder = folder;
		this.filler = folder.resolve(".remplissage");
	}

	/** A tmpfs of {@code bytes} mounted on {@code folder} (created). */
	static FullDisk mount(Path folder, long bytes) throws IOException, InterruptedException {
		Files.createDirectories(folder);
		Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=" + bytes, "tmpfs", folder.toString()).redirectErrorStream(true)
				.start();
		String output = new String(mount.getInputStream().readAllBytes());
		if (mount.waitFor() != 0) {
			throw new IOException("mount tmpfs on " + folder + ": " + output);
		}
		return new FullDisk(folder);
	}

	Path folder() {
		return folder;
	}

	/** Fills the disk until at most {@code left} bytes are free. */
	void fill(long left) throws IOException {
		byte[] chunk = new byte[4096];
		try (OutputStream out = Files.newOutputStream(filler)) {
			while (Files.getFileStore(folder).getUsableSpace() > left) {
				out.write(chunk);
				out.flush();
			}
		}
	}

	/** Room again. */
	void free() throws IOException {
		Files.deleteIfExists(filler);
	}

	@Override
	public void close() throws IOException, InterruptedException {
		new ProcessBuilder("umount", "-l", folder.toString()).redirectErrorStream(true).start().waitFor();
	}
}
