package fr.segurstudio.ui.lifecycle;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

import fr.segurstudio.editing.DossierSessions;
import fr.segurstudio.json.ImportResult;
import fr.segurstudio.json.portal.PortalReturn;
import fr.segurstudio.lifecycle.PortalReturns;
import fr.segurstudio.model.core.Dossier;
import fr.segurstudio.model.core.StatutDemande;
import fr.segurstudio.ui.Services;
import fr.segurstudio.ui.dossier.DossierEditor;
import fr.segurstudio.ui.dossier.actions.DossierHandler;

/**
 * Appliquer un retour du portail…: the returned files chosen are applied to the editor's dossier as one
 * command (ACCEPTEE with numeroASP, REJETEE with code and label; seed §1.2 step 5.b), as {@code segur retour}
 * does; what matched and what did not is said.
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
		List<Dossier> returned = new ArrayList<>();
		for (String name : dialog.getFileNames()) {
			Path file = Path.of(dialog.getFilterPath(), name);
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
		PortalReturns.Application application = PortalReturns.prepare(returned, List.of(editor.session()));
		Command command = application.commands().get(editor.session());
		if (command != null) {
			editor.execute(command);
		}
		int accepted = 0;
		int rejected = 0;
		int unmatched = 0;
		StringBuilder lines = new StringBuilder();
		for (PortalReturns.Line line : application.lines()) {
			if (!line.matched()) {
				unmatched++;
				lines.append(NLS.bind(Messages.returnUnmatched, line.numeroEditeur(), line.statut().getLiteral())).append('\n');
				continue;
			}
			if (line.statut() == StatutDemande.ACCEPTEE) {
				accepted++;
				lines.append(line.numeroEditeur()).append(" ACCEPTEE ").append(line.numeroASP() == null ? "" : line.numeroASP()).append('\n');
			} else {
				rejected++;
				lines.append(line.numeroEditeur()).append(" REJETEE ").append(line.codeTraitement()).append(' ').append(line.libelleTraitement())
						.append('\n');
			}
		}
		for (PortalReturns.Problem problem : application.problems()) { // what the file says that cannot be applied as it is
			lines.append(problem.issue().message()).append('\n');
		}
		String text = NLS.bind(Messages.returnDone, new Object[] { accepted, rejected, unmatched, lines.toString().strip() });
		if (unmatched > 0 || !application.problems().isEmpty()) {
			MessageDialog.openWarning(shell, Messages.returnTitle, text);
		} else {
			MessageDialog.openInformation(shell, Messages.returnTitle, text);
		}
	}
}
