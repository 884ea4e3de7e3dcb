package fr.segurstudio.ui.lifecycle;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

import fr.segurstudio.editing.DossierSessions;
import fr.segurstudio.json.ImportResult;
import fr.segurstudio.lifecycle.DossierFiles;
import fr.segurstudio.lifecycle.Resubmissions;
import fr.segurstudio.model.issue.Issue;
import fr.segurstudio.ui.Services;
import fr.segurstudio.ui.dossier.DossierEditor;
import fr.segurstudio.ui.dossier.actions.DossierHandler;

/**
 * Resoumettre les demandes rejetées: each REJETEE request of the editor's dossier gets a numeroEditeur the
 * vendor never used in the dossiers of its folder (seed §3.2), is a draft again, keeps its rejection in
 * anciensNumeros, its pieces renamed — one command, as {@code segur resoumettre} does.
 */
public final class ResubmitHandler extends DossierHandler {

	public ResubmitHandler() {
		super(Needs.EDITABLE_TEXT);
	}

	@Override
	protected void run(DossierEditor editor, ExecutionEvent event) {
		Shell shell = editor.getSite().getShell();
		Set<String> used = new HashSet<>();
		Path self = editor.session().file().toAbsolutePath().normalize();
		try {
			for (Path file : DossierFiles.find(self.getParent())) {
				if (file.toAbsolutePath().normalize().equals(self)) {
					continue;
				}
				ImportResult other = Services.get(DossierSessions.class).texts().read(file);
				if (Resubmissions.sameVendor(other.dossier(), editor.session().dossier())) {
					used.addAll(Resubmissions.used(other.dossier()));
				}
			}
		} catch (IOException e) {
			// a number of those dossiers could be handed out again: nothing is changed
			MessageDialog.openError(shell, Messages.resubmitTitle, NLS.bind(Messages.resubmitUnreadable, self.getParent(), e.getMessage()));
			return;
		}
		Resubmissions.Application application = Resubmissions.prepare(editor.session(), used);
		if (!application.problems().isEmpty()) { // all numbers of the vendor used: said, never skipped in silence
			MessageDialog.openError(shell, Messages.resubmitTitle, NLS.bind(Messages.resubmitProblems,
					String.join("\n", application.problems().stream().map(Issue::message).toList())));
		}
		if (application.renumberings().isEmpty()) {
			if (!application.problems().isEmpty()) {
				return;
			}
			MessageDialog.openInformation(shell, Messages.resubmitTitle, Messages.resubmitNone);
			return;
		}
		editor.execute(application.command());
		StringBuilder lines = new StringBuilder();
		application.renumberings().forEach(r -> lines.append(r.ancien()).append(" → ").append(r.nouveau()).append('\n'));
		MessageDialog.openInformation(shell, Messages.resubmitTitle,
				NLS.bind(Messages.resubmitDone, application.renumberings().size(), lines.toString().strip()));
	}
}
