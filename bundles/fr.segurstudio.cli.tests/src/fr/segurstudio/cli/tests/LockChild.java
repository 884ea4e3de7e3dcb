package fr.segurstudio.cli.tests;

import java.io.IOException;
import java.nio.file.Path;

import fr.segurstudio.json.deposit.FolderLock;

/**
 * Another process that writes a folder's dossiers (plain Java, no OSGi): {@code LockChild FOLDER MILLIS} takes
 * the folder's lock, prints TENU, holds it that long, lets it go and prints LIBRE.
 */
public final class LockChild {

	private LockChild() {
	}

	public static void main(String[] args) throws IOException, InterruptedException {
		try (FolderLock lock = FolderLock.acquire(Path.of(args[0]), FolderLock.FILES, () -> System.out.println("ATTENTE"))) {
			System.out.println("TENU");
			System.out.flush();
			Thread.sleep(Long.parseLong(args[1]));
		}
		System.out.println("LIBRE");
	}
}
