package fr.segurstudio.lifecycle.csv;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

import fr.segurstudio.model.asp.AspClassMapping;
import fr.segurstudio.model.asp.AspFeatureMapping;
import fr.segurstudio.model.asp.ValueKind;
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

/**
 * A spreadsheet export turned into dossiers by a {@link CsvMapping}: rows grouped into one dossier per
 * couloir, numeroAns and SIRET, and into one request per value of the {@code demande} template (a group
 * practice: one row per doctor, one request with a {@code liberal} entry per row). A list of objects gets
 * one entry per row of the request (identical entries once); a cell for a list of identifiers may hold
 * several, separated by {@code ,} or {@code |}. Values are read as spreadsheets write them (dates
 * JJ/MM/AAAA or ISO, amounts {@code 1 075,00} or {@code 1075.00}, oui/non), and a cell that does not read
 * is reported with its CSV file, line and column header, its value written as a comment in the request:
 * no row is lost. Mapping paths and columns are checked first ({@link #check}).
 */
public final class CsvImport {

	/** What the import says about one row or cell (a warning, or an error of a value that does not read). */
	public record Problem(boolean error, String file, int line, String column, String message) {

		@Override
		public String toString() {
			return file + (line > 0 ? ":" + line : "") + ": " + (error ? "erreur" : "avertissement") + " : "
					+ (column == null ? "" : "colonne « " + column + " » : ") + message;
		}
	}

	/** One dossier built: its model and, per request, the notes to write as comments (values that did not read). */
	public record Built(Couloir couloir, Dossier dossier, Map<Demande, List<String>> notes) {
	}

	public record Result(List<Built> dossiers, List<Problem> problems) {
	}

	/** A mapping key resolved: the features from the request (or the dossier) down to the value. */
	private record Field(String key, List<EStructuralFeature> path, Template template) {
	}

	private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ].*)?");
	private static final Pattern SHORT_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
	private static final Pattern SEPARATORS = Pattern.compile("[,|]");

	private final CsvMapping mapping;
	private final CouloirRegistry registry;

	public CsvImport(CsvMapping mapping, CouloirRegistry registry) {
		this.mapping = mapping;
		this.registry = registry;
	}

	/**
	 * The mapping's mistakes against the couloirs and this table, before anything is built: unknown key
	 * paths (with the keys possible there), columns absent from the CSV (with its columns), an unknown couloir.
	 */
	public List<String> check(CsvTable table) {
		List<String> problems = new ArrayList<>();
		for (String column : columns()) {
			if (table.column(column) < 0) {
				problems.add(mapping.file() + " : la colonne « " + column + " » n'est pas dans " + table.file() + " (colonnes : "
						+ String.join(", ", table.headers()) + ")");
			}
		}
		if (mapping.couloir().isConstant()) {
			Couloir couloir = registry.couloir(mapping.couloir().text()).orElse(null);
			if (couloir == null) {
				problems.add(unknownCouloir(mapping.couloir().text()));
			} else {
				fields(couloir, problems);
			}
		} else {
			for (Couloir couloir : registry.couloirs()) {
				fields(couloir, problems);
			}
		}
		return problems.stream().distinct().toList();
	}

	private String unknownCouloir(String id) {
		return mapping.file() + " : couloir « " + id + " » inconnu ; couloirs installés : "
				+ registry.couloirs().stream().map(Couloir::id).collect(Collectors.joining(", "));
	}

	private Set<String> columns() {
		Set<String> columns = new LinkedHashSet<>(mapping.couloir().columns());
		mapping.dossier().values().forEach(t -> columns.addAll(t.columns()));
		if (mapping.demande() != null) {
			columns.addAll(mapping.demande().columns());
		}
		mapping.champs().values().forEach(t -> columns.addAll(t.columns()));
		return columns;
	}

	/** The champs resolved against a couloir's request, and the dossier's keys against its dossier. */
	private List<Field> fields(Couloir couloir, List<String> problems) {
		List<Field> fields = new ArrayList<>();
		for (Map.Entry<String, Template> entry : mapping.champs().entrySet()) {
			List<EStructuralFeature> path = resolve(couloir, SegurPackage.Literals.DEMANDE, entry.getKey(), problems);
			if (path != null) {
				fields.add(new Field(entry.getKey(), path, entry.getValue()));
			}
		}
		for (String key : mapping.dossier().keySet()) {
			if (!List.of("numeroAns", "SIRET").contains(key)) {
				problems.add(mapping.file() + " : « dossier." + key + " » : clé inconnue ; clés possibles : numeroAns, SIRET");
			}
		}
		return fields;
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
				problems.add(mapping.file() + " : « " + key + " » : pas de champ « " + segments[i] + " » dans " + where + " ("
						+ couloir.id() + ")" + hint + " ; champs possibles : " + possible);
				return null;
			}
			path.add(feature.feature());
			boolean last = i == segments.length - 1;
			if (feature.feature() instanceof EReference reference) {
				EClass type = reference.getEReferenceType();
				current = type.isAbstract() ? couloir.concreteClass(type) : type;
				if (last) {
					problems.add(mapping.file() + " : « " + key + " » est un bloc ; nommez l'un de ses champs : " + key + "."
							+ AspClassMapping.of(current).features().get(0).key() + "...");
					return null;
				}
			} else if (!last) {
				problems.add(mapping.file() + " : « " + key + " » : « " + segments[i] + " » est une valeur, pas un bloc");
				return null;
			}
		}
		return path;
	}

	/**
	 * Builds the dossiers of a table (call {@link #check} first: a mapping with problems builds nothing).
	 *
	 * @param alsoUsed the numbers already used by the vendor of a dossier (its other dossiers), by
	 *                 "numeroAns SIRET": requests without a {@code demande} column get numbers after them
	 */
	public Result build(CsvTable table, Function<Dossier, Collection<String>> alsoUsed) {
		List<Problem> problems = new ArrayList<>();
		Map<List<String>, List<CsvTable.Row>> byDossier = new LinkedHashMap<>();
		for (CsvTable.Row row : table.rows()) {
			Function<String, String> cell = cells(table, row);
			List<String> key = List.of(mapping.couloir().apply(cell), value(mapping.dossier().get("numeroAns"), cell),
					value(mapping.dossier().get("SIRET"), cell));
			byDossier.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
		}
		List<Built> built = new ArrayList<>();
		for (Map.Entry<List<String>, List<CsvTable.Row>> group : byDossier.entrySet()) {
			Couloir couloir = registry.couloir(group.getKey().get(0)).orElse(null);
			if (couloir == null) {
				for (CsvTable.Row row : group.getValue()) {
					problems.add(new Problem(true, table.file(), row.line(), mapping.couloir().columns().stream().findFirst().orElse(null),
							"couloir « " + group.getKey().get(0) + " » inconnu : ligne non importée"));
				}
				continue;
			}
			List<String> ignored = new ArrayList<>();
			List<Field> fields = fields(couloir, ignored);
			Dossier dossier = couloir.newDossier();
			dossier.setNumeroAns(emptyToNull(group.getKey().get(1)));
			dossier.setSIRET(emptyToNull(group.getKey().get(2)));
			Map<String, List<CsvTable.Row>> byRequest = new LinkedHashMap<>();
			int alone = 0;
			for (CsvTable.Row row : group.getValue()) {
				if (mapping.demande() == null) {
					byRequest.put("\0" + alone++, List.of(row));
					continue;
				}
				String numero = mapping.demande().apply(cells(table, row));
				if (numero.isEmpty()) {
					problems.add(new Problem(false, table.file(), row.line(), mapping.demande().columns().stream().findFirst().orElse(null),
							"pas de numéro de demande sur cette ligne : ligne ignorée"));
					continue;
				}
				byRequest.computeIfAbsent(NumerosEditeur.pad(numero), k -> new ArrayList<>()).add(row);
			}
			Map<Demande, List<String>> notes = new LinkedHashMap<>();
			Collection<String> used = new LinkedHashSet<>(alsoUsed.apply(dossier));
			for (Map.Entry<String, List<CsvTable.Row>> request : byRequest.entrySet()) {
				Demande demande = couloir.newDemande();
				String numero = request.getKey().startsWith("\0") ? NumerosEditeur.next(dossier, used) : request.getKey();
				demande.setNumeroEditeur(numero);
				dossier.getDemandes().add(demande);
				if (!dossier.getNumerosEditeurUtilises().contains(numero)) {
					dossier.getNumerosEditeurUtilises().add(numero);
				}
				List<String> requestNotes = new ArrayList<>();
				new Filler(table, problems, requestNotes).fill(demande, fields, 0, request.getValue());
				if (fields.stream().noneMatch(f -> f.path().get(0) == SegurPackage.Literals.DEMANDE__PIECES_JUSTIFICATIVES)) {
					defaultPieces(couloir, demande);
				}
				namePieces(couloir, demande);
				if (!requestNotes.isEmpty()) {
					notes.put(demande, requestNotes);
				}
			}
			built.add(new Built(couloir, dossier, notes));
		}
		return new Result(built, problems);
	}

	/** Reads the cells of the rows into the model, the fields grouped by the feature at {@code depth}. */
	private final class Filler {
		private final CsvTable table;
		private final List<Problem> problems;
		private final List<String> notes;

		Filler(CsvTable table, List<Problem> problems, List<String> notes) {
			this.table = table;
			this.problems = problems;
			this.notes = notes;
		}

		@SuppressWarnings("unchecked")
		void fill(EObject target, List<Field> fields, int depth, List<CsvTable.Row> rows) {
			Map<EStructuralFeature, List<Field>> byFeature = new LinkedHashMap<>();
			for (Field field : fields) {
				byFeature.computeIfAbsent(field.path().get(depth), f -> new ArrayList<>()).add(field);
			}
			for (Map.Entry<EStructuralFeature, List<Field>> entry : byFeature.entrySet()) {
				EStructuralFeature feature = entry.getKey();
				if (feature instanceof EAttribute attribute) {
					for (Field field : entry.getValue()) {
						attribute(target, attribute, field, rows);
					}
				} else {
					EReference reference = (EReference) feature;
					EClass type = reference.getEReferenceType();
					List<Field> inner = entry.getValue();
					if (reference.isMany()) {
						EList<EObject> list = (EList<EObject>) target.eGet(reference);
						boolean allConstant = inner.stream().allMatch(f -> f.template().isConstant());
						for (CsvTable.Row row : allConstant ? rows.subList(0, 1) : rows) {
							if (!allConstant && inner.stream().allMatch(f -> f.template().isConstant() || f.template().apply(cells(table, row)).isEmpty())) {
								continue;
							}
							EObject child = create(target, type);
							fill(child, inner, depth + 1, List.of(row));
							if (list.stream().noneMatch(existing -> EcoreUtil.equals(existing, child))) {
								list.add(child);
							}
						}
					} else {
						boolean anyValue = rows.stream().anyMatch(row -> inner.stream().anyMatch(f -> !f.template().apply(cells(table, row)).isEmpty()));
						if (!anyValue) {
							continue;
						}
						EObject child = (EObject) target.eGet(reference);
						if (child == null) {
							child = create(target, type);
							target.eSet(reference, child);
						}
						fill(child, inner, depth + 1, rows);
					}
				}
			}
		}

		private EObject create(EObject target, EClass type) {
			if (!type.isAbstract()) {
				return EcoreUtil.create(type);
			}
			Dossier dossier = (Dossier) EcoreUtil.getRootContainer(target);
			return EcoreUtil.create(registry.couloirOf(dossier).orElseThrow().concreteClass(type));
		}

		@SuppressWarnings("unchecked")
		private void attribute(EObject target, EAttribute attribute, Field field, List<CsvTable.Row> rows) {
			String column = field.template().columns().stream().findFirst().orElse(null);
			if (attribute.isMany()) {
				EList<Object> values = (EList<Object>) target.eGet(attribute);
				for (CsvTable.Row row : rows) {
					for (String item : SEPARATORS.split(field.template().apply(cells(table, row)))) {
						Object value = convert(attribute, item.strip(), field, row, column);
						if (value != null && !values.contains(value)) {
							values.add(value);
						}
					}
				}
				return;
			}
			String first = null;
			CsvTable.Row firstRow = null;
			for (CsvTable.Row row : rows) {
				String text = field.template().apply(cells(table, row));
				if (text.isEmpty()) {
					continue;
				}
				if (first == null) {
					first = text;
					firstRow = row;
				} else if (!first.equals(text)) {
					problems.add(new Problem(false, table.file(), row.line(), column, "« " + text + " » diffère de « " + first + " » (ligne "
							+ firstRow.line() + ") pour « " + field.key() + " » de la même demande ; la première valeur est gardée"));
				}
			}
			if (first != null) {
				Object value = convert(attribute, first, field, firstRow, column);
				if (value != null) {
					target.eSet(attribute, value);
				}
			}
		}

		private Object convert(EAttribute attribute, String text, Field field, CsvTable.Row row, String column) {
			if (text.isEmpty()) {
				return null;
			}
			ValueKind kind = ValueKind.of(attribute);
			try {
				return kind.parse(spreadsheet(kind, text), attribute);
			} catch (IllegalArgumentException e) {
				problems.add(new Problem(true, table.file(), row.line(), column, "« " + field.key() + " » : " + e.getMessage()));
				notes.add(table.file() + " ligne " + row.line() + (column == null ? "" : ", colonne « " + column + " »") + " : « "
						+ field.key() + " » illisible : « " + text + " »");
				return null;
			}
		}
	}

	/**
	 * The text with, inside each request that has some, the values that did not read as comments, so that
	 * nothing of the row is lost.
	 */
	public static String withNotes(String text, Map<Demande, List<String>> notes) {
		String result = text;
		for (Map.Entry<Demande, List<String>> entry : notes.entrySet()) {
			String header = "demande \"" + entry.getKey().getNumeroEditeur() + "\" {\n";
			int at = result.indexOf(header);
			if (at < 0) {
				continue;
			}
			int lineStart = result.lastIndexOf('\n', at) + 1;
			String indent = result.substring(lineStart, at) + "  ";
			StringBuilder comments = new StringBuilder();
			for (String note : entry.getValue()) {
				comments.append(indent).append("// import-csv : ").append(note.replace("\n", " ").replace("\r", " ")).append('\n');
			}
			result = result.substring(0, at + header.length()) + comments + result.substring(at + header.length());
		}
		return result;
	}

	/**
	 * The file a built dossier goes to: the CSV's name ({@code crm-mars.segur}), with the couloir, ANS and
	 * SIRET when the CSV gives several dossiers.
	 */
	public static String fileName(String csvFile, Built built, int dossiersOfCsv) {
		String name = java.nio.file.Path.of(csvFile).getFileName().toString();
		int dot = name.lastIndexOf('.');
		String base = dot > 0 ? name.substring(0, dot) : name;
		return dossiersOfCsv == 1 ? base + ".segur"
				: base + "-" + built.couloir().id() + "-" + built.dossier().getNumeroAns() + "-" + built.dossier().getSIRET() + ".segur";
	}

	/** A value as spreadsheets write it, in the form the value kind reads. */
	static String spreadsheet(ValueKind kind, String text) {
		switch (kind) {
		case AMOUNT -> {
			String amount = text.replaceAll("[\\s\u00A0\u202F€]", "");
			if (amount.contains(",")) {
				amount = amount.replace(".", "").replace(',', '.');
			}
			return amount;
		}
		case DATE -> {
			Matcher iso = ISO_DATE.matcher(text);
			if (iso.matches()) {
				return String.format("%02d/%02d/%s", Integer.parseInt(iso.group(3)), Integer.parseInt(iso.group(2)), iso.group(1));
			}
			Matcher date = SHORT_DATE.matcher(text);
			if (date.matches()) {
				return String.format("%02d/%02d/%s", Integer.parseInt(date.group(1)), Integer.parseInt(date.group(2)), date.group(3));
			}
			return text;
		}
		case BOOLEAN -> {
			String word = text.toLowerCase(Locale.ROOT);
			if (List.of("true", "vrai", "oui", "o", "1", "x", "yes").contains(word)) {
				return "true";
			}
			if (List.of("false", "faux", "non", "n", "0", "no").contains(word)) {
				return "false";
			}
			return text;
		}
		case ENUMERATION -> {
			return text.toUpperCase(Locale.ROOT);
		}
		default -> {
			return text;
		}
		}
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

	private static Function<String, String> cells(CsvTable table, CsvTable.Row row) {
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
