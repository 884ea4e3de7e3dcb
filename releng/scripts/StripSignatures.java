import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Removes the signature files (META-INF/*.SF, *.RSA, *.DSA, *.EC) of the jars Java's own class loaders open in the
 * product: Equinox's launcher and framework. Java checks a signed jar's every class against its digests (165
 * classes of sun.security and a SHA-256 per entry at each start), and leaves a signed jar's classes out of the AOT
 * cache; the bundles, which Equinox reads itself, are not checked either way. The manifest's digests stay (unused
 * without signature files).
 *   java StripSignatures.java PLUGINS-FOLDER
 */
public final class StripSignatures {

	private static final Pattern SIGNATURE = Pattern.compile("META-INF/[^/]+\\.(SF|RSA|DSA|EC)");
	private static final Pattern LOADED_BY_JAVA = Pattern.compile("org\\.eclipse\\.(equinox\\.launcher|osgi)_.*\\.jar");

	public static void main(String[] args) throws IOException {
		try (var jars = Files.list(Path.of(args[0]))) {
			for (Path jar : jars.filter(p -> LOADED_BY_JAVA.matcher(p.getFileName().toString()).matches()).sorted().toList()) {
				System.out.println("strip-signatures: " + jar.getFileName() + (strip(jar) ? "" : " (not signed)"));
			}
		}
	}

	private static boolean strip(Path jar) throws IOException {
		Path copy = jar.resolveSibling(jar.getFileName() + ".tmp");
		boolean signed = false;
		try (ZipFile in = new ZipFile(jar.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
			for (Enumeration<? extends ZipEntry> entries = in.entries(); entries.hasMoreElements();) {
				ZipEntry entry = entries.nextElement();
				if (SIGNATURE.matcher(entry.getName()).matches()) {
					signed = true;
					continue;
				}
				ZipEntry kept = new ZipEntry(entry.getName());
				kept.setTime(entry.getTime());
				out.putNextEntry(kept);
				try (InputStream data = in.getInputStream(entry)) {
					data.transferTo(out);
				}
				out.closeEntry();
			}
		}
		if (signed) {
			Files.move(copy, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} else {
			Files.delete(copy);
		}
		return signed;
	}

	private StripSignatures() {
	}
}
