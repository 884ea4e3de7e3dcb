package fr.segurstudio.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.segurstudio.cli.CliCommand;
import fr.segurstudio.cli.SegurCli;

/**
 * The product's start script ({@code features/fr.segurstudio.feature/rootfiles/segur}) sends its
 * arguments to the command line or to the GUI: its list of commands is the CLI's, and it is run here with a
 * stand-in {@code java} that prints what it was given.
 */
class StartScriptTest {

	private static final Path SCRIPT = Path.of("features", "fr.segurstudio.feature", "rootfiles", "segur");

	@TempDir
	Path temp;

	@Test
	void theScriptKnowsEveryCommandOfTheCommandLine() throws IOException {
		Matcher line = Pattern.compile("(?m)^cli_commands=\"([^\"]*)\"$").matcher(Files.readString(script()));
		assertTrue(line.find(), "cli_commands=\"...\" line of the start script");
		List<String> known = Arrays.asList(line.group(1).split(" "));
		List<String> expected = new ArrayList<>(SegurCli.standardCommands().stream().map(CliCommand::name).toList());
		expected.addAll(List.of("help", "--help", "-h", "-help", "--version"));
		assertEquals(expected.stream().sorted().toList(), known.stream().sorted().toList(),
				"add the new command's name to cli_commands in " + SCRIPT);
	}

	@Test
	void commandsGoToTheCommandLineAndPathsToTheWindow() throws Exception {
		Path product = fakeProduct();
		Path work = Files.createDirectories(temp.resolve("work"));
		Files.createDirectories(work.resolve("dossiers"));
		Files.writeString(work.resolve("validate"), ""); // a file named like a command: the command wins
		String cli = "-application fr.segurstudio.cli.segur";

		assertTrue(run(product, work, "validate", "a.json").contains(cli + " validate a.json"));
		assertTrue(run(product, work, "--version").contains(cli + " --version"));
		assertTrue(run(product, work, "valdate").contains(cli + " valdate"), "an unknown word: the CLI says so");
		String gui = run(product, work, "dossiers", "x/b.segur", "/abs/c.json");
		assertTrue(!gui.contains(cli) && gui.contains("-data "), gui);
		assertTrue(gui.contains("--open " + work + "/dossiers --open " + work + "/x/b.segur --open /abs/c.json"), gui);
		String none = run(product, work);
		assertTrue(!none.contains(cli) && !none.contains("--open"), none);
	}

	@Test
	void oneShotFlagsForTheCommandLineOnlyAndNoSecondJvmWithAReleaseFile() throws Exception {
		Path product = fakeProduct();
		Path work = Files.createDirectories(temp.resolve("work"));
		// a JDK with its release file: the script reads the version there and never asks the JVM
		Files.writeString(temp.resolve("jdk/release"), "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"25.0.3\"\n");
		Files.writeString(temp.resolve("jdk/bin/java"),
				"#!/bin/sh\ncase \"$*\" in *XshowSettings*) echo 'second JVM started'; exit 3 ;; esac\necho \"$*\"\n");
		String cli = run(product, work, "--version");
		assertTrue(cli.contains("-XX:TieredStopAtLevel=1") && cli.contains("-Xmn"), cli);
		assertTrue(cli.contains("--sun-misc-unsafe-memory-access=allow"), "Java 25 read from the release file: " + cli);
		String gui = run(product, work);
		assertTrue(!gui.contains("TieredStopAtLevel") && !gui.contains("-Xmn") && gui.contains("-data "), gui);
	}

	@Test
	void theAotCacheServesOnlyTheJdkThatTrainedItAndOnlyTheOneShotRun() throws Exception {
		Path product = fakeProduct();
		Path work = Files.createDirectories(temp.resolve("work"));
		String release = "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"25.0.3\"\nJAVA_RUNTIME_VERSION=\"25.0.3+9\"\n";
		Files.writeString(temp.resolve("jdk/release"), release);
		// the build's training run: the start script's own options, the cache written where it looks for it
		String training = run(product, work, Map.of("SEGUR_NO_DAEMON", "1", "SEGUR_AOT_TRAIN", "1"), "export", "a.json");
		assertTrue(training.contains("-XX:AOTCacheOutput=" + product.resolve("aot/segur-cli.aot")) && training.contains("-XX:TieredStopAtLevel=1"),
				training);
		assertEquals(temp.resolve("jdk").toString(), Files.readString(product.resolve("aot/jdk")).strip());
		assertEquals(release, Files.readString(product.resolve("aot/release")));
		// no cache written yet (the stand-in java writes none): the run goes without
		assertFalse(run(product, work, "--version").contains("AOTCache"));
		Files.writeString(product.resolve("aot/segur-cli.aot"), "cache");
		String cached = run(product, work, "--version");
		assertTrue(cached.contains("-XX:AOTCache=" + product.resolve("aot/segur-cli.aot") + " -Xlog:aot=off"), cached);
		assertFalse(run(product, work).contains("AOTCache"), "the window has no cache of its own");
		assertFalse(run(product, work, Map.of("SEGUR_NO_DAEMON", "1", "SEGUR_AOT", "off"), "--version").contains("AOTCache"));
		// another build of the same JDK folder (an update), or the cache of another JDK: without the cache, in silence
		Files.writeString(temp.resolve("jdk/release"), release.replace("25.0.3+9", "25.0.4+7"));
		String updated = run(product, work, "--version");
		assertFalse(updated.contains("AOTCache") || updated.contains("cmp"), updated);
		Files.writeString(temp.resolve("jdk/release"), release);
		Files.writeString(product.resolve("aot/jdk"), "/opt/autre-jdk\n");
		assertFalse(run(product, work, "--version").contains("AOTCache"));
		// a Java older than 25 trains nothing
		Files.writeString(temp.resolve("jdk/release"), release.replace("\"25.", "\"21."));
		Files.delete(product.resolve("aot/segur-cli.aot"));
		String old = run(product, work, Map.of("SEGUR_NO_DAEMON", "1", "SEGUR_AOT_TRAIN", "1"), "export", "a.json");
		assertFalse(old.contains("AOTCache"), old);
	}

	@Test
	void theFirstCallStartsTheResidentProcessAndRunsItselfWhenItDoesNotAnswer() throws Exception {
		if (Stream.concat(Stream.of("/usr/bin", "/usr/local/bin"), Stream.of(System.getenv("PATH").split(":")))
				.noneMatch(d -> Files.isExecutable(Path.of(d, "python3")))) {
			return; // the resident process's client needs python3; without it every call is a one-shot run (tested above)
		}
		Path product = fakeProduct();
		Path work = Files.createDirectories(temp.resolve("work"));
		Path run = Files.createDirectories(temp.resolve("run"));
		Files.setPosixFilePermissions(run, PosixFilePermissions.fromString("rwx------"));
		// the stand-in java prints its arguments and exits: started as the resident process, it never answers
		String out = run(product, work, Map.of("XDG_RUNTIME_DIR", run.toString()), "validate", "a.json");
		assertTrue(out.contains("-application fr.segurstudio.cli.segur validate a.json") && out.contains("-XX:TieredStopAtLevel=1"), out);
		Path folder = run.resolve("segur-studio");
		assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)));
		try (var files = Files.list(folder)) {
			Path log = files.filter(f -> f.toString().endsWith(".log")).findFirst().orElseThrow();
			String started = Files.readString(log);
			assertTrue(started.contains("-application fr.segurstudio.cli.daemon " + folder) && !started.contains("TieredStopAtLevel"), started);
		}
		String cold = run(product, work, Map.of("XDG_RUNTIME_DIR", run.toString()), "--no-daemon", "--version");
		assertTrue(cold.endsWith("-application fr.segurstudio.cli.segur --version"), cold);
	}

	@Test
	void aDeletedWorkingDirectoryIsSaidInFrenchAndExit2() throws Exception {
		Path product = fakeProduct();
		for (String args : List.of("--version", "validate a.json", "etat .", "--no-daemon validate a.json", "")) {
			Path gone = Files.createDirectories(temp.resolve("parti"));
			// the shell stands in the folder, which is removed under it: as a user whose folder another terminal deleted
			ProcessBuilder builder = new ProcessBuilder("sh", "-c", "cd \"$1\" && rmdir \"$1\" && exec sh \"$2\" $3", "sh", gone.toString(),
					product.resolve("segur").toString(), args).redirectErrorStream(true);
			builder.environment().put("JAVA_HOME", temp.resolve("jdk").toString());
			builder.environment().put("HOME", temp.toString());
			builder.environment().put("XDG_RUNTIME_DIR", temp.toString());
			Process process = builder.start();
			String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			assertTrue(process.waitFor(20, TimeUnit.SECONDS));
			assertEquals(2, process.exitValue(), args + ": " + out);
			// the shell that starts the script may first say getcwd() failed: the script's line then says what to do
			assertTrue(out.endsWith("\nsegur : le dossier courant n'existe plus (supprimé ou déplacé) ; placez-vous dans un dossier existant (cd) et"
					+ " relancez\n") || out.startsWith("segur : le dossier courant"), args + ": " + out);
			assertTrue(!out.contains("-application") && !out.contains("-data"), "no JVM started: " + out);
		}
	}

	/** An installed product whose java prints its arguments. */
	private Path fakeProduct() throws IOException {
		Path product = Files.createDirectories(temp.resolve("segur-studio"));
		Files.copy(script(), product.resolve("segur"));
		Files.createDirectories(product.resolve("plugins"));
		Files.writeString(product.resolve("plugins/org.eclipse.equinox.launcher_1.0.0.jar"), "");
		Path bin = Files.createDirectories(temp.resolve("jdk/bin"));
		Path java = bin.resolve("java");
		Files.writeString(java, "#!/bin/sh\ncase \"$*\" in *XshowSettings*) echo '    java.specification.version = 21' >&2; exit 0 ;; esac\n"
				+ "echo \"$*\"\n");
		Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
		return product;
	}

	private String run(Path product, Path workingDirectory, String... args) throws Exception {
		return run(product, workingDirectory, Map.of("SEGUR_NO_DAEMON", "1"), args);
	}

	private String run(Path product, Path workingDirectory, Map<String, String> environment, String... args) throws Exception {
		List<String> command = new ArrayList<>(List.of("sh", product.resolve("segur").toString()));
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile()).redirectErrorStream(true);
		builder.environment().put("JAVA_HOME", temp.resolve("jdk").toString());
		builder.environment().put("HOME", temp.toString());
		builder.environment().put("PWD", workingDirectory.toString());
		builder.environment().remove("CI");
		builder.environment().putAll(environment);
		Process process = builder.start();
		String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(process.waitFor(20, TimeUnit.SECONDS));
		assertEquals(0, process.exitValue(), out);
		return out.strip();
	}

	/** The script in the source tree (tests run in their bundle's folder of the checkout). */
	private static Path script() {
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			if (Files.isRegularFile(dir.resolve(SCRIPT))) {
				return dir.resolve(SCRIPT);
			}
		}
		throw new AssertionError(SCRIPT + " not found above " + Path.of("").toAbsolutePath());
	}
}
