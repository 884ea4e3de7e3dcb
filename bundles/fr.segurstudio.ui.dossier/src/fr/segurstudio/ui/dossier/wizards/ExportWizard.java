package fr.segurstudio.ui.dossier.wizards;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;

import fr.segurstudio.editing.DossierFormat;
import fr.segurstudio.editing.DossierSession;
import fr.segurstudio.editing.DossierSessions;
import fr.segurstudio.json.deposit.Deposit;
import fr.segurstudio.json.deposit.DepositResult;
import fr.segurstudio.json.deposit.FileVersion;
import fr.segurstudio.lifecycle.DepositRecords;
import fr.segurstudio.lifecycle.RecordedDeposit;
import fr.segurstudio.model.core.Demande;
import fr.segurstudio.ui.Services;
import fr.segurstudio.ui.dossier.Messages;
import fr.segurstudio.ui.dossier.pages.DossierContext;
import fr.segurstudio.ui.preferences.DepositPreferences;

/**
 * Exporter le dépôt: the requests (the drafts, or those selected), the date and folder of the deposit, zips or a
 * folder of pieces; then a Job (Progress view, cancellable: a cancelled deposit leaves nothing behind). The deposit
 * and its record in the dossier's file (DEPOSEE, file, day) are one step of the lifecycle's {@link RecordedDeposit},
 * as {@code segur export} makes them: both or neither, whatever happens to the editor afterwards. Unsaved edits are
 * saved first (the page says so), so that the file holds what is deposited; the record is then given to the open
 * editor as a change that cannot be undone (the files are at the portal's door).
 */
public final class ExportWizard extends Wizard {

	/** The family of the export jobs (tests wait for them). */
	public static final Object FAMILY = ExportWizard.class;

	private final DossierContext dossier;
	private final List<Demande> selected;
	private ExportPage page;

	/** The wizard on a dossier, offering these requests (those selected) as an alternative to the drafts. */
	public ExportWizard(DossierContext dossier, List<Demande> selected) {
		this.dossier = dossier;
		this.selected = List.copyOf(selected);
		setWindowTitle(Messages.exportTitle);
		setNeedsProgressMonitor(false);
	}

	@Override
	public void addPages() {
		page = new ExportPage(dossier, selected, DepositPreferences.folderFor(dossier.session().file()));
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		Path out = page.folder();
		try {
			Files.createDirectories(out);
		} catch (IOException e) {
			page.setErrorMessage(NLS.bind(Messages.exportFolderFailed, out, e.getMessage()));
			return false;
		}
		List<Demande> chosen = page.requests();
		DossierSession session = dossier.session();
		boolean record = session.format() == DossierFormat.SEGUR;
		if (record && dossier.editor().isDirty()) {
			dossier.editor().doSave(null); // asks itself when the file changed on disk; says why when it cannot
			if (dossier.editor().isDirty()) {
				page.setErrorMessage(Messages.exportNotSaved);
				return false;
			}
		}
		Deposit.Source source = DepositSource.of(session, chosen);
		Path file = session.file().toAbsolutePath().normalize();
		FileVersion saved = session.version();
		String name = file.getFileName().toString();
		Deposit.Options options = page.options(page.date());
		DossierSessions services = Services.get(DossierSessions.class);
		Display display = Display.getCurrent();
		Job job = new Job(NLS.bind(Messages.exportJob, name)) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				monitor.beginTask(NLS.bind(Messages.exportJob, name), IProgressMonitor.UNKNOWN);
				try {
					Deposit deposit = new Deposit().cancelWhen(monitor::isCanceled)
							.onWait(() -> monitor.subTask(NLS.bind(Messages.exportWaiting, out)));
					RecordedDeposit.Result recorded = new RecordedDeposit(services)
							.onWait(() -> monitor.subTask(NLS.bind(Messages.exportWaiting, file.getParent())))
							.run(deposit, options, record ? List.of(file) : List.of(), () -> {
								// under the lock of the dossier's folder: the file is still the one saved, deposited by no one else
								if (record && !FileVersion.read(file).equals(saved)) {
									throw new IOException(NLS.bind(Messages.exportFileChanged, name));
								}
								return List.of(new RecordedDeposit.Input(source, record ? file : null));
							});
					if (recorded.deposit() != null && recorded.deposit().written()) {
						DepositPreferences.rememberDepositFolder(out); // now: a wizard opened at once offers it
					}
					display.asyncExec(() -> finished(recorded, file, out));
					return Status.OK_STATUS;
				} catch (CancellationException e) {
					display.asyncExec(() -> dossier.tell(Messages.exportCancelled, IMessageProvider.WARNING));
					return Status.CANCEL_STATUS;
				} catch (IOException | RuntimeException e) {
					display.asyncExec(() -> dossier.tell(NLS.bind(Messages.exportFailed, e.getMessage()), IMessageProvider.ERROR));
					return Status.OK_STATUS; // told in the editor, not twice in a dialog
				} finally {
					monitor.done();
				}
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == FAMILY;
			}
		};
		job.setUser(true);
		job.schedule();
		return true;
	}

	private void finished(RecordedDeposit.Result recorded, Path file, Path out) {
		DepositResult result = recorded.deposit();
		if (result == null || !result.written()) {
			String first = result == null ? ""
					: result.problems().stream().limit(3).map(Object::toString).reduce((a, b) -> a + " ; " + b).orElse("");
			dossier.tell(NLS.bind(Messages.exportRefused, first), IMessageProvider.ERROR);
			return;
		}
		String files = String.join(", ", result.files().stream().map(DepositResult.File::name).toList());
		List<DepositRecords.Entry> entries = recorded.entries().getOrDefault(file, List.of());
		IOException failure = recorded.recordFailures().get(file);
		if (failure == null && dossier.session().dossier() != null) {
			try {
				recorded.absorbInto(dossier.session());
			} catch (IOException e) {
				failure = e; // the file has the record; the editor reads it again when activated
			}
		}
		if (failure != null) {
			dossier.tell(NLS.bind(Messages.exportRecordPending, new Object[] { files, out, failure.getMessage() }), IMessageProvider.WARNING);
		} else if (entries.isEmpty()) {
			dossier.tell(NLS.bind(Messages.exportDoneNotRecorded, files, out), IMessageProvider.INFORMATION);
		} else {
			dossier.tell(NLS.bind(Messages.exportDone, new Object[] { entries.size(), files, out }), IMessageProvider.INFORMATION);
		}
	}
}
