package fr.segurstudio.ui.lifecycle.spreadsheet;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import fr.segurstudio.forms.swt.WidgetKeys;
import fr.segurstudio.json.InputFiles;
import fr.segurstudio.lifecycle.csv.CsvTable;
import fr.segurstudio.model.issue.Echo;
import fr.segurstudio.ui.lifecycle.Messages;

/**
 * Page 1: the spreadsheet. Its encoding and separator detected (or chosen), what was read said in one line and
 * its first rows shown as a table. The file is read off the UI thread, again after each change (the latest
 * reading wins); a file that cannot be trusted (a quote left open...) says where, and the page waits.
 */
final class SpreadsheetFilePage extends WizardPage {

	/** Rows of the preview. */
	static final int PREVIEW_ROWS = 20;
	private static final String[] ENCODINGS = { null, "UTF-8", "windows-1252" };
	private static final char[] SEPARATORS = { 0, ';', ',', '\t' };
	private static final String LAST_FOLDER = "csvFolder";

	private final SpreadsheetWizard.State state;
	private Text file;
	private Combo encoding;
	private Combo separator;
	private Label summary;
	private Table preview;
	/** The latest reading asked: an older one that ends after it is dropped. */
	private int reading;

	SpreadsheetFilePage(SpreadsheetWizard.State state) {
		super("fichier", Messages.spreadsheetFileTitle, null);
		this.state = state;
		setDescription(Messages.spreadsheetFileDescription);
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(page);
		new Label(page, SWT.NONE).setText(Messages.spreadsheetFileLabel);
		file = new Text(page, SWT.BORDER);
		file.setData(WidgetKeys.KEY, "tableur");
		file.setMessage(Messages.spreadsheetFileHint);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(file);
		Button browse = new Button(page, SWT.PUSH);
		browse.setText(Messages.spreadsheetBrowse);
		browse.addListener(SWT.Selection, e -> browse());

		new Label(page, SWT.NONE).setText(Messages.spreadsheetEncodingLabel);
		encoding = new Combo(page, SWT.READ_ONLY);
		encoding.setItems(Messages.spreadsheetDetected, "UTF-8", "ISO-8859-1/Windows-1252");
		encoding.select(0);
		encoding.setData(WidgetKeys.KEY, "encodage");
		GridDataFactory.swtDefaults().span(2, 1).applyTo(encoding);
		new Label(page, SWT.NONE).setText(Messages.spreadsheetSeparatorLabel);
		separator = new Combo(page, SWT.READ_ONLY);
		separator.setItems(Messages.spreadsheetDetected, Messages.spreadsheetSemicolon, Messages.spreadsheetComma, Messages.spreadsheetTab);
		separator.select(0);
		separator.setData(WidgetKeys.KEY, "separateur");
		GridDataFactory.swtDefaults().span(2, 1).applyTo(separator);

		summary = new Label(page, SWT.WRAP);
		summary.setData(WidgetKeys.KEY, "resume");
		GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(400, SWT.DEFAULT).applyTo(summary);
		preview = new Table(page, SWT.BORDER | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
		preview.setHeaderVisible(true);
		preview.setLinesVisible(true);
		preview.setData(WidgetKeys.KEY, "apercu");
		GridDataFactory.fillDefaults().span(3, 1).grab(true, true).hint(600, 260).applyTo(preview);

		file.addListener(SWT.Modify, e -> read());
		encoding.addListener(SWT.Selection, e -> read());
		separator.addListener(SWT.Selection, e -> read());
		if (state.csv != null) {
			file.setText(state.csv.toString());
		}
		setControl(page);
	}

	private void browse() {
		FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
		dialog.setText(Messages.spreadsheetTitle);
		dialog.setFilterExtensions(new String[] { "*.csv;*.txt;*.CSV;*.TXT", "*" });
		dialog.setFilterNames(new String[] { Messages.filterCsv, Messages.filterAll });
		String folder = state.settings.get(LAST_FOLDER);
		if (folder != null) {
			dialog.setFilterPath(folder);
		}
		String chosen = dialog.open();
		if (chosen != null) {
			file.setText(chosen);
		}
	}

	/** Reads the file named off the UI thread; the page shows the result when it is still the latest asked. */
	private void read() {
		int asked = ++reading;
		state.table = null;
		setPageComplete(false);
		String name = file.getText().strip();
		if (name.isEmpty()) {
			show(asked, null, Messages.spreadsheetFileHint, false);
			return;
		}
		Path path = Path.of(name).toAbsolutePath();
		String chosenEncoding = ENCODINGS[Math.max(0, encoding.getSelectionIndex())];
		char chosenSeparator = SEPARATORS[Math.max(0, separator.getSelectionIndex())];
		summary.setText(NLS.bind(Messages.spreadsheetReading, path.getFileName()));
		Job.createSystem(Messages.spreadsheetTitle, monitor -> {
			CsvTable table = null;
			String problem = null;
			try {
				table = CsvTable.read(path.getFileName().toString(), InputFiles.read(path), chosenEncoding, chosenSeparator);
			} catch (NoSuchFileException e) {
				problem = NLS.bind(Messages.spreadsheetNoFile, path);
			} catch (CsvTable.Malformed e) {
				List<String> first = e.problems().stream().limit(3).toList();
				problem = NLS.bind(Messages.spreadsheetMalformed, String.join("\n", first), e.problems().size());
			} catch (IOException | IllegalArgumentException e) {
				problem = NLS.bind(Messages.spreadsheetUnreadable, path.getFileName(), Echo.text(String.valueOf(e.getMessage())));
			}
			CsvTable read = table;
			String error = problem;
			if (!preview.isDisposed()) {
				preview.getDisplay().asyncExec(() -> {
					if (asked == reading && !preview.isDisposed()) {
						state.csv = path;
						state.table = read;
						show(asked, read, error, true);
					}
				});
			}
		}).schedule();
	}

	private void show(int asked, CsvTable table, String error, boolean read) {
		preview.setRedraw(false);
		try {
			preview.removeAll();
			for (TableColumn column : preview.getColumns()) {
				column.dispose();
			}
			if (table == null) {
				summary.setText(read ? "" : error);
				setErrorMessage(read ? error : null);
				return;
			}
			setErrorMessage(null);
			state.settings.put(LAST_FOLDER, String.valueOf(state.csv.getParent()));
			summary.setText(NLS.bind(Messages.spreadsheetRead, new Object[] { table.rows().size(), table.headers().size(), table.encoding(),
					table.separatorName() }));
			TableColumn line = new TableColumn(preview, SWT.RIGHT);
			line.setText(Messages.spreadsheetLine);
			for (String header : table.headers()) {
				new TableColumn(preview, SWT.LEFT).setText(Echo.text(header));
			}
			for (CsvTable.Row row : table.rows().subList(0, Math.min(PREVIEW_ROWS, table.rows().size()))) {
				TableItem item = new TableItem(preview, SWT.NONE);
				item.setText(0, String.valueOf(row.line()));
				for (int i = 0; i < row.cells().size(); i++) {
					item.setText(i + 1, Echo.text(row.cells().get(i)));
				}
			}
			for (TableColumn column : preview.getColumns()) {
				column.pack();
				column.setWidth(Math.min(column.getWidth(), 220));
			}
			setPageComplete(asked == reading);
		} finally {
			preview.setRedraw(true);
			summary.getParent().layout(true);
		}
	}
}
