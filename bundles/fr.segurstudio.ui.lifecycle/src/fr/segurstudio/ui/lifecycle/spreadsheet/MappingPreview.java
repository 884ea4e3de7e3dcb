package fr.segurstudio.ui.lifecycle.spreadsheet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;

import fr.segurstudio.lifecycle.csv.CsvImport;
import fr.segurstudio.lifecycle.csv.CsvMapping;
import fr.segurstudio.lifecycle.csv.CsvTable;
import fr.segurstudio.lifecycle.csv.Template;
import fr.segurstudio.lifecycle.csv.VendorNumbers;
import fr.segurstudio.model.couloir.CouloirRegistry;
import fr.segurstudio.model.issue.Echo;
import fr.segurstudio.model.issue.Issue;
import fr.segurstudio.ui.lifecycle.Messages;
import fr.segurstudio.validation.DossierValidator;
import fr.segurstudio.validation.ValidationContext;

/**
 * A mapping tried on the first rows of a table, as the import will do it: the mapping's mistakes
 * ({@link CsvImport#check}), then the requests of the first {@value #ROWS} rows built and validated. Each line of
 * the page gets the values its template gives on the first {@value #SHOWN} rows (a value changed on the way in
 * shown as such: {@code 2022-06-14 → 14/06/2022}) and a verdict: the validator's first error or warning on its
 * feature, a cell that does not read, or ✓.
 */
record MappingPreview(List<String> mappingProblems, Map<String, String> values, List<Issue> issues, List<CsvImport.Problem> problems,
		int rows) {

	static final int ROWS = 5;
	static final int SHOWN = 3;

	enum Level {
		NONE, OK, WARNING, ERROR
	}

	record Verdict(Level level, String text, String detail) {
	}

	static MappingPreview of(CsvMapping mapping, CsvTable table, CouloirRegistry registry, DossierValidator validator) {
		CsvImport importer = new CsvImport(mapping, registry);
		List<String> mappingProblems = importer.check(table);
		CsvTable head = table.head(ROWS);
		List<CsvImport.Problem> problems = new ArrayList<>();
		List<CsvImport.Change> changes = new ArrayList<>();
		List<Issue> issues = new ArrayList<>();
		CsvImport.Plan plan = importer.plan(head, CsvImport.PORTAL_MAX, new VendorNumbers(List.of()));
		problems.addAll(plan.problems());
		changes.addAll(plan.changes());
		for (CsvImport.Part part : plan.parts()) {
			issues.addAll(validator.validate(importer.build(part, problems, changes).dossier(), ValidationContext.ALONE));
		}
		Map<String, Template> templates = new LinkedHashMap<>(mapping.champs());
		mapping.dossier().forEach((key, template) -> templates.put("dossier." + key, template));
		if (mapping.demande() != null) {
			templates.put("demande", mapping.demande());
		}
		Map<String, String> values = new LinkedHashMap<>();
		templates.forEach((key, template) -> values.put(key, shown(key.equals("demande") ? "numeroEditeur" : key, template, head, changes)));
		return new MappingPreview(mappingProblems, values, issues, problems, head.rows().size());
	}

	/** The first rows' values of a template, « · » between them. */
	private static String shown(String key, Template template, CsvTable head, List<CsvImport.Change> changes) {
		List<String> shown = new ArrayList<>();
		for (CsvTable.Row row : head.rows().subList(0, Math.min(SHOWN, head.rows().size()))) {
			Function<String, String> cells = header -> {
				int column = head.column(header);
				return column < 0 ? "" : row.cells().get(column);
			};
			String value = template.apply(cells);
			String changed = changes.stream().filter(c -> c.line() == row.line() && c.key().equals(key)).map(CsvImport.Change::value).findFirst()
					.orElse(null);
			shown.add(value.isEmpty() ? "—" : changed == null ? value : value + " → " + changed);
		}
		return String.join(" · ", shown);
	}

	String values(String key) {
		return values.getOrDefault(key, "");
	}

	/** What the preview says of one line: its feature's issues on the rows tried, or its cells that do not read. */
	Verdict verdict(String key, EStructuralFeature feature, boolean mapped) {
		// beside the line, what is wrong (its key and the CSV line are the line's own); the whole problems in its tooltip
		List<String> errors = new ArrayList<>();
		List<String> warnings = new ArrayList<>();
		List<String> details = new ArrayList<>();
		String quoted = Echo.quote(key);
		problems.stream().filter(p -> p.message().startsWith(quoted)).forEach(p -> {
			(p.error() ? errors : warnings).add(p.message().substring(quoted.length()).replaceFirst("^\\s*:\\s*", ""));
			details.add(p.toString());
		});
		issues.stream().filter(i -> i.feature() == feature).forEach(i -> {
			(i.isError() ? errors : warnings).add(i.message());
			details.add(i.message());
		});
		String detail = String.join("\n", details.stream().distinct().toList());
		if (!errors.isEmpty()) {
			return new Verdict(Level.ERROR, "✗ " + Echo.text(errors.get(0)), detail);
		}
		if (!warnings.isEmpty()) {
			return new Verdict(Level.WARNING, "⚠ " + Echo.text(warnings.get(0)), detail);
		}
		return mapped ? new Verdict(Level.OK, NLS.bind(Messages.spreadsheetPreviewOk, rows), null) : new Verdict(Level.NONE, "", null);
	}
}
