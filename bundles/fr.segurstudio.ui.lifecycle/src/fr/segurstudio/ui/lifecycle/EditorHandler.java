package fr.segurstudio.ui.lifecycle;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.expressions.IEvaluationContext;
import org.eclipse.ui.ISources;
import org.eclipse.ui.handlers.HandlerUtil;

import fr.segurstudio.editing.DossierFormat;
import fr.segurstudio.ui.dossier.DossierEditor;

/**
 * A lifecycle command on the active dossier editor's session (a .segur dossier the forms can edit): the
 * change is one command of the editor (one undo), saved with the editor.
 */
abstract class EditorHandler extends AbstractHandler {

	@Override
	public final Object execute(ExecutionEvent event) {
		if (HandlerUtil.getActiveEditor(event) instanceof DossierEditor editor && editable(editor)) {
			editor.commitForms();
			run(editor);
		}
		return null;
	}

	abstract void run(DossierEditor editor);

	@Override
	public void setEnabled(Object evaluationContext) {
		Object part = evaluationContext instanceof IEvaluationContext context ? context.getVariable(ISources.ACTIVE_EDITOR_NAME) : null;
		setBaseEnabled(part instanceof DossierEditor editor && editable(editor));
	}

	private static boolean editable(DossierEditor editor) {
		return editor.session().dossier() != null && editor.session().readOnlyReason() == null
				&& editor.session().format() == DossierFormat.SEGUR;
	}
}
