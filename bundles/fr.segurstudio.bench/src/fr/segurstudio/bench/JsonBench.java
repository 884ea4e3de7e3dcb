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
