package fr.segurstudio.lifecycle.csv;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

import fr.segurstudio.json.deposit.Deposit;
import fr.segurstudio.model.asp.AspClassMapping;
import fr.segurstudio.model.asp.AspFeatureMapping;
import fr.segurstudio.model.core.Demande;
import fr.segurstudio.model.core.Dossier;
import fr.segurstudio.model.core.FormatFichier;
import fr.segurstudio.model.core.PieceJustificative;
import fr.segurstudio.model.core.SegurFactory;
import fr.segurstudio.model.core.SegurPackage;
import fr.segurstudio.model.couloir.Couloir;
import fr.segurstudio.model.couloir.CouloirRegistry;
import fr.segurstudio.model.couloir.TypePiece;
import fr.segurstudio.model.dossier.NumerosEditeur;
import fr.segurstudio.model.issue.Echo;

/**
 * A spreadsheet export turned into dossiers by a {@link CsvMapping}, in two linear steps. {@link #plan} reads
 * the rows once: it groups them into one dossier per couloir, numeroAns and SIRET, and into one request per
 * value of the {@code demande} template (a group practice: one row per doctor, one request with a
 * {@code liberal} entry per row), hands out the numbers of rows without one, and splits each dossier into
 * parts of at most {@value #PORTAL_MAX} requests by default (seed 002 §2.1: « Le nombre exact de demandes
 * maximum par fichier JSON est fixé à 200 »). {@link #build} then makes the model of one part, so that a
 * caller holds one part's requests at a time, whatever the size of the table.
 * <p>
 * A list of objects gets one entry per row of the request (identical entries once); a cell for a list of
 * identifiers may hold several, separated by {@code ,} or {@code |}. Values are read as spreadsheets write
 * them ({@link SpreadsheetValues}); each value written otherwise than its cell is a {@link Change}, and a
 * cell that does not read is reported with its CSV file, line and column header, its text held as written
 * ({@code RawValues}; an element of a list of values, as a comment in the request): no row, no cell is lost. Mapping paths and columns are checked first ({@link #check}).
 */
public final class CsvImport {

	/** The portal's limit of requests per file (seed 002 §2.1), the default size of a part. */
	public static final int PORTAL_MAX = Deposit.MAX_REQUESTS_PER_FILE;

	/** What the import says about one row or cell (a warning, or an error of a value that does not read). */
	public record Problem(boolean error, String file, int line, String column, String message) {

		@Override
		public String toString() {
			return file + (line > 0 ? ":" + line : "") + ": " + (error ? "erreur" : "avertissement") + " : "
					+ (column == null ? "" : "colonne " + Echo.quote(column) + " : ") + message;
		}
	}

	/** A value written otherwise than its cell: {@code 2022-06-14} read as {@code 14/06/2022}, {@code 12} as {@code 00012}. */
	public record Change(String file, int line, String column, String key, String cell, String value) {

		@Override
		public String toString() {
			return file + ":" + line + ": " + (column == null ? "" : "colonne " + Echo.quote(column) + " : ") + Echo.quote(key) + " : "
					+ Echo.quote(cell) + " lu " + Echo.quote(value);
		}
	}

	/** One request: its number and its rows, as indexes into the table's rows. */
	public record Request(String numero, List<Integer> rows) {
	}

	/**
	 * One dossier to write: requests of one couloir, numeroAns and SIRET, the {@code index}-th of {@code of}
	 * parts of their group.
	 */
	public record Part(CsvTable table, Couloir couloir, String numeroAns, String siret, int index, int of, List<Request> requests) {

		/** How many rows of the table it takes. */
		public int rows() {
			return requests.stream().mapToInt(r -> r.rows().size()).sum();
		}
	}

	/**
	 * The parts of a table, the problems of its rows, the values changed on the way in (request numbers so
	 * far; cells come with {@link #build}), and what forbids writing anything (all numbers of a vendor used).
	 */
	public record Plan(CsvTable table, List<Part> parts, List<Problem> problems, List<Change> changes, List<String> refusals) {

		public int requests() {
			return parts.stream().mapToInt(p -> p.requests().size()).sum();
		}
	}

	/** One part built: its model and, per request, the notes to write as comments (values that did not read). */
	public record Built(Part part, Dossier dossier, Map<Demande, List<String>> notes) {
	}

	/** A mapping key resolved: the features from the request (or the dossier) down to the value. */
	record Field(String key, List<EStructuralFeature> path, Template template) {

		/** The column its messages name: the first it reads, or null for a constant. */
		String column() {
			return template.isConstant() ? null : template.columns().get(0);
		}
	}

	private record GroupKey(String couloir, String numeroAns, String siret) {
	}

	private final CsvMapping mapping;
	private final CouloirRegistry registry;
	private final Map<Couloir, List<RequestFiller.Node>> fields = new ConcurrentHashMap<>();

	public CsvImport(CsvMapping mapping, CouloirRegistry registry) {
		this.mapping = mapping;
		this.registry = registry;
	}

	public CsvMapping mapping() {
		return mapping;
	}

	/**
	 * The mapping's mistakes against the couloirs and this table, before anything is built: unknown key
	 * paths (with the keys possible there), columns absent from the CSV (with its columns) or given twice in
	 * it, an unknown couloir.
	 */
	public List<String> check(CsvTable table) {
		List<String> problems = new ArrayList<>();
		for (String column : columns()) {
			if (table.column(column) < 0) {
				problems.add(mapping.file() + " : la colonne " + Echo.quote(column) + " n'est pas dans " + table.file() + " (colonnes : "
						+ table.headers().stream().map(Echo::text).collect(Collectors.joining(", ")) + ")");
			}
			List<Integer> twice = table.duplicates().get(column);
			if (twice != null) {
				problems.add(table.file() + " : " + twice.size() + " colonnes s'appellent " + Echo.quote(column) + " (colonnes "
						+ twice.stream().map(CsvTable::letter).collect(Collectors.joining(", ")) + ") : le mapping ne peut savoir laquelle lire ;"
						+ " renommez les autres dans le tableur");
			}
		}
		if (mapping.couloir().isConstant()) {
			Couloir couloir = registry.couloir(mapping.couloir().text()).orElse(null);
			if (couloir == null) {
				problems.add(unknownCouloir(mapping.couloir().text()));
			} else {
				resolve(couloir, problems);
			}
		} else {
			for (Couloir couloir : registry.couloirs()) {
				resolve(couloir, problems);
			}
		}
		return problems.stream().distinct().toList();
	}

	private String unknownCouloir(String id) {
		return mapping.file() + " : couloir " + Echo.quote(id) + " inconnu ; couloirs installés : "
				+ registry.couloirs().stream().map(Couloir::id).collect(Collectors.joining(", "));
	}

	/** Every column the mapping reads. */
	public Set<String> columns() {
		Set<String> columns = new LinkedHashSet<>(mapping.couloir().columns());
		mapping.dossier().values().forEach(t -> columns.addAll(t.columns()));
		if (mapping.demande() != null) {
			columns.addAll(mapping.demande().columns());
		}
		mapping.champs().values().forEach(t -> columns.addAll(t.columns()));
		return columns;
	}

	/** The champs resolved against a couloir's request and grouped by feature (once per couloir), the problems left out. */
	private List<RequestFiller.Node> fields(Couloir couloir) {
		return fields.computeIfAbsent(couloir, c -> RequestFiller.Node.of(resolve(c, new ArrayList<>()), 0));
	}

	private List<Field> resolve(Couloir couloir, List<String> problems) {
		List<Field> resolved = new ArrayList<>();
		for (Map.Entry<String, Template> entry : mapping.champs().entrySet()) {
			List<EStructuralFeature> path = resolve(couloir, SegurPackage.Literals.DEMANDE, entry.getKey(), problems);
			if (path != null) {
				resolved.add(new Field(entry.getKey(), path, entry.getValue()));
			}
		}
		for (String key : mapping.dossier().keySet()) {
			if (!List.of("numeroAns", "SIRET").contains(key)) {
				problems.add(mapping.file() + " : " + Echo.quote("dossier." + key) + " : clé inconnue ; clés possibles : numeroAns, SIRET");
			}
		}
		return List.copyOf(resolved);
	}

	private List<EStructuralFeature> resolve(Couloir couloir, EClass root, String key, List<String> problems) {
		List<EStructuralFeature> path = new ArrayList<>();
		EClass current = root;
		String[] segments = key.split("\\.", -1);
		for (int i = 0; i < segments.length; i++) {
			AspClassMapping mappings = AspClassMapping.of(current);
			AspFeatureMapping feature = mappings.byKey(segments[i]);
			if (feature == null) {
				feature = mappings.byAlias(segments[i]);
			}
			String where = i == 0 ? "une demande" : String.join(".", List.of(segments).subList(0, i));
			if (feature == null || feature.feature() == SegurPackage.Literals.DEMANDE__NUMERO_EDITEUR
					|| feature.feature() == SegurPackage.Literals.DEMANDE__NUM_LIGNE) {
				String possible = mappings.features().stream().map(AspFeatureMapping::key)
						.filter(k -> !k.equals("numeroEditeur") && !k.equals("numLigne")).collect(Collectors.joining(", "));
				String hint = "numeroEditeur".equals(segments[i]) ? " (le numéro éditeur est le modèle « demande »)" : "";
				problems.add(mapping.file() + " : " + Echo.quote(key) + " : pas de champ " + Echo.quote(segments[i]) + " dans " + where + " ("
						+ couloir.id() + ")" + hint + " ; champs possibles : " + possible);
				return null;
			}
			path.add(feature.feature());
			boolean last = i == segments.length - 1;
			if (feature.feature() instanceof EReference reference) {
				EClass type = reference.getEReferenceType();
				current = type.isAbstract() ? couloir.concreteClass(type) : type;
				if (last) {
					problems.add(mapping.file() + " : " + Echo.quote(key) + " est un bloc ; nommez l'un de ses champs : " + key + "."
							+ AspClassMapping.of(current).features().get(0).key() + "...");
					return null;
				}
			} else if (!last) {
				problems.add(mapping.file() + " : " + Echo.quote(key) + " : " + Echo.quote(segments[i]) + " est une valeur, pas un bloc");
				return null;
			}
		}
		return path;
	}

	/**
	 * The parts of a table (call {@link #check} first: a mapping with problems plans nothing): one pass over
	 * its rows, each row costing the same whatever the size of the table.
	 *
	 * @param maxRequests the most requests of a part ({@link #PORTAL_MAX} unless the user says otherwise)
	 * @param numbers     the numbers the vendors used so far: without a {@code demande} template, each row gets
	 *                    the next one of its vendor (a number read from the table is the user's: the
	 *                    validation says when it is used twice)
	 */
	public Plan plan(CsvTable table, int maxRequests, VendorNumbers numbers) {
		if (maxRequests < 1) {
			throw new IllegalArgumentException("maxRequests " + maxRequests);
		}
		List<Problem> problems = new ArrayList<>();
		List<Change> changes = new ArrayList<>();
		List<String> refusals = new ArrayList<>();
		Map<GroupKey, Map<String, List<Integer>>> groups = new LinkedHashMap<>();
		Map<GroupKey, Integer> exhausted = new LinkedHashMap<>();
		Map<GroupKey, Integer> firstExhausted = new LinkedHashMap<>();
		String couloirColumn = mapping.couloir().columns().stream().findFirst().orElse(null);
		String demandeColumn = mapping.demande() == null ? null : mapping.demande().columns().stream().findFirst().orElse(null);
		List<CsvTable.Row> rows = table.rows();
		for (int i = 0; i < rows.size(); i++) {
			CsvTable.Row row = rows.get(i);
			Function<String, String> cell = cells(table, row);
			GroupKey key = new GroupKey(mapping.couloir().apply(cell), value(mapping.dossier().get("numeroAns"), cell),
					value(mapping.dossier().get("SIRET"), cell));
			if (registry.couloir(key.couloir()).isEmpty()) {
				problems.add(new Problem(true, table.file(), row.line(), couloirColumn,
						"couloir " + Echo.quote(key.couloir()) + " inconnu : ligne non importée"));
				continue;
			}
			Map<String, List<Integer>> requests = groups.computeIfAbsent(key, k -> new LinkedHashMap<>());
			String numero;
			if (mapping.demande() == null) {
				try {
					numero = numbers.of(key.numeroAns(), key.siret()).take();
				} catch (NumerosEditeur.Exhausted e) {
					exhausted.merge(key, 1, Integer::sum);
					firstExhausted.putIfAbsent(key, row.line());
					continue;
				}
			} else {
				String written = mapping.demande().apply(cell);
				if (written.isEmpty()) {
					problems.add(new Problem(false, table.file(), row.line(), demandeColumn, "pas de numéro de demande sur cette ligne : ligne ignorée"));
					continue;
				}
				numero = NumerosEditeur.pad(written);
				if (!numero.equals(written)) {
					changes.add(new Change(table.file(), row.line(), demandeColumn, "numeroEditeur", written, numero));
				}
			}
			requests.computeIfAbsent(numero, n -> new ArrayList<>(1)).add(i);
		}
		exhausted.forEach((key, count) -> refusals.add(table.file() + ":" + firstExhausted.get(key) + ": erreur : plus aucun numéro éditeur libre"
				+ " pour l'éditeur (ANS " + Echo.quote(key.numeroAns()) + ", SIRET " + Echo.quote(key.siret()) + ") : les " + NumerosEditeur.MAX
				+ " numéros sont utilisés (dans ce tableur et les dossiers de l'éditeur déjà là) ; " + count
				+ " ligne(s) resteraient sans numéro à partir de celle-ci : importez-les dans un autre dossier de sortie, ou donnez-leur"
				+ " un numéro par le modèle « demande » du mapping"));
		List<Part> parts = new ArrayList<>();
		for (Map.Entry<GroupKey, Map<String, List<Integer>>> group : groups.entrySet()) {
			Couloir couloir = registry.couloir(group.getKey().couloir()).orElseThrow();
			List<Request> requests = group.getValue().entrySet().stream().map(e -> new Request(e.getKey(), List.copyOf(e.getValue()))).toList();
			int of = (requests.size() + maxRequests - 1) / maxRequests;
			for (int index = 0; index < of; index++) {
				parts.add(new Part(table, couloir, emptyToNull(group.getKey().numeroAns()), emptyToNull(group.getKey().siret()), index + 1, of,
						requests.subList(index * maxRequests, Math.min(requests.size(), (index + 1) * maxRequests))));
			}
		}
		return new Plan(table, List.copyOf(parts), problems, changes, refusals);
	}

	/**
	 * The model of one part. Thread-safe: parts may be built at the same time, each with its own lists.
	 *
	 * @param problems receives the cells that do not read and the rows of a request that disagree
	 * @param changes  receives the values written otherwise than their cells
	 */
	public Built build(Part part, List<Problem> problems, List<Change> changes) {
		Couloir couloir = part.couloir();
		List<RequestFiller.Node> resolved = fields(couloir);
		Dossier dossier = couloir.newDossier();
		dossier.setNumeroAns(part.numeroAns());
		dossier.setSIRET(part.siret());
		Map<Demande, List<String>> notes = new LinkedHashMap<>();
		boolean pieces = resolved.stream().anyMatch(node -> node.feature() == SegurPackage.Literals.DEMANDE__PIECES_JUSTIFICATIVES);
		List<CsvTable.Row> rows = part.table().rows();
		for (Request request : part.requests()) {
			Demande demande = couloir.newDemande();
			demande.setNumeroEditeur(request.numero());
			dossier.getDemandes().add(demande);
			dossier.getNumerosEditeurUtilises().add(request.numero());
			List<String> requestNotes = new ArrayList<>();
			List<CsvTable.Row> requestRows = request.rows().stream().map(rows::get).toList();
			new RequestFiller(part.table(), couloir, problems, changes, requestNotes).fillRequest(demande, resolved, requestRows);
			if (!pieces) {
				defaultPieces(couloir, demande);
			}
			namePieces(couloir, demande);
			if (!requestNotes.isEmpty()) {
				notes.put(demande, requestNotes);
			}
		}
		return new Built(part, dossier, notes);
	}

	/**
	 * The text with, inside each request that has some, the values that did not read as comments, so that
	 * nothing of the row is lost.
	 */
	public static String withNotes(String text, Map<Demande, List<String>> notes) {
		if (notes.isEmpty()) {
			return text;
		}
		StringBuilder result = new StringBuilder(text.length() + notes.size() * 120);
		int from = 0;
		for (Map.Entry<Demande, List<String>> entry : notes.entrySet()) {
			String header = "demande \"" + entry.getKey().getNumeroEditeur() + "\" {\n";
			int at = text.indexOf(header, from);
			if (at < 0) {
				continue;
			}
			int lineStart = text.lastIndexOf('\n', at) + 1;
			String indent = text.substring(lineStart, at) + "  ";
			result.append(text, from, at + header.length());
			for (String note : entry.getValue()) {
				result.append(indent).append("// import-csv : ").append(note.replace("\n", " ").replace("\r", " ")).append('\n');
			}
			from = at + header.length();
		}
		return result.append(text, from, text.length()).toString();
	}

	/** The couloir's required pieces, as a new request of the editor gets them (a PDF each, named after the request). */
	private static void defaultPieces(Couloir couloir, Demande demande) {
		for (TypePiece type : couloir.typesPieces()) {
			for (int i = 0; i < type.min(); i++) {
				PieceJustificative piece = SegurFactory.eINSTANCE.createPieceJustificative();
				piece.setTypeFichier(type.type());
				piece.setFormatFichier(FormatFichier.PDF);
				demande.getPiecesJustificatives().add(piece);
			}
		}
	}

	/** A piece of a known type and format without a name gets the nomenclature's (seed §3.3). */
	private static void namePieces(Couloir couloir, Demande demande) {
		for (PieceJustificative piece : demande.getPiecesJustificatives()) {
			if (piece.getNomFichier() == null && piece.getTypeFichier() != null && piece.isSetFormatFichier()) {
				couloir.typePiece(piece.getTypeFichier())
						.ifPresent(type -> piece.setNomFichier(couloir.nomPiece(type, piece.getFormatFichier(), demande.getNumeroEditeur())));
			}
		}
	}

	/** A row's cells by column header. */
	static Function<String, String> cells(CsvTable table, CsvTable.Row row) {
		return header -> {
			int column = table.column(header);
			return column < 0 || column >= row.cells().size() ? "" : row.cells().get(column);
		};
	}

	private static String value(Template template, Function<String, String> cell) {
		return template == null ? "" : template.apply(cell);
	}

	private static String emptyToNull(String value) {
		return value == null || value.isEmpty() ? null : value;
	}

}
