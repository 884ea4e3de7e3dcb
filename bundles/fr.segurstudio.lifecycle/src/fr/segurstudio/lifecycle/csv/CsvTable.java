package fr.segurstudio.lifecycle.csv;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.segurstudio.json.Utf8;
import fr.segurstudio.model.issue.Echo;

/**
 * A spreadsheet export read as its program wrote it: the encoding (UTF-8 with or without a byte order mark,
 * else Windows-1252, the superset of ISO-8859-1 that French spreadsheets write), the separator ({@code ;},
 * {@code ,} or tab, the one the header line has most of outside quotes), then RFC 4180 cells: quoted cells
 * may hold separators, quotes written twice and line breaks; CRLF or LF. Each row keeps the line of the file
 * it starts on, for messages; rows whose cells are all empty are left out.
 * <p>
 * A table whose rows cannot be trusted is refused whole ({@link Malformed}), naming the row and column: a
 * quote opened and never closed (it would swallow every following row into one cell), a quoted cell spanning
 * lines that leaves its row with the wrong number of cells or holds whole rows of the table (a quote closed
 * rows later), a row with more filled cells than the header has columns (a separator inside an unquoted
 * value shifts every value after it).
 */
public final class CsvTable {

	/** Windows-1252: what "ISO-8859-1" exports really are (€, œ, curly quotes in 0x80–0x9F). */
	public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	/** One row: its line in the file (1-based) and its cells, as many as the headers (missing ones empty). */
	public record Row(int line, List<String> cells) {
	}

	/** The table's rows cannot be trusted; each message names the file, line and column, in French. */
	public static final class Malformed extends IllegalArgumentException {
		private static final long serialVersionUID = 1L;
		private final List<String> problems;

		Malformed(List<String> problems) {
			super(String.join("\n", problems));
			this.problems = List.copyOf(problems);
		}

		public List<String> problems() {
			return problems;
		}
	}

	private final String file;
	private final String encoding;
	private final char separator;
	private final List<String> headers;
	private final List<Row> rows;
	private final Map<String, Integer> columns = new HashMap<>();
	private final Map<String, List<Integer>> duplicates = new LinkedHashMap<>();

	CsvTable(String file, String encoding, char separator, List<String> headers, List<Row> rows) {
		this.file = file;
		this.encoding = encoding;
		this.separator = separator;
		this.headers = List.copyOf(headers);
		this.rows = rows;
		for (int i = 0; i < headers.size(); i++) {
			Integer first = columns.putIfAbsent(headers.get(i), i);
			if (first != null) {
				duplicates.computeIfAbsent(headers.get(i), h -> new ArrayList<>(List.of(first))).add(i);
			}
		}
	}

	public String file() {
		return file;
	}

	/** The encoding detected or imposed, as said to the user ("UTF-8 (BOM)", "ISO-8859-1/Windows-1252"...). */
	public String encoding() {
		return encoding;
	}

	public char separator() {
		return separator;
	}

	/** The header line's cells, stripped; two columns may have the same name (see {@link #duplicates()}). */
	public List<String> headers() {
		return headers;
	}

	public List<Row> rows() {
		return rows;
	}

	/** The same table cut to its first rows (a preview). */
	public CsvTable head(int count) {
		return count >= rows.size() ? this : new CsvTable(file, encoding, separator, headers, rows.subList(0, count));
	}

	/** The index of the (first) column of this name, or -1. */
	public int column(String header) {
		Integer index = columns.get(header);
		return index == null ? -1 : index;
	}

	/** The names given to more than one column, with their indexes (0-based), in the header's order. */
	public Map<String, List<Integer>> duplicates() {
		return duplicates;
	}

	/** "C" for the third column, "AA" for the 27th: as a spreadsheet names it. */
	public static String letter(int index) {
		StringBuilder name = new StringBuilder();
		for (int n = index + 1; n > 0; n = (n - 1) / 26) {
			name.insert(0, (char) ('A' + (n - 1) % 26));
		}
		return name.toString();
	}

	/** The separator as said to the user: « ; », tabulation. */
	public String separatorName() {
		return separator == '\t' ? "tabulation" : "« " + separator + " »";
	}

	/**
	 * @param encoding  null to detect it, else {@code UTF-8}, {@code ISO-8859-1}, {@code windows-1252}...
	 * @param separator 0 to detect it
	 * @throws Malformed                when rows cannot be trusted (an unclosed quote...)
	 * @throws IllegalArgumentException when the encoding is unknown or the file has no header line
	 */
	public static CsvTable read(String file, byte[] bytes, String encoding, char separator) {
		String text;
		String used;
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
				throw new IllegalArgumentException("encodage inconnu : " + Echo.quote(encoding) + " (UTF-8, ISO-8859-1, windows-1252...)");
			}
			int start = charset.equals(StandardCharsets.UTF_8) && Utf8.hasBom(bytes) ? 3 : 0;
			text = new String(bytes, start, bytes.length - start, charset);
			used = charset.name();
		}
		char sep = separator != 0 ? separator : detectSeparator(text);
		return new Parser(file, text, sep).table(used);
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

	/**
	 * RFC 4180 records, one pass: each row is checked as soon as it ends (the header is the first row with a
	 * cell), so that the rows kept are already the table's and nothing else of the file stays in memory.
	 */
	private static final class Parser {
		private final String file;
		private final String text;
		private final char sep;
		private final List<String> problems = new ArrayList<>();
		private List<String> headers;
		private final List<Row> rows = new ArrayList<>();

		/** The current record and where its quoted cell spanning lines, if any, opened and closed. */
		private final List<String> record = new ArrayList<>();
		private int recordLine = 1;
		private int spanOpenLine;
		private int spanOpenColumn;
		private int spanCell = -1;
		private int spanCloseLine;
		private boolean spanHoldsRows;

		Parser(String file, String text, char sep) {
			this.file = file;
			this.text = text;
			this.sep = sep;
		}

		CsvTable table(String encoding) {
			StringBuilder cell = new StringBuilder();
			boolean quoted = false;
			boolean any = false;
			int line = 1;
			int lineStart = 0;
			int openLine = 0;
			int openColumn = 0;
			int separatorsInside = 0; // inside a quoted cell: rows swallowed show as a whole row's separators
			int length = text.length();
			for (int i = 0; i < length; i++) {
				char c = text.charAt(i);
				if (quoted) {
					if (c == '"') {
						if (i + 1 < length && text.charAt(i + 1) == '"') {
							cell.append('"');
							i++;
						} else {
							quoted = false;
							if (line > openLine) {
								spanned(openLine, openColumn, line, separatorsInside);
							}
						}
					} else {
						if (c == '\n' || c == '\r' && (i + 1 >= length || text.charAt(i + 1) != '\n')) {
							line++;
							lineStart = i + 1;
						} else if (c == sep) {
							separatorsInside++;
						}
						cell.append(c);
					}
				} else if (c == '"' && isBlank(cell)) {
					cell.setLength(0);
					quoted = true;
					any = true;
					openLine = line;
					openColumn = i - lineStart + 1;
					separatorsInside = 0;
				} else if (c == sep) {
					record.add(cell.toString());
					cell.setLength(0);
					any = true;
				} else if (c == '\r' || c == '\n') {
					if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
						i++;
					}
					record.add(cell.toString());
					endRecord();
					cell.setLength(0);
					any = false;
					line++;
					lineStart = i + 1;
					recordLine = line;
				} else {
					cell.append(c);
					any = true;
				}
			}
			if (quoted) {
				int following = line - openLine;
				problems.add(at(openLine, openColumn, record.size()) + "guillemet ouvert ici et jamais refermé : "
						+ (following == 0 ? "la fin du fichier serait lue comme une seule cellule"
								: "les " + following + " ligne(s) suivante(s) du fichier seraient lues comme une seule cellule")
						+ " ; refermez-le (\"), ou doublez-le (\"\") s'il fait partie de la valeur");
			} else if (any || cell.length() > 0 || !record.isEmpty()) {
				record.add(cell.toString());
				endRecord();
			}
			if (headers == null && problems.isEmpty()) {
				throw new IllegalArgumentException("le fichier n'a pas de ligne d'en-tête (noms des colonnes)");
			}
			if (!problems.isEmpty()) {
				throw new Malformed(problems);
			}
			return new CsvTable(file, encoding, sep, headers, rows);
		}

		/**
		 * A quoted cell spanning lines: kept to be judged with its row. Holding as many separators as a whole
		 * row of three columns or more, it holds rows of the table: a quote was left open there.
		 */
		private void spanned(int openLine, int openColumn, int closeLine, int separatorsInside) {
			if (spanCell >= 0) {
				return; // the first one of the row says it
			}
			spanOpenLine = openLine;
			spanOpenColumn = openColumn;
			spanCell = record.size();
			spanCloseLine = closeLine;
			spanHoldsRows = headers != null && headers.size() >= 3 && separatorsInside >= headers.size() - 1;
		}

		private void endRecord() {
			List<String> cells = new ArrayList<>(record);
			record.clear();
			int span = spanCell;
			boolean holdsRows = spanHoldsRows;
			spanCell = -1;
			if (cells.stream().allMatch(String::isBlank)) {
				return;
			}
			if (headers == null) {
				headers = cells.stream().map(String::strip).toList();
				return;
			}
			if (span >= 0 && (cells.size() != headers.size() || holdsRows)) {
				problems.add(at(spanOpenLine, spanOpenColumn, span) + "ce guillemet ne se referme que ligne " + spanCloseLine
						+ (holdsRows ? " : la cellule contient des lignes entières du tableau"
								: " : la ligne " + recordLine + " n'a plus que " + cells.size() + " cellule(s) pour " + headers.size() + " colonne(s)")
						+ " ; un guillemet manque sans doute (une valeur sur plusieurs lignes reste possible entre guillemets)");
				return;
			}
			if (cells.size() > headers.size()) {
				List<String> extra = cells.subList(headers.size(), cells.size()).stream().filter(s -> !s.isBlank()).toList();
				if (!extra.isEmpty()) {
					problems.add(file + ":" + recordLine + ": erreur : " + cells.size() + " cellules pour " + headers.size()
							+ " colonnes ; en trop : " + String.join(", ", extra.stream().limit(3).map(Echo::quote).toList())
							+ (extra.size() > 3 ? "…" : "") + " : un séparateur " + (sep == '\t' ? "tabulation" : "« " + sep + " »")
							+ " dans une valeur sans guillemets décale les valeurs qui la suivent ; mettez cette valeur entre guillemets");
					return;
				}
				cells = new ArrayList<>(cells.subList(0, headers.size()));
			}
			while (cells.size() < headers.size()) {
				cells.add("");
			}
			rows.add(new Row(recordLine, List.copyOf(cells)));
		}

		/** "crm.csv:4:17: erreur : colonne « email » : " */
		private String at(int line, int column, int cellIndex) {
			String header = headers != null && cellIndex < headers.size() ? "colonne " + Echo.quote(headers.get(cellIndex)) + " : "
					: headers != null ? "colonne " + letter(cellIndex) + " : " : "";
			return file + ":" + line + ":" + column + ": erreur : " + header;
		}

		private static boolean isBlank(StringBuilder cell) {
			for (int i = 0; i < cell.length(); i++) {
				if (!Character.isWhitespace(cell.charAt(i))) {
					return false;
				}
			}
			return true;
		}
	}

	private static String decodeUtf8(byte[] bytes) {
		try {
			return Utf8.decode(bytes);
		} catch (Utf8.NotUtf8 e) {
			return null;
		}
	}
}
