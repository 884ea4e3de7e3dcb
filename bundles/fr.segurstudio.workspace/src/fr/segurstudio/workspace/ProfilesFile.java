package fr.segurstudio.workspace;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import fr.segurstudio.json.deposit.AtomicFiles;
import fr.segurstudio.validation.ProfilsDeclares;

/**
 * The referencing profiles the user declares per ANS number: the file the command line reads too,
 * {@link ProfilsDeclares#userSettingsFile()} ({@code ~/.segur-studio/profils.properties}, or under the
 * folder named by {@code -Dsegur.studio.home} or {@code $SEGUR_STUDIO_HOME}: tests use a temporary home),
 * {@code numeroAns = profil ; profil}, UTF-8.
 */
public final class ProfilesFile {

	private ProfilesFile() {
	}

	public static Path location() {
		return ProfilsDeclares.userSettingsFile();
	}

	/** What the validator uses: the declared profiles, or none when the file is missing or unreadable. */
	public static ProfilsDeclares declared() {
		return ProfilsDeclares.userSettings();
	}

	/**
	 * The profiles per ANS (sorted by ANS), each in the file's order, read as {@link ProfilsDeclares#read}
	 * reads them; empty when the file does not exist.
	 */
	public static Map<String, List<String>> read() throws IOException {
		Path file = location();
		Map<String, List<String>> byAns = new TreeMap<>();
		if (!Files.isRegularFile(file)) {
			return byAns;
		}
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		for (String ans : properties.stringPropertyNames()) {
			byAns.put(ans.trim(), Arrays.stream(properties.getProperty(ans).split(";")).map(String::trim).filter(p -> !p.isEmpty()).distinct().toList());
		}
		return byAns;
	}

	/** Writes the file atomically (a temporary file forced to disk, then renamed), creating its folder. */
	public static void write(Map<String, List<String>> byAns) throws IOException {
		StringBuilder text = new StringBuilder("# ").append(Messages.profilesHeader).append('\n');
		new TreeMap<>(byAns).forEach((ans, profils) -> text.append(escape(ans.trim(), true)).append(" = ")
				.append(escape(String.join(" ; ", profils.stream().map(String::trim).filter(p -> !p.isEmpty()).toList()), false))
				.append('\n'));
		Path file = location().toAbsolutePath();
		Files.createDirectories(file.getParent());
		AtomicFiles.write(file, text.toString().getBytes(StandardCharsets.UTF_8));
	}

	/** java.util.Properties escaping, non-ASCII kept as is (the file is read as UTF-8). */
	private static String escape(String s, boolean key) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				case '=', ':', '#', '!' -> out.append(key || i == 0 ? "\\" + c : String.valueOf(c));
				case ' ' -> out.append(key || i == 0 ? "\\ " : " ");
				default -> out.append(c);
			}
		}
		return out.toString();
	}
}
