package fr.segurstudio.ui.dossier.actions;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.expressions.IEvaluationContext;
import org.eclipse.ui.ISources;
import org.eclipse.ui.handlers.HandlerUtil;

import fr.segurstudio.editing.DossierFormat;
import fr.segurstudio.ui.dossier.DossierEditor;

/**
 * The base of every command on the active dossier editor (this bundle's and the lifecycle's): enabled when the
 * active editor is a dossier editor whose dossier the command can work on ({@link Needs}); what the pages' fields
 * hold is committed first, so that the command sees, and undo takes back, what the user typed.
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
