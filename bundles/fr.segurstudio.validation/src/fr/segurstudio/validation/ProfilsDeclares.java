package fr.segurstudio.validation;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import fr.segurstudio.json.InputFiles;
import fr.segurstudio.json.Utf8;
import fr.segurstudio.model.couloir.CouloirRegistry;
import fr.segurstudio.model.settings.SettingsFolder;

/**
 * The ANS referencing profiles the user's software holds, per numeroAns, as the user keeps them in
 * their settings: a properties file (UTF-8), {@code numeroAns = profil ; profil ; ...}, e.g.
 * {@code ANS0000001 = Mailiz ; Esclave d'identité}. An ANS absent from the settings is not checked.
 */
public final class ProfilsDeclares {

	public static final ProfilsDeclares NONE = new ProfilsDeclares(Map.of());

	private final Map<String, Set<String>> byAns;

	public ProfilsDeclares(Map<String, Set<String>> byAns) {
		this.byAns = Map.copyOf(byAns);
	}

	/** The profiles declared for this ANS number, or empty when the user declared none. */
	public Optional<Set<String>> of(String numeroAns) {
		return Optional.ofNullable(numeroAns == null ? null : byAns.get(numeroAns));
	}

	public static ProfilsDeclares read(Path file) throws IOException {
		Properties properties = new Properties();
		try {
			properties.load(new StringReader(Utf8.decode(InputFiles.read(file))));
		} catch (Utf8.NotUtf8 e) {
			throw new IOException(e.getMessage(), e);
		}
		Map<String, Set<String>> byAns = new TreeMap<>();
		for (String ans : properties.stringPropertyNames()) {
			byAns.put(ans.trim(), Arrays.stream(properties.getProperty(ans).split(";")).map(String::trim).filter(p -> !p.isEmpty())
					.collect(Collectors.toUnmodifiableSet()));
		}
		return new ProfilsDeclares(byAns);
	}

	/** Overrides the settings folder (tests, a portable install); else {@code SEGUR_STUDIO_HOME}, else ~/.segur-studio. */
	public static final String HOME_PROPERTY = SettingsFolder.PROPERTY;

	private record Cached(Path file, FileTime modified, long size, ProfilsDeclares profils) {
	}

	private static volatile Cached cached;

	/**
	 * The folder of the user's settings ({@link SettingsFolder}): the workbench and the command line read and write the
	 * same file.
	 */
	public static Path settingsFolder() {
		return SettingsFolder.path();
	}

	/** The user's profiles file: {@code profils.properties} of {@link #settingsFolder()}. */
	public static Path userSettingsFile() {
		return settingsFolder().resolve("profils.properties");
	}

	/**
	 * The user's profiles, NONE when the file does not exist or cannot be read. Read once, then again
	 * only when the file changes (its time or size): the text editor validates on every keystroke.
	 */
	public static ProfilsDeclares userSettings() {
		Path file = userSettingsFile();
		try {
			if (!Files.isRegularFile(file)) {
				return NONE;
			}
			FileTime modified = Files.getLastModifiedTime(file);
			long size = Files.size(file);
			Cached known = cached;
			if (known != null && known.file().equals(file) && known.modified().equals(modified) && known.size() == size) {
				return known.profils();
			}
			ProfilsDeclares profils = read(file);
			cached = new Cached(file, modified, size, profils);
			return profils;
		} catch (IOException | RuntimeException e) {
			return NONE;
		}
	}

	/**
	 * The names among {@code declared} that no installed couloir declares as a referencing profile (a typo, a
	 * profile of a couloir not installed): the preferences and the validator both warn about them.
	 */
	public static List<String> unknown(Collection<String> declared, CouloirRegistry registry) {
		Map<String, List<String>> known = known(registry);
		return declared.stream().filter(name -> !known.containsKey(name)).distinct().toList();
	}

	/** The referencing profiles the installed couloirs declare, by name in the couloirs' order, each with the couloirs that do. */
	public static Map<String, List<String>> known(CouloirRegistry registry) {
		Map<String, List<String>> known = new LinkedHashMap<>();
		if (registry != null) {
			registry.couloirs().forEach(couloir -> couloir.profils()
					.forEach(profil -> known.computeIfAbsent(profil.nom(), n -> new ArrayList<>()).add(couloir.id())));
		}
		return known;
	}

	/** Every declared ANS and its profiles, for the preferences page. */
	public Map<String, Set<String>> asMap() {
		return byAns;
	}
}
