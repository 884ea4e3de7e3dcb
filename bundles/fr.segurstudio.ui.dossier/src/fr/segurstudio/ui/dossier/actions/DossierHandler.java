package fr.segurstudio.ui.dossier.actions;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.expressions.IEvaluationContext;
import org.eclipse.ui.ISources;
import org.eclipse.ui.handlers.HandlerUtil;

import fr.segurstudio.ui.dossier.DossierEditor;

/** A command on the active dossier editor; disabled when no dossier editor is active or it is read-only. */
abstract class DossierHandler extends AbstractHandler {

	@Override
	public final Object execute(ExecutionEvent event) throws ExecutionException {
		if (HandlerUtil.getActiveEditor(event) instanceof DossierEditor editor && editor.session().dossier() != null) {
			editor.commitForms();
			run(editor, event);
		}
		return null;
	}

	abstract void run(DossierEditor editor, ExecutionEvent event) throws ExecutionException;

	/** Whether the command changes the model (then refused on a dossier the forms cannot edit). */
	boolean changesModel() {
		return true;
	}

	@Override
	public void setEnabled(Object evaluationContext) {
		Object part = evaluationContext instanceof IEvaluationContext context ? context.getVariable(ISources.ACTIVE_EDITOR_NAME) : null;
		setBaseEnabled(part instanceof DossierEditor editor && editor.session().dossier() != null
				&& (!changesModel() || editor.session().readOnlyReason() == null));
	}
}
