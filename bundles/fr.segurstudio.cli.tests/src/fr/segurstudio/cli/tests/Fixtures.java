package fr.segurstudio.cli.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.io.JsonStringEncoder;

import fr.segurstudio.testing.Golden;

/**
 * Dossiers at a moment of their requests' life, and files returned by the portal, made from the seed's BIO
 * example: a request's text with the lines of its life (statut, fichierDepot, numeroASP...), a dossier of
 * such requests, a returned JSON file with one answer per line.
 */
final class Fixtures {

	static final String SIRET = "12345678200010";
	static final String ANS = "ANS0000001";

	private Fixtures() {
	}

	/** The seed's request as .segur text under another number, with these lines of its life at its start. */
	static String request(String numero, String... life) {
		String golden = Golden.BIO_SGL.segurText();
		String block = golden.substring(golden.indexOf("  demande \"00001\""), golden.lastIndexOf("}"));
		StringBuilder lines = new StringBuilder();
		for (String line : life) {
			lines.append("    ").append(line).append('\n');
		}
		return block.replace("00001", numero).replaceFirst("\\{\n", "{\n" + Matcher.quoteReplacement(lines.toString()));
	}

	/** A BIO dossier of the vendor {@code siret} (ANS0000001) with these requests, and these lines before them. */
	static String dossier(String siret, List<String> header, String... requests) {
		StringBuilder text = new StringBuilder("dossier BIO-SGL {\n  numeroAns \"" + ANS + "\"\n  SIRET \"" + siret + "\"\n");
		header.forEach(line -> text.append("  ").append(line).append('\n'));
		for (String request : requests) {
			text.append('\n').append(request);
		}
		return text.append("}\n").toString();
	}

	static String dossier(String... requests) {
		return dossier(SIRET, List.of(), requests);
	}

	/** The answer of the portal to one line: numLigne, numeroEditeur, numeroASP, codeTraitement, libelleTraitement (null: JSON null). */
	record Answer(int numLigne, String numero, String numeroASP, String code, String label) {

		static Answer accepted(int numLigne, String numero, String numeroASP) {
			return new Answer(numLigne, numero, numeroASP, "0000", "Demande acceptée");
		}

		static Answer rejected(int numLigne, String numero, String code, String label) {
			return new Answer(numLigne, numero, null, code, label);
		}
	}

	/** A file returned by the portal for the vendor {@code siret}: the seed's request once per answer. */
	static String returned(String siret, Answer... answers) {
		String golden = Golden.BIO_SGL.text();
		int start = golden.indexOf("    {\n      \"numLigne\"");
		int end = golden.lastIndexOf("    }\n") + "    }".length();
		String line = golden.substring(start, end);
		List<String> lines = new ArrayList<>();
		for (Answer answer : answers) {
			lines.add(line.replace("\"numLigne\": 1", "\"numLigne\": " + answer.numLigne())
					.replace("\"numeroEditeur\": \"00001\"", "\"numeroEditeur\": " + json(answer.numero()))
					.replace("BIO-SGL-Va1-BDC-00001", "BIO-SGL-Va1-BDC-" + (answer.numero() == null ? "00000" : answer.numero().replaceAll("[^0-9]", "")))
					.replace("\"numeroASP\": null", "\"numeroASP\": " + json(answer.numeroASP()))
					.replace("\"codeTraitement\": null", "\"codeTraitement\": " + json(answer.code()))
					.replace("\"libelleTraitement\": null", "\"libelleTraitement\": " + json(answer.label())));
		}
		return golden.substring(0, start).replace("\"SIRET\": \"" + SIRET + "\"", "\"SIRET\": " + json(siret)) + String.join(",\n", lines)
				+ golden.substring(end);
	}

	/**
	 * A golden ASP JSON file with its one request twice, under these numbers (numLigne 1 and 2, each its
	 * supporting document named after its number).
	 */
	static String twoRequests(String golden, String first, String second) {
		int start = golden.indexOf("    {\n      \"numLigne\"");
		int end = golden.lastIndexOf("    }\n") + "    }".length();
		String request = golden.substring(start, end);
		return golden.substring(0, start) + numbered(request, first) + ",\n" + numbered(request, second).replace("\"numLigne\": 1", "\"numLigne\": 2")
				+ golden.substring(end);
	}

	private static String numbered(String request, String numero) {
		return request.replace("\"numeroEditeur\": \"00001\"", "\"numeroEditeur\": " + json(numero)).replace("-00001.pdf\"", "-" + numero + ".pdf\"");
	}

	/** A JSON literal: null, or the string quoted and escaped. */
	static String json(String value) {
		return value == null ? "null" : "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(value)) + "\"";
	}

	static Path write(Path dir, String name, String content) throws IOException {
		Path file = dir.resolve(name);
		Files.createDirectories(file.toAbsolutePath().getParent());
		return Files.writeString(file, content, StandardCharsets.UTF_8);
	}

	/** The lines of a request's block in a dossier's text ("" when the request is not there). */
	static String block(String text, String numero) {
		Matcher m = Pattern.compile("(?ms)^  demande \"" + Pattern.quote(numero) + "\" \\{\n.*?^  \\}\n").matcher(text);
		return m.find() ? m.group() : "";
	}

	/** The value of a field at the start of a request's block (its life), or null. */
	static String life(String text, String numero, String field) {
		Matcher m = Pattern.compile("(?m)^    " + Pattern.quote(field) + " (.*)$").matcher(block(text, numero));
		return m.find() ? m.group(1) : null;
	}
}
