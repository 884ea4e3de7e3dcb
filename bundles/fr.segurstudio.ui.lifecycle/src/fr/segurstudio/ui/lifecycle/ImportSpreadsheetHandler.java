package fr.segurstudio.ui.lifecycle;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

import fr.segurstudio.editing.DossierSessions;
import fr.segurstudio.json.ImportResult;
import fr.segurstudio.lifecycle.DossierFiles;
import fr.segurstudio.lifecycle.csv.CsvImport;
import fr.segurstudio.lifecycle.csv.CsvMapping;
import fr.segurstudio.lifecycle.csv.CsvTable;
import fr.segurstudio.lifecycle.csv.ImportFiles;
import fr.segurstudio.lifecycle.csv.VendorNumbers;
import fr.segurstudio.model.core.Dossier;
import fr.segurstudio.model.couloir.CouloirRegistry;
import fr.segurstudio.ui.OpenWork;
import fr.segurstudio.ui.Services;

/**
 * Importer un tableur…: a CSV export and its mapping give .segur dossiers next to the CSV, as {@code segur
 * import-csv} does — the detected encoding and separator, the dossiers and requests to create and the
 * problems (file, line, column) shown before anything is written; then the dossiers open in their editors,
 * where the validation shows what to fix.
 */
public final class ImportSpreadsheetHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		Shell shell = window.getShell();
		Path csv = choose(shell, Messages.spreadsheetTitle, new String[] { "*.csv;*.txt", "*" }, Messages.filterCsv, null);
		if (csv == null) {
			return null;
		}
		Path mappingFile = choose(shell, Messages.spreadsheetMapping, new String[] { "*.json", "*" }, Messages.filterJson, csv.getParent());
		if (mappingFile == null) {
			return null;
		}
		CsvMapping mapping;
		CsvTable table;
		try {
			mapping = CsvMapping.read(mappingFile.getFileName().toString(), Files.readAllBytes(mappingFile));
			table = CsvTable.read(csv.getFileName().toString(), Files.readAllBytes(csv), null, (char) 0);
		} catch (IOException | IllegalArgumentException e) {
			MessageDialog.openError(shell, Messages.spreadsheetTitle, NLS.bind(Messages.spreadsheetUnreadable, csv.getFileName(), e.getMessage()));
			return null;
		} catch (CsvMapping.Invalid e) {
			MessageDialog.openError(shell, Messages.spreadsheetTitle, NLS.bind(Messages.spreadsheetRefused, e.getMessage()));
			return null;
		}
		CsvImport importer = new CsvImport(mapping, Services.get(CouloirRegistry.class));
		List<String> problems = importer.check(table);
		if (!problems.isEmpty()) {
			MessageDialog.openError(shell, Messages.spreadsheetTitle, NLS.bind(Messages.spreadsheetRefused, String.join("\n", problems)));
			return null;
		}
		DossierSessions sessions = Services.get(DossierSessions.class);
		CsvImport.Plan plan = importer.plan(table, CsvImport.PORTAL_MAX, new VendorNumbers(neighbours(csv.getParent(), sessions)));
		if (!plan.refusals().isEmpty()) {
			MessageDialog.openError(shell, Messages.spreadsheetTitle, NLS.bind(Messages.spreadsheetRefused, String.join("\n", plan.refusals())));
			return null;
		}
		List<String> names = ImportFiles.names(List.of(plan));
		StringBuilder dossiers = new StringBuilder();
		for (int i = 0; i < names.size(); i++) {
			dossiers.append("  ").append(names.get(i)).append(" : ").append(plan.parts().get(i).requests().size()).append(" demande(s)\n");
		}
		List<CsvImport.Problem> rowProblems = new ArrayList<>(plan.problems());
		List<CsvImport.Built> built = new ArrayList<>();
		for (CsvImport.Part part : plan.parts()) {
			built.add(importer.build(part, rowProblems, new ArrayList<>()));
		}
		String listed = String.join("\n", rowProblems.stream().limit(30).map(CsvImport.Problem::toString).toList());
		MessageDialog preview = new MessageDialog(shell, Messages.spreadsheetTitle, null,
				NLS.bind(Messages.spreadsheetPreview, new Object[] { csv.getFileName(), table.encoding(), table.separatorName(), table.rows().size(),
						csv.getParent(), dossiers.toString().stripTrailing(), listed }),
				rowProblems.isEmpty() ? MessageDialog.QUESTION : MessageDialog.WARNING, 0, Messages.spreadsheetCreate, IDialogConstants.CANCEL_LABEL);
		if (preview.open() != 0) {
			return null;
		}
		List<Path> targets;
		try (ImportFiles files = new ImportFiles(csv.getParent())) {
			for (int i = 0; i < names.size(); i++) {
				files.stage(names.get(i), CsvImport.withNotes(sessions.texts().write(built.get(i).dossier()), built.get(i).notes())
						.getBytes(StandardCharsets.UTF_8));
			}
			targets = files.publish();
		} catch (IOException e) {
			MessageDialog.openError(shell, Messages.spreadsheetTitle, NLS.bind(Messages.spreadsheetUnreadable, csv.getParent(), e.getMessage()));
			return null;
		}
		OpenWork.open(window, targets);
		return null;
	}

	private static Path choose(Shell shell, String title, String[] extensions, String filterName, Path folder) {
		FileDialog dialog = new FileDialog(shell, SWT.OPEN);
		dialog.setText(title);
		dialog.setFilterExtensions(extensions);
		dialog.setFilterNames(new String[] { filterName, Messages.filterAll });
		if (folder != null) {
			dialog.setFilterPath(folder.toString());
		}
		String chosen = dialog.open();
		return chosen == null ? null : Path.of(chosen);
	}

	/** The dossiers already next to the CSV: their numbers are taken. */
	private static List<Dossier> neighbours(Path folder, DossierSessions sessions) {
		List<Dossier> dossiers = new ArrayList<>();
		try {
			for (Path file : DossierFiles.find(folder)) {
				ImportResult read = sessions.texts().read(file);
				if (read.dossier() != null) {
					dossiers.add(read.dossier());
				}
			}
		} catch (IOException e) {
			return dossiers; // an unreadable neighbour: its numbers are checked by the validation of the new dossier
		}
		return dossiers;
	}
}
