package fr.segurstudio.ui.dossier.actions;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.expressions.IEvaluationContext;
import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.ISources;
import org.eclipse.ui.handlers.HandlerUtil;

import fr.segurstudio.editing.DossierFormat;
import fr.segurstudio.editing.DossierSession;
import fr.segurstudio.model.core.Demande;
import fr.segurstudio.ui.dossier.DossierEditor;
import fr.segurstudio.ui.dossier.Messages;

/**
 * The base of every command on the active dossier editor (this bundle's and the lifecycle's): enabled when the
 * active editor is a dossier editor whose dossier the command can work on ({@link Needs}); what the pages' fields
 * hold is committed first, so that the command sees, and undo takes back, what the user typed. The requests a
 * command acts on are those of the selection the platform publishes for the active part — the Demandes table's,
 * or the Outline's — never a page's own notion of a selection ({@link #requests}).
 */
public abstract class DossierHandler extends AbstractHandler {

	/** What a command needs of the dossier. */
	protected enum Needs {
		/** A dossier read (a JSON file the forms cannot edit can still become a text dossier). */
		DOSSIER,
		/** A dossier the forms can edit. */
		EDITABLE,
		/** An editable .segur dossier: a request's life is kept in the text (deposits, returns, resubmissions). */
		EDITABLE_TEXT
	}

	private final Needs needs;

	/** A command on a dossier the forms can edit. */
	protected DossierHandler() {
		this(Needs.EDITABLE);
	}

	protected DossierHandler(Needs needs) {
		this.needs = needs;
	}

	@Override
	public final Object execute(ExecutionEvent event) throws ExecutionException {
		if (HandlerUtil.getActiveEditor(event) instanceof DossierEditor editor && accepts(editor)) {
			editor.commitForms();
			run(editor, event);
		}
		return null;
	}

	/**
	 * The requests of the current selection (the active part's: the Demandes table, the Outline) that belong to the
	 * editor's dossier, in the selection's order.
	 */
	protected static List<Demande> requests(DossierEditor editor, ExecutionEvent event) {
		List<Demande> requests = new ArrayList<>();
		if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection) {
			for (Object element : selection) {
				if (element instanceof Demande demande && demande.eContainer() == editor.session().dossier() && !requests.contains(demande)) {
					requests.add(demande);
				}
			}
		}
		return requests;
	}

	/**
	 * Before a change written into the dossier's file at once (a deposit's record, a returned file, a
	 * resubmission): the file must hold what the user sees, so unsaved edits are saved first, once the user said
	 * yes. False: not saved (cancelled, or the save failed and said why); nothing is to be done.
	 */
	protected static boolean savedFirst(DossierEditor editor, String title) {
		if (!editor.isDirty()) {
			return true;
		}
		if (!MessageDialog.openConfirm(editor.getSite().getShell(), title, NLS.bind(Messages.savesFirst, editor.session().file().getFileName()))) {
			return false;
		}
		editor.doSave(null);
		return !editor.isDirty();
	}

	/**
	 * A change the lifecycle wrote into the editor's file (under the lock of its folder): made on the open model too,
	 * outside the command stack (it cannot be undone: the file has it), the written file becoming the one the
	 * editor knows.
	 */
	protected static void absorb(DossierEditor editor, Command change, List<DossierSession.Written> written) throws IOException {
		Path file = editor.session().file().toAbsolutePath().normalize();
		for (DossierSession.Written write : written) {
			if (write.file().toAbsolutePath().normalize().equals(file)) {
				editor.session().absorb(change, write);
			}
		}
	}

	/** The command, on an editor whose dossier it can work on. */
	protected abstract void run(DossierEditor editor, ExecutionEvent event) throws ExecutionException;

	@Override
	public void setEnabled(Object evaluationContext) {
		Object part = evaluationContext instanceof IEvaluationContext context ? context.getVariable(ISources.ACTIVE_EDITOR_NAME) : null;
		// a dossier still being read: disabled until it is (asking would make the window wait for the read)
		setBaseEnabled(part instanceof DossierEditor editor && editor.isRead() && accepts(editor));
	}

	private boolean accepts(DossierEditor editor) {
		if (editor.session().dossier() == null) {
			return false;
		}
		return switch (needs) {
		case DOSSIER -> true;
		case EDITABLE -> editor.session().readOnlyReason() == null;
		case EDITABLE_TEXT -> editor.session().readOnlyReason() == null && editor.session().format() == DossierFormat.SEGUR;
		};
	}
}
