package fr.segurstudio.ui.lifecycle.spreadsheet;

import java.nio.file.Path;

import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.FrameworkUtil;

import fr.segurstudio.lifecycle.csv.CsvImport;
import fr.segurstudio.ui.lifecycle.Messages;

/**
 * Importer un tableur…: the CSV, its encoding and separator and a preview (page 1); the mapping, field by field
 * of the couloir's form, a column or a constant, matched by header name, with the first rows' values and their
 * validation, loaded and saved as the file {@code segur import-csv} reads (page 2); the dossiers, per couloir,
 * numeroAns and SIRET, split at 200 requests, their names and folder (page 3). Finish hands the work to a Job
 * ({@link SpreadsheetImportJob}): the window stays free, the Progress view shows it and can cancel it.
 */
public final class SpreadsheetWizard extends Wizard {

	private final ImportState state;
	private SpreadsheetFilePage filePage;
	private SpreadsheetMappingPage mappingPage;
	private SpreadsheetGroupingPage groupingPage;

	/** @param csv the spreadsheet to start with (the explorer's selection), or null */
	public SpreadsheetWizard(IWorkbenchWindow window, Path csv) {
		IDialogSettings root = PlatformUI.getDialogSettingsProvider(FrameworkUtil.getBundle(SpreadsheetWizard.class)).getDialogSettings();
		IDialogSettings settings = root.getSection("spreadsheet") != null ? root.getSection("spreadsheet") : root.addNewSection("spreadsheet");
		state = new ImportState(window, settings);
		state.csv = csv;
		setWindowTitle(Messages.spreadsheetTitle);
		setNeedsProgressMonitor(false); // the pages read and plan in Jobs of their own: no room kept for a bar
		setDialogSettings(settings);
	}

	@Override
	public void addPages() {
		filePage = new SpreadsheetFilePage(state);
		mappingPage = new SpreadsheetMappingPage(state);
		groupingPage = new SpreadsheetGroupingPage(state);
		addPage(filePage);
		addPage(mappingPage);
		addPage(groupingPage);
	}

	@Override
	public boolean canFinish() {
		return getContainer().getCurrentPage() == groupingPage && groupingPage.isPageComplete();
	}

	@Override
	public boolean performFinish() {
		if (state.plan == null || state.names == null) {
			return false;
		}
		state.settings.put(SpreadsheetGroupingPage.MAX_SETTING, groupingPage.maxRequests());
		new SpreadsheetImportJob(state.window, new CsvImport(state.mapping, state.registry), state.table, groupingPage.maxRequests(), groupingPage.folder(),
				state.texts).schedule();
		return true;
	}
}
