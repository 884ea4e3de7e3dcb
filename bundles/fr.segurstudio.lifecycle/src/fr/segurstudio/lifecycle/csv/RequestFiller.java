package fr.segurstudio.lifecycle.csv;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

import fr.segurstudio.model.asp.RawValues;
import fr.segurstudio.model.asp.ValueKind;
import fr.segurstudio.model.couloir.Couloir;
import fr.segurstudio.model.issue.Echo;

/**
 * Reads the cells of one request's rows into its model, the mapping's fields grouped by the feature at each
 * depth. Linear in the request's rows: entries of a list are told apart by their cells' texts (a hash), not
 * by comparing each new entry with every one before it.
 */
final class RequestFiller {

	private static final Pattern SEPARATORS = Pattern.compile("[,|]");

	private final CsvTable table;
	private final Couloir couloir;
	private final List<CsvImport.Problem> problems;
	private final List<CsvImport.Change> changes;
	private final List<String> notes;
	/** The cells that did not read, to hold as written once the request is whole (a list's entry joins it after it is filled). */
	private final List<Runnable> unreadable = new ArrayList<>();

	RequestFiller(CsvTable table, Couloir couloir, List<CsvImport.Problem> problems, List<CsvImport.Change> changes, List<String> notes) {
		this.table = table;
		this.couloir = couloir;
		this.problems = problems;
		this.changes = changes;
		this.notes = notes;
	}

	/**
	 * The mapping's fields grouped by the feature at each depth of their paths, once per couloir: an attribute
	 * with the fields that set it, or a reference with the groups below it.
	 */
	record Node(EStructuralFeature feature, List<CsvImport.Field> fields, List<Node> children) {

		static List<Node> of(List<CsvImport.Field> fields, int depth) {
			Map<EStructuralFeature, List<CsvImport.Field>> byFeature = new LinkedHashMap<>();
			for (CsvImport.Field field : fields) {
				byFeature.computeIfAbsent(field.path().get(depth), f -> new ArrayList<>()).add(field);
			}
			List<Node> nodes = new ArrayList<>();
			byFeature.forEach((feature, inner) -> nodes.add(new Node(feature, List.copyOf(inner),
					feature instanceof EReference ? of(inner, depth + 1) : List.of())));
			return List.copyOf(nodes);
		}
	}

	/** Reads the rows into the request, then holds each single value whose cell did not read as written ({@link RawValues}). */
	void fillRequest(EObject demande, List<Node> nodes, List<CsvTable.Row> rows) {
		fill(demande, nodes, rows);
		unreadable.forEach(Runnable::run);
		unreadable.clear();
	}

	private void fill(EObject target, List<Node> nodes, List<CsvTable.Row> rows) {
		for (Node node : nodes) {
			if (node.feature() instanceof EAttribute attribute) {
				for (CsvImport.Field field : node.fields()) {
					attribute(target, attribute, field, rows);
				}
			} else if (((EReference) node.feature()).isMany()) {
				entries(target, node, rows);
			} else {
				EReference reference = (EReference) node.feature();
				boolean anyValue = rows.stream().anyMatch(row -> node.fields().stream().anyMatch(f -> !apply(f, row).isEmpty()));
				if (!anyValue) {
					continue;
				}
				EObject child = (EObject) target.eGet(reference);
				if (child == null) {
					child = create(reference.getEReferenceType());
					target.eSet(reference, child);
				}
				fill(child, node.children(), rows);
			}
		}
	}

	/** One entry per row of the request, identical ones once (the group practice's single purchase order). */
	@SuppressWarnings("unchecked")
	private void entries(EObject target, Node node, List<CsvTable.Row> rows) {
		EReference reference = (EReference) node.feature();
		EList<EObject> list = (EList<EObject>) target.eGet(reference);
		boolean allConstant = node.fields().stream().allMatch(f -> f.template().isConstant());
		Set<List<String>> seen = new HashSet<>();
		for (CsvTable.Row row : allConstant ? rows.subList(0, 1) : rows) {
			List<String> texts = new ArrayList<>(node.fields().size());
			boolean anyCell = false;
			for (CsvImport.Field field : node.fields()) {
				String text = apply(field, row);
				texts.add(text);
				anyCell |= !field.template().isConstant() && !text.isEmpty();
			}
			if (!allConstant && !anyCell || !seen.add(texts)) {
				continue;
			}
			EObject child = create(reference.getEReferenceType());
			fill(child, node.children(), List.of(row));
			list.add(child);
		}
	}

	private EObject create(EClass type) {
		return EcoreUtil.create(type.isAbstract() ? couloir.concreteClass(type) : type);
	}

	@SuppressWarnings("unchecked")
	private void attribute(EObject target, EAttribute attribute, CsvImport.Field field, List<CsvTable.Row> rows) {
		String column = field.column();
		if (attribute.isMany()) {
			EList<Object> values = (EList<Object>) target.eGet(attribute);
			Set<Object> present = new HashSet<>(values);
			for (CsvTable.Row row : rows) {
				for (String item : SEPARATORS.split(apply(field, row))) {
					Object value = convert(target, attribute, item.strip(), field, row, column);
					if (value != null && present.add(value)) {
						values.add(value);
					}
				}
			}
			return;
		}
		String first = null;
		CsvTable.Row firstRow = null;
		for (CsvTable.Row row : rows) {
			String text = apply(field, row);
			if (text.isEmpty()) {
				continue;
			}
			if (first == null) {
				first = text;
				firstRow = row;
			} else if (!first.equals(text)) {
				problems.add(new CsvImport.Problem(false, table.file(), row.line(), column, Echo.quote(text) + " diffère de " + Echo.quote(first)
						+ " (ligne " + firstRow.line() + ") pour " + Echo.quote(field.key()) + " de la même demande ; la première valeur est gardée"));
			}
		}
		if (first != null) {
			Object value = convert(target, attribute, first, field, firstRow, column);
			if (value != null) {
				target.eSet(attribute, value);
			}
		}
	}

	private Object convert(EObject target, EAttribute attribute, String text, CsvImport.Field field, CsvTable.Row row, String column) {
		if (text.isEmpty()) {
			return null;
		}
		ValueKind kind = ValueKind.of(attribute);
		Object value;
		try {
			value = kind.parse(SpreadsheetValues.canonical(kind, text), attribute);
		} catch (IllegalArgumentException e) {
			unreadable(target, attribute, text, field, row, column, e.getMessage());
			return null;
		}
		String written = kind.format(value);
		if (!text.equals(written)) {
			changes.add(new CsvImport.Change(table.file(), row.line(), column, field.key(), text, written));
		}
		return value;
	}

	/**
	 * A cell that does not read as its field's type: an error naming the cell, and its text kept — a single value
	 * held as written by the model (the text shows it as the cell held it, the validation says what is wrong); an
	 * element of a list of values as a comment of the request, the one place left where the model cannot hold it.
	 */
	private void unreadable(EObject target, EAttribute attribute, String text, CsvImport.Field field, CsvTable.Row row, String column, String reason) {
		problems.add(new CsvImport.Problem(true, table.file(), row.line(), column, Echo.quote(field.key()) + " : " + reason));
		if (!attribute.isMany()) {
			unreadable.add(() -> RawValues.hold(target, attribute, -1, RawValues.jsonString(text)));
			return;
		}
		notes.add(table.file() + " ligne " + row.line() + (column == null ? "" : ", colonne " + Echo.quote(column)) + " : "
				+ Echo.quote(field.key()) + " illisible : « " + Echo.escape(text) + " »"); // whole: the note is what keeps it
	}

	private String apply(CsvImport.Field field, CsvTable.Row row) {
		return field.template().apply(CsvImport.cells(table, row));
	}
}
