package fr.segurstudio.ui.lifecycle.spreadsheet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import fr.segurstudio.forms.FormContext;
import fr.segurstudio.forms.swt.WidgetKeys;
import fr.segurstudio.json.InputFiles;
import fr.segurstudio.json.deposit.AtomicFiles;
import fr.segurstudio.lifecycle.csv.ColumnMatcher;
import fr.segurstudio.lifecycle.csv.CsvMapping;
import fr.segurstudio.lifecycle.csv.CsvTable;
import fr.segurstudio.lifecycle.csv.Template;
import fr.segurstudio.model.asp.AspClassMapping;
import fr.segurstudio.model.asp.AspFeatureMapping;
import fr.segurstudio.model.asp.ValueKind;
import fr.segurstudio.model.core.SegurPackage;
import fr.segurstudio.model.couloir.Couloir;
import fr.segurstudio.model.issue.Echo;
import fr.segurstudio.ui.lifecycle.Messages;

/**
 * Page 2: the mapping. The couloir, the dossier's numeroAns and SIRET, the request number, then every value of
 * the couloir's request form, in its groups: each a column ({@code {header}}), a value typed (a constant), or
 * both ({@code BDC-{n°}}), matched with a column of the same name at first. Beside each, what the first rows
 * give and what the validation says of it ({@link MappingPreview}). The mapping is loaded from and saved to the
 * JSON file {@code segur import-csv --mapping} reads; keys of a loaded file that the form does not show are
 * kept as they are.
 */
final class SpreadsheetMappingPage extends WizardPage {

	private static final String LAST_MAPPING = "mapping";
	private static final String LAST_COULOIR = "couloir";
	/** Lists longer than this (the 355 operator codes) are typed, not offered. */
	private static final int MAX_CHOICES = 40;
	private static final int PREVIEW_DELAY_MS = 250;

	/** One line of the mapping: its key, its combo and what the preview says beside it. */
	record Line(String key, EStructuralFeature feature, Combo value, Label values, Label status) {
	}

	private final SpreadsheetWizard.State state;
	private final List<Couloir> couloirs = new ArrayList<>();
	private final List<Line> lines = new ArrayList<>();
	/** Keys of a loaded mapping the form does not show: kept, and saved back. */
	private final Map<String, Template> extra = new LinkedHashMap<>();
	private Text mappingFile;
	private Combo couloir;
	private Line demande;
	private Line numeroAns;
	private Line siret;
	private Composite fieldsArea;
	private ScrolledComposite scroller;
	private CsvTable shownTable;
	private boolean previewScheduled;

	SpreadsheetMappingPage(SpreadsheetWizard.State state) {
		super("mapping", Messages.spreadsheetMappingTitle, null);
		this.state = state;
		setDescription(Messages.spreadsheetMappingDescription);
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(1).applyTo(page);

		Composite file = new Composite(page, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(5).applyTo(file);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(file);
		new Label(file, SWT.NONE).setText(Messages.spreadsheetMappingFile);
		mappingFile = new Text(file, SWT.BORDER);
		mappingFile.setData(WidgetKeys.KEY, "mapping");
		mappingFile.setMessage(Messages.spreadsheetMappingFileHint);
		mappingFile.setToolTipText(Messages.spreadsheetMappingFileTooltip);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(mappingFile);
		mappingFile.addListener(SWT.DefaultSelection, e -> load());
		button(file, Messages.spreadsheetBrowse, this::browse);
		button(file, Messages.spreadsheetLoad, this::load);
		button(file, Messages.spreadsheetSave, this::save);

		Composite head = new Composite(page, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(4).applyTo(head);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(head);
		new Label(head, SWT.NONE).setText(Messages.spreadsheetCouloir);
		couloir = new Combo(head, SWT.READ_ONLY);
		couloir.setData(WidgetKeys.KEY, "couloir");
		state.registry.couloirs().forEach(c -> {
			couloirs.add(c);
			couloir.add(c.id() + " — " + c.label());
		});
		GridDataFactory.swtDefaults().span(3, 1).applyTo(couloir);
		numeroAns = headLine(head, Messages.spreadsheetAns, "dossier.numeroAns", SegurPackage.Literals.DOSSIER__NUMERO_ANS);
		siret = headLine(head, Messages.spreadsheetSiret, "dossier.SIRET", SegurPackage.Literals.DOSSIER__SIRET);
		demande = headLine(head, Messages.spreadsheetNumero, "demande", SegurPackage.Literals.DEMANDE__NUMERO_EDITEUR);
		demande.value().setToolTipText(Messages.spreadsheetNumeroTooltip);

		Label legend = new Label(page, SWT.WRAP);
		legend.setText(Messages.spreadsheetMappingLegend);
		GridDataFactory.fillDefaults().grab(true, false).hint(500, SWT.DEFAULT).applyTo(legend);

		scroller = new ScrolledComposite(page, SWT.V_SCROLL | SWT.BORDER);
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 300).applyTo(scroller);
		fieldsArea = new Composite(scroller, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(4).applyTo(fieldsArea);
		scroller.setContent(fieldsArea);
		scroller.addListener(SWT.Resize, e -> fitFields());

		String last = state.settings.get(LAST_COULOIR);
		int index = couloirs.stream().map(Couloir::id).toList().indexOf(last);
		couloir.select(Math.max(0, index));
		couloir.addListener(SWT.Selection, e -> {
			rebuildFields(Map.of());
			matchColumns();
			schedulePreview();
		});
		String lastMapping = state.settings.get(LAST_MAPPING);
		if (lastMapping != null) {
			mappingFile.setText(lastMapping);
		}
		setControl(page);
	}

	private static void button(Composite parent, String text, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		button.addListener(SWT.Selection, e -> action.run());
	}

	private Line headLine(Composite head, String label, String key, EStructuralFeature feature) {
		new Label(head, SWT.NONE).setText(label);
		Combo value = new Combo(head, SWT.DROP_DOWN);
		value.setData(WidgetKeys.KEY, key);
		GridDataFactory.swtDefaults().hint(220, SWT.DEFAULT).applyTo(value);
		value.addListener(SWT.Modify, e -> schedulePreview());
		Label values = new Label(head, SWT.NONE);
		GridDataFactory.swtDefaults().hint(300, SWT.DEFAULT).applyTo(values);
		Label status = new Label(head, SWT.NONE);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.CENTER).grab(true, false).applyTo(status);
		return new Line(key, feature, value, values, status);
	}

	@Override
	public void setVisible(boolean visible) {
		if (visible && state.table != shownTable) {
			boolean first = shownTable == null;
			shownTable = state.table;
			Map<String, String> kept = first ? Map.of() : current();
			columnsChanged();
			if (first && !mappingFile.getText().isBlank() && Files.isRegularFile(Path.of(mappingFile.getText().strip()))) {
				load();
			} else {
				rebuildFields(kept);
				if (kept.isEmpty()) {
					matchColumns();
				}
			}
			preview();
		}
		super.setVisible(visible);
	}

	/** The columns of the table offered in every combo, as {@code {header}}. */
	private void columnsChanged() {
		for (Line line : List.of(numeroAns, siret, demande)) {
			String text = line.value().getText();
			line.value().setItems(columnItems(List.of()));
			line.value().setText(text);
		}
	}

	private String[] columnItems(List<String> choices) {
		List<String> items = new ArrayList<>();
		if (state.table != null) {
			state.table.headers().stream().filter(h -> !h.isEmpty()).forEach(h -> items.add("{" + h + "}"));
		}
		items.addAll(choices);
		return items.toArray(String[]::new);
	}

	private Couloir chosenCouloir() {
		int index = couloir.getSelectionIndex();
		return index < 0 ? null : couloirs.get(index);
	}

	/** The values of the chosen couloir's form, each with the template given (by key), in the form's groups. */
	private void rebuildFields(Map<String, String> templates) {
		for (Control child : fieldsArea.getChildren()) {
			child.dispose();
		}
		lines.clear();
		Couloir chosen = chosenCouloir();
		if (chosen == null) {
			return;
		}
		MappingFields fields = MappingFields.of(chosen, state.views, state.registry);
		FormContext context = new FormContext(state.registry, chosen);
		String group = null;
		for (MappingFields.Field field : fields.fields()) {
			if (!field.group().equals(group)) {
				group = field.group();
				Label heading = new Label(fieldsArea, SWT.NONE);
				heading.setText(group);
				heading.setFont(JFaceResources.getBannerFont());
				GridDataFactory.fillDefaults().span(4, 1).indent(0, lines.isEmpty() ? 0 : 6).applyTo(heading);
			}
			Label label = new Label(fieldsArea, SWT.WRAP);
			label.setText(field.label());
			label.setToolTipText(field.key());
			GridDataFactory.fillDefaults().align(SWT.FILL, SWT.CENTER).hint(220, SWT.DEFAULT).indent(10, 0).applyTo(label);
			Combo value = new Combo(fieldsArea, SWT.DROP_DOWN);
			value.setData(WidgetKeys.KEY, field.key());
			value.setItems(columnItems(choices(context, field.feature())));
			value.setText(templates.getOrDefault(field.key(), ""));
			value.setToolTipText(NLS.bind(Messages.spreadsheetValueTooltip, field.key()));
			GridDataFactory.swtDefaults().hint(190, SWT.DEFAULT).applyTo(value);
			value.addListener(SWT.Modify, e -> schedulePreview());
			Label values = new Label(fieldsArea, SWT.NONE);
			GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.CENTER).hint(280, SWT.DEFAULT).applyTo(values);
			Label status = new Label(fieldsArea, SWT.NONE);
			GridDataFactory.fillDefaults().align(SWT.FILL, SWT.CENTER).grab(true, false).hint(200, SWT.DEFAULT).applyTo(status);
			lines.add(new Line(field.key(), field.feature(), value, values, status));
		}
		fitFields();
	}

	/** The values offered besides the columns: a closed list's codes, oui/non; the long lists are typed. */
	private static List<String> choices(FormContext context, EStructuralFeature feature) {
		AspFeatureMapping mapping = AspClassMapping.of(feature.getEContainingClass()).byFeature(feature);
		if ((mapping != null ? mapping.kind() : ValueKind.of(feature)) == ValueKind.BOOLEAN) {
			return List.of("oui", "non");
		}
		List<String> codes = context.choices(feature, mapping).stream().map(c -> c.code()).toList();
		return codes.size() > MAX_CHOICES ? List.of() : codes;
	}

	private void fitFields() {
		int width = scroller.getClientArea().width;
		scroller.setMinSize(fieldsArea.computeSize(width > 0 ? width : SWT.DEFAULT, SWT.DEFAULT));
		fieldsArea.layout(true, true);
	}

	/** Each empty value given the column of its name, if any: the key, the last key, the label ({@link ColumnMatcher}). */
	private void matchColumns() {
		if (state.table == null) {
			return;
		}
		List<Line> all = new ArrayList<>(List.of(numeroAns, siret, demande));
		List<List<String>> names = new ArrayList<>(List.of(List.of("numeroAns", "numéro ANS", "ANS"), List.of("SIRET"),
				List.of("numeroEditeur", "numéro éditeur", "n° demande", "numéro demande", "demande")));
		Map<String, MappingFields.Field> byKey = new LinkedHashMap<>();
		MappingFields.of(chosenCouloir(), state.views, state.registry).fields().forEach(f -> byKey.put(f.key(), f));
		for (Line line : lines) {
			MappingFields.Field field = byKey.get(line.key());
			String last = line.key().substring(line.key().lastIndexOf('.') + 1);
			all.add(line);
			names.add(List.of(line.key(), last, field == null ? last : field.label()));
		}
		List<String> suggested = ColumnMatcher.suggest(state.table.headers(), names);
		for (int i = 0; i < all.size(); i++) {
			if (suggested.get(i) != null && all.get(i).value().getText().isBlank()) {
				all.get(i).value().setText("{" + suggested.get(i) + "}");
			}
		}
	}

	/** The template of every line, by key. */
	private Map<String, String> current() {
		Map<String, String> templates = new LinkedHashMap<>();
		for (Line line : lines) {
			templates.put(line.key(), line.value().getText());
		}
		return templates;
	}

	/** The mapping the page shows (file name: the mapping file's, or the wizard's name for messages). */
	CsvMapping mapping() {
		Couloir chosen = chosenCouloir();
		Map<String, Template> dossier = new LinkedHashMap<>();
		put(dossier, "numeroAns", numeroAns.value().getText());
		put(dossier, "SIRET", siret.value().getText());
		Map<String, Template> champs = new LinkedHashMap<>();
		for (Line line : lines) {
			put(champs, line.key(), line.value().getText());
		}
		extra.forEach(champs::putIfAbsent);
		String number = demande.value().getText().strip();
		String name = mappingFile.getText().isBlank() ? Messages.spreadsheetMappingName : Path.of(mappingFile.getText().strip()).getFileName().toString();
		return new CsvMapping(name, Template.parse(chosen == null ? "" : chosen.id()), dossier, number.isEmpty() ? null : Template.parse(number), champs);
	}

	private static void put(Map<String, Template> into, String key, String text) {
		if (!text.isBlank()) {
			into.put(key, Template.parse(text.strip()));
		}
	}

	private void browse() {
		FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
		dialog.setText(Messages.spreadsheetMappingFile);
		dialog.setFilterExtensions(new String[] { "*.json", "*" });
		dialog.setFilterNames(new String[] { Messages.filterJson, Messages.filterAll });
		if (state.csv != null) {
			dialog.setFilterPath(String.valueOf(state.csv.getParent()));
		}
		String chosen = dialog.open();
		if (chosen != null) {
			mappingFile.setText(chosen);
			load();
		}
	}

	/** Reads the mapping file named: its couloir, dossier, request number and values take the page's place. */
	private void load() {
		String name = mappingFile.getText().strip();
		if (name.isEmpty()) {
			browse();
			return;
		}
		Path path = Path.of(name).toAbsolutePath();
		CsvMapping loaded;
		try {
			loaded = CsvMapping.read(path.getFileName().toString(), InputFiles.read(path));
		} catch (IOException e) {
			setErrorMessage(NLS.bind(Messages.spreadsheetUnreadable, path.getFileName(), Echo.text(String.valueOf(e.getMessage()))));
			return;
		} catch (CsvMapping.Invalid e) {
			setErrorMessage(NLS.bind(Messages.spreadsheetMappingInvalid, String.join(" ; ", e.problems().stream().limit(3).toList())));
			return;
		}
		int index = couloirs.stream().map(Couloir::id).toList().indexOf(loaded.couloir().text());
		if (index < 0) {
			setErrorMessage(NLS.bind(Messages.spreadsheetMappingCouloir, Echo.quote(loaded.couloir().text())));
			return;
		}
		couloir.select(index);
		numeroAns.value().setText(text(loaded.dossier().get("numeroAns")));
		siret.value().setText(text(loaded.dossier().get("SIRET")));
		demande.value().setText(text(loaded.demande()));
		Map<String, String> templates = new LinkedHashMap<>();
		loaded.champs().forEach((key, template) -> templates.put(key, template.text()));
		rebuildFields(templates);
		extra.clear();
		loaded.champs().forEach((key, template) -> {
			if (lines.stream().noneMatch(l -> l.key().equals(key))) {
				extra.put(key, template);
			}
		});
		state.settings.put(LAST_MAPPING, path.toString());
		setMessage(NLS.bind(Messages.spreadsheetMappingLoaded, path.getFileName(), loaded.champs().size()));
		preview();
	}

	private static String text(Template template) {
		return template == null ? "" : template.text();
	}

	/** Writes the page's mapping to the file named (asked when none), atomically; an existing file only when the user says so. */
	private void save() {
		String name = mappingFile.getText().strip();
		if (name.isEmpty()) {
			FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
			dialog.setText(Messages.spreadsheetSave);
			dialog.setFilterExtensions(new String[] { "*.json" });
			dialog.setFileName("mapping.json");
			if (state.csv != null) {
				dialog.setFilterPath(String.valueOf(state.csv.getParent()));
			}
			name = dialog.open();
			if (name == null) {
				return;
			}
			mappingFile.setText(name);
		}
		Path path = Path.of(name).toAbsolutePath();
		if (Files.exists(path) && !MessageDialog.openQuestion(getShell(), Messages.spreadsheetSave, NLS.bind(Messages.spreadsheetReplace, path))) {
			return;
		}
		try {
			AtomicFiles.write(path, mapping().toJson());
			state.settings.put(LAST_MAPPING, path.toString());
			preview(); // the page's own verdict again, not a failed load's
			setMessage(NLS.bind(Messages.spreadsheetMappingSaved, path));
		} catch (IOException e) {
			setErrorMessage(NLS.bind(Messages.spreadsheetCannotWrite, path, Echo.text(String.valueOf(e.getMessage()))));
		}
	}

	private void schedulePreview() {
		if (!previewScheduled && getControl() != null && !getControl().isDisposed()) {
			previewScheduled = true;
			getControl().getDisplay().timerExec(PREVIEW_DELAY_MS, () -> {
				previewScheduled = false;
				if (!getControl().isDisposed()) {
					preview();
				}
			});
		}
	}

	/** What the first rows give for each line, and the page's verdict. */
	private void preview() {
		if (state.table == null || chosenCouloir() == null) {
			setPageComplete(false);
			return;
		}
		CsvMapping mapping = mapping();
		MappingPreview result = MappingPreview.of(mapping, state.table, state.registry, state.validator);
		for (Line line : lines) {
			show(line, result);
		}
		for (Line line : List.of(numeroAns, siret, demande)) {
			show(line, result);
		}
		fitFields();
		state.mapping = mapping;
		state.settings.put(LAST_COULOIR, chosenCouloir().id());
		if (!result.mappingProblems().isEmpty()) {
			setErrorMessage(result.mappingProblems().get(0));
			setPageComplete(false);
		} else if (mapping.champs().isEmpty()) {
			setErrorMessage(Messages.spreadsheetNothingMapped);
			setPageComplete(false);
		} else {
			setErrorMessage(null);
			setPageComplete(true);
		}
	}

	private void show(Line line, MappingPreview result) {
		line.values().setText(Echo.text(result.values(line.key())));
		line.values().setToolTipText(result.values(line.key()));
		MappingPreview.Verdict verdict = result.verdict(line.key(), line.feature(), !line.value().getText().isBlank());
		line.status().setText(verdict.text());
		line.status().setToolTipText(verdict.detail());
		line.status().setForeground(line.status().getDisplay().getSystemColor(switch (verdict.level()) {
		case ERROR -> SWT.COLOR_DARK_RED;
		case WARNING -> SWT.COLOR_DARK_YELLOW;
		case OK -> SWT.COLOR_DARK_GREEN;
		case NONE -> SWT.COLOR_WIDGET_FOREGROUND;
		}));
	}
}
