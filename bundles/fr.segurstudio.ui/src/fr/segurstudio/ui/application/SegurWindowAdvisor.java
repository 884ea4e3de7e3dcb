package fr.segurstudio.ui.application;

import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PerspectiveAdapter;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.contexts.IContextService;

import fr.segurstudio.ui.Messages;

/** The main window: its size, its bars, and its title that names the active editor's file. */
final class SegurWindowAdvisor extends WorkbenchWindowAdvisor {

	private static final String[] HIDDEN_ACTION_SETS = { "org.eclipse.ui.actionSet.openFiles",
			"org.eclipse.ui.edit.text.actionSet.convertLineDelimitersTo" };

	SegurWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		super(configurer);
	}

	@Override
	public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
		return new SegurActionBarAdvisor(configurer);
	}

	@Override
	public void preWindowOpen() {
		IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
		configurer.setInitialSize(new Point(1400, 900));
		configurer.setTitle(Messages.windowTitle);
		configurer.setShowCoolBar(false);
		configurer.setShowPerspectiveBar(false);
		configurer.setShowStatusLine(true);
		configurer.setShowProgressIndicator(true);
	}

	/** The main window's key bindings (Ctrl+Q: quit), active whenever it is. */
	static final String CONTEXT = "fr.segurstudio.ui.window";

	@Override
	public void postWindowOpen() {
		new WindowTitle(getWindowConfigurer()).install();
		IWorkbenchWindow window = getWindowConfigurer().getWindow();
		window.getService(IContextService.class).activateContext(CONTEXT);
		hideActionSets(window.getActivePage());
		window.addPerspectiveListener(new PerspectiveAdapter() {
			@Override
			public void perspectiveActivated(IWorkbenchPage page, IPerspectiveDescriptor perspective) {
				hideActionSets(page);
			}

			@Override
			public void perspectiveChanged(IWorkbenchPage page, IPerspectiveDescriptor perspective, String changeId) {
				if (IWorkbenchPage.CHANGE_RESET_COMPLETE.equals(changeId)) {
					hideActionSets(page);
				}
			}
		});
	}

	/**
	 * The IDE's "Open File..." (it opens a file outside the workspace: no markers, no summary; Fichier > Ouvrir
	 * un fichier... links it) and the text editors' "Convert Line Delimiters To" (the files are LF).
	 */
	private static void hideActionSets(IWorkbenchPage page) {
		if (page != null) {
			for (String actionSet : HIDDEN_ACTION_SETS) {
				page.hideActionSet(actionSet);
			}
		}
	}
}
