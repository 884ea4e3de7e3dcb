package fr.segurstudio.model.couloir.internal;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import fr.segurstudio.model.couloir.CouloirOrigin;

/**
 * A couloir dropped as data into a couloirs folder: a folder, or a .zip or .jar archive (its files at its root, or
 * in its one top folder), holding {@value #DECLARATION}, the couloir's .ecore and optionally .view files. Files are
 * named by their path relative to the couloir, with '/'; a path that leaves the couloir is refused.
 */
abstract sealed class CouloirSource permits CouloirSource.Folder, CouloirSource.Archive {

	/** The declaration of a couloir folder. */
	static final String DECLARATION = "couloir.xml";
	/** A couloir's file is small (the seeds' .ecore are 20 KB): a bigger one is a mistake, not read. */
	static final long MAX_FILE = 32L * 1024 * 1024;
	private static final int MAX_FILES = 1_000;

	final Path path;

	private CouloirSource(Path path) {
		this.path = path;
	}

	/** The source this entry of a couloirs folder is, or null when it is none (then {@link #notACouloir}). */
	static CouloirSource of(Path entry) {
		if (Files.isDirectory(entry)) {
			return new Folder(entry);
		}
		String name = entry.getFileName().toString().toLowerCase(Locale.ROOT);
		return name.endsWith(".zip") || name.endsWith(".jar") ? new Archive(entry) : null;
	}

	abstract CouloirOrigin origin();

	/** What changes when the couloir's files change (names, sizes, times); read without opening a file. */
	abstract String stamp();

	/** The files of the couloir, sorted. */
	abstract List<String> files() throws IOException;

	/** A file of the couloir. */
	abstract byte[] read(String file) throws IOException;

	/** A file of the couloir as messages name it: its path, or archive!/entry. */
	abstract String name(String file);

	/** What is wrong with an entry of a couloirs folder that is neither a folder nor an archive. */
	static String notACouloir(Path entry) {
		return entry + " : ni un dossier de couloir, ni une archive .zip ou .jar : ignoré";
	}

	/** A failure to read this file of the couloir, for messages: the archive when it is the archive that cannot be read. */
	String problem(String file, IOException e) {
		return (e instanceof UnreadableArchive ? path.toString() : name(file)) + " : " + reason(e);
	}

	/** An archive that cannot be opened or holds too much: no file of it can be read. */
	static final class UnreadableArchive extends IOException {
		private static final long serialVersionUID = 1L;

		UnreadableArchive(String message) {
			super(message);
		}
	}

	/** An I/O failure in French, for messages. */
	static String reason(IOException e) {
		if (e instanceof UnreadableArchive) {
			return e.getMessage();
		}
		if (e instanceof NoSuchFileException || e instanceof FileNotFoundException) {
			return "fichier absent";
		}
		if (e instanceof AccessDeniedException) {
			return "lecture refusée";
		}
		return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
	}

	/** The file's path relative to the couloir, or null when it would leave it (absolute, ..). */
	static String normalized(String file) {
		String f = file.replace('\\', '/');
		if (f.startsWith("/") || f.matches("^[A-Za-z]:.*")) {
			return null;
		}
		List<String> parts = new ArrayList<>();
		for (String part : f.split("/")) {
			if (part.isEmpty() || part.equals(".")) {
				continue;
			}
			if (part.equals("..")) {
				return null;
			}
			parts.add(part);
		}
		return parts.isEmpty() ? null : String.join("/", parts);
	}

	static IOException outside(String file) {
		return new IOException("« " + file + " » sort du couloir : un chemin relatif au dossier du couloir est attendu");
	}

	@Override
	public String toString() {
		return path.toString();
	}

	/** A couloir folder. */
	static final class Folder extends CouloirSource {

		Folder(Path path) {
			super(path);
		}

		@Override
		CouloirOrigin origin() {
			return new CouloirOrigin(CouloirOrigin.Kind.FOLDER, path.toAbsolutePath().toString());
		}

		@Override
		String stamp() {
			StringBuilder stamp = new StringBuilder();
			try (Stream<Path> walk = Files.walk(path, 4)) {
				walk.filter(Files::isRegularFile).sorted().limit(MAX_FILES).forEach(file -> {
					try {
						stamp.append(path.relativize(file)).append(' ').append(Files.size(file)).append(' ')
								.append(Files.getLastModifiedTime(file).toMillis()).append('\n');
					} catch (IOException e) {
						stamp.append(path.relativize(file)).append(" ?\n");
					}
				});
			} catch (IOException | RuntimeException e) {
				stamp.append("?");
			}
			return stamp.toString();
		}

		@Override
		List<String> files() throws IOException {
			try (Stream<Path> walk = Files.walk(path, 4)) {
				return walk.filter(Files::isRegularFile).map(f -> path.relativize(f).toString().replace('\\', '/'))
						.filter(f -> !f.startsWith(".") && !f.contains("/.")).sorted().limit(MAX_FILES).toList();
			}
		}

		@Override
		byte[] read(String file) throws IOException {
			String relative = normalized(file);
			if (relative == null) {
				throw outside(file);
			}
			Path target = path.resolve(relative);
			if (!target.toRealPath().startsWith(path.toRealPath())) {
				throw outside(file);
			}
			if (!Files.isRegularFile(target)) {
				throw new NoSuchFileException(target.toString());
			}
			long size = Files.size(target);
			if (size > MAX_FILE) {
				throw new IOException("fichier de " + size + " octets : au plus " + MAX_FILE + " octets pour un fichier de couloir");
			}
			return Files.readAllBytes(target);
		}

		@Override
		String name(String file) {
			String relative = normalized(file);
			return (relative == null ? path.resolve(file) : path.resolve(relative)).toString();
		}
	}

	/** A .zip or .jar archive of a couloir folder. */
	static final class Archive extends CouloirSource {

		private Map<String, byte[]> entries;
		private String root = "";

		Archive(Path path) {
			super(path);
		}

		@Override
		CouloirOrigin origin() {
			return new CouloirOrigin(CouloirOrigin.Kind.ARCHIVE, path.toAbsolutePath().toString());
		}

		@Override
		String stamp() {
			try {
				return Files.size(path) + " " + Files.getLastModifiedTime(path).toMillis();
			} catch (IOException e) {
				return "?";
			}
		}

		@Override
		synchronized List<String> files() throws IOException {
			return List.copyOf(open().keySet());
		}

		@Override
		synchronized byte[] read(String file) throws IOException {
			String relative = normalized(file);
			if (relative == null) {
				throw outside(file);
			}
			byte[] content = open().get(relative);
			if (content == null) {
				throw new FileNotFoundException(name(file));
			}
			return content;
		}

		@Override
		String name(String file) {
			String relative = normalized(file);
			return path + "!/" + root + (relative == null ? file : relative);
		}

		/** The archive's files, read once, under the couloir's root (the archive's, or its one top folder). */
		private Map<String, byte[]> open() throws IOException {
			if (entries != null) {
				return entries;
			}
			try {
				entries = read();
			} catch (UnreadableArchive e) {
				throw e;
			} catch (IOException | RuntimeException e) {
				throw new UnreadableArchive("archive illisible (" + (e instanceof IOException io && !(e instanceof ZipException) ? reason(io) : e.getMessage()) + ")");
			}
			return entries;
		}

		private Map<String, byte[]> read() throws IOException {
			Map<String, byte[]> all = new LinkedHashMap<>();
			long total = 0;
			try (ZipFile zip = new ZipFile(path.toFile())) {
				List<? extends ZipEntry> list = Collections.list(zip.entries());
				list.sort(Comparator.comparing(ZipEntry::getName));
				for (ZipEntry entry : list) {
					String name = normalized(entry.getName());
					if (entry.isDirectory() || name == null || name.startsWith("META-INF/") || name.startsWith(".") || name.contains("/.")) {
						continue;
					}
					if (all.size() >= MAX_FILES || entry.getSize() > MAX_FILE) {
						throw new UnreadableArchive("archive trop grande pour un couloir (" + entry.getName() + ")");
					}
					try (InputStream in = zip.getInputStream(entry)) {
						byte[] content = in.readNBytes((int) MAX_FILE + 1);
						total += content.length;
						if (content.length > MAX_FILE || total > MAX_FILE) {
							throw new UnreadableArchive("archive trop grande pour un couloir (" + entry.getName() + ")");
						}
						all.put(name, content);
					}
				}
			}
			if (!all.containsKey(DECLARATION)) {
				List<String> tops = all.keySet().stream().map(n -> n.contains("/") ? n.substring(0, n.indexOf('/') + 1) : "").distinct().toList();
				if (tops.size() == 1 && !tops.get(0).isEmpty() && all.containsKey(tops.get(0) + DECLARATION)) {
					root = tops.get(0);
					Map<String, byte[]> under = new LinkedHashMap<>();
					all.forEach((name, content) -> under.put(name.substring(root.length()), content));
					all = under;
				}
			}
			return all;
		}
	}
}
