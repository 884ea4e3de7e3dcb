package fr.segurstudio.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * What each issue code means, in French ({@code rules.properties}): the rules the CI formats of
 * {@code segur validate} declare. A code the table does not know (a couloir plug-in's own) is described by
 * its id.
 */
final class RuleDescriptions {

	private static final Map<String, String> TABLE = load();

	private RuleDescriptions() {
	}

	/** Every known code and its description, by code. */
	static Map<String, String> all() {
		return TABLE;
	}

	static String of(String code) {
		return TABLE.getOrDefault(code, code);
	}

	private static Map<String, String> load() {
		Properties properties = new Properties();
		try (InputStream in = RuleDescriptions.class.getResourceAsStream("rules.properties")) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		Map<String, String> table = new TreeMap<>();
		properties.forEach((code, text) -> table.put((String) code, (String) text));
		return Collections.unmodifiableMap(table);
	}
}
