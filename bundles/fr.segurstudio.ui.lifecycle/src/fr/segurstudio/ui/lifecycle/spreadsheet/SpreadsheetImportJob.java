package fr.segurstudio.ui.lifecycle.spreadsheet;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchWindow;

import fr.segurstudio.dsl.DossierTexts;
import fr.segurstudio.lifecycle.csv.CsvImport;
import fr.segurstudio.lifecycle.csv.CsvTable;
import fr.segurstudio.lifecycle.csv.ImportFiles;
import fr.segurstudio.lifecycle.csv.VendorNumbers;
import fr.segurstudio.model.issue.Echo;
import fr.segurstudio.ui.OpenWork;
import fr.segurstudio.ui.lifecycle.Messages;

/**
 * The import itself, off the UI thread, under the lock of the folder's dossiers: the rows planned again with
 * the numbers the folder's dossiers use now (another import or a resubmission may have written there since the
 * wizard's page planned), each dossier built, written as text and staged in turn (one at a time in memory),
 * then all published at once — or none, when one cannot be written or the user cancels in the
 * Progress view. The end is said in a report (what was created, the rows' problems) and the dossiers open:
 * each in its editor when they are few, else the folder in the explorer and the first one.
 */
public final class SpreadsheetImportJob extends Job {

	/** The family of import jobs (tests wait for them). */
	public static final Object FAMILY = SpreadsheetImportJob.class;
	/** More dossiers than this: the folder is shown, and only the first one opens. */
	static final int OPEN_ALL = 5;

	private final IWorkbenchWindow window;
	private final CsvImport importer;
	private final CsvTable table;
	private final int maxRequests;
	private final Path folder;
	private final DossierTexts texts;

	SpreadsheetImportJob(IWorkbenchWindow window, CsvImport importer, CsvTable table, int maxRequests, Path folder, DossierTexts texts) {
		super(NLS.bind(Messages.spreadsheetJob, table.file()));
		this.window = window;
		this.importer = importer;
		this.table = table;
		this.maxRequests = maxRequests;
		this.folder = folder;
		this.texts = texts;
		setUser(true);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, getName(), 100);
		Display display = window.getShell().getDisplay();
		try (ImportFiles files = new ImportFiles(folder)) {
			files.lock(() -> progress.subTask(Messages.spreadsheetWaiting));
			CsvImport.Plan plan = importer.plan(table, maxRequests, new VendorNumbers(ImportFiles.dossiersIn(folder, texts)));
			progress.worked(5);
			if (!plan.refusals().isEmpty()) {
				failed(display, plan.refusals().get(0));
				return Status.OK_STATUS;
			}
			List<String> names = ImportFiles.names(List.of(plan));
			List<String> taken = files.existing(names);
			if (!taken.isEmpty()) {
				failed(display, NLS.bind(Messages.spreadsheetExists, Echo.text(taken.get(0))));
				return Status.OK_STATUS;
			}
			List<CsvImport.Part> parts = plan.parts();
			List<CsvImport.Problem> problems = new ArrayList<>(plan.problems());
			List<CsvImport.Change> changes = new ArrayList<>(plan.changes());
			progress.setWorkRemaining(parts.size() + 1);
			for (int i = 0; i < parts.size(); i++) {
				if (progress.isCanceled()) {
					display.asyncExec(() -> MessageDialog.openInformation(window.getShell(), Messages.spreadsheetTitle, Messages.spreadsheetCancelled));
					return Status.CANCEL_STATUS;
				}
				progress.subTask(NLS.bind(Messages.spreadsheetJobPart, new Object[] { names.get(i), i + 1, parts.size() }));
				CsvImport.Built built = importer.build(parts.get(i), problems, changes);
				files.stage(names.get(i), CsvImport.withNotes(texts.write(built.dossier()), built.notes()).getBytes(StandardCharsets.UTF_8));
				progress.worked(1);
			}
			progress.subTask(Messages.spreadsheetPublishing);
			List<Path> written = files.publish();
			progress.worked(1);
			problems.sort((a, b) -> Integer.compare(a.line(), b.line()));
			display.asyncExec(() -> finished(plan, names, written, problems, changes.size()));
			return Status.OK_STATUS;
		} catch (FileAlreadyExistsException e) {
			failed(display, NLS.bind(Messages.spreadsheetExists, Echo.text(String.valueOf(e.getFile()))));
		} catch (IOException | RuntimeException e) {
			failed(display, NLS.bind(Messages.spreadsheetCannotWrite, folder, Echo.text(String.valueOf(e.getMessage()))));
		} finally {
			monitor.done();
		}
		return Status.OK_STATUS; // said in a dialog, not twice
	}

	private void failed(Display display, String message) {
		display.asyncExec(() -> MessageDialog.openError(window.getShell(), Messages.spreadsheetTitle,
				message + "\n\n" + Messages.spreadsheetNothingWritten));
	}

	private void finished(CsvImport.Plan plan, List<String> names, List<Path> written, List<CsvImport.Problem> problems, int changes) {
		List<Path> open = new ArrayList<>();
		if (written.size() <= OPEN_ALL) {
			open.addAll(written);
		} else {
			open.add(folder);
			open.add(written.get(0));
		}
		new SpreadsheetReportDialog(window.getShell(), plan, names, folder, problems, changes).open();
		OpenWork.open(window, open);
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}
}
