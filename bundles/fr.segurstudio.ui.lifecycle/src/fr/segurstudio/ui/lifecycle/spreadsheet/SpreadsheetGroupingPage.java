package fr.segurstudio.ui.lifecycle.spreadsheet;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import fr.segurstudio.forms.swt.WidgetKeys;
import fr.segurstudio.lifecycle.csv.CsvImport;
import fr.segurstudio.lifecycle.csv.ImportFiles;
import fr.segurstudio.lifecycle.csv.VendorNumbers;
import fr.segurstudio.model.core.Dossier;
import fr.segurstudio.model.issue.Echo;
import fr.segurstudio.ui.lifecycle.Messages;

/**
 * Page 3: the dossiers to write. One per couloir, numeroAns and SIRET of the table, split into dossiers of at
 * most N requests (200, the portal's file, unless the user says otherwise), their names and the folder they go
 * to (the CSV's, unless chosen). Planned off the UI thread after each change — the folder's dossiers read for
 * the numbers their vendors used —, the list shown with the rows' problems; a name taken in the folder stops
 * the import here.
 */
final class SpreadsheetGroupingPage extends WizardPage {

	static final String MAX_SETTING = "maxRequests";
	private static final int DELAY_MS = 300;
	/** Problems listed on the page; the rest are counted (all go to the report at the end). */
	private static final int LISTED = 200;

	private final SpreadsheetWizard.State state;
	private Text folder;
	private Spinner max;
	private Label summary;
	private Table dossiers;
	private Text problems;
	private int planning;
	private boolean scheduled;

	SpreadsheetGroupingPage(SpreadsheetWizard.State state) {
		super("dossiers", Messages.spreadsheetGroupingTitle, null);
		this.state = state;
		setDescription(Messages.spreadsheetGroupingDescription);
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(page);
		new Label(page, SWT.NONE).setText(Messages.spreadsheetFolder);
		folder = new Text(page, SWT.BORDER);
		folder.setData(WidgetKeys.KEY, "dossierSortie");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(folder);
		Button browse = new Button(page, SWT.PUSH);
		browse.setText(Messages.spreadsheetBrowse);
		browse.addListener(SWT.Selection, e -> {
			DirectoryDialog dialog = new DirectoryDialog(getShell());
			dialog.setFilterPath(folder.getText());
			String chosen = dialog.open();
			if (chosen != null) {
				folder.setText(chosen);
			}
		});
		new Label(page, SWT.NONE).setText(Messages.spreadsheetMax);
		max = new Spinner(page, SWT.BORDER);
		max.setData(WidgetKeys.KEY, "maxDemandes");
		max.setValues(CsvImport.PORTAL_MAX, 1, 99_999, 0, 1, 50);
		try {
			max.setSelection(state.settings.getInt(MAX_SETTING));
		} catch (NumberFormatException e) {
			// never set: the portal's 200
		}
		Label hint = new Label(page, SWT.WRAP);
		hint.setText(NLS.bind(Messages.spreadsheetMaxHint, CsvImport.PORTAL_MAX));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(hint);
		summary = new Label(page, SWT.WRAP);
		summary.setData(WidgetKeys.KEY, "bilan");
		GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(500, SWT.DEFAULT).applyTo(summary);
		dossiers = new Table(page, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
		dossiers.setHeaderVisible(true);
		dossiers.setLinesVisible(true);
		dossiers.setData(WidgetKeys.KEY, "dossiers");
		for (String title : new String[] { Messages.spreadsheetColumnFile, Messages.spreadsheetColumnCouloir, Messages.spreadsheetColumnAns,
				Messages.spreadsheetColumnSiret, Messages.spreadsheetColumnRequests, Messages.spreadsheetColumnRows }) {
			new TableColumn(dossiers, SWT.LEFT).setText(title);
		}
		GridDataFactory.fillDefaults().span(3, 1).grab(true, true).hint(600, 200).applyTo(dossiers);
		problems = new Text(page, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL);
		problems.setData(WidgetKeys.KEY, "problemes");
		GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(600, 70).applyTo(problems);
		folder.addListener(SWT.Modify, e -> schedule());
		max.addListener(SWT.Modify, e -> schedule());
		setControl(page);
	}

	int maxRequests() {
		return max.getSelection();
	}

	@Override
	public void setVisible(boolean visible) {
		if (visible) {
			if (folder.getText().isBlank() && state.csv != null) {
				folder.setText(String.valueOf(state.csv.toAbsolutePath().getParent()));
			}
			plan();
		}
		super.setVisible(visible);
	}

	private void schedule() {
		if (!scheduled) {
			scheduled = true;
			getShell().getDisplay().timerExec(DELAY_MS, () -> {
				scheduled = false;
				if (!dossiers.isDisposed()) {
					plan();
				}
			});
		}
	}

	/** Plans the dossiers off the UI thread: the folder's dossiers read for their numbers, then one pass over the rows. */
	private void plan() {
		int asked = ++planning;
		state.plan = null;
		state.names = null;
		setPageComplete(false);
		if (state.table == null || state.mapping == null || folder.getText().isBlank()) {
			return;
		}
		Path out = Path.of(folder.getText().strip()).toAbsolutePath();
		int most = max.getSelection();
		CsvImport importer = new CsvImport(state.mapping, state.registry);
		summary.setText(Messages.spreadsheetPlanning);
		Job.createSystem(Messages.spreadsheetPlanning, monitor -> {
			CsvImport.Plan plan = importer.plan(state.table, most, new VendorNumbers(existing(out)));
			List<String> names = ImportFiles.names(List.of(plan));
			List<String> taken = new ImportFiles(out).existing(names);
			if (!dossiers.isDisposed()) {
				dossiers.getDisplay().asyncExec(() -> {
					if (asked == planning && !dossiers.isDisposed()) {
						show(plan, names, taken, out);
					}
				});
			}
		}).schedule();
	}

	/** The dossiers already in the folder: their vendors' numbers are taken. */
	private List<Dossier> existing(Path out) {
		try {
			return ImportFiles.dossiersIn(out, state.texts);
		} catch (IOException e) {
			return List.of(); // an unreadable folder: the validation of the new dossiers checks their numbers
		}
	}

	private void show(CsvImport.Plan plan, List<String> names, List<String> taken, Path out) {
		dossiers.setRedraw(false);
		try {
			dossiers.removeAll();
			for (int i = 0; i < names.size(); i++) {
				CsvImport.Part part = plan.parts().get(i);
				TableItem item = new TableItem(dossiers, SWT.NONE);
				item.setText(new String[] { names.get(i), part.couloir().id(), Echo.text(String.valueOf(part.numeroAns())),
						Echo.text(String.valueOf(part.siret())), String.valueOf(part.requests().size()), String.valueOf(part.rows()) });
			}
			for (TableColumn column : dossiers.getColumns()) {
				column.pack();
			}
		} finally {
			dossiers.setRedraw(true);
		}
		List<String> listed = new ArrayList<>(plan.refusals());
		plan.problems().stream().limit(LISTED).map(Object::toString).forEach(listed::add);
		if (plan.problems().size() > LISTED) {
			listed.add(NLS.bind(Messages.spreadsheetMoreProblems, plan.problems().size() - LISTED));
		}
		problems.setText(listed.isEmpty() ? Messages.spreadsheetNoProblem : String.join("\n", listed));
		summary.setText(NLS.bind(Messages.spreadsheetPlanned, new Object[] { state.table.rows().size(), plan.requests(), names.size(), out }));
		summary.getParent().layout(true);
		if (!plan.refusals().isEmpty()) {
			setErrorMessage(plan.refusals().get(0));
		} else if (!taken.isEmpty()) {
			setErrorMessage(NLS.bind(Messages.spreadsheetExists, taken.get(0)));
		} else if (names.isEmpty()) {
			setErrorMessage(Messages.spreadsheetNoRequest);
		} else {
			setErrorMessage(null);
			state.plan = plan;
			state.names = names;
			state.folder = out;
			setPageComplete(true);
		}
	}
}
