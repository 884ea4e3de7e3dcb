package fr.segurstudio.ui.dossier.wizards;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;

import fr.segurstudio.editing.DossierSessions;
import fr.segurstudio.forms.swt.WidgetKeys;
import fr.segurstudio.model.core.Dossier;
import fr.segurstudio.model.core.SegurPackage;
import fr.segurstudio.model.couloir.Couloir;
import fr.segurstudio.model.couloir.CouloirRegistry;
import fr.segurstudio.model.issue.Issue;
import fr.segurstudio.model.settings.SettingsFolder;
import fr.segurstudio.ui.FolderField;
import fr.segurstudio.ui.OpenWork;
import fr.segurstudio.ui.Services;
import fr.segurstudio.ui.dossier.Messages;
import fr.segurstudio.ui.dossier.internal.EditorInputs;
import fr.segurstudio.validation.DossierValidator;
import fr.segurstudio.validation.ValidationContext;
import fr.segurstudio.workspace.DossierFolders;

/**
 * Nouveau dossier: a couloir (every installed one, plug-ins' included), the numeroAns and SIRET of the
 * beneficiary's header — checked as they are typed, by the validator's own rules for the header —, the folder
 * (the one selected in the explorer, else the active dossier's, else the first opened folder) and the file name;
 * writes an empty .segur dossier (never over an existing file), and opens it as the explorer opens a file: it shows
 * there, and its problems in the Problems view. Also in Fichier > Nouveau.
 */
public final class NewDossierWizard extends Wizard implements INewWizard {

	private IWorkbench workbench;
	private Path initialFolder;
	private Page page;

	public NewDossierWizard() {
		setWindowTitle(Messages.newDossierTitle);
	}

	@Override
	public void init(IWorkbench bench, IStructuredSelection selection) {
		this.workbench = bench;
		initialFolder = folderOf(selection == null ? null : selection.getFirstElement());
		if (initialFolder == null && bench.getActiveWorkbenchWindow() != null && bench.getActiveWorkbenchWindow().getActivePage() != null) {
			IEditorPart active = bench.getActiveWorkbenchWindow().getActivePage().getActiveEditor();
			Path file = active == null ? null : EditorInputs.path(active.getEditorInput());
			initialFolder = file == null ? null : file.toAbsolutePath().getParent();
		}
		if (initialFolder == null) {
			initialFolder = firstOpenedFolder();
		}
	}

	/** The folder of a resource selected in the explorer (a folder, or a file's folder). */
	private static Path folderOf(Object selected) {
		IResource resource = Adapters.adapt(selected, IResource.class);
		if (resource == null || resource.getLocation() == null) {
			return null;
		}
		File location = resource.getLocation().toFile();
		return (location.isDirectory() ? location : location.getParentFile()).toPath();
	}

	private static Path firstOpenedFolder() {
		try {
			for (IResource root : DossierFolders.roots()) {
				if (root.getType() == IResource.FOLDER && root.getLocation() != null) {
					return root.getLocation().toFile().toPath();
				}
			}
		} catch (CoreException e) {
			// no opened folder to offer: the user's home
		}
		return null;
	}

	@Override
	public void addPages() {
		page = new Page(initialFolder != null ? initialFolder : SettingsFolder.userHome());
		addPage(page);
	}

	/** The folder the wizard starts in (tests). */
	public Path initialFolder() {
		return initialFolder;
	}

	@Override
	public boolean performFinish() {
		Path file = page.file();
		try {
			Files.createDirectories(file.getParent());
			Services.get(DossierSessions.class).create(file, page.couloir(), page.numeroAns(), page.siret());
		} catch (IOException | RuntimeException e) {
			page.setErrorMessage(NLS.bind(Messages.newDossierFailed, file, e.getMessage()));
			return false;
		}
		IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
		OpenWork.open(window, List.of(file)); // a workspace file: the explorer, the Problems view, the dossier editor
		return true;
	}

	/** The wizard's one page; the file name follows the couloir and ANS until the user types one. */
	static final class Page extends WizardPage {

		private final Path folderPath;
		private final List<Couloir> couloirs;
		/** Couloirs left out (a dropped folder that does not hold): said as a warning, the others still offered. */
		private final List<String> problems;
		private Combo couloir;
		private Text numeroAns;
		private Text siret;
		private Text folder;
		private Text name;
		private boolean nameTyped;
		private boolean naming;

		Page(Path folderPath) {
			super("dossier", Messages.newDossierTitle, null);
			this.folderPath = folderPath;
			CouloirRegistry registry = Services.get(CouloirRegistry.class);
			if (registry != null) {
				registry.refresh(); // a couloir folder dropped since the last look is offered at once
			}
			this.couloirs = registry == null ? List.of() : registry.couloirs();
			this.problems = registry == null ? List.of() : registry.problems();
			setDescription(Messages.newDossierDescription);
		}

		@Override
		public void createControl(Composite parent) {
			Composite body = new Composite(parent, SWT.NONE);
			GridLayoutFactory.swtDefaults().numColumns(3).applyTo(body);
			couloir = new Combo(body, SWT.READ_ONLY);
			label(body, Messages.newDossierCouloir, couloir);
			for (Couloir c : couloirs) {
				couloir.add(c.id() + " – " + c.label());
			}
			if (!couloirs.isEmpty()) {
				couloir.select(0);
			}
			numeroAns = text(body, Messages.newDossierAns, "numeroAns");
			siret = text(body, Messages.newDossierSiret, "SIRET");
			folder = text(body, Messages.newDossierFolder, "dossier");
			folder.setText(folderPath.toString());
			GridDataFactory.fillDefaults().grab(true, false).span(1, 1).applyTo(folder);
			Button browse = new Button(body, SWT.PUSH);
			browse.setText(Messages.browse);
			FolderField.browse(browse, folder);
			name = text(body, Messages.newDossierName, "fichier");
			name.addModifyListener(e -> {
				if (!naming) {
					nameTyped = true;
				}
				check();
			});
			couloir.addListener(SWT.Selection, e -> suggestName());
			numeroAns.addModifyListener(e -> suggestName());
			siret.addModifyListener(e -> check());
			folder.addModifyListener(e -> check());
			suggestName();
			setControl(body);
			check();
		}

		private static void label(Composite body, String text, Control control) {
			Label label = new Label(body, SWT.NONE);
			label.setText(text);
			label.moveAbove(control);
			GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(control);
		}

		private static Text text(Composite body, String label, String key) {
			Text text = new Text(body, SWT.BORDER);
			text.setData(WidgetKeys.KEY, key);
			label(body, label, text);
			return text;
		}

		private void suggestName() {
			if (nameTyped || name == null) {
				check();
				return;
			}
			naming = true;
			try {
				String ans = numeroAns.getText().trim();
				Couloir chosen = couloir();
				String base = (chosen == null ? "dossier" : chosen.id().toLowerCase(Locale.ROOT)) + (ans.isEmpty() ? "" : "-" + ans);
				name.setText(base + ".segur");
			} finally {
				naming = false;
			}
			check();
		}

		private void check() {
			if (name == null) {
				return;
			}
			String error = null;
			Issue header = null;
			if (couloir() == null) {
				error = Messages.newDossierNoCouloir;
			} else if ((header = headerProblem()) != null && header.isError()) {
				error = header.message();
			} else if (folder.getText().isBlank()) {
				error = Messages.newDossierNoFolder;
			} else if (!name.getText().trim().endsWith(".segur") || name.getText().trim().length() <= ".segur".length()
					|| name.getText().contains("/")) {
				error = Messages.newDossierBadName;
			} else if (Files.exists(file())) {
				error = NLS.bind(Messages.newDossierExists, file());
			}
			setErrorMessage(error);
			boolean blank = numeroAns() == null || siret() == null;
			// a warning outranks the invitation to type the header: couloirs left out are said from the start
			if (error == null && header != null) {
				setMessage(header.message(), IMessageProvider.WARNING);
			} else if (error == null && !problems.isEmpty()) {
				setMessage(NLS.bind(Messages.newDossierCouloirProblems, problems.size(), problems.get(0)), WARNING);
			} else if (error == null && blank) {
				setMessage(Messages.newDossierTypeHeader);
			} else {
				setMessage(null);
			}
			setPageComplete(error == null && !blank);
		}

		/**
		 * The first problem the validator finds in the numeroAns or SIRET typed (a field left blank is not one yet:
		 * the page waits for it); null when none.
		 */
		private Issue headerProblem() {
			DossierValidator validator = Services.get(DossierValidator.class);
			if (validator == null) {
				return null;
			}
			Dossier header = couloir().newDossier();
			header.setNumeroAns(numeroAns());
			header.setSIRET(siret());
			List<EStructuralFeature> typed = List.of(SegurPackage.Literals.DOSSIER__NUMERO_ANS, SegurPackage.Literals.DOSSIER__SIRET);
			List<Issue> issues = validator.validate(header, ValidationContext.ALONE).stream()
					.filter(i -> i.target() == header && typed.contains(i.feature()) && header.eGet(i.feature()) != null).toList();
			return issues.stream().filter(Issue::isError).findFirst().orElse(issues.stream().findFirst().orElse(null));
		}

		Couloir couloir() {
			int index = couloir.getSelectionIndex();
			return index < 0 || index >= couloirs.size() ? null : couloirs.get(index);
		}

		String numeroAns() {
			return numeroAns.getText().trim().isEmpty() ? null : numeroAns.getText().trim();
		}

		String siret() {
			return siret.getText().trim().isEmpty() ? null : siret.getText().trim();
		}

		Path file() {
			return Path.of(folder.getText().trim()).toAbsolutePath().resolve(name.getText().trim());
		}
	}
}
