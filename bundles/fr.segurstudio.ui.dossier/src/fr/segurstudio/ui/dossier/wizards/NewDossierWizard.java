package fr.segurstudio.ui.dossier.wizards;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.MessageDialog;
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
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;

import fr.segurstudio.editing.DossierSessions;
import fr.segurstudio.forms.swt.WidgetKeys;
import fr.segurstudio.model.couloir.Couloir;
import fr.segurstudio.model.couloir.CouloirRegistry;
import fr.segurstudio.ui.FolderField;
import fr.segurstudio.ui.Services;
import fr.segurstudio.ui.dossier.DossierEditor;
import fr.segurstudio.ui.dossier.Messages;
import fr.segurstudio.ui.dossier.internal.EditorInputs;

/**
 * Nouveau dossier: a couloir (every installed one, plug-ins' included), the numeroAns and SIRET of the
 * beneficiary's header, the folder and file name; writes an empty .segur dossier (never over an existing
 * file) and opens it. Also in Fichier > Nouveau.
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
		Object first = selection == null ? null : selection.getFirstElement();
		if (first instanceof IResource resource && resource.getLocation() != null) {
			File location = resource.getLocation().toFile();
			initialFolder = (location.isDirectory() ? location : location.getParentFile()).toPath();
		}
	}

	@Override
	public void addPages() {
		page = new Page(initialFolder != null ? initialFolder : Path.of(System.getProperty("user.home")));
		addPage(page);
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
		IWorkbenchPage active = workbench.getActiveWorkbenchWindow().getActivePage();
		try {
			IDE.openEditor(active, EditorInputs.of(file), DossierEditor.ID, true);
		} catch (PartInitException e) {
			MessageDialog.openError(getShell(), Messages.newDossierTitle, e.getMessage());
		} catch (CoreException e) {
			MessageDialog.openError(getShell(), Messages.newDossierTitle, e.getStatus().getMessage());
		}
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
			if (couloir() == null) {
				error = Messages.newDossierNoCouloir;
			} else if (folder.getText().isBlank()) {
				error = Messages.newDossierNoFolder;
			} else if (!name.getText().trim().endsWith(".segur") || name.getText().trim().length() <= ".segur".length()
					|| name.getText().contains("/")) {
				error = Messages.newDossierBadName;
			} else if (Files.exists(file())) {
				error = NLS.bind(Messages.newDossierExists, file());
			}
			setErrorMessage(error);
			setPageComplete(error == null);
			if (!problems.isEmpty()) {
				setMessage(NLS.bind(Messages.newDossierCouloirProblems, problems.size(), problems.get(0)), WARNING);
			}
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
