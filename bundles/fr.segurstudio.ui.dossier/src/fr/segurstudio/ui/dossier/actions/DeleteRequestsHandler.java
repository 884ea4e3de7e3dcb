package fr.segurstudio.ui.dossier.actions;

import java.util.List;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;

import fr.segurstudio.model.core.Demande;
import fr.segurstudio.ui.dossier.DossierEditor;
import fr.segurstudio.ui.dossier.Messages;

/**
 * Supprimer: the selected requests leave the dossier, after the user said yes to a question naming them; one
 * command (one undo); their numbers stay taken (seed §3.2).
 */
public final class DeleteRequestsHandler extends DossierHandler {

	/** How many numbers the question names before « et N autres ». */
	static final int NAMED = 12;

	@Override
	protected void run(DossierEditor editor, ExecutionEvent event) {
		List<Demande> selected = requests(editor, event);
		if (selected.isEmpty()) {
			return;
		}
		MessageDialog question = new MessageDialog(editor.getSite().getShell(), Messages.deleteTitle, null, question(selected),
				MessageDialog.QUESTION, 1, Messages.deleteConfirm, IDialogConstants.CANCEL_LABEL);
		if (question.open() == 0) {
			editor.execute(editor.session().commands().delete(selected));
		}
	}

	/** « Supprimer les demandes 00017, 00021 ? », the first {@value #NAMED} numbers named, the others counted. */
	static String question(List<Demande> requests) {
		List<String> numbers = requests.stream().limit(NAMED).map(Demande::getNumeroEditeur).toList();
		String named = String.join(", ", numbers);
		if (requests.size() > NAMED) {
			named = NLS.bind(Messages.deleteMore, named, requests.size() - NAMED);
		}
		return NLS.bind(requests.size() == 1 ? Messages.deleteOne : Messages.deleteMany, named);
	}
}
