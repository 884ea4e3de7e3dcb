package fr.segurstudio.ui.dossier;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.ide.IGotoMarker;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;

import fr.segurstudio.editing.DossierSession;
import fr.segurstudio.editing.DossierSessions;
import fr.segurstudio.model.asp.AspPaths;
import fr.segurstudio.model.core.Demande;
import fr.segurstudio.model.issue.Issue;
import fr.segurstudio.ui.Services;
import fr.segurstudio.ui.dossier.internal.CommandStackHistory;
import fr.segurstudio.ui.dossier.internal.DossierOutline;
import fr.segurstudio.ui.dossier.internal.EditorInputs;
import fr.segurstudio.ui.dossier.internal.SaveAsTargets;
import fr.segurstudio.ui.dossier.internal.ValidationController;
import fr.segurstudio.ui.dossier.pages.JsonPage;
import fr.segurstudio.ui.dossier.pages.OverviewPage;
import fr.segurstudio.ui.dossier.pages.RequestsPage;
import fr.segurstudio.ui.dossier.pages.TextPage;
import fr.segurstudio.workspace.ProblemMarkers;

/**
 * The editor of one dossier (a .segur text or an ASP JSON file), in a tab: Vue d'ensemble, Demandes, JSON.
 * Its model lives in a {@link DossierSession}: every change is a command on the session's stack (mirrored in
 * the workbench's operation history for Undo/Redo), dirty is "the stack is not at its save point", and the
 * platform asks before closing it unsaved. Validation runs off the UI thread after each change.
 */
public class DossierEditor extends FormEditor implements IGotoMarker {

	public static final String ID = "fr.segurstudio.ui.dossier.editor";
	/** The key bindings of a dossier (new request, duplicate, export), active while the editor is. */
	public static final String CONTEXT = "fr.segurstudio.ui.dossier.context";

	private DossierSession session;
	private IFile file;
	private CommandStackHistory history;
	private ValidationController validation;
	private OverviewPage overview;
	private RequestsPage requests;
	private JsonPage json;
	private TextPage text;
	private int textIndex = -1;
	private DossierOutline outline;
	private List<Issue> issues = List.of();
	private boolean checkingDisk;

	private final CommandStackListener stackListener = event -> modelEdited();
	private final DossierSession.Listener sessionListener = (s, change) -> {
		if (change == DossierSession.Change.RELOADED) {
			history.reset();
		}
		modelEdited();
	};
	private final IPartListener2 activation = new IPartListener2() {
		@Override
		public void partActivated(IWorkbenchPartReference reference) {
			if (reference.getPart(false) == DossierEditor.this) {
				checkDisk();
			}
		}
	};

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		Path path = EditorInputs.path(input);
		if (path == null) {
			throw new PartInitException(NLS.bind(Messages.editorNotAFile, input.getName()));
		}
		DossierSessions sessions = Services.get(DossierSessions.class);
		if (sessions == null) {
			throw new PartInitException(Messages.editorNoServices);
		}
		try {
			session = sessions.open(path);
		} catch (IOException | RuntimeException e) {
			throw new PartInitException(NLS.bind(Messages.editorCannotOpen, path.getFileName(), e.getMessage()), e);
		}
		super.init(site, input);
		file = EditorInputs.workspaceFile(input);
		setPartName(path.getFileName().toString());
		setTitleToolTip(path.toString());
		history = new CommandStackHistory(session.commandStack(),
				PlatformUI.getWorkbench().getOperationSupport().getOperationHistory(), path.getFileName().toString());
		validation = new ValidationController(session, () -> file, this::showIssues);
		session.commandStack().addCommandStackListener(stackListener);
		session.addListener(sessionListener);
		site.getPage().addPartListener(activation);
		site.getService(org.eclipse.ui.contexts.IContextService.class).activateContext(CONTEXT);
	}

	@Override
	protected void addPages() {
		try {
			overview = new OverviewPage(this);
			requests = new RequestsPage(this);
			json = new JsonPage(this);
			addPage(overview);
			addPage(requests);
			addPage(json);
			contributeExtraPages();
		} catch (PartInitException e) {
			throw new IllegalStateException(e);
		}
		validation.schedule(0);
	}

	/** The text page of a .segur dossier (fr.segurstudio.dsl.editor's editor, see TextPage). */
	protected void contributeExtraPages() throws PartInitException {
		if (session.format() == fr.segurstudio.editing.DossierFormat.SEGUR) {
			text = new TextPage(this);
			textIndex = addPage(text.editor(), getEditorInput());
			setPageText(textIndex, Messages.pageText);
		}
	}

	@Override
	protected void pageChange(int newPageIndex) {
		commitForms();
		if (text != null && newPageIndex == textIndex) {
			text.enter();
		}
		super.pageChange(newPageIndex);
	}

	public DossierSession session() {
		return session;
	}

	/** The workspace file of the dossier, or null when it was opened from outside the workspace. */
	public IFile file() {
		return file;
	}

	/** The text page of a .segur dossier, or null (a JSON file). */
	public TextPage textPage() {
		return text;
	}

	/** Shows the text page (switching page commits, as a click on its tab). */
	public void showTextPage() {
		if (textIndex >= 0) {
			setActivePage(textIndex);
		}
	}

	public IUndoContext undoContext() {
		return history.context();
	}

	public RequestsPage requestsPage() {
		return requests;
	}

	public OverviewPage overviewPage() {
		return overview;
	}

	public JsonPage jsonPage() {
		return json;
	}

	/** The text page's check of its unsaved text: its issues are the file's markers until the model is checked again. */
	public void textChecked(List<Issue> issues, boolean textDirty) {
		validation.textChecked(issues, textDirty);
	}

	/** The last validation's issues, placed in the file (read problems included). */
	public List<Issue> issues() {
		return issues;
	}

	/** Whether the last validation is older than the model (a change is being validated). */
	public boolean isValidating() {
		return validation.isPending();
	}

	/** Commits what form fields hold and have not committed yet (before a save, an undo, a page change). */
	public void commitForms() {
		if (requests != null) {
			requests.commitForm();
		}
		if (overview != null) {
			overview.commitFields();
		}
		if (text != null) {
			text.commit();
		}
	}

	/** Runs an EMF command on the dossier's stack (one undo). */
	public void execute(org.eclipse.emf.common.command.Command command) {
		commitForms();
		if (command != null && command.canExecute()) {
			session.commandStack().execute(command);
		}
	}

	/** After each change to the model: dirty flag, pages, validation. */
	public void modelEdited() {
		Display display = getSite().getShell().getDisplay();
		if (Display.getCurrent() == null) {
			display.asyncExec(this::modelEdited);
			return;
		}
		if (getContainer() == null || getContainer().isDisposed()) {
			return;
		}
		firePropertyChange(PROP_DIRTY);
		if (overview != null) {
			overview.refresh();
		}
		if (requests != null) {
			requests.refresh();
		}
		if (json != null) {
			json.modelChanged();
		}
		if (outline != null) {
			outline.refresh();
		}
		validation.modelChanged(session.isDirty());
	}

	private void showIssues(List<Issue> placed) {
		issues = placed;
		if (requests != null) {
			requests.showIssues(placed);
		}
		if (overview != null) {
			overview.refresh();
		}
	}

	/** A French message in the heading of the active page (an export's end, a refusal); null clears it. */
	public void tell(String message, int type) {
		if (getActivePageInstance() instanceof MessagePage page) {
			page.tell(message, type);
		}
	}

	/** Pages that can show a message in their heading. */
	public interface MessagePage {
		void tell(String message, int type);
	}

	@Override
	public boolean isDirty() {
		return session != null && (session.isDirty() || text != null && text.isDirty());
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		commitForms();
		if (text != null && !text.commit()) {
			// the text page holds a text that does not read whole: saving the model would drop its edits
			MessageDialog.openError(getSite().getShell(), Messages.saveFailedTitle, Messages.saveTextUnreadable);
			if (monitor != null) {
				monitor.setCanceled(true);
			}
			return;
		}
		boolean replacing = session.changedOnDisk();
		if (replacing && !MessageDialog.openQuestion(getSite().getShell(), Messages.diskChangedTitle,
				NLS.bind(Messages.saveOverDiskChange, session.file().getFileName()))) {
			if (monitor != null) {
				monitor.setCanceled(true);
			}
			return;
		}
		try {
			if (replacing) {
				session.saveReplacingDiskChange(); // the user chose to
			} else {
				session.save(); // refused, saying why, when another program wrote the file since the question
			}
			afterWrite();
		} catch (IOException | RuntimeException e) {
			MessageDialog.openError(getSite().getShell(), Messages.saveFailedTitle, NLS.bind(Messages.saveFailed, session.file(), e.getMessage()));
			if (monitor != null) {
				monitor.setCanceled(true);
			}
		}
	}

	@Override
	public boolean isSaveAsAllowed() {
		return true;
	}

	@Override
	public void doSaveAs() {
		commitForms();
		Path target = SaveAsTargets.ask(getSite().getShell(), session, null);
		if (target != null) {
			saveAs(target);
		}
	}

	/** Writes the dossier into another file (its format by its extension) and goes on editing that one. */
	public void saveAs(Path target) {
		try {
			session.saveAs(target, fr.segurstudio.editing.DossierFormat.of(target));
			IEditorInput input = EditorInputs.of(target);
			setInputWithNotify(input);
			file = EditorInputs.workspaceFile(input);
			setPartName(target.getFileName().toString());
			setTitleToolTip(target.toString());
			afterWrite();
		} catch (IOException | RuntimeException | org.eclipse.core.runtime.CoreException e) {
			MessageDialog.openError(getSite().getShell(), Messages.saveFailedTitle, NLS.bind(Messages.saveFailed, target, e.getMessage()));
		}
	}

	private void afterWrite() {
		firePropertyChange(PROP_DIRTY);
		refreshWorkspaceFile();
		modelEdited();
	}

	private void refreshWorkspaceFile() {
		if (file != null) {
			try {
				file.refreshLocal(0, null);
			} catch (org.eclipse.core.runtime.CoreException e) {
				// the explorer catches up on its next refresh
			}
		}
	}

	/** Forgets the edits: the file as on disk. */
	public void revert() {
		try {
			session.reload();
		} catch (IOException e) {
			MessageDialog.openError(getSite().getShell(), Messages.reloadFailedTitle, e.getMessage());
		}
	}

	/**
	 * The file changed on disk (a git pull, a format in a terminal): without edits it is read again; with
	 * edits the user chooses.
	 */
	public void checkDisk() {
		if (checkingDisk || session == null || !session.changedOnDisk()) {
			return;
		}
		checkingDisk = true;
		try {
			if (!java.nio.file.Files.exists(session.file())) {
				return; // deleted or moved: the edits stay, Save writes the file again
			}
			if (!session.isDirty() || MessageDialog.openQuestion(getSite().getShell(), Messages.diskChangedTitle,
					NLS.bind(Messages.diskChangedReload, session.file().getFileName()))) {
				revert();
			}
		} finally {
			checkingDisk = false;
		}
	}

	@Override
	public void gotoMarker(IMarker marker) {
		String numero = marker.getAttribute(ProblemMarkers.REQUEST, null);
		String path = marker.getAttribute(ProblemMarkers.PATH, "");
		reveal(numero, path);
	}

	/** Shows a request (by numeroEditeur) on the Demandes page and the editor of the value at this path in it. */
	public boolean reveal(String numeroEditeur, String path) {
		if (session.dossier() == null || numeroEditeur == null) {
			setActivePage(OverviewPage.ID);
			return false;
		}
		Demande demande = session.dossier().getDemandes().stream()
				.filter(d -> numeroEditeur.equals(d.getNumeroEditeur())).findFirst().orElse(null);
		if (demande == null) {
			return false;
		}
		setActivePage(RequestsPage.ID);
		AspPaths.Place place = path == null || path.isEmpty() ? null : AspPaths.resolve(demande, path);
		return requests.reveal(demande, place);
	}

	@SuppressWarnings("unchecked")
	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == IGotoMarker.class) {
			return (T) this;
		}
		if (adapter == IUndoContext.class) {
			return (T) history.context();
		}
		if (adapter == IContentOutlinePage.class) {
			if (outline == null) {
				outline = new DossierOutline(this);
			}
			return (T) outline;
		}
		return super.getAdapter(adapter);
	}

	@Override
	public void dispose() {
		if (session != null) {
			session.commandStack().removeCommandStackListener(stackListener);
			session.removeListener(sessionListener);
		}
		getSite().getPage().removePartListener(activation);
		if (validation != null) {
			validation.dispose();
		}
		if (history != null) {
			history.close();
		}
		super.dispose();
	}
}
