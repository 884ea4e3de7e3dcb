package fr.segurstudio.ui.lifecycle;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

import fr.segurstudio.editing.DossierSession;
import fr.segurstudio.editing.DossierSessions;
import fr.segurstudio.json.ImportResult;
import fr.segurstudio.lifecycle.DossierFiles;
import fr.segurstudio.lifecycle.DossierUpdate;
import fr.segurstudio.lifecycle.Resubmissions;
import fr.segurstudio.model.issue.Issue;
import fr.segurstudio.ui.Services;
import fr.segurstudio.ui.dossier.DossierEditor;
import fr.segurstudio.ui.dossier.actions.DossierHandler;

/**
 * Resoumettre les demandes rejetées: each REJETEE request of the editor's dossier gets a numeroEditeur the
 * vendor never used in the dossiers of its folder (seed §3.2), is a draft again, keeps its rejection in
 * anciensNumeros, its pieces renamed — through the lifecycle's {@link DossierUpdate}, as {@code segur resoumettre}
 * does: written into the file at once, under the lock of its folder (the numbers read from the other dossiers under
 * that lock), then given to the open editor as a change that cannot be undone. Unsaved edits are saved first, once
 * the user said yes.
 */
public final class ResubmitHandler extends DossierHandler {

	public ResubmitHandler() {
		super(Needs.EDITABLE_TEXT);
	}

	/** The other dossiers of the folder could not be read: a number of theirs could be handed out again. */
	private static final class Unreadable extends IOException {
		private static final long serialVersionUID = 1L;

		Unreadable(IOException cause) {
			super(cause.getMessage(), cause);
		}
	}

	@Override
	protected void run(DossierEditor editor, ExecutionEvent event) {
		Shell shell = editor.getSite().getShell();
		if (!savedFirst(editor, Messages.resubmitTitle)) {
			return;
		}
		DossierSessions services = Services.get(DossierSessions.class);
		Path self = editor.session().file().toAbsolutePath().normalize();
		Set<String> used = new HashSet<>();
		Resubmissions.Application application;
		try {
			DossierUpdate.Outcome<Resubmissions.Application> outcome = new DossierUpdate(services).run(List.of(self), sessions -> {
				DossierSession target = sessions.open(self);
				used.clear();
				used.addAll(usedElsewhere(services, self, target));
				Resubmissions.Application fresh = Resubmissions.prepare(target, used);
				if (!fresh.renumberings().isEmpty()) {
					target.commandStack().execute(fresh.command());
				}
				return fresh;
			});
			if (!outcome.ok()) {
				throw outcome.failures().values().iterator().next();
			}
			application = outcome.value();
			if (!application.renumberings().isEmpty()) {
				// the same numbers on the open model, which the save above made the file's
				Resubmissions.Application mine = Resubmissions.prepare(editor.session(), used);
				if (numbers(mine).equals(numbers(application))) {
					absorb(editor, mine.command(), outcome.written());
				} else {
					editor.session().reload(); // another program wrote the file meanwhile: the editor takes it as written
				}
			}
		} catch (Unreadable e) {
			MessageDialog.openError(shell, Messages.resubmitTitle, NLS.bind(Messages.resubmitUnreadable, self.getParent(), e.getMessage()));
			return;
		} catch (IOException e) {
			MessageDialog.openError(shell, Messages.resubmitTitle, NLS.bind(Messages.resubmitUnwritable, self.getFileName(), e.getMessage()));
			return;
		}
		if (!application.problems().isEmpty()) { // all numbers of the vendor used: said, never skipped in silence
			MessageDialog.openError(shell, Messages.resubmitTitle, NLS.bind(Messages.resubmitProblems,
					String.join("\n", application.problems().stream().map(Issue::message).toList())));
		}
		if (application.renumberings().isEmpty()) {
			if (application.problems().isEmpty()) {
				MessageDialog.openInformation(shell, Messages.resubmitTitle, Messages.resubmitNone);
			}
			return;
		}
		StringBuilder lines = new StringBuilder();
		application.renumberings().forEach(r -> lines.append(r.ancien()).append(" → ").append(r.nouveau()).append('\n'));
		MessageDialog.openInformation(shell, Messages.resubmitTitle,
				NLS.bind(Messages.resubmitDone, application.renumberings().size(), lines.toString().strip()));
	}

	/** The numbers this vendor used in the other dossiers of the folder (its SIRET or ANS number). */
	private static Set<String> usedElsewhere(DossierSessions services, Path self, DossierSession target) throws Unreadable {
		Set<String> used = new HashSet<>();
		try {
			for (Path file : DossierFiles.find(self.getParent())) {
				if (file.toAbsolutePath().normalize().equals(self)) {
					continue;
				}
				ImportResult other = services.texts().read(file);
				if (Resubmissions.sameVendor(other.dossier(), target.dossier())) {
					used.addAll(Resubmissions.used(other.dossier()));
				}
			}
		} catch (IOException e) {
			throw new Unreadable(e);
		}
		return used;
	}

	private static List<String> numbers(Resubmissions.Application application) {
		return application.renumberings().stream().map(r -> r.ancien() + "→" + r.nouveau()).toList();
	}
}
