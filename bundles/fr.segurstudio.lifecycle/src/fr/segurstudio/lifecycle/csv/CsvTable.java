package fr.segurstudio.lifecycle.csv;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import fr.segurstudio.json.Utf8;

/**
 * A spreadsheet export read as its program wrote it: the encoding (UTF-8 with or without a byte order mark,
 * else Windows-1252, the superset of ISO-8859-1 that French spreadsheets write), the separator ({@code ;},
 * {@code ,} or tab, the one the header line has most of outside quotes), then RFC 4180 cells: quoted cells
 * may hold separators, quotes written twice and line breaks; CRLF or LF. Each row keeps the line of the file
 * it starts on, for messages; rows whose cells are all empty are left out.
 */
public record CsvTable(String file, String encoding, char separator, List<String> headers, List<Row> rows) {

	/** Windows-1252: what "ISO-8859-1" exports really are (€, œ, curly quotes in 0x80–0x9F). */
	public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	/** One row: its line in the file (1-based) and its cells, as many as the headers (missing ones empty). */
	public record Row(int line, List<String> cells) {
	}

	/** The index of a column, or -1. */
	public int column(String header) {
		return headers.indexOf(header);
	}

	/**
	 * @param encoding  null to detect it, else {@code UTF-8}, {@code ISO-8859-1}, {@code windows-1252}...
	 * @param separator 0 to detect it
	 * @throws IllegalArgumentException when the encoding is unknown or the file has no header line
	 */
	public static CsvTable read(String file, byte[] bytes, String encoding, char separator) {
		String text;
		String used;
		int start = 0;
		if (encoding == null) {
			String utf8 = decodeUtf8(bytes);
			if (utf8 != null) {
				text = utf8;
				used = Utf8.hasBom(bytes) ? "UTF-8 (BOM)" : "UTF-8";
			} else {
				text = new String(bytes, WINDOWS_1252);
				used = "ISO-8859-1/Windows-1252";
			}
		} else {
			Charset charset;
			try {
				charset = Charset.forName(encoding);
			} catch (IllegalArgumentException e) {
				throw new IllegalArgumentException("encodage inconnu : « " + encoding + " » (UTF-8, ISO-8859-1, windows-1252...)");
			}
			if (charset.equals(StandardCharsets.UTF_8) && Utf8.hasBom(bytes)) {
				start = 3;
			}
			text = new String(bytes, start, bytes.length - start, charset);
			used = charset.name();
		}
		List<List<String>> records = new ArrayList<>();
		List<Integer> lines = new ArrayList<>();
		char sep = separator != 0 ? separator : detectSeparator(text);
		parse(text, sep, records, lines);
		int headerIndex = -1;
		for (int i = 0; i < records.size(); i++) {
			if (!isEmpty(records.get(i))) {
				headerIndex = i;
				break;
			}
		}
		if (headerIndex < 0) {
			throw new IllegalArgumentException("le fichier n'a pas de ligne d'en-tête (noms des colonnes)");
		}
		List<String> headers = records.get(headerIndex).stream().map(String::strip).toList();
		List<Row> rows = new ArrayList<>();
		for (int i = headerIndex + 1; i < records.size(); i++) {
			List<String> cells = new ArrayList<>(records.get(i));
			if (isEmpty(cells)) {
				continue;
			}
			while (cells.size() < headers.size()) {
				cells.add("");
			}
			rows.add(new Row(lines.get(i), List.copyOf(cells)));
		}
		return new CsvTable(file, used, sep, headers, List.copyOf(rows));
	}

	/** The separator the first line has most of, outside quotes ({@code ;} when none). */
	static char detectSeparator(String text) {
		int semicolons = 0;
		int commas = 0;
		int tabs = 0;
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			} else if (!quoted && (c == '\n' || c == '\r')) {
				if (semicolons + commas + tabs > 0) {
					break;
				}
			} else if (!quoted) {
				semicolons += c == ';' ? 1 : 0;
				commas += c == ',' ? 1 : 0;
				tabs += c == '\t' ? 1 : 0;
			}
		}
		if (tabs > semicolons && tabs > commas) {
			return '\t';
		}
		return commas > semicolons ? ',' : ';';
	}

	private static void parse(String text, char sep, List<List<String>> records, List<Integer> lines) {
		List<String> record = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		boolean any = false;
		int line = 1;
		int recordLine = 1;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"') {
					if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
						cell.append('"');
						i++;
					} else {
						quoted = false;
					}
				} else {
					if (c == '\n') {
						line++;
					}
					cell.append(c);
				}
			} else if (c == '"' && cell.toString().isBlank()) {
				cell.setLength(0);
				quoted = true;
				any = true;
			} else if (c == sep) {
				record.add(cell.toString());
				cell.setLength(0);
				any = true;
			} else if (c == '\r' || c == '\n') {
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				record.add(cell.toString());
				records.add(record);
				lines.add(recordLine);
				record = new ArrayList<>();
				cell.setLength(0);
				any = false;
				line++;
				recordLine = line;
			} else {
				cell.append(c);
				any = true;
			}
		}
		if (any || cell.length() > 0 || !record.isEmpty()) {
			record.add(cell.toString());
			records.add(record);
			lines.add(recordLine);
		}
	}

	private static boolean isEmpty(List<String> cells) {
		return cells.stream().allMatch(String::isBlank);
	}

	private static String decodeUtf8(byte[] bytes) {
		try {
			return Utf8.decode(bytes);
		} catch (Utf8.NotUtf8 e) {
			return null;
		}
	}
}
