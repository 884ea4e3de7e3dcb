package fr.segurstudio.ui.lifecycle.spreadsheet;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.ui.IWorkbenchWindow;

import fr.segurstudio.dsl.DossierTexts;
import fr.segurstudio.forms.ViewRegistry;
import fr.segurstudio.lifecycle.csv.CsvImport;
import fr.segurstudio.lifecycle.csv.CsvMapping;
import fr.segurstudio.lifecycle.csv.CsvTable;
import fr.segurstudio.model.couloir.CouloirRegistry;
import fr.segurstudio.ui.Services;
import fr.segurstudio.validation.DossierValidator;

/** What the spreadsheet wizard's pages share, filled as the user goes (its own class: the pages depend on it, not on the wizard). */
final class ImportState {
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

	ImportState(IWorkbenchWindow window, IDialogSettings settings) {
		this.window = window;
		this.settings = settings;
		registry = Services.get(CouloirRegistry.class);
		views = Services.get(ViewRegistry.class);
		validator = Services.get(DossierValidator.class);
		texts = Services.get(DossierTexts.class);
	}
}
