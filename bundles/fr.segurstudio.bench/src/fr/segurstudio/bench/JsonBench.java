package fr.segurstudio.bench;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;

import fr.segurstudio.json.AspImporter;
import fr.segurstudio.json.AspJsonWriter;
import fr.segurstudio.json.ImportResult;
import fr.segurstudio.model.core.Demande;
import fr.segurstudio.model.core.Dossier;
import fr.segurstudio.model.couloir.Couloir;

/**
 * Export and import of 200 and 10,000 requests, next to raw Jackson streaming the same bytes (reading
 * every token with its text; writing the same token sequence with Jackson's own pretty printer).
 */
final class JsonBench {

	private static final JsonFactory FACTORY = new JsonFactory();

	private record Event(JsonToken token, String text) {
	}

	/** The import cases alone ({@code bench.sh import}): 10,000 requests in one file and in 50 files of 200. */
	static void runImport(Couloir bio, AspImporter importer, PrintStream out) throws Exception {
		AspJsonWriter writer = new AspJsonWriter();
		Dossier big = Requests.dossier(bio, 10_000);
		byte[] file10k = writer.toBytes(big, AspJsonWriter.DEPOSIT);
		List<byte[]> files = new ArrayList<>();
		for (int i = 0; i < 10_000; i += 200) {
			files.add(writer.toBytes(big, big.getDemandes().subList(i, i + 200), AspJsonWriter.DEPOSIT));
		}
		long bytes50 = files.stream().mapToLong(f -> f.length).sum();
		out.println("Import JSON de l'ASP — " + Runtime.getRuntime().availableProcessors() + " cœurs, Java " + System.getProperty("java.version")
				+ ", charge " + loadAverage());
		out.printf("un fichier de 10 000 demandes : %d octets ; 50 fichiers de 200 : %d octets%n", file10k.length, bytes50);
		out.println("opération                          Ségur Studio          Jackson brut          rapport");
		importRows(out, "import 10 000 demandes, 1 fichier", file10k.length, 5, 15, () -> check(importer.read(file10k, "bench.json", null)),
				() -> read(file10k));
		importRows(out, "import 10 000 demandes, 50 × 200", bytes50, 5, 15, () -> {
			for (byte[] f : files) {
				check(importer.read(f, "bench.json", null));
			}
		}, () -> {
			for (byte[] f : files) {
				read(f);
			}
		});
	}

	/** A row, then the garbage collections during the measured runs of each side. */
	private static void importRows(PrintStream out, String what, long bytes, int warmUp, int runs, Timer.Task ours, Timer.Task raw) throws Exception {
		Timer.Measure a = Timer.measure(warmUp, runs, ours);
		Timer.Measure b = Timer.measure(warmUp, runs, raw);
		row(out, what, bytes, a.medianMillis(), b.medianMillis());
		out.printf("  (min %.2f / max %.2f ms ; GC %.1f ms par import, %d collections en %d imports ; Jackson min %.2f / max %.2f ms)%n",
				a.minMillis(), a.maxMillis(), a.gcMillis() / runs, a.collections(), runs, b.minMillis(), b.maxMillis());
	}

	private static String loadAverage() {
		double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
		return load < 0 ? "inconnue" : String.format("%.1f", load);
	}

	static void run(Couloir bio, AspImporter importer, PrintStream out) throws Exception {
		AspJsonWriter writer = new AspJsonWriter();
		Dossier big = Requests.dossier(bio, 10_000);
		List<Demande> first200 = big.getDemandes().subList(0, 200);
		byte[] file200 = writer.toBytes(big, first200, AspJsonWriter.DEPOSIT);
		byte[] file10k = writer.toBytes(big, AspJsonWriter.DEPOSIT);
		List<Event> events200 = events(file200);
		List<Event> events10k = events(file10k);

		out.println("JSON de l'ASP — " + Runtime.getRuntime().availableProcessors() + " cœurs, Java " + System.getProperty("java.version"));
		out.printf("fichier de 200 demandes : %d octets ; de 10 000 demandes : %d octets%n", file200.length, file10k.length);
		out.println("opération                          Ségur Studio          Jackson brut          rapport");
		row(out, "export 200 demandes", file200.length,
				Timer.medianMillis(300, 300, () -> writer.toBytes(big, first200, AspJsonWriter.DEPOSIT)),
				Timer.medianMillis(300, 300, () -> write(events200)));
		row(out, "export 10 000 demandes", file10k.length,
				Timer.medianMillis(5, 11, () -> writer.toBytes(big, AspJsonWriter.DEPOSIT)),
				Timer.medianMillis(5, 11, () -> write(events10k)));
		row(out, "import 200 demandes", file200.length,
				Timer.medianMillis(200, 200, () -> check(importer.read(file200, "bench.json", null))),
				Timer.medianMillis(200, 200, () -> read(file200)));
		row(out, "  dont lecture de l'arbre JSON", file10k.length,
				Timer.medianMillis(3, 9, () -> new fr.segurstudio.json.tree.JsonTreeReader().read(file10k)),
				Timer.medianMillis(3, 9, () -> read(file10k)));
		row(out, "import 10 000 demandes", file10k.length,
				Timer.medianMillis(3, 9, () -> check(importer.read(file10k, "bench.json", null))),
				Timer.medianMillis(3, 9, () -> read(file10k)));
	}

	private static void row(PrintStream out, String what, long bytes, double ours, double raw) {
		out.printf("%-30s %8.2f ms %-11s %8.2f ms %-11s ×%.1f%n", what, ours, "(" + Timer.megabytesPerSecond(bytes, ours) + ")", raw,
				"(" + Timer.megabytesPerSecond(bytes, raw) + ")", ours / raw);
	}

	private static void check(ImportResult result) {
		if (result.hasErrors()) {
			throw new IllegalStateException("benchmark input has errors: " + result.issues().get(0).message());
		}
	}

	private static List<Event> events(byte[] json) throws Exception {
		List<Event> events = new ArrayList<>();
		try (JsonParser parser = FACTORY.createParser(json)) {
			JsonToken token;
			while ((token = parser.nextToken()) != null) {
				events.add(new Event(token, token.isScalarValue() || token == JsonToken.FIELD_NAME ? parser.getText() : null));
			}
		}
		return events;
	}

	/** Raw Jackson reading: every token, with the text of names and values. */
	private static long read(byte[] json) throws Exception {
		long sum = 0;
		try (JsonParser parser = FACTORY.createParser(json)) {
			JsonToken token;
			while ((token = parser.nextToken()) != null) {
				if (token.isScalarValue() || token == JsonToken.FIELD_NAME) {
					sum += parser.getText().length();
				}
			}
		}
		return sum;
	}

	/** Raw Jackson writing of the same token sequence, pretty printed. */
	private static byte[] write(List<Event> events) throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(events.size() * 24);
		try (JsonGenerator g = FACTORY.createGenerator(bytes, JsonEncoding.UTF8)) {
			g.setPrettyPrinter(new DefaultPrettyPrinter());
			for (Event e : events) {
				switch (e.token()) {
				case START_OBJECT -> g.writeStartObject();
				case END_OBJECT -> g.writeEndObject();
				case START_ARRAY -> g.writeStartArray();
				case END_ARRAY -> g.writeEndArray();
				case FIELD_NAME -> g.writeFieldName(e.text());
				case VALUE_STRING -> g.writeString(e.text());
				case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> g.writeNumber(e.text());
				case VALUE_TRUE -> g.writeBoolean(true);
				case VALUE_FALSE -> g.writeBoolean(false);
				case VALUE_NULL -> g.writeNull();
				default -> {
				}
				}
			}
		}
		return bytes.toByteArray();
	}

	private JsonBench() {
	}
}
