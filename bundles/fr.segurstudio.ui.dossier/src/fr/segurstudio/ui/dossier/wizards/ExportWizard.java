package fr.segurstudio.ui.dossier.wizards;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;

import fr.segurstudio.json.deposit.Deposit;
import fr.segurstudio.json.deposit.DepositPlan;
import fr.segurstudio.json.deposit.DepositResult;
import fr.segurstudio.model.core.Demande;
import fr.segurstudio.model.core.Dossier;
import fr.segurstudio.ui.dossier.Messages;
import fr.segurstudio.ui.dossier.pages.DossierContext;
import fr.segurstudio.ui.preferences.DepositPreferences;

/**
 * Exporter le dépôt: the requests (all, or those selected), the date and folder of the deposit, zips or a
 * folder of pieces; then a Job (Progress view, cancellable: a cancelled deposit leaves nothing behind) on a
 * copy of the dossier, so that editing goes on. The requests it deposited become DEPOSEE, as one command
 * (one undo), and the editor's heading says what was written.
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
		Copy copy = Copy.of(dossier.session().dossier(), chosen);
		Path directory = dossier.session().file().toAbsolutePath().getParent();
		String name = dossier.session().file().getFileName().toString();
		Deposit.Options options = page.options(page.date());
		Display display = Display.getCurrent();
		Job job = new Job(NLS.bind(Messages.exportJob, name)) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				monitor.beginTask(NLS.bind(Messages.exportJob, name), IProgressMonitor.UNKNOWN);
				try {
					DepositResult result = new Deposit().cancelWhen(monitor::isCanceled)
							.onWait(() -> monitor.subTask(NLS.bind(Messages.exportWaiting, out)))
							.run(List.of(new Deposit.Source(copy.dossier(), directory, name)), options);
					display.asyncExec(() -> finished(result, copy, out));
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

	private void finished(DepositResult result, Copy copy, Path out) {
		if (!result.written()) {
			String first = result.problems().stream().limit(3).map(Object::toString).reduce((a, b) -> a + " ; " + b).orElse("");
			dossier.tell(NLS.bind(Messages.exportRefused, first), IMessageProvider.ERROR);
			return;
		}
		List<DepositResult.StatusChange> changes = new ArrayList<>();
		for (DepositResult.StatusChange change : result.statusChanges()) {
			EObject original = copy.originals().get(change.demande());
			if (original instanceof Demande demande && demande.eContainer() != null) {
				changes.add(new DepositResult.StatusChange(demande, change.statut(), change.fichierDepot(), change.date()));
			}
		}
		if (!changes.isEmpty() && dossier.session().dossier() != null) {
			dossier.execute(dossier.session().commands().applyStatusChanges(changes));
		}
		DepositPreferences.rememberDepositFolder(out);
		String files = String.join(", ", result.files().stream().map(DepositResult.File::name).toList());
		dossier.tell(NLS.bind(Messages.exportDone, new Object[] { changes.size(), files, out }), IMessageProvider.INFORMATION);
	}

	/** The deposit of these requests planned as the export makes it: its files and problems, nothing written. */
	static DepositPlan plan(DossierContext dossier, List<Demande> chosen, Deposit.Options options) {
		Copy copy = Copy.of(dossier.session().dossier(), chosen);
		Path directory = dossier.session().file().toAbsolutePath().getParent();
		return new Deposit().plan(List.of(new Deposit.Source(copy.dossier(), directory, dossier.session().file().getFileName().toString())), options);
	}

	/** The dossier copied with only the chosen requests, and the way back to the originals. */
	private record Copy(Dossier dossier, Map<EObject, EObject> originals) {

		static Copy of(Dossier dossier, List<Demande> chosen) {
			EcoreUtil.Copier copier = new EcoreUtil.Copier();
			Dossier copy = (Dossier) copier.copy(dossier);
			copier.copyReferences();
			Map<EObject, EObject> originals = new IdentityHashMap<>();
			copier.forEach((original, twin) -> originals.put(twin, original));
			copy.getDemandes().removeIf(d -> !chosen.contains((Demande) originals.get(d)));
			return new Copy(copy, originals);
		}
	}
}
