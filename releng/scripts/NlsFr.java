import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The French translation fragments of the platform's bundles (bundles/nls/*), against the hosts a product ships.
 *
 * <pre>
 * java releng/scripts/NlsFr.java [--check] [--todo] [--escape] [--plugins DIR] [FRAGMENT-OR-FOLDER...]
 * java releng/scripts/NlsFr.java --new HOST [--plugins DIR]
 * </pre>
 *
 * For each fragment (a folder whose META-INF/MANIFEST.MF has a Fragment-Host; default: every one under
 * bundles/nls), each of its {@code X_fr.properties} files is compared with the host's {@code X.properties} in
 * DIR (a product's plugins folder; default: the product built in releng/fr.segurstudio.product/target):
 * <ul>
 * <li>errors: a host key without a French value, a French file whose host file is gone, {0}-placeholders that
 * differ, a mnemonic (&amp;) lost or added, an apostrophe of a {0}-pattern not doubled (NLS.bind and
 * MessageFormat would eat it), a character outside ASCII (the platform's files are ISO-8859-1: backslash-u escapes);</li>
 * <li>notes: a French key the host no longer has; the host's text files the fragment does not translate.</li>
 * </ul>
 * --todo prints each missing key with its English value, ready to translate; --escape rewrites the fragments'
 * French files with backslash-u escapes for every non-ASCII character (type French as UTF-8, then run it);
 * --check prints the errors only and exits 1 when there is one (the product's build runs it); --new writes the skeleton of the
 * fragment of a host (bundles/nls/fr.segurstudio.nls.fr.HOST) and prints the lines to add to the root pom.xml and
 * the feature. Exit 2: usage or I/O.
 */
public final class NlsFr {

	private static final String DEFAULT_PLUGINS = "releng/fr.segurstudio.product/target/products/fr.segurstudio.product/linux/gtk/x86_64/segur-studio/plugins";
	private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*\\}");
	/** A mnemonic: an ampersand before a letter or digit, not an HTML entity (&amp;lt;) nor a doubled one. */
	private static final Pattern MNEMONIC = Pattern.compile("(?<!&)&(?!&)(?![a-zA-Z]+;)(?=[\\p{L}\\p{N}])");
	private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");
	private static final String FR = "_fr.properties";
	private static final String PREFIX = "fr.segurstudio.nls.fr.";

	private int errors;
	private boolean quiet;

	public static void main(String[] args) throws IOException {
		boolean check = false, todo = false, escape = false;
		String newHost = null;
		Path plugins = Path.of(DEFAULT_PLUGINS);
		List<Path> roots = new ArrayList<>();
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
			case "--check" -> check = true;
			case "--todo" -> todo = true;
			case "--escape" -> escape = true;
			case "--plugins" -> {
				if (++i == args.length) {
					usage("--plugins needs a folder");
				}
				plugins = Path.of(args[i]);
			}
			case "--new" -> {
				if (++i == args.length) {
					usage("--new needs a host bundle's symbolic name");
				}
				newHost = args[i];
			}
			case "-h", "--help" -> {
				System.out.println("java releng/scripts/NlsFr.java [--check] [--todo] [--escape] [--plugins DIR] [FRAGMENT-OR-FOLDER...]");
				System.out.println("java releng/scripts/NlsFr.java --new HOST [--plugins DIR]");
				return;
			}
			default -> {
				if (args[i].startsWith("-")) {
					usage("unknown option " + args[i]);
				}
				roots.add(Path.of(args[i]));
			}
			}
		}
		if (roots.isEmpty()) {
			roots.add(Path.of("bundles/nls"));
		}
		if (newHost != null) {
			create(newHost, plugins, roots.get(0));
			return;
		}
		List<Path> fragments = new ArrayList<>();
		for (Path root : roots) {
			fragments.addAll(fragments(root));
		}
		if (fragments.isEmpty()) {
			usage("no fragment under " + roots);
		}
		if (escape) {
			for (Path fragment : fragments) {
				for (Path file : frenchFiles(fragment)) {
					escape(file);
				}
			}
		}
		if (!Files.isDirectory(plugins)) {
			usage(plugins + " is not a plugins folder (build the product, or give --plugins DIR)");
		}
		NlsFr run = new NlsFr();
		run.quiet = check && !todo;
		for (Path fragment : fragments) {
			run.check(fragment, plugins, todo);
		}
		System.out.println(run.errors == 0 ? "NlsFr: " + fragments.size() + " fragments, no error"
				: "NlsFr: " + run.errors + " error(s) in " + fragments.size() + " fragments");
		if (check && run.errors > 0) {
			System.exit(1);
		}
	}

	private static void usage(String message) {
		System.err.println("NlsFr: " + message);
		System.exit(2);
	}

	/** The folder itself when it is a fragment, else the fragments right under it. */
	private static List<Path> fragments(Path root) throws IOException {
		if (host(root) != null) {
			return List.of(root);
		}
		if (!Files.isDirectory(root)) {
			usage(root + ": no such folder");
		}
		try (Stream<Path> children = Files.list(root)) {
			return children.filter(p -> host(p) != null).sorted().toList();
		}
	}

	private static String host(Path fragment) {
		Path manifest = fragment.resolve("META-INF/MANIFEST.MF");
		if (!Files.isRegularFile(manifest)) {
			return null;
		}
		try (InputStream in = Files.newInputStream(manifest)) {
			String host = new Manifest(in).getMainAttributes().getValue("Fragment-Host");
			return host == null ? null : host.split(";")[0].trim();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static List<Path> frenchFiles(Path fragment) throws IOException {
		try (Stream<Path> files = Files.walk(fragment)) {
			return files.filter(p -> p.getFileName().toString().endsWith(FR) && !fragment.relativize(p).startsWith("target")).sorted().toList();
		}
	}

	private void check(Path fragment, Path plugins, boolean todo) throws IOException {
		String hostName = host(fragment);
		Path hostPath = hostIn(plugins, hostName);
		if (hostPath == null) {
			error(fragment.getFileName().toString(), hostName + " is not in " + plugins);
			return;
		}
		note(fragment.getFileName() + " -> " + hostPath.getFileName());
		try (Host host = Host.open(hostPath)) {
			Set<String> translated = new TreeSet<>();
			for (Path file : frenchFiles(fragment)) {
				String name = fragment.relativize(file).toString().replace('\\', '/');
				String english = name.substring(0, name.length() - FR.length()) + ".properties";
				translated.add(english);
				byte[] bytes = Files.readAllBytes(file);
				Map<String, String> host0 = host.properties(english);
				if (host0 == null) {
					error(name, "the host has no " + english);
					continue;
				}
				compare(name, host0, load(bytes), todo);
				for (int i = 0; i < bytes.length; i++) {
					if (bytes[i] < 0) {
						error(name, "a character outside ASCII (byte " + i + "): run java releng/scripts/NlsFr.java --escape");
						break;
					}
				}
			}
			for (String english : host.textFiles()) {
				if (!translated.contains(english)) {
					note("  not translated: " + english + " (" + host.properties(english).size() + " keys)");
				}
			}
		}
	}

	private void compare(String name, Map<String, String> english, Map<String, String> french, boolean todo) {
		List<String> missing = new ArrayList<>();
		for (Map.Entry<String, String> e : english.entrySet()) {
			String fr = french.get(e.getKey());
			if (fr == null) {
				missing.add(e.getKey());
				continue;
			}
			String en = e.getValue();
			String where = name + ": " + e.getKey();
			if (!placeholders(en).equals(placeholders(fr))) {
				error(where, "placeholders " + placeholders(fr) + " where the host has " + placeholders(en));
			}
			int enMnemonics = count(MNEMONIC, en), frMnemonics = count(MNEMONIC, fr);
			if (enMnemonics != frMnemonics && !(enMnemonics > 1 && frMnemonics >= 1)) {
				error(where, frMnemonics + " mnemonic(s) & where the host has " + enMnemonics);
			}
			boolean pattern = !placeholders(en).isEmpty() || en.contains("''");
			if (pattern && count(LONE_APOSTROPHE, en) == 0 && count(LONE_APOSTROPHE, fr) > 0) {
				error(where, "a {0}-pattern's apostrophe must be doubled ('')");
			}
			if (!pattern && fr.contains("''")) {
				error(where, "'' in a text that is no {0}-pattern shows two apostrophes");
			}
		}
		if (!missing.isEmpty()) {
			error(name, missing.size() + " key(s) without a French value" + (todo ? ":" : " (--todo lists them)"));
			if (todo) {
				for (String key : missing) {
					System.out.println("    " + key + " = " + english.get(key).replace("\n", "\\n"));
				}
			}
		}
		for (String key : french.keySet()) {
			if (!english.containsKey(key)) {
				note("  note: " + name + ": " + key + " is no longer in the host");
			}
		}
	}

	private void note(String line) {
		if (!quiet) {
			System.out.println(line);
		}
	}

	private void error(String where, String what) {
		errors++;
		System.out.println("  ERROR " + where + ": " + what);
	}

	private static Set<Integer> placeholders(String value) {
		Set<Integer> found = new TreeSet<>();
		Matcher m = PLACEHOLDER.matcher(value);
		while (m.find()) {
			found.add(Integer.parseInt(m.group(1)));
		}
		return found;
	}

	private static int count(Pattern pattern, String value) {
		int n = 0;
		for (Matcher m = pattern.matcher(value); m.find();) {
			n++;
		}
		return n;
	}

	/** Keys in file order (a properties file read as the platform reads it: ISO-8859-1 and backslash-u escapes). */
	static Map<String, String> load(byte[] bytes) {
		Map<String, String> ordered = new LinkedHashMap<>();
		Properties properties = new Properties() {
			private static final long serialVersionUID = 1L;

			@Override
			public synchronized Object put(Object key, Object value) {
				ordered.put((String) key, (String) value);
				return super.put(key, value);
			}
		};
		try {
			properties.load(new java.io.ByteArrayInputStream(bytes));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return ordered;
	}

	/** Every non-ASCII character as a backslash-u escape, the rest of the file as it is. */
	private static void escape(Path file) throws IOException {
		String text = Files.readString(file, StandardCharsets.UTF_8);
		StringBuilder out = new StringBuilder(text.length());
		text.chars().forEach(c -> out.append(c < 0x80 ? Character.toString(c) : String.format("\\u%04X", c)));
		if (!out.toString().equals(text)) {
			Files.writeString(file, out, StandardCharsets.US_ASCII);
			System.out.println("escaped " + file);
		}
	}

	/** The skeleton of a new fragment: manifest, build.properties (the host's folders of text files), pom.xml. */
	private static void create(String hostName, Path plugins, Path nls) throws IOException {
		Path hostPath = Files.isDirectory(plugins) ? hostIn(plugins, hostName) : null;
		if (hostPath == null) {
			usage(hostName + " is not in " + plugins + " (build the product, or give --plugins DIR)");
		}
		String name = PREFIX + hostName;
		Path fragment = nls.resolve(name);
		if (Files.exists(fragment)) {
			usage(fragment + " exists already");
		}
		Set<String> includes = new TreeSet<>();
		try (Host host = Host.open(hostPath)) {
			for (String file : host.textFiles()) {
				int slash = file.indexOf('/');
				includes.add(slash < 0 ? file.replace(".properties", FR) : file.substring(0, slash + 1));
			}
		}
		Files.createDirectories(fragment.resolve("META-INF"));
		Files.writeString(fragment.resolve("META-INF/MANIFEST.MF"), String.join("\n", "Manifest-Version: 1.0", "Bundle-ManifestVersion: 2",
				"Bundle-Name: Textes fran\u00e7ais de " + hostName, "Bundle-SymbolicName: " + name, "Bundle-Version: 1.0.0.qualifier",
				"Bundle-Vendor: S\u00e9gur Studio", "Fragment-Host: " + hostName, "Automatic-Module-Name: " + name, ""), StandardCharsets.UTF_8);
		Files.writeString(fragment.resolve("build.properties"), "bin.includes = META-INF/,\\\n"
				+ String.join(",\\\n", includes.stream().map(i -> "               " + i).toList()) + "\n", StandardCharsets.UTF_8);
		Files.writeString(fragment.resolve("pom.xml"), String.join("\n", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
				"<project xmlns=\"http://maven.apache.org/POM/4.0.0\">", "  <modelVersion>4.0.0</modelVersion>",
				"  <parent><groupId>fr.segurstudio</groupId><artifactId>fr.segurstudio.nls</artifactId><version>1.0.0-SNAPSHOT</version></parent>",
				"  <artifactId>" + name + "</artifactId>", "  <packaging>eclipse-plugin</packaging>", "</project>", ""), StandardCharsets.UTF_8);
		System.out.println("written " + fragment + "; add its French files, then these lines:");
		System.out.println("  bundles/nls/pom.xml:  <module>" + name + "</module>");
		System.out.println("  features/fr.segurstudio.feature/feature.xml:  <plugin id=\"" + name + "\" version=\"0.0.0\" fragment=\"true\"/>");
	}

	/** The host's jar or folder in the plugins folder (the highest version when there are several). */
	private static Path hostIn(Path plugins, String symbolicName) throws IOException {
		try (Stream<Path> entries = Files.list(plugins)) {
			return entries.filter(p -> p.getFileName().toString().matches(Pattern.quote(symbolicName) + "_\\d.*")).max((a, b) -> {
				return version(a).compareTo(version(b));
			}).orElse(null);
		}
	}

	private static String version(Path p) {
		String name = p.getFileName().toString().replaceFirst("\\.jar$", "");
		StringBuilder key = new StringBuilder();
		for (String part : name.substring(name.indexOf('_') + 1).split("\\.")) {
			key.append(part.matches("\\d+") ? String.format("%010d", Long.parseLong(part)) : part).append('.');
		}
		return key.toString();
	}

	/** A host bundle, jar or folder: its properties files. */
	private static final class Host implements AutoCloseable {
		private final ZipFile zip;
		private final Path folder;
		private final Map<String, Map<String, String>> files = new TreeMap<>();

		private Host(ZipFile zip, Path folder) {
			this.zip = zip;
			this.folder = folder;
		}

		static Host open(Path path) throws IOException {
			Host host = Files.isDirectory(path) ? new Host(null, path) : new Host(new ZipFile(path.toFile()), null);
			for (String name : host.names()) {
				if (name.endsWith(".properties") && !name.startsWith("META-INF/")) {
					host.files.put(name, load(host.read(name)));
				}
			}
			return host;
		}

		private List<String> names() throws IOException {
			if (zip != null) {
				return Collections.list(zip.entries()).stream().map(ZipEntry::getName).toList();
			}
			try (Stream<Path> all = Files.walk(folder)) {
				return all.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString().replace('\\', '/')).toList();
			}
		}

		private byte[] read(String name) throws IOException {
			if (zip == null) {
				return Files.readAllBytes(folder.resolve(name));
			}
			try (InputStream in = zip.getInputStream(zip.getEntry(name))) {
				return in.readAllBytes();
			}
		}

		Map<String, String> properties(String name) {
			return files.get(name);
		}

		/** The files of texts: not another language's file (x_de.properties), nor one without keys. */
		List<String> textFiles() {
			return files.entrySet().stream().filter(e -> !e.getKey().matches(".*_[a-z]{2}(_[A-Z]{2})?\\.properties") && !e.getValue().isEmpty())
					.map(Map.Entry::getKey).toList();
		}

		@Override
		public void close() throws IOException {
			if (zip != null) {
				zip.close();
			}
		}
	}
}
