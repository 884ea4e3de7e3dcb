package fr.segurstudio.ui.lifecycle.spreadsheet;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import fr.segurstudio.forms.swt.WidgetKeys;
import fr.segurstudio.lifecycle.csv.CsvImport;
import fr.segurstudio.ui.lifecycle.Messages;

/**
 * What an import wrote: the dossiers created (name, requests), where, and every problem of the rows (a cell
 * that does not read, a row without request number...), with the count of values written otherwise than
 * their cells. The validation of each dossier is in its editor and the explorer, as for any dossier.
 */
final class SpreadsheetReportDialog extends Dialog {

	/** Problems listed; the others counted. */
	private static final int LISTED = 1_000;

	private final CsvImport.Plan plan;
	private final List<String> names;
	private final Path folder;
	private final List<CsvImport.Problem> problems;
	private final int changes;

	SpreadsheetReportDialog(Shell parent, CsvImport.Plan plan, List<String> names, Path folder, List<CsvImport.Problem> problems, int changes) {
		super(parent);
		this.plan = plan;
		this.names = names;
		this.folder = folder;
		this.problems = problems;
		this.changes = changes;
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.spreadsheetReportTitle);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().applyTo(area);
		Label summary = new Label(area, SWT.WRAP);
		summary.setData(WidgetKeys.KEY, "bilan");
		summary.setText(NLS.bind(Messages.spreadsheetReportSummary, new Object[] { names.size(), plan.requests(), folder, changes }));
		GridDataFactory.fillDefaults().grab(true, false).hint(560, SWT.DEFAULT).applyTo(summary);
		Table files = new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
		files.setHeaderVisible(true);
		files.setData(WidgetKeys.KEY, "dossiers");
		new TableColumn(files, SWT.LEFT).setText(Messages.spreadsheetColumnFile);
		new TableColumn(files, SWT.RIGHT).setText(Messages.spreadsheetColumnRequests);
		for (int i = 0; i < names.size(); i++) {
			new TableItem(files, SWT.NONE).setText(new String[] { names.get(i), String.valueOf(plan.parts().get(i).requests().size()) });
		}
		for (TableColumn column : files.getColumns()) {
			column.pack();
		}
		GridDataFactory.fillDefaults().grab(true, true).hint(560, 160).applyTo(files);
		Label said = new Label(area, SWT.NONE);
		said.setText(problems.isEmpty() ? Messages.spreadsheetNoProblem : NLS.bind(Messages.spreadsheetReportProblems, problems.size()));
		if (!problems.isEmpty()) {
			Text list = new Text(area, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL);
			list.setData(WidgetKeys.KEY, "problemes");
			List<String> lines = new ArrayList<>(problems.stream().limit(LISTED).map(Object::toString).toList());
			if (problems.size() > LISTED) {
				lines.add(NLS.bind(Messages.spreadsheetMoreProblems, problems.size() - LISTED));
			}
			list.setText(String.join("\n", lines));
			GridDataFactory.fillDefaults().grab(true, true).hint(560, 120).applyTo(list);
		}
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, Messages.spreadsheetClose, true);
	}
}
