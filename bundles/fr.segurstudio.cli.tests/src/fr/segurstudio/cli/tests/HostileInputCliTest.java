package fr.segurstudio.cli.tests;

import static fr.segurstudio.cli.tests.CliRun.segurIn;
import static fr.segurstudio.cli.tests.CliRun.segurWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.segurstudio.cli.CliCommand;
import fr.segurstudio.json.AspImporter;
import fr.segurstudio.json.ImportResult;
import fr.segurstudio.json.InputFiles;
import fr.segurstudio.testing.Golden;
import fr.segurstudio.testing.InvalidVariants;

/**
 * Issue 9, hostile input: inputs generated per class (numbers, encodings, control characters, sizes and
 * special files, nesting, unrecognised couloirs, a program failure on one file of a batch), each run
 * through the command line as a user would. Every one must give its French message and the exit code of
 * its kind — never a stack trace, an "erreur interne" or a silent success. The counts are printed and
 * written to target/fiabilite-entrees.txt.
 */
class HostileInputCliTest {

	private static final Counts COUNTS = new Counts("Entrées hostiles générées, par classe", "fiabilite-entrees.txt");
	private static final Pattern POSITIONED = Pattern.compile("(?m)^[^:\\n]+:\\d+:\\d+: erreur : ");

	@TempDir
	Path dir;

	@AfterAll
	static void record() throws IOException {
		COUNTS.record();
	}

	/** What every run must be: its exit code, no trace, no internal error, no raw control character echoed. */
	static void sane(CliRun run, int exit, String what) {
		String all = run.stdout() + run.stderr();
		assertEquals(exit, run.exitCode, what + "\n" + all);
		assertFalse(all.contains("erreur interne"), what + "\n" + all);
		assertFalse(all.contains("\tat ") || all.contains("Exception"), what + "\n" + all);
		assertTrue(all.chars().noneMatch(c -> c < 0x20 && c != '\n' || c == 0x7f), what + ": raw control character in\n" + all);
	}

	private Path write(String name, byte[] bytes) throws IOException {
		return Files.write(dir.resolve(name), bytes);
	}

	private Path write(String name, String text) throws IOException {
		return write(name, text.getBytes(StandardCharsets.UTF_8));
	}

	private static final List<String> NUMBERS = List.of("1e-2147483648", "1e2147483647", "1E+2147483648", "1e999", "-1e999", "1e-999",
			"0e2147483647", "1.5e-1001", "123e1001", "NaN", "-NaN", "Infinity", "-Infinity", "9".repeat(1000), "-" + "9".repeat(1000),
			"9".repeat(1001), "0." + "0".repeat(998) + "1", "1" + "0".repeat(999) + ".00", "-0", "00012", "1.", ".5", "+1", "0x1F", "1e", "--1",
			"27450.000000000000000000001");

	private static final List<String> NUMERIC_PLACES = List.of("\"montantSegurHT\": 27450.00", "\"numLigne\": 1", "\"isIdRef\": false",
			"\"SIRET\": \"12345678200010\"", "\"dateCommande\": \"14/03/2022\"", "\"regimeTVA\": \"TTC\"", "\"impId\": null");

	@Test
	void numbersOfAnySizeInAnyFieldArePositionedInputErrors() throws IOException {
		String golden = Golden.BIO_SGL.text();
		int n = 0;
		for (String place : NUMERIC_PLACES) {
			assertTrue(golden.contains(place), place);
			String key = place.substring(0, place.indexOf(':') + 1);
			for (String number : NUMBERS) {
				String name = "n" + n++ + ".json";
				write(name, golden.replace(place, key + " " + number));
				CliRun run = segurIn(dir, "validate", name);
				COUNTS.count("nombres (JSON, validate)");
				// a value that is fine where it stands (1e999 is a number for impId's "must be null") may pass one
				// control, but never as a success of a wrong amount
				assertTrue(run.exitCode == 1, name + " " + key + number + "\n" + run.stdout() + run.stderr());
				sane(run, 1, key + number);
				assertTrue(POSITIONED.matcher(run.stdout()).find(), key + number + "\n" + run.stdout());
			}
		}
		String text = Golden.BIO_SGL.segurText();
		for (String number : List.of("9".repeat(1000), "9".repeat(5000), "9".repeat(100_000), "0." + "0".repeat(50_000) + "1", "-" + "9".repeat(2000))) {
			String name = "n" + n++ + ".segur";
			write(name, text.replace("montantSegurHT 27450.00", "montantSegurHT " + number));
			CliRun run = segurIn(dir, "validate", name);
			COUNTS.count("nombres (.segur, validate)");
			sane(run, 1, number.length() + " chiffres");
			CliRun convert = segurIn(dir, "convert", "--to", "json", "--out", "json", name);
			COUNTS.count("nombres (.segur, convert)");
			Path json = dir.resolve("json").resolve(name.replace(".segur", ".json"));
			if (number.length() <= 1000) { // a number a JSON file may hold: kept as written, written back digit for digit
				sane(convert, 0, "convert " + number.length());
				assertTrue(Files.readString(json).contains("\"montantSegurHT\": " + number + "\n"), "never rounded");
			} else { // no JSON file could hold it: refused where it is read, never dropped or rounded
				sane(convert, 1, "convert " + number.length());
				assertFalse(Files.exists(json));
			}
		}
	}

	/** Bytes that are not UTF-8 (overlong, surrogates, truncated, stray), and wide encodings, anywhere in a file. */
	@Test
	void textThatIsNotUtf8IsAnEncodingErrorWithItsPosition() throws IOException {
		List<byte[]> bad = List.of(new byte[] { (byte) 0xC0, (byte) 0x80 }, new byte[] { (byte) 0xE0, (byte) 0x80, (byte) 0x80 },
				new byte[] { (byte) 0xED, (byte) 0xA0, (byte) 0x80 }, new byte[] { (byte) 0xED, (byte) 0xBF, (byte) 0xBF },
				new byte[] { (byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80 }, new byte[] { (byte) 0x80 },
				new byte[] { (byte) 0xE2, (byte) 0x82 }, new byte[] { (byte) 0xFF }, new byte[] { (byte) 0xE9 },
				new byte[] { (byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80 });
		Random random = new Random(9);
		int n = 0;
		for (boolean text : new boolean[] { false, true }) {
			byte[] good = (text ? Golden.BIO_SGL.segurText() : Golden.BIO_SGL.text()).getBytes(StandardCharsets.UTF_8);
			for (byte[] sequence : bad) {
				for (int k = 0; k < 4; k++) {
					int at = 1 + random.nextInt(good.length - 2);
					while ((good[at] & 0xC0) == 0x80) { // not inside a character of the good text
						at++;
					}
					byte[] file = new byte[good.length + sequence.length];
					System.arraycopy(good, 0, file, 0, at);
					System.arraycopy(sequence, 0, file, at, sequence.length);
					System.arraycopy(good, at, file, at + sequence.length, good.length - at);
					String name = "e" + n++ + (text ? ".segur" : ".json");
					write(name, file);
					for (String command : text ? List.of("validate", "format") : List.of("validate", "import")) {
						CliRun run = segurIn(dir, command, name);
						COUNTS.count("encodage (" + command + ")");
						sane(run, 1, command + " " + name);
						assertTrue((run.stdout() + run.stderr()).contains("UTF-8"), run.stdout() + run.stderr());
						assertTrue(Pattern.compile(Pattern.quote(name) + ":\\d+:\\d+: erreur").matcher(run.stdout() + run.stderr()).find(),
								run.stdout() + run.stderr());
					}
				}
			}
			for (String wide : List.of("UTF-16BE", "UTF-16LE", "UTF-32BE", "UTF-32LE")) {
				String name = "w" + n++ + (text ? ".segur" : ".json");
				write(name, new String(good, StandardCharsets.UTF_8).getBytes(java.nio.charset.Charset.forName(wide)));
				CliRun run = segurIn(dir, "validate", name);
				COUNTS.count("encodage (UTF-16/32)");
				sane(run, 1, wide);
				assertTrue(run.stdout().contains(wide.substring(0, 6)), run.stdout());
			}
			// a byte order mark is accepted, in both
			byte[] withBom = new byte[good.length + 3];
			withBom[0] = (byte) 0xEF;
			withBom[1] = (byte) 0xBB;
			withBom[2] = (byte) 0xBF;
			System.arraycopy(good, 0, withBom, 3, good.length);
			String name = "bom" + (text ? ".segur" : ".json");
			write(name, withBom);
			sane(segurIn(dir, "validate", name), 0, "BOM");
			if (text) {
				sane(segurIn(dir, "format", "--check", name), 0, "BOM format");
			}
			COUNTS.count("encodage (BOM accepté)");
		}
		for (String escape : List.of("\\uD800", "\\uDFFF", "a\\uD83D", "\\uDE00b")) {
			String name = "s" + n++ + ".json";
			write(name, Golden.BIO_SGL.text().replace("\"DURAND\"", "\"" + escape + "\""));
			CliRun run = segurIn(dir, "validate", name);
			COUNTS.count("encodage (\\uD800 échappé)");
			sane(run, 1, escape);
		}
	}

	@Test
	void controlCharactersAndHugeValuesAreEscapedAndShortenedWhenEchoed() throws IOException {
		List<String> hostile = List.of("\u001b[31mROUGE\u001b[0m", "A\u0000B", "ligne1\nligne2", "retour\rchariot", "\u0007cloche", "\u202etexte inversé",
				"\u009bcsi", "X".repeat(400_000), "\u001b]0;titre\u0007" + "Y".repeat(10_000));
		int n = 0;
		for (String value : hostile) {
			String json = Golden.BIO_SGL.text();
			String escaped = value.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\u0000", "\\u0000")
					.replace("\u001b", "\\u001b").replace("\u0007", "\\u0007").replace("\u009b", "\\u009b");
			for (String variant : List.of(json.replace("\"TTC\"", "\"" + escaped + "\""), json.replace("\"nomClient\"", "\"" + escaped + "\""),
					json.replace("\"14/03/2022\"", "\"" + escaped + "\""), json.replace("\"MAI_15\"", "\"" + escaped + "\""),
					json.replace("\"ANS0000001\"", "\"" + escaped + "\""))) {
				assertFalse(variant.equals(json));
				String name = "c" + n++ + ".json";
				write(name, variant);
				for (String command : List.of("validate", "import")) {
					CliRun run = segurIn(dir, command, name);
					COUNTS.count("caractères de contrôle et valeurs énormes (" + command + ")");
					// import reads, it does not check codes: an operator code it cannot judge is no error there
					sane(run, command.equals("import") && run.exitCode == 0 ? 0 : 1, command + " " + name);
					assertTrue((run.stdout() + run.stderr()).lines().allMatch(line -> line.length() < 2000), "a line echoes a huge value whole");
				}
			}
		}
		CliRun unknown = segurIn(dir, "\u001b[2Jeffacer");
		sane(unknown, 2, "command");
		CliRun option = segurIn(dir, "validate", "--\u001b[2J", "x.json");
		sane(option, 2, "option");
		COUNTS.count("caractères de contrôle et valeurs énormes (arguments)");
		COUNTS.count("caractères de contrôle et valeurs énormes (arguments)");
	}

	@Test
	void filesTooLargeAndFilesThatAreNotRegularAreRefused() throws IOException, InterruptedException {
		Path huge = dir.resolve("huge.json");
		try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
			file.setLength(400L * 1024 * 1024); // sparse: 400 MB that take no room
		}
		Path hugeText = dir.resolve("huge.segur");
		try (RandomAccessFile file = new RandomAccessFile(hugeText.toFile(), "rw")) {
			file.setLength(InputFiles.MAX_BYTES + 1);
		}
		for (String command : List.of("validate", "import", "export", "format", "convert")) {
			for (Path file : List.of(huge, hugeText)) {
				if (command.equals("format") && file == huge || command.equals("convert")) {
					continue;
				}
				CliRun run = command.equals("export") ? segurIn(dir, command, "--out", "depot", file.toString()) : segurIn(dir, command, file.toString());
				COUNTS.count("taille (" + command + ")");
				sane(run, 2, command + " " + file);
				assertTrue(run.stderr().contains("fichier trop gros : ") && run.stderr().contains("octets"), run.stderr());
			}
		}
		List<String> specials = new ArrayList<>(List.of("/dev/zero", "/dev/urandom", "/dev/null", dir.toString()));
		Path fifo = dir.resolve("tube.json");
		if (new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0) {
			specials.add(fifo.toString());
		}
		for (String special : specials) {
			for (String command : List.of("validate", "import", "format")) {
				String file = command.equals("format") && !special.endsWith(".json") ? special : special;
				CliRun run = segurIn(dir, command, file);
				COUNTS.count("fichiers spéciaux (" + command + ")");
				if (command.equals("format") && !file.endsWith(".segur")) {
					sane(run, 2, "format of a non-.segur"); // usage: only .segur files are formatted
					continue;
				}
				sane(run, 2, command + " " + special);
				assertTrue(run.stderr().contains("n'est pas un fichier ordinaire") || run.stderr().contains("c'est un dossier"), run.stderr());
			}
		}
		Path link = dir.resolve("zero.segur");
		Files.createSymbolicLink(link, Path.of("/dev/zero"));
		for (String command : List.of("validate", "format")) {
			CliRun run = segurIn(dir, command, "zero.segur");
			COUNTS.count("fichiers spéciaux (" + command + ")");
			sane(run, 2, command + " zero.segur");
			assertTrue(run.stderr().contains("n'est pas un fichier ordinaire"), run.stderr());
		}
	}

	@Test
	void textNestedTooDeepIsRefusedWithItsPosition() throws IOException {
		int n = 0;
		for (int depth : new int[] { 65, 200, 5_000, 200_000 }) {
			for (String open : List.of("{ commande ", "[", "{ ")) {
				String close = open.startsWith("[") ? "]" : "}";
				String text = "dossier BIO-SGL {\n  numeroAns \"ANS0000001\"\n  demande \"00001\" {\n    commande " + open.repeat(depth)
						+ close.repeat(depth) + "\n  }\n}\n";
				String name = "d" + n++ + ".segur";
				write(name, text);
				for (String command : List.of("validate", "format", "export")) {
					CliRun run = command.equals("export") ? segurIn(dir, command, "--out", "depot", name) : segurIn(dir, command, name);
					COUNTS.count("imbrication (.segur, " + command + ")");
					sane(run, 1, command + " " + depth);
					assertTrue((run.stdout() + run.stderr()).contains("imbriqué trop profondément"), run.stdout() + run.stderr());
				}
			}
		}
		// brackets inside strings and comments are not nesting
		String quoted = Golden.BIO_SGL.segurText().replace("\"DURAND\"", "\"" + "{[".repeat(50_000) + "\"") + "/* " + "{".repeat(10_000)
				+ " */\n// " + "[".repeat(10_000) + "\n";
		write("quoted.segur", quoted);
		CliRun run = segurIn(dir, "validate", "quoted.segur");
		COUNTS.count("imbrication (.segur, validate)");
		sane(run, 1, "quoted"); // a name of 100 000 characters is too long: an input error, not a nesting one
		assertFalse(run.stdout().contains("imbriqué"), run.stdout());
		for (int depth : new int[] { 65, 100_000 }) {
			String name = "d" + n++ + ".json";
			write(name, "[".repeat(depth) + "]".repeat(depth));
			sane(segurIn(dir, "validate", name), 1, "json " + depth);
			COUNTS.count("imbrication (JSON, validate)");
		}
	}

	private static final List<String> NO_COULOIR = List.of("{}", "{\"lignesImport\": {}}", "{\"lignesImport\": []}", "{\"lignesImport\": [{}]}",
			"{\"lignesImport\": [1, 2]}", "{\"lignesImport\": null}", "{\"numeroAns\": 1}", "{\"lignesImport\": [{\"beneficiaires\": 3}]}",
			"{\"impId\": null, \"numeroAns\": \"ANS0000001\", \"SIRET\": \"12345678200010\", \"lignesImport\": [{\"numLigne\": 1}]}");

	@Test
	void convertOfAFileWhoseCouloirIsNotRecognisedSaysSo() throws IOException {
		int n = 0;
		for (String json : NO_COULOIR) {
			String name = "u" + n++ + ".json";
			write(name, json);
			CliRun run = segurIn(dir, "convert", "--to", "dsl", "--out", "texte", name);
			COUNTS.count("couloir non reconnu (convert)");
			sane(run, 1, json);
			assertTrue(run.stderr().contains("couloir n'est pas reconnu"), run.stderr());
			assertFalse(Files.exists(dir.resolve("texte").resolve("u" + (n - 1) + ".segur")));
		}
		for (String json : List.of("[]", "null", "\"x\"", "3", "")) {
			String name = "u" + n++ + ".json";
			write(name, json);
			sane(segurIn(dir, "convert", "--to", "dsl", "--out", "texte", name), 1, json);
			COUNTS.count("couloir non reconnu (convert)");
		}
	}

	/**
	 * A value the reader cannot take is kept as written: the file converts, and back to JSON with that value as it was
	 * written; a member the model cannot hold (an unknown or doubled key) would be missing from the text: that file is
	 * refused, nothing written.
	 */
	@Test
	void convertNeverDropsAValue() throws IOException {
		String golden = Golden.BIO_SGL.text();
		List<String> asWritten = List.of(golden.replace("27450.00", "1e999"), golden.replace("\"TTC\"", "\"XYZ\""),
				golden.replace("\"14/03/2022\"", "\"hier\""), golden.replace("\"isIdRef\": false", "\"isIdRef\": \"peut-être\""),
				golden.replace("\"numLigne\": 1", "\"numLigne\": 1.5"), golden.replace("\"nomClient\": \"DURAND\"", "\"nomClient\": {\"a\": 1}"));
		int n = 0;
		for (String variant : asWritten) {
			String name = "v" + n++ + ".json";
			write(name, variant);
			CliRun run = segurIn(dir, "convert", "--to", "dsl", "--out", "texte", name);
			COUNTS.count("valeurs gardées telles qu'écrites (convert)");
			sane(run, 0, name);
			String segur = "texte/" + name.replace(".json", ".segur");
			sane(segurIn(dir, "convert", "--to", "json", "--out", "retour", segur), 0, segur);
			assertEquals(InvalidVariants.values(variant.getBytes(StandardCharsets.UTF_8)),
					InvalidVariants.values(Files.readAllBytes(dir.resolve("retour").resolve(name))), name);
		}
		List<String> keys = List.of(golden.replace("\"nomClient\"", "\"nomClien\""),
				golden.replace("\"SIRET\": \"12345678200010\"", "\"SIRET\": \"12345678200010\", \"SIRET\": \"00000000000000\""));
		for (String variant : keys) {
			String name = "v" + n++ + ".json";
			write(name, variant);
			CliRun run = segurIn(dir, "convert", "--to", "dsl", "--out", "texte", name);
			COUNTS.count("clés que le modèle ne garde pas (convert)");
			sane(run, 1, name);
			assertFalse(Files.exists(dir.resolve("texte").resolve(name.replace(".json", ".segur"))), name);
		}
		// a value kept as it was meant (a SIRET written as a number) still converts, to be fixed in the text
		write("kept.json", golden.replace("\"SIRET\": \"12345678200010\"", "\"SIRET\": 12345678200010"));
		CliRun kept = segurIn(dir, "convert", "--to", "dsl", "--out", "texte", "kept.json");
		sane(kept, 0, "kept");
		assertTrue(Files.readString(dir.resolve("texte/kept.segur")).contains("12345678200010"));
	}

	/** A program failure on one file (simulated: the importer fails on it) never stops the others. */
	@Test
	void oneBadFileNeverAbortsABatch() throws IOException {
		write("a.json", Golden.BIO_SGL.text());
		write("crash.json", Golden.BIO_SGL.text());
		write("oom.json", Golden.BIO_SGL.text());
		write("bad.json", Golden.BIO_SGL.text().replace("\"TTC\"", "\"XYZ\""));
		write("z.json", Golden.BIO_SGL.text()); // its warnings name it, in every command
		java.util.function.UnaryOperator<Object> failing = service -> service instanceof AspImporter importer ? new FailingImporter(importer) : service;
		List<String> files = List.of("a.json", "crash.json", "missing.json", "oom.json", "bad.json", "z.json");
		for (String command : List.of("validate", "import", "export", "convert")) {
			List<String> args = new ArrayList<>(List.of(command));
			if (command.equals("export")) {
				args.addAll(List.of("--out", "depot"));
			} else if (command.equals("convert")) {
				args.addAll(List.of("--to", "dsl", "--out", "texte"));
			}
			args.addAll(files);
			CliRun run = segurWith(dir, failing, args.toArray(String[]::new));
			COUNTS.count("lots (" + command + ")");
			String all = run.stdout() + run.stderr();
			assertEquals(2, run.exitCode, all); // the worst of them: a file that could not be read
			assertFalse(all.contains("\tat "), all);
			assertTrue(all.contains("crash.json : erreur interne en traitant ce fichier"), all);
			assertTrue(all.contains("oom.json : erreur interne en traitant ce fichier : mémoire insuffisante"), all);
			assertTrue(all.contains("missing.json : fichier introuvable"), all);
			assertTrue(all.contains("bad.json"), all);
			assertTrue(all.contains("z.json"), all); // after the failures, the last file still gets its result
			if (command.equals("export")) {
				assertFalse(Files.exists(dir.resolve("depot")) && Files.list(dir.resolve("depot")).anyMatch(p -> p.getFileName().toString().startsWith("JSON-")));
			}
		}
		CliRun good = segurWith(dir, failing, "validate", "a.json", "bad.json");
		assertEquals(1, good.exitCode, good.stdout()); // the worst: an input error
	}

	private record FailingImporter(AspImporter delegate) implements AspImporter {
		@Override
		public ImportResult read(Path file, String couloirId) throws IOException {
			String name = file.getFileName().toString();
			if (name.equals("crash.json")) {
				throw new StackOverflowError();
			}
			if (name.equals("oom.json")) {
				throw new OutOfMemoryError("Java heap space");
			}
			return delegate.read(file, couloirId);
		}

		@Override
		public ImportResult read(byte[] content, String fileName, String couloirId) {
			return delegate.read(content, fileName, couloirId);
		}
	}

	/** Whatever a command throws, Error included, is one French line and exit 2. */
	@Test
	void anyFailureOfTheProgramIsOneFrenchLineAndExit2() {
		List<Throwable> failures = List.of(new OutOfMemoryError("Java heap space"), new StackOverflowError(), new AssertionError("x"),
				new IllegalStateException("\u001b[31m" + "Z".repeat(100_000)), new NullPointerException(), new LinkageError("lien"),
				new ExceptionInInitializerError("init"), new InternalError("vm"));
		for (Throwable failure : failures) {
			CliCommand throwing = new CliCommand() {
				@Override
				public String name() {
					return "boum";
				}

				@Override
				public String summary() {
					return "";
				}

				@Override
				public String help() {
					return "";
				}

				@Override
				public int run(List<String> args, fr.segurstudio.cli.CliContext context) {
					if (failure instanceof Error error) {
						throw error;
					}
					throw (RuntimeException) failure;
				}
			};
			CliRun run = CliRun.segurCommands(List.of(throwing), "boum");
			COUNTS.count("échecs du programme (Throwable)");
			assertEquals(2, run.exitCode);
			assertEquals(1, run.stderr().lines().count(), run.stderr());
			assertTrue(run.stderr().startsWith("segur : erreur interne : "), run.stderr());
			assertTrue(run.stderr().length() < 1000, "shortened");
			assertTrue(run.stderr().chars().noneMatch(c -> c == 0x1b));
			assertEquals("", run.stdout());
		}
		assertTrue(CliRun.segurCommands(List.of(), "boum").stderr().contains("commande inconnue"));
	}

	@Test
	void aFileReadTwiceGivesTheSameBytesBack() throws IOException {
		// the guard of the batch reads through the same bounded reader: nothing of the input is changed
		byte[] before = Golden.BIO_SGL.bytes();
		write("same.json", before);
		sane(segurIn(dir, "validate", "same.json"), 0, "golden");
		assertArrayEquals(before, Files.readAllBytes(dir.resolve("same.json")));
	}
}
