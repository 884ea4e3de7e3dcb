package fr.segurstudio.lifecycle.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import fr.segurstudio.dsl.DossierTexts;
import fr.segurstudio.json.ImportResult;
import fr.segurstudio.json.deposit.FileModes;
import fr.segurstudio.json.deposit.FolderLock;
import fr.segurstudio.json.deposit.PieceFiles;
import fr.segurstudio.lifecycle.DossierFiles;
import fr.segurstudio.model.core.Dossier;

/**
 * The files of one import, written all or none into one folder. Their names are made from data (the CSV's
 * name, the couloir, numeroAns and SIRET of a row) and each goes through the deposit's safe-name rule
 * ({@link PieceFiles#isSafeName}: letters, digits, {@code . _ -}, no {@code ..}), then is checked to stay
 * inside the folder. Each text is first staged in a hidden file of the folder, created new; once all are
 * staged, each is published under its name by a hard link, which fails when the name exists (never a
 * check-then-write: two imports at once cannot overwrite each other); when one cannot be published, those
 * already published are removed and the error is thrown: nothing of the import stays.
 */
public final class ImportFiles implements AutoCloseable {

	/** The extension of the dossiers written. */
	public static final String EXTENSION = ".segur";
	private static final int MAX_BASE = 80;
	private static final int MAX_SEGMENT = 30;

	private record Staged(Path temporary, Path target) {
	}

	private final Path folder;
	private final List<Staged> staged = new ArrayList<>();
	private boolean createdFolder;
	private boolean published;
	private FolderLock lock;

	public ImportFiles(Path folder) {
		this.folder = folder.toAbsolutePath().normalize();
	}

	public Path folder() {
		return folder;
	}

	/**
	 * The names of the parts of an import's plans, in their order: the CSV's name ({@code crm-mars.segur})
	 * when its table gives one dossier, with the couloir, numeroAns and SIRET when it gives several
	 * ({@code crm-mars-BIO-SGL-ANS0000001-12345678200010.segur}), and the part's number when a dossier is
	 * split ({@code crm-mars-03.segur}); a name met twice gets {@code -2}, {@code -3}...
	 */
	public static List<String> names(List<CsvImport.Plan> plans) {
		List<String> names = new ArrayList<>();
		Set<String> taken = new HashSet<>();
		for (CsvImport.Plan plan : plans) {
			String base = safe(stem(plan.table().file()), MAX_BASE);
			Set<List<String>> groups = new LinkedHashSet<>();
			plan.parts().forEach(p -> groups.add(group(p)));
			for (CsvImport.Part part : plan.parts()) {
				StringBuilder name = new StringBuilder(base);
				if (groups.size() > 1) {
					for (String segment : group(part)) {
						name.append('-').append(safe(segment, MAX_SEGMENT));
					}
				}
				if (part.of() > 1) {
					String index = String.valueOf(part.index());
					name.append('-').append("0".repeat(String.valueOf(part.of()).length() - index.length())).append(index);
				}
				String stem = name.toString();
				String unique = stem + EXTENSION;
				for (int n = 2; !taken.add(unique.toLowerCase(Locale.ROOT)); n++) {
					unique = stem + "-" + n + EXTENSION;
				}
				if (!PieceFiles.isSafeName(unique)) {
					throw new IllegalStateException("unsafe name made: " + unique);
				}
				names.add(unique);
			}
		}
		return names;
	}

	private static List<String> group(CsvImport.Part part) {
		return List.of(part.couloir().id(), part.numeroAns() == null ? "sans-ANS" : part.numeroAns(),
				part.siret() == null ? "sans-SIRET" : part.siret());
	}

	private static String stem(String file) {
		String name = Path.of(file).getFileName() == null ? file : Path.of(file).getFileName().toString();
		int dot = name.lastIndexOf('.');
		return dot > 0 ? name.substring(0, dot) : name;
	}

	/**
	 * A text made into a piece of a safe name: accents dropped (« données » → « donnees »), every other
	 * character than a letter, a digit, {@code . _ -} made {@code _}, no {@code ..}, starting with a letter or
	 * a digit, at most {@code max} characters.
	 */
	static String safe(String text, int max) {
		String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < plain.length() && out.length() < max; i++) {
			char c = plain.charAt(i);
			boolean allowed = c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.');
			char kept = allowed ? c : '_';
			if (kept == '.' && (out.isEmpty() || out.charAt(out.length() - 1) == '.')) {
				kept = '_';
			}
			if (out.isEmpty() && !Character.isLetterOrDigit(kept)) {
				continue;
			}
			out.append(kept);
		}
		while (!out.isEmpty() && out.charAt(out.length() - 1) == '.') {
			out.setLength(out.length() - 1);
		}
		return out.isEmpty() ? "x" : out.toString();
	}

	/**
	 * The file a name gives in the folder.
	 *
	 * @throws IllegalArgumentException when the name is not a safe name or would leave the folder
	 */
	public Path target(String name) {
		Path target = folder.resolve(name).normalize();
		if (!PieceFiles.isSafeName(name) || !folder.equals(target.getParent())) {
			throw new IllegalArgumentException("nom de fichier refusé : « " + name + " »");
		}
		return target;
	}

	/**
	 * The dossiers already in a folder (and below it): the numbers their vendors used are taken. A dossier that
	 * does not read is left out: its numbers are checked by the validation of the dossiers written next to it.
	 */
	public static List<Dossier> dossiersIn(Path folder, DossierTexts texts) throws IOException {
		List<Dossier> dossiers = new ArrayList<>();
		if (Files.isDirectory(folder)) {
			for (Path file : DossierFiles.find(folder)) {
				ImportResult read = texts.read(file);
				if (read.dossier() != null) {
					dossiers.add(read.dossier());
				}
			}
		}
		return dossiers;
	}

	/**
	 * Takes the lock of the folder's dossiers ({@link FolderLock#FILES}, created with the folder when missing) until
	 * {@link #close}: the folder's dossiers read for their numbers and the new ones published under it, a
	 * resubmission or another import there at the same time never hands out the same numbers.
	 *
	 * @param onWait runs once, before waiting, when another holds it
	 */
	public synchronized void lock(Runnable onWait) throws IOException {
		if (lock == null) {
			if (!Files.isDirectory(folder)) {
				FileModes.createDirectories(folder);
				createdFolder = true;
			}
			lock = FolderLock.acquire(folder, FolderLock.FILES, onWait);
		}
	}

	/** The names that exist in the folder already (said before any work; publishing checks again, atomically). */
	public List<String> existing(List<String> names) {
		return names.stream().filter(n -> Files.exists(target(n), LinkOption.NOFOLLOW_LINKS)).toList();
	}

	/** Writes a dossier's text into a new hidden file of the folder, forced to disk. Thread-safe. */
	public void stage(String name, byte[] content) throws IOException {
		Path target = target(name);
		synchronized (this) {
			if (!Files.isDirectory(folder)) {
				FileModes.createDirectories(folder);
				createdFolder = true;
			}
		}
		Path temporary;
		while (true) {
			temporary = folder.resolve("." + name + "." + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
			try {
				Files.createFile(temporary); // new, never through a planted link; 0666 & ~umask as any new file
				break;
			} catch (FileAlreadyExistsException e) {
				// another name
			}
		}
		synchronized (this) {
			staged.add(new Staged(temporary, target));
		}
		try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
			out.write(content);
		}
		try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
			channel.force(true);
		}
	}

	/**
	 * Publishes every staged file under its name, in the order of staging by name, all or none.
	 *
	 * @return the files written
	 * @throws FileAlreadyExistsException when a name exists (then nothing is written)
	 * @throws IOException                when a file cannot be written (then nothing is written)
	 */
	public synchronized List<Path> publish() throws IOException {
		List<Path> done = new ArrayList<>();
		try {
			for (Staged file : staged) {
				try {
					Files.createLink(file.target(), file.temporary());
				} catch (UnsupportedOperationException | FileSystemException e) {
					if (e instanceof FileAlreadyExistsException exists) {
						throw exists;
					}
					// no hard links here (some shared or FAT file systems): a rename, which does not replace either
					Files.move(file.temporary(), file.target());
				}
				done.add(file.target());
			}
		} catch (IOException | RuntimeException e) {
			for (Path file : done) {
				Files.deleteIfExists(file);
			}
			throw e;
		}
		published = true;
		return done;
	}

	/** Removes the staged files (and the folder this import created, when nothing was published in it). */
	@Override
	public synchronized void close() {
		for (Staged file : staged) {
			try {
				Files.deleteIfExists(file.temporary());
			} catch (IOException e) {
				// a hidden .tmp file left: harmless, never taken for a dossier
			}
		}
		staged.clear();
		if (createdFolder && !published) {
			try {
				if (lock != null) {
					// still held: the folder this import made goes whole (a waiter of another process would hold a
					// lock on a removed file, in a folder no dossier was ever written to)
					Files.deleteIfExists(folder.resolve(FolderLock.FILES));
				}
				Files.deleteIfExists(folder);
			} catch (DirectoryNotEmptyException e) {
				// someone else's files now: kept
			} catch (IOException e) {
				// kept
			}
		}
		if (lock != null) {
			lock.close();
			lock = null;
		}
	}
}
