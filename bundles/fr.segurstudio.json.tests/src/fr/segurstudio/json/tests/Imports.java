package fr.segurstudio.json.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import fr.segurstudio.json.AspImporter;
import fr.segurstudio.json.ImportResult;
import fr.segurstudio.model.issue.Issue;
import fr.segurstudio.testing.Golden;
import fr.segurstudio.testing.Services;

/** Imports of golden files changed the way real vendor scripts get them wrong. */
final class Imports {

	private Imports() {
	}

	static ImportResult read(String json) {
		return Services.get(AspImporter.class).read(json.getBytes(StandardCharsets.UTF_8), "test.json", null);
	}

	static ImportResult readChanged(Golden golden, String from, String to) {
		String text = golden.text();
		assertTrue(text.contains(from), "golden " + golden + " has no « " + from + " »");
		return read(text.replace(from, to));
	}

	static List<Issue> withCode(ImportResult result, String code) {
		return result.issues().stream().filter(i -> i.code().equals(code)).collect(Collectors.toList());
	}

	static String describe(ImportResult result) {
		return result.issues().stream()
				.map(i -> i.severity() + " " + i.code() + " " + i.location().path() + " " + i.location().position() + " " + i.message())
				.collect(Collectors.joining("\n"));
	}
}
