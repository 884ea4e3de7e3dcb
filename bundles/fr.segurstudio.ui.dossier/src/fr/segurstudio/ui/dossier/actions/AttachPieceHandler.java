package fr.segurstudio.ui.dossier.actions;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;

import fr.segurstudio.model.core.Demande;
import fr.segurstudio.model.couloir.TypePiece;
import fr.segurstudio.ui.dossier.DossierEditor;
import fr.segurstudio.ui.dossier.Messages;

/**
 * Joindre une pièce: files picked by the user become supporting documents of the selected request, of the
 * type chosen among the couloir's (seed §3.3), named after the nomenclature; one undo.
 */
public final class AttachPieceHandler extends DossierHandler {

	@Override
	protected void run(DossierEditor editor, ExecutionEvent event) {
		List<Demande> selected = requests(editor, event);
		Shell shell = editor.getSite().getShell();
		if (selected.size() != 1) {
			MessageDialog.openInformation(shell, Messages.attachTitle, Messages.attachSelectOne);
			return;
		}
		List<TypePiece> types = editor.session().couloir().typesPieces();
		TypePiece type = types.size() == 1 ? types.get(0) : choose(shell, types);
		if (type == null) {
			return;
		}
		FileDialog dialog = new FileDialog(shell, SWT.OPEN | SWT.MULTI);
		dialog.setText(Messages.attachTitle);
		dialog.setFilterExtensions(new String[] { "*.pdf;*.PDF;*.png;*.PNG;*.jpg;*.JPG;*.jpeg", "*" });
		dialog.setFilterNames(new String[] { Messages.attachFilter, Messages.filterAll });
		dialog.setFilterPath(editor.session().file().toAbsolutePath().getParent().toString());
		if (dialog.open() == null) {
			return;
		}
		CompoundCommand command = new CompoundCommand(Messages.attachCommand);
		for (String name : dialog.getFileNames()) {
			Path file = Path.of(dialog.getFilterPath(), name);
			try {
				command.append(editor.session().commands().attachPiece(selected.get(0), file, type));
			} catch (IOException e) {
				MessageDialog.openError(shell, Messages.attachTitle, NLS.bind(Messages.attachFailed, file, e.getMessage()));
				return;
			}
		}
		editor.execute(command);
	}

	private static TypePiece choose(Shell shell, List<TypePiece> types) {
		ElementListSelectionDialog dialog = new ElementListSelectionDialog(shell, new LabelProvider() {
			@Override
			public String getText(Object element) {
				TypePiece type = (TypePiece) element;
				return type.label() == null ? type.type() : type.type() + " – " + type.label();
			}
		});
		dialog.setTitle(Messages.attachTitle);
		dialog.setMessage(Messages.attachType);
		dialog.setElements(types.toArray());
		dialog.setMultipleSelection(false);
		return dialog.open() == ElementListSelectionDialog.OK ? (TypePiece) dialog.getFirstResult() : null;
	}
}
