package fr.segurstudio.ui.application;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.contexts.IContextService;

import fr.segurstudio.ui.Messages;
import fr.segurstudio.ui.StartupLog;

/**
 * The main window: its size, its bars, and its title that names the active editor's file. What the IDE's action sets
 * add and the product does not use is hidden by the activity of plugin.xml, not here.
 */
final class SegurWindowAdvisor extends WorkbenchWindowAdvisor {

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
		getWindowConfigurer().getWindow().getService(IContextService.class).activateContext(CONTEXT);
		StartupLog.phase("window opened");
		if (StartupLog.enabled()) {
			Display display = getWindowConfigurer().getWindow().getShell().getDisplay();
			display.addFilter(SWT.Paint, new Listener() {
				@Override
				public void handleEvent(Event event) {
					StartupLog.once("first paint");
					display.removeFilter(SWT.Paint, this);
				}
			});
		}
	}
}
