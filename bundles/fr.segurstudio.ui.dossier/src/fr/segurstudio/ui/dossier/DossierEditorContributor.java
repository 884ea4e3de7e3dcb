package fr.segurstudio.ui.dossier;

import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.commands.operations.IUndoableOperation;
import org.eclipse.jface.action.Action;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.operations.RedoActionHandler;
import org.eclipse.ui.operations.UndoActionHandler;
import org.eclipse.ui.part.MultiPageEditorActionBarContributor;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.texteditor.ITextEditorActionConstants;

/**
 * The dossier editor's part of the menus: the platform's Undo/Redo on the dossier's undo context (what the
 * form was typing committed first, so that it is undone too), and Revert.
 */
public final class DossierEditorContributor extends MultiPageEditorActionBarContributor {

	private DossierEditor editor;
	private UndoActionHandler undo;
	private RedoActionHandler redo;
	private final Action revert = new Action(Messages.actionRevert) {
		@Override
		public void run() {
			if (editor != null && editor.isDirty()) {
				editor.revert();
			}
		}
	};

	@Override
	public void setActiveEditor(IEditorPart part) {
		if (part instanceof DossierEditor dossierEditor && dossierEditor != editor) {
			editor = dossierEditor;
			disposeHandlers();
			undo = new UndoActionHandler(editor.getSite(), editor.undoContext());
			redo = new RedoActionHandler(editor.getSite(), editor.undoContext());
			IActionBars bars = getActionBars();
			bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), new CommittingAction(undo, true));
			bars.setGlobalActionHandler(ActionFactory.REDO.getId(), new CommittingAction(redo, false));
			bars.setGlobalActionHandler(ActionFactory.REVERT.getId(), revert);
			bars.updateActionBars();
		}
		super.setActiveEditor(part);
	}

	/**
	 * The form pages use the dossier's Undo/Redo; the text page (a nested text editor) its own editing actions,
	 * so that Ctrl+Z there undoes typing in the text (each page's edits are undone on the page where they
	 * were made; switching page commits).
	 */
	@Override
	public void setActivePage(IEditorPart activeEditor) {
		if (undo == null) {
			return;
		}
		IActionBars bars = getActionBars();
		if (activeEditor instanceof ITextEditor textEditor) {
			for (String id : TEXT_ACTIONS) {
				bars.setGlobalActionHandler(id, textEditor.getAction(id));
			}
		} else {
			for (String id : TEXT_ACTIONS) {
				bars.setGlobalActionHandler(id, null);
			}
			bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), new CommittingAction(undo, true));
			bars.setGlobalActionHandler(ActionFactory.REDO.getId(), new CommittingAction(redo, false));
		}
		bars.updateActionBars();
	}

	/** The global actions a text page brings. */
	private static final String[] TEXT_ACTIONS = { ActionFactory.UNDO.getId(), ActionFactory.REDO.getId(), ActionFactory.CUT.getId(),
			ActionFactory.COPY.getId(), ActionFactory.PASTE.getId(), ActionFactory.DELETE.getId(), ActionFactory.SELECT_ALL.getId(),
			ActionFactory.FIND.getId(), ITextEditorActionConstants.GOTO_LINE };

	private void disposeHandlers() {
		if (undo != null) {
			undo.dispose();
			redo.dispose();
		}
	}

	/**
	 * The platform's handler, run after the form has committed what it was typing (so that Ctrl+Z in a
	 * field undoes that typing); its label and enablement followed.
	 */
	private final class CommittingAction extends Action {

		private final Action delegate;
		private final boolean undoes;

		CommittingAction(Action delegate, boolean undoes) {
			this.delegate = delegate;
			this.undoes = undoes;
			follow();
			delegate.addPropertyChangeListener(event -> follow());
		}

		/** The platform's state, in French: « Annuler Nouvelle demande 00002 ». */
		private void follow() {
			IOperationHistory history = PlatformUI.getWorkbench().getOperationSupport()
					.getOperationHistory();
			IUndoableOperation next = editor == null ? null
					: undoes ? history.getUndoOperation(editor.undoContext()) : history.getRedoOperation(editor.undoContext());
			String label = next == null ? "" : next.getLabel();
			String text = NLS.bind(undoes ? Messages.actionUndo : Messages.actionRedo, label).strip();
			setText(text);
			setToolTipText(withoutMnemonic(text));
			setEnabled(delegate.isEnabled());
			setActionDefinitionId(delegate.getActionDefinitionId());
		}

		@Override
		public void run() {
			if (editor != null) {
				editor.commitForms();
			}
			delegate.run();
		}
	}

	private static String withoutMnemonic(String text) {
		return text.replace("&", "");
	}

	@Override
	public void dispose() {
		disposeHandlers();
		super.dispose();
	}
}
