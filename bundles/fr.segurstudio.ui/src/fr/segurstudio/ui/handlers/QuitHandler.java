package fr.segurstudio.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

/** Quits, after asking to save every editor with unsaved changes (cancel keeps the application open). */
public class QuitHandler {

	@Execute
	public void execute(IWorkbench workbench, EPartService partService) {
		if (partService.saveAll(true)) {
			workbench.close();
		}
	}
}
