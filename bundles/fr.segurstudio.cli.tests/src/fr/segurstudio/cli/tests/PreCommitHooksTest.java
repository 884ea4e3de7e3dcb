package fr.segurstudio.cli.tests;

import static fr.segurstudio.cli.tests.CliRun.segurIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.segurstudio.cli.CliCommand;
import fr.segurstudio.cli.SegurCli;
import fr.segurstudio.testing.Golden;

/**
 * The repository's {@code .pre-commit-hooks.yaml}: it reads as pre-commit's manifest (a list of hooks, each a
 * mapping of its known keys), and each hook's entry is a command of the command line that does what the hook
 * says on the files it selects.
 */
class PreCommitHooksTest {

	private static final Path MANIFEST = Path.of(".pre-commit-hooks.yaml");
	/** pre-commit's keys of a hook in a manifest. */
	private static final Set<String> HOOK_KEYS = Set.of("id", "name", "entry", "language", "files", "exclude", "types", "types_or", "exclude_types",
			"always_run", "fail_fast", "verbose", "pass_filenames", "require_serial", "description", "language_version",
			"minimum_pre_commit_version", "args", "stages");
	private static final Pattern ITEM = Pattern.compile("^(- |  )([a-z_]+): (.+)$");

	@TempDir
	Path dir;

	private static Path manifest() {
		for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
			if (Files.isRegularFile(d.resolve(MANIFEST)) && Files.isDirectory(d.resolve("bundles"))) {
				return d.resolve(MANIFEST);
			}
		}
		throw new AssertionError(MANIFEST + " not found above " + Path.of("").toAbsolutePath());
	}

	/**
	 * The hooks: the block sequence of block mappings of plain scalars the manifest is written in; any other
	 * YAML construct fails (it would need a real YAML parser to be checked).
	 */
	static List<Map<String, String>> hooks(List<String> lines) {
		List<Map<String, String>> hooks = new ArrayList<>();
		for (String line : lines) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			Matcher m = ITEM.matcher(line);
			if (!m.matches()) {
				fail("not a « - key: value » or « key: value » line of a hook: " + line);
			}
			if (m.group(1).equals("- ")) {
				hooks.add(new LinkedHashMap<>());
			} else if (hooks.isEmpty()) {
				fail("a key before the first hook: " + line);
			}
			String value = m.group(3);
			if (value.matches("^[\"'\\[{&*!|>%@`].*") || value.contains(" #") || value.contains(": ")) {
				fail("not a plain scalar: " + line);
			}
			if (hooks.get(hooks.size() - 1).put(m.group(2), value) != null) {
				fail("a key given twice: " + line);
			}
		}
		return hooks;
	}

	@Test
	void theManifestNamesTheTwoHooksAsPreCommitReadsThem() throws IOException {
		List<Map<String, String>> hooks = hooks(Files.readAllLines(manifest()));
		assertEquals(List.of("segur-format", "segur-validate"), hooks.stream().map(h -> h.get("id")).toList());
		List<String> commands = SegurCli.standardCommands().stream().map(CliCommand::name).toList();
		for (Map<String, String> hook : hooks) {
			assertTrue(HOOK_KEYS.containsAll(hook.keySet()), hook.toString());
			assertTrue(hook.keySet().containsAll(List.of("id", "name", "entry", "language")), hook.toString());
			assertEquals("system", hook.get("language"));
			assertEquals("\\.segur$", hook.get("files"));
			assertEquals("true", hook.get("require_serial"), "one call for all files: one JVM, and duplicates seen across dossiers");
			List<String> entry = Arrays.asList(hook.get("entry").split(" "));
			assertEquals("segur", entry.get(0));
			assertTrue(commands.contains(entry.get(1)), hook.get("entry"));
		}
		assertEquals("segur format --check", hooks.get(0).get("entry"));
		assertEquals("segur validate", hooks.get(1).get("entry"));
		// files: pre-commit searches the pattern in each staged path
		Pattern files = Pattern.compile(hooks.get(0).get("files"));
		assertTrue(files.matcher("dossiers/mars 2026.segur").find());
		assertFalse(files.matcher("dossiers/mars.segur.orig").find());
		assertFalse(files.matcher("dossiers/mars.json").find());
	}

	@Test
	void theParserOfTheManifestRefusesWhatItCannotRead() {
		for (String bad : List.of("- id: a\n  entry: \"segur validate\"", "- id: a\n    entry: segur", "  id: a", "- id: a\n  id: b",
				"- id: a\n  files: [x]", "- id: a # comment")) {
			assertThrowsAssertion(() -> hooks(List.of(bad.split("\n"))), bad);
		}
	}

	private static void assertThrowsAssertion(Runnable runnable, String input) {
		try {
			runnable.run();
		} catch (AssertionError expected) {
			return;
		}
		fail("read without complaint: " + input);
	}

	@Test
	void eachHookPassesAGoodDossierAndStopsABadOne() throws IOException {
		List<Map<String, String>> hooks = hooks(Files.readAllLines(manifest()));
		Fixtures.write(dir, "dossiers/bon.segur", Golden.RAD_RIS.segurText());
		Fixtures.write(dir, "dossiers/mal mis en page.segur", Golden.RAD_RIS.segurText().replace("  numeroAns", "      numeroAns"));
		Fixtures.write(dir, "dossiers/faux.segur", Golden.BIO_SGL.segurText().replace("nomMandataire \"DURAND\"", "nomMandataire \"Durand\""));
		assertEquals(0, run(hooks.get(0), "dossiers/bon.segur").exitCode);
		assertEquals(1, run(hooks.get(0), "dossiers/bon.segur", "dossiers/mal mis en page.segur").exitCode);
		assertEquals(0, run(hooks.get(1), "dossiers/bon.segur", "dossiers/mal mis en page.segur").exitCode);
		assertEquals(1, run(hooks.get(1), "dossiers/bon.segur", "dossiers/faux.segur").exitCode);
	}

	/** The hook's entry with the staged files after it, as pre-commit calls it. */
	private CliRun run(Map<String, String> hook, String... files) {
		List<String> args = new ArrayList<>(Arrays.asList(hook.get("entry").split(" ")));
		args.remove(0);
		args.addAll(List.of(files));
		return segurIn(dir, args.toArray(String[]::new));
	}
}
