package fr.segurstudio.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * {@code bench.sh csv}: {@code segur import-csv} of spreadsheets of 10,000 and 100,000 BIO-SGL rows (one
 * request a row, valid values, two vendors), run as a user runs it — the product's own launcher in a JVM of
 * its own ({@code --no-daemon}: its start and its 1 GB heap included) — with and without a request column
 * (without one, every row is numbered after its vendor's last number). Prints the wall-clock time, the rows
 * per second, the dossiers written and the machine's load; asserts nothing.
 */
final class CsvBench {

	private CsvBench() {
	}

	static void run(PrintStream out) throws Exception {
		Path segur = Path.of(System.getProperty("eclipse.home.location", "").replaceFirst("^file:", "")).resolve("segur");
		if (!Files.isExecutable(segur)) {
			out.println("import-csv : lanceur introuvable (" + segur + ")");
			return;
		}
		Path dir = Files.createTempDirectory("segur-bench-csv-");
		try {
			out.println();
			out.println("import-csv, lancé comme un utilisateur le lance (" + segur + " --no-daemon, démarrage compris)");
			out.println("lignes     avec colonne demande   Mo     durée      lignes/s   dossiers  code");
			for (int rows : new int[] { 10_000, 100_000 }) {
				for (boolean column : new boolean[] { true, false }) {
					one(segur, dir, rows, column, out);
				}
			}
			out.printf("charge de la machine (uptime) : %s%n", load());
		} finally {
			try (Stream<Path> files = Files.walk(dir)) {
				files.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
			}
		}
	}

	private static void one(Path segur, Path dir, int rows, boolean column, PrintStream out) throws IOException, InterruptedException {
		String name = "crm-" + rows + (column ? "-demande" : "-sans");
		Path csv = dir.resolve(name + ".csv");
		Files.write(csv, SpreadsheetSamples.csv(rows, 2).getBytes(StandardCharsets.UTF_8)); // a vendor has 99,999 numbers: two
		Path mapping = dir.resolve(name + ".json");
		Files.writeString(mapping, SpreadsheetSamples.mapping(column), StandardCharsets.UTF_8);
		Path outFolder = dir.resolve(name);
		List<String> command = new ArrayList<>(List.of(segur.toString(), "--no-daemon", "import-csv", "--mapping", mapping.toString(), "--out", outFolder.toString(),
				csv.toString()));
		long start = System.nanoTime();
		Process process = new ProcessBuilder(command).redirectOutput(dir.resolve(name + ".out").toFile())
				.redirectError(dir.resolve(name + ".err").toFile()).start();
		if (!process.waitFor(15, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			out.printf("%,7d    %-20s   %5.1f  plus de 15 min%n", rows, column ? "oui" : "non", Files.size(csv) / 1e6);
			return;
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		long dossiers;
		try (Stream<Path> files = Files.list(outFolder)) {
			dossiers = files.filter(p -> p.toString().endsWith(".segur")).count();
		} catch (IOException e) {
			dossiers = 0;
		}
		out.printf("%,7d    %-20s   %5.1f  %7.1f s  %,9.0f   %6d     %d%n", rows, column ? "oui" : "non", Files.size(csv) / 1e6, seconds, rows / seconds,
				dossiers, process.exitValue());
		List<String> said = Files.readAllLines(dir.resolve(name + ".out"));
		if (!said.isEmpty()) {
			out.println("    " + said.get(said.size() - 1)); // the command's summary line
		}
		if (process.exitValue() != 0) {
			Files.readAllLines(dir.resolve(name + ".err")).stream().limit(5).forEach(line -> out.println("    " + line));
		}
	}

	private static String load() {
		return String.format("%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
	}
}
