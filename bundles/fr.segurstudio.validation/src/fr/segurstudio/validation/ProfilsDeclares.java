package fr.segurstudio.validation;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

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
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		Map<String, Set<String>> byAns = new TreeMap<>();
		for (String ans : properties.stringPropertyNames()) {
			byAns.put(ans.trim(), Arrays.stream(properties.getProperty(ans).split(";")).map(String::trim).filter(p -> !p.isEmpty())
					.collect(Collectors.toUnmodifiableSet()));
		}
		return new ProfilsDeclares(byAns);
	}

	/** {@code ~/.segur-studio/profils.properties} when it exists, else NONE. */
	public static ProfilsDeclares userSettings() {
		Path file = Path.of(System.getProperty("user.home"), ".segur-studio", "profils.properties");
		try {
			return Files.isRegularFile(file) ? read(file) : NONE;
		} catch (IOException e) {
			return NONE;
		}
	}
}
