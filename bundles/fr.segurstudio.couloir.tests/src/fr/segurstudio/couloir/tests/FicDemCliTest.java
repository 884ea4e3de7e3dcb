package fr.segurstudio.couloir.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import fr.segurstudio.cli.CliContext;
import fr.segurstudio.cli.SegurCli;
import fr.segurstudio.testing.Services;

/**
 * The command line on FIC-DEM dossiers with the compiled couloir gives what golden/fic-dem/attendu/ holds: the calls of
 * golden/fic-dem/cas.txt, their output, exit code and the files they write. The same transcripts are asked of the
 * built product with couloirs/FIC-DEM dropped in as data (releng/scripts/couloir-data-test.sh, run by the product's
 * verify): compiled and dropped give the same results. Each transcript is also written to target/fic-dem-cli/.
 */
class FicDemCliTest {

	static final Path GOLDEN = CouloirFolders.bundleFolder("golden/fic-dem/");

	@TempDir
	Path temp;

	static Stream<String> cases() throws IOException {
		return Files.readAllLines(GOLDEN.resolve("cas.txt")).stream().filter(l -> !l.isBlank() && !l.startsWith("#"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void theCompiledCouloirGivesTheGoldenTranscript(String line) throws IOException {
		String name = line.substring(0, line.indexOf('\t'));
		List<String> args = Arrays.asList(line.substring(line.indexOf('\t') + 1).split(" "));
		String transcript = transcript(name, args);
		Path written = Path.of("target", "fic-dem-cli", name + ".txt");
		Files.createDirectories(written.getParent());
		Files.writeString(written, transcript, StandardCharsets.UTF_8);
		assertEquals(Files.readString(GOLDEN.resolve("attendu").resolve(name + ".txt"), StandardCharsets.UTF_8), transcript, name);
	}

	@Test
	void theCouloirsLineSaysThePlugin() throws IOException {
		Run run = run(Files.createDirectories(temp.resolve("c")), List.of("couloirs"));
		assertTrue(run.out.contains("\n  origine\tplug-in\tfr.segurstudio.couloir.tests\n"), run.out);
	}

	/**
	 * The call run in a fresh copy of the golden folder: « $ segur ARGS », its output (for couloirs, FIC-DEM's lines
	 * but its origine), its errors, its exit code, then each file it wrote or changed, with its content.
	 */
	private String transcript(String name, List<String> args) throws IOException {
		Path dir = CouloirFolders.copy(GOLDEN, temp, "travail");
		Run run = run(dir, args).in(dir);
		StringBuilder text = new StringBuilder("$ segur ").append(String.join(" ", args)).append('\n');
		boolean listing = name.equals("couloirs");
		text.append("--- sortie\n").append(listing ? ficDemLines(run.out) : run.out);
		text.append("--- erreurs\n").append(listing ? "" : run.err);
		text.append("--- code ").append(run.code).append('\n');
		try (Stream<Path> files = Files.walk(dir)) {
			for (Path file : files.filter(Files::isRegularFile).map(dir::relativize).sorted().toList()) {
				Path before = GOLDEN.resolve(file.toString());
				byte[] content = Files.readAllBytes(dir.resolve(file));
				if (!Files.exists(before) || !Arrays.equals(Files.readAllBytes(before), content)) {
					text.append("--- fichier ").append(file.toString().replace('\\', '/')).append('\n')
							.append(new String(content, StandardCharsets.UTF_8).replace(dir.toString(), "."));
				}
			}
		}
		return text.toString();
	}

	/** FIC-DEM's lines of segur couloirs but its origine (a plug-in here, a folder in the product). */
	static String ficDemLines(String out) {
		StringBuilder lines = new StringBuilder();
		boolean in = false;
		for (String line : out.split("\n")) {
			if (!line.startsWith(" ")) {
				in = line.startsWith("FIC-DEM\t");
			}
			if (in && !line.startsWith("  origine\t")) {
				lines.append(line).append('\n');
			}
		}
		return lines.toString();
	}

	private record Run(String out, String err, int code) {
		/** The same, the working directory written « . » wherever it is named: transcripts do not depend on it. */
		Run in(Path dir) {
			return new Run(out.replace(dir.toString(), "."), err.replace(dir.toString(), "."), code);
		}
	}

	private static Run run(Path dir, List<String> args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
		PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
		int code = new SegurCli("test", SegurCli.standardCommands()).run(args.toArray(String[]::new), new CliContext() {
			@Override
			public PrintStream out() {
				return outStream;
			}

			@Override
			public PrintStream err() {
				return errStream;
			}

			@Override
			public Path workingDirectory() {
				return dir;
			}

			@Override
			public <T> T service(Class<T> type) {
				return Services.get(type);
			}
		});
		return new Run(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), code);
	}
}
