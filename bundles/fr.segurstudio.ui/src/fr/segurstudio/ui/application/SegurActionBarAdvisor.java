package fr.segurstudio.ui.application;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

import fr.segurstudio.ui.Messages;

/**
 * The menus, made of the platform's actions (their commands, handlers and key bindings of the default
 * scheme: Ctrl+S, Ctrl+Shift+S, Ctrl+W, Ctrl+Z, Ctrl+E, Alt+←...), in French. Other bundles contribute
 * through {@code org.eclipse.ui.menus}: new-dossier wizards to {@code menu:}{@value #NEW_MENU}{@code ?after=new},
 * file commands to {@code menu:file?after=open.ext}, the rest to the {@code additions} group of each menu.
 */
final class SegurActionBarAdvisor extends ActionBarAdvisor {

	/** Fichier > Nouveau: its group {@code new} takes the wizards. */
	static final String NEW_MENU = "fr.segurstudio.ui.menu.new";

	private IAction close, closeAll, save, saveAs, saveAll, revert, quit;
	private IAction undo, redo, cut, copy, paste, delete, selectAll, find;
	private IAction preferences, switchEditor, resetPerspective;

	SegurActionBarAdvisor(IActionBarConfigurer configurer) {
		super(configurer);
	}

	@Override
	protected void makeActions(IWorkbenchWindow window) {
		close = make(ActionFactory.CLOSE, window, Messages.actionClose);
		closeAll = make(ActionFactory.CLOSE_ALL, window, Messages.actionCloseAll);
		save = make(ActionFactory.SAVE, window, Messages.actionSave);
		saveAs = make(ActionFactory.SAVE_AS, window, Messages.actionSaveAs);
		saveAll = make(ActionFactory.SAVE_ALL, window, Messages.actionSaveAll);
		revert = make(ActionFactory.REVERT, window, Messages.actionRevert);
		quit = make(ActionFactory.QUIT, window, Messages.actionQuit);
		undo = make(ActionFactory.UNDO, window, Messages.actionUndo);
		redo = make(ActionFactory.REDO, window, Messages.actionRedo);
		cut = make(ActionFactory.CUT, window, Messages.actionCut);
		copy = make(ActionFactory.COPY, window, Messages.actionCopy);
		paste = make(ActionFactory.PASTE, window, Messages.actionPaste);
		delete = make(ActionFactory.DELETE, window, Messages.actionDelete);
		selectAll = make(ActionFactory.SELECT_ALL, window, Messages.actionSelectAll);
		find = make(ActionFactory.FIND, window, Messages.actionFind);
		preferences = make(ActionFactory.PREFERENCES, window, Messages.actionPreferences);
		switchEditor = make(ActionFactory.SHOW_OPEN_EDITORS, window, Messages.actionSwitchEditor);
		resetPerspective = make(ActionFactory.RESET_PERSPECTIVE, window, Messages.actionResetPerspective);
		// in no menu: registered for their key bindings (Alt+← / Alt+→, the editor history)
		make(ActionFactory.BACKWARD_HISTORY, window, null);
		make(ActionFactory.FORWARD_HISTORY, window, null);
	}

	private IAction make(ActionFactory factory, IWorkbenchWindow window, String text) {
		IAction action = factory.create(window);
		if (text != null) {
			action.setText(text);
		}
		register(action); // its key binding
		return action;
	}

	@Override
	protected void fillMenuBar(IMenuManager bar) {
		bar.add(fileMenu());
		bar.add(editMenu());
		bar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		bar.add(windowMenu());
		MenuManager help = new MenuManager(Messages.menuHelp, IWorkbenchActionConstants.M_HELP);
		help.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		bar.add(help);
	}

	private MenuManager fileMenu() {
		MenuManager file = new MenuManager(Messages.menuFile, IWorkbenchActionConstants.M_FILE);
		MenuManager newMenu = new MenuManager(Messages.menuNew, NEW_MENU);
		newMenu.add(new GroupMarker(IWorkbenchActionConstants.NEW));
		newMenu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		file.add(newMenu);
		file.add(new GroupMarker(IWorkbenchActionConstants.NEW_EXT));
		file.add(new Separator(IWorkbenchActionConstants.OPEN_EXT));
		file.add(new Separator(IWorkbenchActionConstants.CLOSE));
		file.add(close);
		file.add(closeAll);
		file.add(new GroupMarker(IWorkbenchActionConstants.CLOSE_EXT));
		file.add(new Separator(IWorkbenchActionConstants.SAVE));
		file.add(save);
		file.add(saveAs);
		file.add(saveAll);
		file.add(revert);
		file.add(new GroupMarker(IWorkbenchActionConstants.SAVE_EXT));
		file.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		file.add(new Separator(IWorkbenchActionConstants.QUIT));
		file.add(quit);
		return file;
	}

	private MenuManager editMenu() {
		MenuManager edit = new MenuManager(Messages.menuEdit, IWorkbenchActionConstants.M_EDIT);
		// their label is the active part's, in the platform's words ("Undo Typing"): English until the
		// platform has a French fragment (a fixed-label command item shows the same English label)
		edit.add(undo);
		edit.add(redo);
		edit.add(new GroupMarker(IWorkbenchActionConstants.UNDO_EXT));
		edit.add(new Separator(IWorkbenchActionConstants.CUT_EXT));
		edit.add(cut);
		edit.add(copy);
		edit.add(paste);
		edit.add(new Separator(IWorkbenchActionConstants.EDIT_GROUP));
		edit.add(delete);
		edit.add(selectAll);
		edit.add(new Separator(IWorkbenchActionConstants.FIND_EXT));
		edit.add(find);
		edit.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		return edit;
	}

	private MenuManager windowMenu() {
		IWorkbenchWindow window = getActionBarConfigurer().getWindowConfigurer().getWindow();
		MenuManager menu = new MenuManager(Messages.menuWindow, IWorkbenchActionConstants.M_WINDOW);
		MenuManager showView = new MenuManager(Messages.menuShowView, "showView");
		showView.add(ContributionItemFactory.VIEWS_SHORTLIST.create(window));
		menu.add(showView);
		menu.add(resetPerspective);
		menu.add(new Separator());
		menu.add(switchEditor);
		menu.add(new GroupMarker(IWorkbenchActionConstants.HISTORY_GROUP));
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		menu.add(new Separator());
		menu.add(preferences);
		return menu;
	}
}
