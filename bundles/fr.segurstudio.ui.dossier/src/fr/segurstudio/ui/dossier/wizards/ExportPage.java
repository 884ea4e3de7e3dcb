package fr.segurstudio.ui.dossier.wizards;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import fr.segurstudio.forms.swt.WidgetKeys;
import fr.segurstudio.model.core.Demande;
import fr.segurstudio.model.core.StatutDemande;
import fr.segurstudio.model.issue.Issue;
import fr.segurstudio.ui.FolderField;
import fr.segurstudio.ui.dossier.Messages;
import fr.segurstudio.ui.dossier.pages.DossierContext;
import fr.segurstudio.ui.dossier.pages.RequestRows;

/** The choices of a deposit: which requests, the date, the folder, zips. Requests with errors are refused. */
final class ExportPage extends WizardPage {

	private final DossierContext dossier;
	/** The requests selected in the editor. */
	private final List<Demande> picked;
	private final Path initialFolder;
	private Button all;
	private Button selected;
	private DateTime date;
	private Text folder;
	private Button zip;

	ExportPage(DossierContext dossier, List<Demande> picked, Path initialFolder) {
		super("export", Messages.exportTitle, null);
		this.dossier = dossier;
		this.picked = picked;
		this.initialFolder = initialFolder;
		setDescription(Messages.exportDescription);
	}

	@Override
	public void createControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(body);
		new Label(body, SWT.NONE).setText(Messages.exportRequests);
		all = new Button(body, SWT.RADIO);
		int drafts = drafts().size();
		all.setText(NLS.bind(Messages.exportAll, drafts, dossier.session().dossier().getDemandes().size() - drafts));
		all.setSelection(true);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(all);
		new Label(body, SWT.NONE);
		selected = new Button(body, SWT.RADIO);
		selected.setText(NLS.bind(Messages.exportSelected, picked.size()));
		selected.setEnabled(!picked.isEmpty());
		GridDataFactory.fillDefaults().span(2, 1).applyTo(selected);

		new Label(body, SWT.NONE).setText(Messages.exportDate);
		date = new DateTime(body, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(date);

		new Label(body, SWT.NONE).setText(Messages.exportFolder);
		folder = new Text(body, SWT.BORDER);
		folder.setText(initialFolder.toString());
		folder.setData(WidgetKeys.KEY, "export.dossier");
		GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(folder);
		Button browse = new Button(body, SWT.PUSH);
		browse.setText(Messages.browse);
		FolderField.browse(browse, folder);
		new Label(body, SWT.NONE);
		zip = new Button(body, SWT.CHECK);
		zip.setText(Messages.exportZip);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(zip);
		folder.addModifyListener(e -> check());
		all.addListener(SWT.Selection, e -> check());
		selected.addListener(SWT.Selection, e -> check());
		setControl(body);
		check();
	}

	private void check() {
		String error = null;
		long errors = dossier.issues().stream().filter(Issue::isError)
				.filter(i -> {
					Demande demande = RequestRows.requestOf(i.target());
					return demande == null || requests().contains(demande);
				}).count();
		if (folder.getText().isBlank()) {
			error = Messages.exportNoFolder;
		} else if (requests().isEmpty()) {
			error = Messages.exportNothing;
		} else if (errors > 0) {
			error = NLS.bind(Messages.exportHasErrors, errors);
		}
		setErrorMessage(error);
		setPageComplete(error == null);
	}

	List<Demande> requests() {
		return selected.getSelection() ? picked : drafts();
	}

	/** The requests not deposited yet: a deposited, accepted or rejected one going again would be paid twice (seed §1.2). */
	private List<Demande> drafts() {
		return dossier.session().dossier().getDemandes().stream()
				.filter(d -> d.getStatut() == null || d.getStatut() == StatutDemande.BROUILLON).toList();
	}

	LocalDate date() {
		return LocalDate.of(date.getYear(), date.getMonth() + 1, date.getDay());
	}

	Path folder() {
		return Path.of(folder.getText().trim()).toAbsolutePath();
	}

	boolean zip() {
		return zip.getSelection();
	}
}
