package fr.segurstudio.json.deposit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import fr.segurstudio.json.AspPrettyPrinter;
import fr.segurstudio.json.InputFiles;
import fr.segurstudio.json.tree.JsonSyntaxException;
import fr.segurstudio.json.tree.JsonTreeReader;
import fr.segurstudio.json.tree.JsonValue;
import fr.segurstudio.json.tree.JsonValue.JsonArray;
import fr.segurstudio.json.tree.JsonValue.JsonNumber;
import fr.segurstudio.json.tree.JsonValue.JsonObject;
import fr.segurstudio.json.tree.JsonValue.JsonString;
import fr.segurstudio.model.asp.AspValues;

/**
 * The manifest written next to each deposited JSON file ({@code JSON-...-NNN.manifeste.json}): which
 * request went in which file and which zip. Written last, so that its presence means the file is whole.
 */
public final class Manifest {

	public static final String SUFFIX = ".manifeste.json";

	private Manifest() {
	}

	static byte[] toBytes(DepositResult.File file) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
			g.setPrettyPrinter(new AspPrettyPrinter());
			g.writeStartObject();
			g.writeStringField("fichier", file.name());
			g.writeStringField("numeroAns", file.numeroAns());
			g.writeStringField("typeLogiciel", file.typeLogiciel());
			g.writeStringField("dateDepot", AspValues.formatDate(file.date()));
			g.writeArrayFieldStart("demandes");
			for (DepositResult.Request request : file.requests()) {
				g.writeStartObject();
				g.writeNumberField("numLigne", request.numLigne());
				g.writeStringField("numeroEditeur", request.numeroEditeur());
				g.writeArrayFieldStart("pieces");
				for (DepositResult.Placement piece : request.pieces()) {
					g.writeStartObject();
					g.writeStringField("nomFichier", piece.nomFichier());
					g.writeStringField("dans", piece.container());
					g.writeEndObject();
				}
				g.writeEndArray();
				g.writeEndObject();
			}
			g.writeEndArray();
			g.writeArrayFieldStart("archives");
			for (String container : file.containers()) {
				g.writeString(container);
			}
			g.writeEndArray();
			g.writeEndObject();
			g.writeRaw('\n');
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	/** The deposits recorded in a folder: one entry per deposited request, oldest file first. */
	public static List<DepositResult.File> history(Path directory) throws IOException {
		List<DepositResult.File> files = new ArrayList<>();
		if (!Files.isDirectory(directory)) {
			return files;
		}
		List<Path> manifests = new ArrayList<>();
		try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory, "*" + SUFFIX)) {
			stream.forEach(manifests::add);
		}
		manifests.sort(null);
		for (Path manifest : manifests) {
			try {
				files.add(read(new JsonTreeReader().read(InputFiles.read(manifest))));
			} catch (JsonSyntaxException | RuntimeException e) {
				// a damaged manifest is skipped: the JSON file it describes is still there
			}
		}
		return files;
	}

	private static DepositResult.File read(JsonValue value) {
		JsonObject root = (JsonObject) value;
		List<DepositResult.Request> requests = new ArrayList<>();
		for (JsonValue element : ((JsonArray) root.member("demandes").value()).elements()) {
			JsonObject request = (JsonObject) element;
			List<DepositResult.Placement> pieces = new ArrayList<>();
			for (JsonValue p : ((JsonArray) request.member("pieces").value()).elements()) {
				JsonObject piece = (JsonObject) p;
				pieces.add(new DepositResult.Placement(text(piece, "nomFichier"), text(piece, "dans")));
			}
			requests.add(new DepositResult.Request(((JsonNumber) request.member("numLigne").value()).value().intValueExact(),
					text(request, "numeroEditeur"), List.copyOf(pieces)));
		}
		List<String> containers = new ArrayList<>();
		for (JsonValue c : ((JsonArray) root.member("archives").value()).elements()) {
			containers.add(((JsonString) c).value());
		}
		return new DepositResult.File(text(root, "fichier"), text(root, "numeroAns"), text(root, "typeLogiciel"),
				AspValues.parseDate(text(root, "dateDepot")), List.copyOf(requests), List.copyOf(containers));
	}

	private static String text(JsonObject object, String key) {
		return ((JsonString) object.member(key).value()).value();
	}
}
