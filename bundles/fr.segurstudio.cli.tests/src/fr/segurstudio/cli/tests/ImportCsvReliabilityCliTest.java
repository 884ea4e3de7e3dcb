package fr.segurstudio.cli.tests;

import static fr.segurstudio.cli.tests.CliRun.segurIn;
import static fr.segurstudio.cli.tests.CliRun.segurWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.segurstudio.dsl.DossierTexts;
import fr.segurstudio.json.deposit.FolderLock;
import fr.segurstudio.json.deposit.PieceFiles;
import fr.segurstudio.bench.SpreadsheetSamples;

/**
 * The spreadsheet import tried as a careless or hostile user would, each class with inputs
 * generated here and run through the command line: file names made from cells, quotes left open, rows
 * that do not fit their header, columns of the same name, a set of dossiers written only in part, all
 * numbers of a vendor used, tables of every size split into dossiers of at most 200 requests, and values
 * changed on the way in. Every run gives its French message and the exit code of its kind,
 * never a stack trace, an "erreur interne" or a silent success. The counts are printed and written to
 * target/fiabilite-tableurs.txt.
 */
class ImportCsvReliabilityCliTest {

	private static final Counts COUNTS = new Counts("Imports de tableurs générés, par classe", "fiabilite-tableurs.txt");
	private static final Pattern REQUEST = Pattern.compile("(?m)^  demande \"(\\d{5})\" \\{");

	@TempDir
	Path dir;

	@AfterAll
	static void record() throws IOException {
		COUNTS.record();
	}

	/** No trace, no internal error, no raw control character; the exit code of its kind ({@link HostileInputCliTest}). */
	private static void sane(CliRun run, int exit, String what) {
		HostileInputCliTest.sane(run, exit, what);
	}

	/** The same, whatever the exit code (the validation's verdict on generated values). */
	private static void sane(CliRun run, String what) {
		HostileInputCliTest.sane(run, run.exitCode, what);
	}

	private Path work(String name, String csv, String mapping) throws IOException {
		Path work = Files.createDirectories(dir.resolve(name));
		Files.writeString(work.resolve("m.json"), mapping, StandardCharsets.UTF_8);
		Files.writeString(work.resolve("a.csv"), csv, StandardCharsets.UTF_8);
		return work;
	}

	private static CliRun importCsv(Path work, String... more) {
		List<String> args = new ArrayList<>(List.of("import-csv", "--mapping", "m.json", "--out", "out"));
		args.addAll(List.of(more));
		args.add("a.csv");
		return segurIn(work, args.toArray(String[]::new));
	}

	/** The files under a folder, but the lock of a folder's dossiers (an empty file that stays, by design). */
	private static List<Path> files(Path root) throws IOException {
		try (Stream<Path> all = Files.walk(root)) {
			return all.filter(p -> !Files.isDirectory(p) && !p.getFileName().toString().equals(FolderLock.FILES)).sorted().toList();
		}
	}

	/** Every request number of the dossiers written, per file. */
	private static Map<String, List<String>> requests(Path out) throws IOException {
		Map<String, List<String>> byFile = new HashMap<>();
		for (Path file : files(out)) {
			Matcher m = REQUEST.matcher(Files.readString(file));
			List<String> numbers = new ArrayList<>();
			while (m.find()) {
				numbers.add(m.group(1));
			}
			byFile.put(file.getFileName().toString(), numbers);
		}
		return byFile;
	}

	private static final List<String> HOSTILE_NAMES = List.of("x/../../ESCAPED", "../ESCAPED", "..", ".", "/tmp/ESCAPED", "/", "a\\..\\..\\b",
			"~/ESCAPED", "$HOME", "x\u0000y", "\"ligne\nsuite\"", "\u202eevil", "CON", "X".repeat(300), "é/è/../ESCAPED", ".hidden", "-rf", " ",
			"a:b*?<>|", "\"x;y/../ESCAPED\"", "..%2F..%2FESCAPED", "\uFF0E\uFF0E\uFF0FESCAPED", "\u2024\u2024/ESCAPED", "ANS\u0007\u001b[2J",
			"....//ESCAPED", "./.", "\t", "nom.segur", "dossier.segur/../../ESCAPED");

	/** A numeroAns or SIRET cell made of path pieces never takes a dossier out of --out, and its rows are all written. */
	@Test
	void namesMadeFromCellsStayInsideTheOutputFolder() throws IOException {
		int n = 0;
		for (String hostile : HOSTILE_NAMES) {
			for (String where : List.of("ANS", "SIRET", "both")) {
				String ans = where.equals("SIRET") ? "ANS0000009" : hostile;
				String siret = where.equals("ANS") ? "99999999999999" : hostile;
				String csv = SpreadsheetSamples.csv(2, 2) + String.join(";", "3", ans, siret, "14/03/2022", "TTC", "1,00", "999999999", "LABO", "a@b.fr",
						"0102030405", "123456782", "MAI_15") + "\n";
				Path work = work("n" + n++, csv, SpreadsheetSamples.mapping(true));
				CliRun run = importCsv(work);
				COUNTS.count("noms de fichier faits de cellules (ANS, SIRET)");
				sane(run, hostile.replace("\u0000", "\\0"));
				assertTrue(run.exitCode == 0 || run.exitCode == 1, run.stdout() + run.stderr());
				for (Path file : files(dir.resolve("n" + (n - 1)))) {
					Path relative = work.relativize(file);
					boolean input = relative.toString().equals("m.json") || relative.toString().equals("a.csv");
					assertTrue(input || relative.getParent() != null && relative.getParent().toString().equals("out"), "written outside --out: " + file);
					assertTrue(input || PieceFiles.isSafeName(file.getFileName().toString()), file.toString());
				}
				assertFalse(files(dir).stream().anyMatch(p -> p.getFileName().toString().contains("ESCAPED") && !p.getParent().getFileName().toString().equals("out")));
				Map<String, List<String>> written = requests(work.resolve("out"));
				assertEquals(3, written.size(), written.toString()); // three vendors: three dossiers
				assertEquals(3, written.values().stream().mapToInt(List::size).sum(), "every row written: " + written);
			}
		}
	}

	/** Where a quote opens and never closes, or closes rows later: the row and column named, nothing written. */
	@Test
	void aQuoteLeftOpenIsAnErrorNamingItsRowAndColumnAndNothingIsWritten() throws IOException {
		Random random = new Random(22);
		int n = 0;
		List<String> columns = SpreadsheetSamples.COLUMNS;
		for (int trial = 0; trial < 48; trial++) {
			List<String[]> rows = new ArrayList<>();
			SpreadsheetSamples.csv(6).lines().skip(1).forEach(line -> rows.add(line.split(";", -1)));
			int row = random.nextInt(rows.size());
			int column = random.nextInt(columns.size());
			int closedAfter = trial % 3 == 0 ? -1 : 1 + random.nextInt(rows.size() - row); // -1: never closed
			rows.get(row)[column] = "\"" + rows.get(row)[column];
			boolean closes = closedAfter > 0 && row + closedAfter < rows.size();
			if (closes) {
				String[] closing = rows.get(row + closedAfter);
				int at = random.nextInt(columns.size());
				closing[at] = closing[at] + "\"";
			}
			String csv = String.join(";", columns) + "\n" + rows.stream().map(r -> String.join(";", r)).collect(Collectors.joining("\n")) + "\n";
			Path work = work("q" + n++, csv, SpreadsheetSamples.mapping(true));
			CliRun run = importCsv(work);
			COUNTS.count(closes ? "guillemets refermés des lignes plus loin" : "guillemets jamais refermés");
			sane(run, 1, csv);
			int line = row + 2;
			int charColumn = 1 + String.join(";", List.of(rows.get(row)).subList(0, column)).length() + (column > 0 ? 1 : 0);
			String expected = "a.csv:" + line + ":" + charColumn + ": erreur : colonne « " + columns.get(column) + " » : ";
			assertTrue(run.stderr().contains(expected), expected + "\n" + csv + "\n" + run.stderr());
			assertTrue(run.stderr().contains(closes ? "ce guillemet ne se referme que ligne " : "guillemet ouvert ici et jamais refermé"), run.stderr());
			assertTrue(run.stderr().contains("import annulé : rien n'a été écrit"), run.stderr());
			assertFalse(Files.exists(work.resolve("out")), "nothing written");
		}
		// a value on several lines, between quotes, is a value: read, and the row kept whole
		for (int column : List.of(7, 8, 10)) {
			List<String> lines = new ArrayList<>(SpreadsheetSamples.csv(3).lines().toList());
			String[] cells = lines.get(2).split(";", -1);
			cells[column] = "\"" + cells[column] + "\n(suite ; autre ligne)\"";
			lines.set(2, String.join(";", cells));
			Path work = work("q" + n++, String.join("\n", lines) + "\n", SpreadsheetSamples.mapping(true));
			CliRun run = importCsv(work);
			COUNTS.count("valeurs sur plusieurs lignes entre guillemets (acceptées)");
			sane(run, "multi-line value");
			assertTrue(run.stdout().contains("(3 demande(s))"), run.stdout() + run.stderr());
		}
	}

	/** A separator inside an unquoted value shifts the values after it: the row is named, nothing written. */
	@Test
	void aRowWithMoreCellsThanTheHeaderIsAnErrorNamingIt() throws IOException {
		Random random = new Random(7);
		int n = 0;
		for (int trial = 0; trial < 24; trial++) {
			List<String> lines = new ArrayList<>(SpreadsheetSamples.csv(5).lines().toList());
			int row = 1 + random.nextInt(5);
			String[] cells = lines.get(row).split(";", -1);
			int column = random.nextInt(cells.length);
			cells[column] = cells[column] + ";" + (trial % 2 == 0 ? "00" : "suite");
			lines.set(row, String.join(";", cells));
			Path work = work("c" + n++, String.join("\n", lines) + "\n", SpreadsheetSamples.mapping(true));
			CliRun run = importCsv(work);
			COUNTS.count("lignes de plus de cellules que d'en-têtes");
			sane(run, 1, lines.get(row));
			assertTrue(run.stderr().contains("a.csv:" + (row + 1) + ": erreur : 13 cellules pour 12 colonnes"), run.stderr());
			assertFalse(Files.exists(work.resolve("out")));
		}
		// empty cells after the last column (a trailing separator): nothing lost, accepted
		String trailing = SpreadsheetSamples.csv(4).lines().map(l -> l + ";;").collect(Collectors.joining("\n")) + "\n";
		CliRun run = importCsv(work("c" + n++, trailing, SpreadsheetSamples.mapping(true)));
		COUNTS.count("séparateurs en fin de ligne (acceptés)");
		sane(run, 0, trailing);
	}

	/** Two columns of one name: an error naming them when the mapping reads that name; harmless otherwise. */
	@Test
	void twoColumnsOfTheSameNameAreNamedWhenTheMappingReadsThem() throws IOException {
		int n = 0;
		List<String> columns = SpreadsheetSamples.COLUMNS;
		for (int column = 0; column < columns.size(); column++) {
			for (int position : new int[] { 0, 5, 12 }) {
				for (String spelling : List.of(columns.get(column), " " + columns.get(column) + " ")) {
					List<String> lines = new ArrayList<>(SpreadsheetSamples.csv(3).lines().toList());
					for (int i = 0; i < lines.size(); i++) {
						List<String> cells = new ArrayList<>(List.of(lines.get(i).split(";", -1)));
						cells.add(position, i == 0 ? spelling : "autre");
						lines.set(i, String.join(";", cells));
					}
					Path work = work("d" + n++, String.join("\n", lines) + "\n", SpreadsheetSamples.mapping(true));
					CliRun run = importCsv(work);
					COUNTS.count("colonnes de même nom lues par le mapping");
					sane(run, 1, lines.get(0));
					String first = letter(position <= column ? column + 1 : column);
					String second = letter(position);
					String letters = position <= column ? second + ", " + first : first + ", " + second;
					assertTrue(run.stderr().contains("a.csv : 2 colonnes s'appellent « " + columns.get(column) + " » (colonnes " + letters + ")"),
							letters + "\n" + run.stderr());
					assertFalse(Files.exists(work.resolve("out")));
				}
			}
		}
		List<String> lines = new ArrayList<>(SpreadsheetSamples.csv(3).lines().toList());
		for (int i = 0; i < lines.size(); i++) {
			lines.set(i, lines.get(i) + (i == 0 ? ";commentaire;commentaire" : ";a;b"));
		}
		CliRun unread = importCsv(work("d" + n++, String.join("\n", lines) + "\n", SpreadsheetSamples.mapping(true)));
		COUNTS.count("colonnes de même nom que le mapping ne lit pas (acceptées)");
		sane(unread, 0, "unread duplicate");
	}

	private static String letter(int index) {
		return String.valueOf((char) ('A' + index));
	}

	/** When one dossier of an import cannot be written, none is: a write failing, a name taken, a folder locked. */
	@Test
	void anImportWritesAllItsDossiersOrNone() throws Exception {
		int n = 0;
		String csv = SpreadsheetSamples.csv(1_000);
		for (int failing = 1; failing <= 5; failing++) {
			Path work = work("p" + n++, csv, SpreadsheetSamples.mapping(true));
			AtomicInteger writes = new AtomicInteger();
			int k = failing;
			CliRun run = segurWith(work, service -> service instanceof DossierTexts texts ? failingWrite(texts, writes, k, null) : service, "import-csv",
					"--mapping", "m.json", "--out", "out", "a.csv");
			COUNTS.count("dossiers tous ou aucun (l'un d'eux en échec)");
			assertEquals(2, run.exitCode, run.stderr()); // a failure of the program on one dossier (simulated): said as such
			// the k-th text written fails: the dossiers are prepared on several threads, which one is the k-th varies
			assertTrue(Pattern.compile("out/a-\\d+\\.segur : erreur interne en préparant ce dossier : UncheckedIOException : "
					+ "java\\.io\\.IOException: Aucun espace disponible").matcher(run.stderr()).find(), run.stderr());
			assertTrue(run.stderr().contains("import annulé : rien n'a été écrit"), run.stderr());
			assertFalse(Files.exists(work.resolve("out")), "nothing written, not even the folder: " + files(work));
		}
		for (int taken = 1; taken <= 5; taken++) {
			// another program takes the name of the taken-th dossier while the import works: seen when publishing
			Path work = work("p" + n++, csv, SpreadsheetSamples.mapping(true));
			Path other = work.resolve("out/a-" + taken + ".segur");
			CliRun run = segurWith(work, service -> service instanceof DossierTexts texts ? failingWrite(texts, new AtomicInteger(), -1, other) : service,
					"import-csv", "--mapping", "m.json", "--out", "out", "a.csv");
			COUNTS.count("dossiers tous ou aucun (un nom pris pendant l'import)");
			sane(run, 2, "name taken while working");
			assertTrue(run.stderr().contains("out/a-" + taken + ".segur existe déjà"), run.stderr());
			assertEquals(List.of(other), files(work.resolve("out")), "only the other program's file");
			assertEquals("// à quelqu'un d'autre\n", Files.readString(other));
		}
		for (int taken = 1; taken <= 5; taken++) {
			Path work = work("p" + n++, csv, SpreadsheetSamples.mapping(true));
			Path existing = Files.createDirectories(work.resolve("out")).resolve("a-" + taken + ".segur");
			Files.writeString(existing, "// à moi\n");
			CliRun run = importCsv(work);
			COUNTS.count("dossiers tous ou aucun (un nom déjà pris)");
			sane(run, 2, "name taken");
			assertTrue(run.stderr().contains("out/a-" + taken + ".segur existe déjà"), run.stderr());
			assertEquals(List.of(existing), files(work.resolve("out")));
			assertEquals("// à moi\n", Files.readString(existing));
		}
		Path locked = work("p" + n++, csv, SpreadsheetSamples.mapping(true));
		Files.createDirectories(locked.resolve("out"));
		Files.setPosixFilePermissions(locked.resolve("out"), PosixFilePermissions.fromString("r-xr-xr-x"));
		try {
			if (!Files.isWritable(locked.resolve("out"))) { // root writes anyway
				CliRun run = importCsv(locked);
				COUNTS.count("dossiers tous ou aucun (dossier de sortie verrouillé)");
				sane(run, 2, "locked");
				assertEquals(List.of(), files(locked.resolve("out")));
			}
		} finally {
			Files.setPosixFilePermissions(locked.resolve("out"), PosixFilePermissions.fromString("rwxr-xr-x"));
		}
		// four imports at once into one folder: one writes its five dossiers, the others nothing
		for (int round = 0; round < 3; round++) {
			Path work = work("p" + n++, csv, SpreadsheetSamples.mapping(true));
			ExecutorService pool = Executors.newFixedThreadPool(4);
			try {
				List<Future<CliRun>> runs = new ArrayList<>();
				for (int i = 0; i < 4; i++) {
					runs.add(pool.submit(() -> importCsv(work)));
				}
				int won = 0;
				for (Future<CliRun> future : runs) {
					CliRun run = future.get();
					COUNTS.count("dossiers tous ou aucun (quatre imports à la fois)");
					sane(run, "concurrent");
					assertTrue(run.exitCode == 0 || run.exitCode == 2, run.stderr());
					won += run.exitCode == 0 ? 1 : 0;
				}
				assertEquals(1, won);
				Map<String, List<String>> written = requests(work.resolve("out"));
				assertEquals(5, written.size(), written.keySet().toString());
				assertEquals(1_000, written.values().stream().mapToInt(List::size).sum());
			} finally {
				pool.shutdownNow();
			}
		}
	}

	/**
	 * The texts service, its k-th write failing as a full disk would; with {@code other}, its first write also
	 * creates that file, as another program would while the import works.
	 */
	private static DossierTexts failingWrite(DossierTexts texts, AtomicInteger writes, int k, Path other) {
		return (DossierTexts) Proxy.newProxyInstance(DossierTexts.class.getClassLoader(), new Class<?>[] { DossierTexts.class }, (proxy, method, args) -> {
			if (method.getName().equals("write")) {
				int write = writes.incrementAndGet();
				if (write == k) {
					throw new java.io.UncheckedIOException(new IOException("Aucun espace disponible sur le périphérique"));
				}
				if (write == 1 && other != null) {
					Files.createDirectories(other.getParent());
					Files.writeString(other, "// à quelqu'un d'autre\n");
				}
			}
			try {
				return method.invoke(texts, args);
			} catch (InvocationTargetException e) {
				throw e.getCause();
			}
		});
	}

	/** A vendor whose 99,999 numbers are used: a French input error (exit 1), nothing written. */
	@Test
	void whenEveryNumberOfAVendorIsUsedTheImportSaysSoAndWritesNothing() throws IOException {
		int n = 0;
		// free: the numbers left free in the vendor's dossier; rows: rows to import, without a request column
		int[][] cases = { { 0, 1 }, { 0, 3 }, { 1, 2 }, { 2, 3 }, { 2, 2 }, { 5, 5 }, { 5, 6 } };
		for (int[] c : cases) {
			int free = c[0];
			int rows = c[1];
			Path work = work("x" + n++, SpreadsheetSamples.csv(rows), SpreadsheetSamples.mapping(false));
			TreeSet<Integer> freeNumbers = new TreeSet<>();
			Random random = new Random(free * 31L + rows);
			while (freeNumbers.size() < free) {
				freeNumbers.add(1 + random.nextInt(99_998));
			}
			StringBuilder used = new StringBuilder();
			for (int i = 1; i <= 99_999; i++) {
				if (!freeNumbers.contains(i)) {
					used.append(used.isEmpty() ? "" : ", ").append('"').append(String.format("%05d", i)).append('"');
				}
			}
			Files.createDirectories(work.resolve("out"));
			String vendor = n % 2 == 0 ? "  numeroAns \"" + SpreadsheetSamples.ANS.get(0) + "\"\n" : "  SIRET \"" + SpreadsheetSamples.SIRET.get(0) + "\"\n";
			Files.writeString(work.resolve("out/anciens.segur"), "dossier BIO-SGL {\n" + vendor + "  numerosEditeurUtilises [" + used + "]\n}\n");
			CliRun run = importCsv(work);
			COUNTS.count("numéros éditeur tous utilisés");
			if (rows <= free) {
				sane(run, 0, "enough numbers");
				assertEquals(freeNumbers.stream().limit(rows).map(i -> String.format("%05d", i)).toList(), requests(work.resolve("out")).get("a.segur"));
				continue;
			}
			sane(run, 1, free + " free, " + rows + " rows");
			assertTrue(run.stderr().contains("a.csv:" + (free + 2) + ": erreur : plus aucun numéro éditeur libre pour l'éditeur"), run.stderr());
			assertTrue(run.stderr().contains(rows - free + " ligne(s) resteraient sans numéro"), run.stderr());
			assertEquals(List.of(work.resolve("out/anciens.segur")), files(work.resolve("out")), "nothing written");
		}
	}

	/** Tables of every size: dossiers of at most N requests (200 by default), every row once, numbers in sequence. */
	@Test
	void everyTableIsSplitIntoDossiersOfAtMostTheLimit() throws IOException {
		int n = 0;
		int[][] cases = { { 1, 200 }, { 199, 200 }, { 200, 200 }, { 201, 200 }, { 401, 200 }, { 1_000, 200 }, { 20_000, 200 }, { 7, 1 }, { 250, 50 },
				{ 999, 333 }, { 1_000, 1_000 }, { 1_000, 5_000 } };
		for (int[] c : cases) {
			for (boolean column : new boolean[] { true, false }) {
				for (int vendors : new int[] { 1, 2 }) {
					int rows = c[0];
					int max = c[1];
					if (vendors > rows || rows == 20_000 && (vendors == 2 || !column)) {
						continue; // the large case once
					}
					Path work = work("s" + n++, SpreadsheetSamples.csv(rows, vendors), SpreadsheetSamples.mapping(column));
					CliRun run = max == 200 ? importCsv(work) : importCsv(work, "--max-demandes", String.valueOf(max));
					COUNTS.count("découpage en dossiers (" + (rows >= 10_000 ? "20 000 lignes" : "jusqu'à 1 000 lignes") + ")");
					sane(run, 0, rows + " rows, " + max);
					Map<String, List<String>> written = requests(work.resolve("out"));
					int each = (rows + vendors - 1) / vendors;
					int expectedFiles = 0;
					for (int v = 0; v < vendors; v++) {
						int requests = Math.min(each, rows - v * each);
						expectedFiles += (requests + max - 1) / max;
					}
					assertEquals(expectedFiles, written.size(), rows + "/" + max + ": " + written.keySet());
					assertTrue(written.values().stream().allMatch(list -> !list.isEmpty() && list.size() <= max));
					List<String> all = written.values().stream().flatMap(List::stream).sorted().toList();
					assertEquals(rows, all.size());
					List<String> expected = new ArrayList<>();
					for (int v = 0; v < vendors; v++) {
						for (int i = 1; i <= Math.min(each, rows - v * each); i++) {
							expected.add(String.format("%05d", i));
						}
					}
					assertEquals(expected.stream().sorted().toList(), all, "each vendor's numbers from 00001, once each");
					assertTrue(run.stdout().contains("import-csv : " + rows + " ligne(s) lue(s), " + rows + " demande(s) dans " + expectedFiles + " dossier(s)"),
							run.stdout());
				}
			}
		}
		CliRun bad = importCsv(work("s" + n++, SpreadsheetSamples.csv(3), SpreadsheetSamples.mapping(true)), "--max-demandes", "0");
		COUNTS.count("découpage en dossiers (--max-demandes refusé)");
		sane(bad, 2, "--max-demandes 0");
		assertTrue(bad.stderr().contains("--max-demandes attend un nombre entier de 1 ou plus, pas « 0 »"), bad.stderr());
	}

	/** Each value written otherwise than its cell is counted in the summary, and listed with --verbose. */
	@Test
	void valuesChangedOnTheWayInAreCountedAndListed() throws IOException {
		Random random = new Random(19);
		List<String[]> dates = List.of(new String[] { "14/03/2022", null }, new String[] { "2022-03-14", "14/03/2022" },
				new String[] { "4/3/2022", "04/03/2022" }, new String[] { "2022-3-4", "04/03/2022" }, new String[] { "2022-03-14T10:00:00", "14/03/2022" });
		List<String[]> amounts = List.of(new String[] { "27450.00", null }, new String[] { "27450,00", "27450.00" }, new String[] { "27 450,00", "27450.00" },
				new String[] { "27.450,00", "27450.00" }, new String[] { "27450", "27450.00" }, new String[] { "27 450,5 €", "27450.50" });
		List<String[]> tva = List.of(new String[] { "TTC", null }, new String[] { "ttc", "TTC" }, new String[] { "Ht", "HT" });
		List<String[]> numbers = List.of(new String[] { "00012", null }, new String[] { "12", "00012" }, new String[] { "7", "00007" });
		int n = 0;
		for (int trial = 0; trial < 40; trial++) {
			List<String> lines = new ArrayList<>();
			lines.add(String.join(";", SpreadsheetSamples.COLUMNS));
			List<String> expected = new ArrayList<>();
			int rows = 1 + random.nextInt(4);
			for (int r = 0; r < rows; r++) {
				String[] date = dates.get(random.nextInt(dates.size()));
				String[] amount = amounts.get(random.nextInt(amounts.size()));
				String[] vat = tva.get(random.nextInt(tva.size()));
				String[] number = numbers.get(random.nextInt(numbers.size()));
				String numero = number[0].replace("12", String.valueOf(12 + r)).replace("7", String.valueOf(7 + 20 * r));
				String[] cells = SpreadsheetSamples.row(1, SpreadsheetSamples.ANS.get(0), SpreadsheetSamples.SIRET.get(0), r + 1).split(";", -1);
				cells[0] = numero;
				cells[3] = date[0];
				cells[4] = vat[0];
				cells[5] = amount[0];
				lines.add(String.join(";", cells));
				int line = r + 2;
				if (number[1] != null) {
					expected.add("a.csv:" + line + ": colonne « n° demande » : « numeroEditeur » : « " + numero + " » lu « "
							+ "0".repeat(5 - numero.length()) + numero + " »");
				}
				if (date[1] != null) {
					expected.add("a.csv:" + line + ": colonne « signé le » : « commande.dateCommande » : « " + date[0] + " » lu « " + date[1] + " »");
				}
				if (vat[1] != null) {
					expected.add("a.csv:" + line + ": colonne « TVA » : « commande.regimeTVA » : « " + vat[0] + " » lu « " + vat[1] + " »");
				}
				if (amount[1] != null) {
					expected.add("a.csv:" + line + ": colonne « montant » : « commande.montantSegurHT » : « " + amount[0] + " » lu « " + amount[1] + " »");
				}
			}
			Path work = work("v" + n++, String.join("\n", lines) + "\n", SpreadsheetSamples.mapping(true));
			CliRun quiet = importCsv(work);
			CliRun verbose = segurIn(work, "import-csv", "--verbose", "--mapping", "m.json", "--out", "out-v", "a.csv");
			COUNTS.count("valeurs changées à la lecture");
			sane(quiet, 0, String.join("\n", lines));
			sane(verbose, 0, "verbose");
			String summary = "; " + expected.size() + " valeur(s) écrite(s) autrement que dans leur cellule";
			assertTrue(quiet.stdout().contains(summary + (expected.isEmpty() ? "\n" : " (--verbose les liste)\n")), summary + "\n" + quiet.stdout());
			assertTrue(verbose.stdout().contains(summary + "\n"), verbose.stdout());
			List<String> listed = verbose.stderr().lines().filter(l -> l.contains(" lu « ")).toList();
			assertEquals(expected.stream().sorted().toList(), listed.stream().sorted().toList(), String.join("\n", lines));
			assertFalse(quiet.stderr().contains(" lu « "), quiet.stderr());
		}
	}
}
