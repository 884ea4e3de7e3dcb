package fr.segurstudio.ui.lifecycle.spreadsheet;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.FrameworkUtil;

import fr.segurstudio.dsl.DossierTexts;
import fr.segurstudio.forms.ViewRegistry;
import fr.segurstudio.lifecycle.csv.CsvImport;
import fr.segurstudio.lifecycle.csv.CsvMapping;
import fr.segurstudio.lifecycle.csv.CsvTable;
import fr.segurstudio.model.couloir.CouloirRegistry;
import fr.segurstudio.ui.Services;
import fr.segurstudio.ui.lifecycle.Messages;
import fr.segurstudio.validation.DossierValidator;

/**
 * Importer un tableur…: the CSV, its encoding and separator and a preview (page 1); the mapping, field by field
 * of the couloir's form, a column or a constant, matched by header name, with the first rows' values and their
 * validation, loaded and saved as the file {@code segur import-csv} reads (page 2); the dossiers, per couloir,
 * numeroAns and SIRET, split at 200 requests, their names and folder (page 3). Finish hands the work to a Job
 * ({@link SpreadsheetImportJob}): the window stays free, the Progress view shows it and can cancel it.
 */
public final class SpreadsheetWizard extends Wizard {

	/** What the pages share, filled as the user goes. */
	static final class State {
		final IWorkbenchWindow window;
		final CouloirRegistry registry;
		final ViewRegistry views;
		final DossierValidator validator;
		final DossierTexts texts;
		final IDialogSettings settings;
		Path csv;
		CsvTable table;
		CsvMapping mapping;
		CsvImport.Plan plan;
		List<String> names;
		Path folder;

		State(IWorkbenchWindow window, IDialogSettings settings) {
			this.window = window;
			this.settings = settings;
			registry = Services.get(CouloirRegistry.class);
			views = Services.get(ViewRegistry.class);
			validator = Services.get(DossierValidator.class);
			texts = Services.get(DossierTexts.class);
		}
	}

	private final State state;
	private SpreadsheetFilePage filePage;
	private SpreadsheetMappingPage mappingPage;
	private SpreadsheetGroupingPage groupingPage;

	/** @param csv the spreadsheet to start with (the explorer's selection), or null */
	public SpreadsheetWizard(IWorkbenchWindow window, Path csv) {
		IDialogSettings root = PlatformUI.getDialogSettingsProvider(FrameworkUtil.getBundle(SpreadsheetWizard.class)).getDialogSettings();
		IDialogSettings settings = root.getSection("spreadsheet") != null ? root.getSection("spreadsheet") : root.addNewSection("spreadsheet");
		state = new State(window, settings);
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
		new SpreadsheetImportJob(state.window, new CsvImport(state.mapping, state.registry), state.table, groupingPage.maxRequests(), state.folder,
				state.texts).schedule();
		return true;
	}
}
