package fr.segurstudio.ui.lifecycle;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

import fr.segurstudio.editing.DossierSessions;
import fr.segurstudio.json.ImportResult;
import fr.segurstudio.json.portal.PortalReturn;
import fr.segurstudio.lifecycle.DossierUpdate;
import fr.segurstudio.lifecycle.PortalReturns;
import fr.segurstudio.model.core.Dossier;
import fr.segurstudio.model.core.StatutDemande;
import fr.segurstudio.ui.Services;
import fr.segurstudio.ui.dossier.DossierEditor;
import fr.segurstudio.ui.dossier.actions.DossierHandler;

/**
 * Appliquer un retour du portail…: the returned files chosen are applied to the editor's dossier (ACCEPTEE with
 * numeroASP, REJETEE with code and label; seed §1.2 step 5.b) through the lifecycle's {@link DossierUpdate}, as
 * {@code segur retour} does: written into the file at once, under the lock of its folder, then given to the open
 * editor as a change that cannot be undone. Unsaved edits are saved first, once the user said yes. What matched and
 * what did not is said.
 */
public final class ApplyReturnHandler extends DossierHandler {

	public ApplyReturnHandler() {
		super(Needs.EDITABLE_TEXT);
	}

	@Override
	protected void run(DossierEditor editor, ExecutionEvent event) {
		Shell shell = editor.getSite().getShell();
		FileDialog dialog = new FileDialog(shell, SWT.OPEN | SWT.MULTI);
		dialog.setText(Messages.returnTitle);
		dialog.setFilterExtensions(new String[] { "*.json", "*" });
		dialog.setFilterNames(new String[] { Messages.filterJson, Messages.filterAll });
		if (dialog.open() == null) {
			return;
		}
		List<Path> files = new ArrayList<>();
		for (String name : dialog.getFileNames()) {
			files.add(Path.of(dialog.getFilterPath(), name));
		}
		apply(editor, files);
	}

	/** Applies these returned files to the editor's dossier, saying what was done (the dialog's choice; tests). */
	public static void apply(DossierEditor editor, List<Path> files) {
		Shell shell = editor.getSite().getShell();
		List<Dossier> returned = new ArrayList<>();
		for (Path file : files) {
			ImportResult read;
			try {
				read = Services.get(DossierSessions.class).importer().read(file, null);
			} catch (IOException e) {
				MessageDialog.openError(shell, Messages.returnTitle, NLS.bind(Messages.returnUnreadable, file.getFileName(), e.getMessage()));
				return;
			}
			if (read.dossier() == null || !PortalReturn.isReturnedFile(read.dossier())) {
				MessageDialog.openError(shell, Messages.returnTitle, NLS.bind(Messages.returnNotReturned, file.getFileName()));
				return;
			}
			returned.add(read.dossier());
		}
		if (!savedFirst(editor, Messages.returnTitle)) {
			return;
		}
		Path self = editor.session().file();
		PortalReturns.Application application;
		try {
			DossierUpdate.Outcome<PortalReturns.Application> outcome = new DossierUpdate(Services.get(DossierSessions.class))
					.run(List.of(self), sessions -> {
						PortalReturns.Application fresh = PortalReturns.prepare(returned, List.of(sessions.open(self)));
						fresh.execute();
						return fresh;
					});
			if (!outcome.ok()) {
				throw outcome.failures().values().iterator().next();
			}
			application = outcome.value();
			// the same returned lines on the open model, which the save above made the file's
			absorb(editor, PortalReturns.prepare(returned, List.of(editor.session())).commands().get(editor.session()), outcome.written());
		} catch (IOException e) {
			MessageDialog.openError(shell, Messages.returnTitle, NLS.bind(Messages.returnUnwritable, self.getFileName(), e.getMessage()));
			return;
		}
		ReturnReport.open(shell, application);
	}
}
