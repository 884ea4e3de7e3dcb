package fr.segurstudio.ui.dossier.wizards;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import fr.segurstudio.editing.DossierFormat;
import fr.segurstudio.forms.swt.WidgetKeys;
import fr.segurstudio.json.IssueCodes;
import fr.segurstudio.json.deposit.Deposit;
import fr.segurstudio.json.deposit.DepositPlan;
import fr.segurstudio.lifecycle.DepositRecords;
import fr.segurstudio.model.asp.AspValues;
import fr.segurstudio.model.core.Demande;
import fr.segurstudio.model.core.StatutDemande;
import fr.segurstudio.model.issue.Issue;
import fr.segurstudio.ui.FolderField;
import fr.segurstudio.ui.dossier.Messages;
import fr.segurstudio.ui.dossier.pages.DossierContext;
import fr.segurstudio.ui.dossier.pages.RequestRows;

/**
 * The choices of a deposit: which requests, the day (JJ/MM/AAAA), the folder, zips; and, before anything is written,
 * what the deposit will say — the pieces named without a file attached, as {@code segur export} reports them, and the
 * deposit's other problems. Requests with errors are refused.
 */
final class ExportPage extends WizardPage {

	/** A deposit day is a real day of the portal's time, as {@code segur export --date} takes it. */
	private static final int FIRST_YEAR = 2000;
	private static final int LAST_YEAR = 2099;
	/** The plan is made again this long after the last keystroke in the folder field. */
	private static final int REPLAN_DELAY_MS = 300;

	private final DossierContext dossier;
	/** The requests selected in the editor. */
	private final List<Demande> picked;
	private final Path initialFolder;
	private Button all;
	private Button selected;
	private Text date;
	private Text folder;
	private Button zip;
	private Label problemsTitle;
	private Table problems;
	private DepositPlan plan;
	private final Runnable replan = this::replan;

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
		all.setData(WidgetKeys.KEY, "export.brouillons");
		int drafts = drafts().size();
		all.setText(NLS.bind(Messages.exportAll, drafts, dossier.session().dossier().getDemandes().size() - drafts));
		all.setSelection(true);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(all);
		new Label(body, SWT.NONE);
		selected = new Button(body, SWT.RADIO);
		selected.setData(WidgetKeys.KEY, "export.selection");
		selected.setText(NLS.bind(Messages.exportSelected, picked.size(), pickedDrafts().size()));
		selected.setEnabled(!pickedDrafts().isEmpty());
		GridDataFactory.fillDefaults().span(2, 1).applyTo(selected);

		new Label(body, SWT.NONE).setText(Messages.exportDate);
		date = new Text(body, SWT.BORDER);
		date.setData(WidgetKeys.KEY, "export.date");
		date.setMessage(Messages.exportDateHint);
		date.setText(AspValues.formatDate(LocalDate.now()));
		GridDataFactory.fillDefaults().hint(120, SWT.DEFAULT).span(2, 1).applyTo(date);

		new Label(body, SWT.NONE).setText(Messages.exportFolder);
		folder = new Text(body, SWT.BORDER);
		folder.setText(initialFolder.toString());
		folder.setData(WidgetKeys.KEY, "export.dossier");
		GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(folder);
		Button browse = new Button(body, SWT.PUSH);
		browse.setText(Messages.browse);
		FolderField.browse(browse, folder);
		new Label(body, SWT.NONE);
		zip = new Button(body, SWT.CHECK);
		zip.setText(Messages.exportZip);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(zip);

		problemsTitle = new Label(body, SWT.WRAP);
		GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(420, SWT.DEFAULT).indent(0, 8).applyTo(problemsTitle);
		problems = new Table(body, SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL | SWT.FULL_SELECTION);
		problems.setData(WidgetKeys.KEY, "export.problemes");
		GridDataFactory.fillDefaults().span(3, 1).grab(true, true).hint(420, 120).applyTo(problems);
		if (dossier.session().format() != DossierFormat.SEGUR) {
			Label json = new Label(body, SWT.WRAP);
			json.setText(Messages.exportJsonNotRecorded);
			GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(420, SWT.DEFAULT).applyTo(json);
		}

		folder.addModifyListener(e -> {
			body.getDisplay().timerExec(REPLAN_DELAY_MS, replan);
			check();
		});
		date.addModifyListener(e -> check());
		all.addListener(SWT.Selection, e -> replan());
		selected.addListener(SWT.Selection, e -> replan());
		setControl(body);
		replan();
	}

	/**
	 * The deposit planned as the export will make it (nothing written): its problems, the pieces without a file
	 * first counted apart, as {@code segur export} reports them.
	 */
	private void replan() {
		if (problems == null || problems.isDisposed()) {
			return;
		}
		List<Demande> requests = requests();
		plan = requests.isEmpty() ? null : DepositSource.plan(dossier.session(), requests, options(LocalDate.now()));
		problems.removeAll();
		List<Issue> found = plan == null ? List.of() : plan.problems();
		long absent = found.stream().filter(p -> IssueCodes.DEPOT_PIECE_ABSENTE.equals(p.code())).count();
		for (Issue issue : found) {
			new TableItem(problems, SWT.NONE).setText((issue.isError() ? Messages.exportProblemError : Messages.exportProblemWarning) + issue.message());
		}
		problemsTitle.setText(found.isEmpty() ? Messages.exportNoProblem
				: NLS.bind(Messages.exportProblemsTitle, found.size() - absent, absent));
		problemsTitle.getParent().layout(true);
		check();
	}

	private void check() {
		String error = null;
		long errors = dossier.issues().stream().filter(Issue::isError)
				.filter(i -> {
					Demande demande = RequestRows.requestOf(i.target());
					return demande == null || requests().contains(demande);
				}).count();
		long planErrors = plan == null ? 0 : plan.problems().stream().filter(Issue::isError).count();
		if (folder.getText().isBlank()) {
			error = Messages.exportNoFolder;
		} else if (date() == null) {
			error = NLS.bind(Messages.exportBadDate, date.getText().trim(), new Object[] { FIRST_YEAR, LAST_YEAR });
		} else if (requests().isEmpty()) {
			error = Messages.exportNothing;
		} else if (errors > 0) {
			error = NLS.bind(Messages.exportHasErrors, errors);
		} else if (planErrors > 0) {
			error = NLS.bind(Messages.exportPlanErrors, planErrors);
		}
		setErrorMessage(error);
		if (error == null && dossier.session().format() == DossierFormat.SEGUR && dossier.editor().isDirty()) {
			setMessage(Messages.exportSavesFirst, IMessageProvider.WARNING);
		} else {
			setMessage(null);
		}
		setPageComplete(error == null);
	}

	/** The requests to deposit: the drafts, or the drafts among the requests selected in the editor. */
	List<Demande> requests() {
		return selected.getSelection() ? pickedDrafts() : drafts();
	}

	/** The requests not deposited yet: a deposited, accepted or rejected one going again would be paid twice (seed §1.2). */
	private List<Demande> drafts() {
		return dossier.session().dossier().getDemandes().stream().filter(ExportPage::isDraft).toList();
	}

	private List<Demande> pickedDrafts() {
		return picked.stream().filter(ExportPage::isDraft).toList();
	}

	private static boolean isDraft(Demande demande) {
		return DepositRecords.statut(demande) == StatutDemande.BROUILLON;
	}

	/** The day typed, a real day between {@value #FIRST_YEAR} and {@value #LAST_YEAR}; null otherwise. */
	LocalDate date() {
		try {
			LocalDate day = AspValues.parseDate(date.getText().trim());
			return day != null && day.getYear() >= FIRST_YEAR && day.getYear() <= LAST_YEAR ? day : null;
		} catch (IllegalArgumentException e) {
			return null;
		}
	}

	Path folder() {
		return Path.of(folder.getText().trim()).toAbsolutePath();
	}

	boolean zip() {
		return zip.getSelection();
	}

	Deposit.Options options(LocalDate day) {
		return new Deposit.Options(folder(), day, zip());
	}

	/** The problems listed (tests). */
	List<String> problemLines() {
		return Arrays.stream(problems.getItems()).map(TableItem::getText).toList();
	}
}
