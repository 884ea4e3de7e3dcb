import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * Writes the one-shot command line's own configuration into a built product: {@code configuration-cli/}, whose
 * {@code bundles.info} lists only the bundles the command line needs — the {@code fr.segurstudio.cli} bundle,
 * Declarative Services, every bundle contributing a couloir, every bundle of ours offering services that does not
 * need the window (SWT), and what they require (Require-Bundle, Import-Package, fragments of what is in),
 * mandatory requirements only. The window's bundles (the workbench, SWT, e4, p2, the IDE)
 * are then neither resolved nor started by a {@code segur validate}: Equinox resolving and Declarative Services
 * activating 171 bundles' components was most of a one-shot start. A copy of the product's own {@code bundles.info}
 * goes beside it: the start script uses this configuration only while the product's is the same (a product changed
 * since, e.g. a plug-in installed, runs with the full one).
 *
 * <pre>java CliConfiguration.java PRODUCT-FOLDER</pre>
 */
public final class CliConfiguration {

	private static final String COULOIRS_POINT = "fr.segurstudio.model.couloirs";
	private static final String OURS = "fr.segurstudio.";
	private static final String WINDOW = "org.eclipse.swt";
	private static final List<String> ROOTS = List.of("fr.segurstudio.cli", "org.apache.felix.scr", "org.eclipse.equinox.simpleconfigurator");
	private static final String INFO = "org.eclipse.equinox.simpleconfigurator/bundles.info";

	record Bundle(String name, Attributes manifest, boolean couloir) {
		String header(String key) {
			String value = manifest.getValue(key);
			return value == null ? "" : value;
		}
	}

	public static void main(String[] args) throws IOException {
		Path product = Path.of(args[0]);
		Map<String, Bundle> bundles = read(product.resolve("plugins"));
		Set<String> needed = closure(bundles);
		Path full = product.resolve("configuration");
		Path cli = product.resolve("configuration-cli");
		Path staging = product.resolve("configuration-cli.new");
		deleteTree(staging);
		Files.createDirectories(staging.resolve(INFO).getParent());
		List<String> lines = Files.readAllLines(full.resolve(INFO), StandardCharsets.UTF_8);
		List<String> kept = new ArrayList<>();
		for (String line : lines) {
			if (line.startsWith("#") || needed.contains(line.substring(0, line.indexOf(',')))) {
				kept.add(line);
			}
		}
		Files.write(staging.resolve(INFO), kept, StandardCharsets.UTF_8);
		Files.copy(full.resolve(INFO), staging.resolve("product-bundles.info"));
		Files.write(staging.resolve("config.ini"), configIni(full.resolve("config.ini")), StandardCharsets.UTF_8);
		deleteTree(cli);
		Files.move(staging, cli, StandardCopyOption.ATOMIC_MOVE);
		System.out.println("cli-configuration: " + (kept.size() - comments(kept)) + " of " + (lines.size() - comments(lines))
				+ " bundles for the one-shot command line");
	}

	/** The product's framework settings, without the window's (its application, product, p2 profile). */
	private static List<String> configIni(Path productIni) throws IOException {
		List<String> out = new ArrayList<>();
		out.add("# The one-shot command line's bundles only (releng/scripts/CliConfiguration.java)");
		for (String line : Files.readAllLines(productIni, StandardCharsets.ISO_8859_1)) {
			if (line.startsWith("osgi.") || line.startsWith("org.eclipse.equinox.simpleconfigurator.")) {
				out.add(line);
			}
		}
		out.add("eclipse.application=fr.segurstudio.cli.segur");
		return out;
	}

	private static long comments(List<String> lines) {
		return lines.stream().filter(l -> l.startsWith("#")).count();
	}

	private static Set<String> closure(Map<String, Bundle> bundles) {
		Map<String, String> exporters = new LinkedHashMap<>();
		bundles.values().forEach(b -> clauses(b.header("Export-Package")).forEach(c -> names(c).forEach(p -> exporters.putIfAbsent(p, b.name()))));
		Set<String> needed = closure(bundles, exporters, new ArrayDeque<>(ROOTS));
		for (Bundle bundle : bundles.values()) {
			// a couloir, and a bundle of ours offering services (the command line finds them through Declarative
			// Services, never through its manifest) unless it needs the window
			boolean services = bundle.name().startsWith(OURS) && !bundle.header("Service-Component").isBlank();
			if (!needed.contains(bundle.name()) && (bundle.couloir() || services)) {
				Set<String> its = closure(bundles, exporters, new ArrayDeque<>(List.of(bundle.name())));
				if (!its.contains(WINDOW)) {
					needed.addAll(its);
				}
			}
		}
		return needed;
	}

	private static Set<String> closure(Map<String, Bundle> bundles, Map<String, String> exporters, Deque<String> todo) {
		Set<String> needed = new TreeSet<>();
		while (!todo.isEmpty()) {
			String name = todo.pop();
			Bundle bundle = bundles.get(name);
			if (bundle == null || !needed.add(name)) {
				continue;
			}
			for (String clause : clauses(bundle.header("Require-Bundle"))) {
				if (!clause.contains("resolution:=optional")) {
					todo.addAll(names(clause));
				}
			}
			for (String clause : clauses(bundle.header("Import-Package"))) {
				if (!clause.contains("resolution:=optional")) {
					names(clause).stream().map(exporters::get).filter(e -> e != null).forEach(todo::add);
				}
			}
			clauses(bundle.header("Fragment-Host")).forEach(c -> todo.addAll(names(c)));
			// fragments of a bundle that is in (translations, natives) come with it
			bundles.values().stream().filter(b -> clauses(b.header("Fragment-Host")).stream().anyMatch(c -> names(c).contains(name)))
					.forEach(b -> todo.add(b.name()));
		}
		return needed;
	}

	private static Map<String, Bundle> read(Path plugins) throws IOException {
		Map<String, Bundle> bundles = new LinkedHashMap<>();
		try (Stream<Path> entries = Files.list(plugins)) {
			for (Path entry : entries.sorted().toList()) {
				Manifest manifest = null;
				String pluginXml = "";
				if (Files.isDirectory(entry)) {
					Path mf = entry.resolve("META-INF/MANIFEST.MF");
					if (Files.exists(mf)) {
						try (InputStream in = Files.newInputStream(mf)) {
							manifest = new Manifest(in);
						}
					}
					Path xml = entry.resolve("plugin.xml");
					pluginXml = Files.exists(xml) ? Files.readString(xml) : "";
				} else if (entry.toString().endsWith(".jar")) {
					try (JarFile jar = new JarFile(entry.toFile(), false)) {
						manifest = jar.getManifest();
						var xml = jar.getEntry("plugin.xml");
						if (xml != null) {
							try (InputStream in = jar.getInputStream(xml)) {
								pluginXml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
							}
						}
					}
				}
				String name = manifest == null ? null : manifest.getMainAttributes().getValue("Bundle-SymbolicName");
				if (name != null) {
					name = name.split(";")[0].trim();
					bundles.put(name, new Bundle(name, manifest.getMainAttributes(), pluginXml.contains("\"" + COULOIRS_POINT + "\"")));
				}
			}
		}
		return bundles;
	}

	/** A manifest header's clauses: split at the commas outside quotes. */
	private static List<String> clauses(String header) {
		List<String> out = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		boolean quoted = false;
		for (char c : header.toCharArray()) {
			if (c == '"') {
				quoted = !quoted;
			}
			if (c == ',' && !quoted) {
				out.add(current.toString().trim());
				current.setLength(0);
			} else {
				current.append(c);
			}
		}
		if (!current.toString().isBlank()) {
			out.add(current.toString().trim());
		}
		return out;
	}

	/** A clause's names (packages or bundles): its parts before the first attribute or directive. */
	private static List<String> names(String clause) {
		List<String> out = new ArrayList<>();
		for (String part : clause.split(";")) {
			if (part.contains("=")) {
				break;
			}
			out.add(part.trim());
		}
		return out;
	}

	private static void deleteTree(Path root) throws IOException {
		if (!Files.exists(root)) {
			return;
		}
		try (Stream<Path> all = Files.walk(root)) {
			for (Path p : all.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
				Files.delete(p);
			}
		}
	}
}
