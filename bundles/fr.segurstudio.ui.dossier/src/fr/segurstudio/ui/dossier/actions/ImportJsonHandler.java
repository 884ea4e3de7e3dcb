package fr.segurstudio.ui.dossier.actions;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

import fr.segurstudio.editing.DossierSessions;
import fr.segurstudio.json.ImportResult;
import fr.segurstudio.model.issue.Issue;
import fr.segurstudio.ui.Services;
import fr.segurstudio.ui.dossier.DossierEditor;
import fr.segurstudio.ui.dossier.Messages;
import fr.segurstudio.ui.dossier.internal.JsonIntoDossier;

/**
 * Importer un fichier JSON: the requests of an ASP JSON file of the same couloir join the dossier (one
 * undo); a number the dossier already used gets the next free one. A file that does not read is refused
 * with its first problems.
 */
public final class ImportJsonHandler extends DossierHandler {

	@Override
	protected void run(DossierEditor editor, ExecutionEvent event) {
		Shell shell = editor.getSite().getShell();
		FileDialog dialog = new FileDialog(shell, SWT.OPEN);
		dialog.setText(Messages.importTitle);
		dialog.setFilterExtensions(new String[] { "*.json", "*" });
		dialog.setFilterNames(new String[] { Messages.filterJson, Messages.filterAll });
		String chosen = dialog.open();
		if (chosen == null) {
			return;
		}
		Path file = Path.of(chosen);
		ImportResult read;
		try {
			read = Services.get(DossierSessions.class).importer().read(file, editor.session().couloir().id());
		} catch (IOException e) {
			MessageDialog.openError(shell, Messages.importTitle, NLS.bind(Messages.importUnreadable, file, e.getMessage()));
			return;
		}
		List<Issue> errors = read.issues().stream().filter(Issue::isError).toList();
		if (read.dossier() == null || !errors.isEmpty()) {
			String first = errors.stream().limit(5).map(Issue::toString).reduce((a, b) -> a + "\n" + b).orElse("");
			MessageDialog.openError(shell, Messages.importTitle, NLS.bind(Messages.importRefused, file.getFileName(), first));
			return;
		}
		JsonIntoDossier.Result result = JsonIntoDossier.of(editor.session(), read.dossier(), file.getFileName().toString());
		editor.execute(result.command());
		editor.showRequests(result.added());
		editor.tell(NLS.bind(Messages.importDone, new Object[] { result.added().size(), file.getFileName(), result.renumbered() }),
				IMessageProvider.INFORMATION);
	}
}
