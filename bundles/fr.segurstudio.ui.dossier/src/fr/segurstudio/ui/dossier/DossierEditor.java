package fr.segurstudio.ui.dossier;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.commands.operations.ObjectUndoContext;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.forms.editor.IFormPage;
import org.eclipse.ui.ide.IGotoMarker;
import org.eclipse.ui.part.MultiPageSelectionProvider;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;

import fr.segurstudio.editing.DossierFormat;
import fr.segurstudio.editing.DossierSession;
import fr.segurstudio.editing.DossierSessions;
import fr.segurstudio.json.AspJsonWriter;
import fr.segurstudio.model.asp.AspPaths;
import fr.segurstudio.model.core.Demande;
import fr.segurstudio.model.issue.Issue;
import fr.segurstudio.ui.Services;
import fr.segurstudio.ui.StartupLog;
import fr.segurstudio.ui.files.FileProblems;
import fr.segurstudio.ui.dossier.internal.CommandStackHistory;
import fr.segurstudio.ui.dossier.internal.DiskGuard;
import fr.segurstudio.ui.dossier.internal.DossierLoading;
import fr.segurstudio.ui.dossier.internal.DossierOutline;
import fr.segurstudio.ui.dossier.internal.EditorInputs;
import fr.segurstudio.ui.dossier.internal.SaveAsTargets;
import fr.segurstudio.ui.dossier.internal.ValidationController;
import fr.segurstudio.ui.dossier.pages.DossierContext;
import fr.segurstudio.ui.dossier.pages.DossierPage;
import fr.segurstudio.ui.dossier.pages.JsonPage;
import fr.segurstudio.ui.dossier.pages.OverviewPage;
import fr.segurstudio.ui.dossier.pages.RequestsPage;
import fr.segurstudio.ui.dossier.pages.SessionWatch;
import fr.segurstudio.ui.dossier.pages.TextPage;
import fr.segurstudio.workspace.ProblemMarkers;

/**
 * The editor of one dossier (a .segur text or an ASP JSON file), in a tab: Vue d'ensemble, Demandes, JSON, Texte.
 * Its model lives in a {@link DossierSession}: every change is a command on the session's stack (mirrored in the
 * workbench's operation history for Undo/Redo), dirty is "the stack is not at its save point", and the platform asks
 * before closing it unsaved. Validation runs off the UI thread after each change. The editor assembles its pages,
 * giving each the small {@link DossierContext} it needs (the pages follow the session by themselves); its site's
 * selection provider is the active page's: the requests selected on the Demandes page, the text page's selection.
 */
public class DossierEditor extends FormEditor implements IGotoMarker, DossierContext {

	public static final String ID = "fr.segurstudio.ui.dossier.editor";
	/** The key bindings of a dossier (new request, duplicate, export), active while the editor is. */
	public static final String CONTEXT = "fr.segurstudio.ui.dossier.context";

	private DossierSession session;
	private DossierLoading loading;
	private ObjectUndoContext undoContext;
	private IFile file;
	private CommandStackHistory history;
	private ValidationController validation;
	private SessionWatch watch;
	private RequestsPage requests;
	private TextPage text;
	private int textIndex = -1;
	/** The pages, in their order; the text page included. */
	private final List<DossierPage> pages = new ArrayList<>();
	private DossierOutline outline;
	private List<Issue> issues = List.of();
	private final List<Consumer<List<Issue>>> issueListeners = new CopyOnWriteArrayList<>();
	private DiskGuard disk;
	/**
	 * A model read again from the file: the undo history of the previous one goes. A file written (a save, or the
	 * record of a deposit, a returned file or a resubmission written by the lifecycle and given to the session): the
	 * explorer reads it again (its summary, its problems).
	 */
	private final DossierSession.Listener reloads = (s, change) -> {
		if (change == DossierSession.Change.RELOADED) {
			history.reset();
		} else if (change == DossierSession.Change.SAVED) {
			refreshWorkspaceFile();
		}
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
		loading = new DossierLoading(sessions, path); // the window does not wait for the read
		undoContext = new ObjectUndoContext(this, path.getFileName().toString());
		super.init(site, input);
		site.setSelectionProvider(new PageSelection());
		file = EditorInputs.workspaceFile(input);
		setPartName(path.getFileName().toString());
		setTitleToolTip(path.toString());
		site.getPage().addPartListener(activation);
		site.getService(IContextService.class).activateContext(CONTEXT);
	}

	/** « Lecture de… » until the file is read, then the pages. */
	@Override
	protected void addPages() {
		addPage(loading.show(getContainer(), this::read));
		setPageText(0, Messages.pageLoading);
	}

	/** Called for the dossier's own pages before they are used: they wait for the read when it is not over. */
	private void ensureRead() {
		if (session == null && loading != null) {
			loading.deliver();
		}
	}

	/** Whether the file is read and the pages built (commands are enabled then; they do not wait for it). */
	public boolean isRead() {
		return session != null;
	}

	@Override
	public IFormPage setActivePage(String pageId) {
		ensureRead();
		return super.setActivePage(pageId);
	}

	private void read(DossierSession read) {
		session = read;
		history = new CommandStackHistory(session.commandStack(), PlatformUI.getWorkbench().getOperationSupport().getOperationHistory(),
				undoContext);
		validation = new ValidationController(session, () -> file, this::showIssues);
		session.addListener(reloads);
		watch = new SessionWatch(session, getSite().getShell().getDisplay(), this::modelChanged);
		disk = new DiskGuard(session, this::editorText, this::revert);
		if (outline != null) {
			outline.show(session);
		}
		removePage(0);
		try {
			OverviewPage overview = new OverviewPage(this);
			requests = new RequestsPage(this);
			JsonPage json = new JsonPage(this);
			addPage(overview);
			addPage(requests);
			addPage(json);
			pages.addAll(List.of(overview, requests, json));
			contributeExtraPages();
		} catch (PartInitException e) {
			throw new IllegalStateException(e);
		}
		setActivePage(0);
		validation.schedule(0);
	}

	/** The text page of a .segur dossier (fr.segurstudio.dsl.editor's editor, see TextPage). */
	protected void contributeExtraPages() throws PartInitException {
		if (session.format() == DossierFormat.SEGUR) {
			text = new TextPage(this);
			textIndex = addPage(text.editor(), getEditorInput());
			setPageText(textIndex, Messages.pageText);
			pages.add(text);
		}
	}

	@Override
	protected void pageChange(int newPageIndex) {
		commitForms();
		if (text != null && newPageIndex == textIndex) {
			text.enter();
		}
		super.pageChange(newPageIndex);
		((PageSelection) getSite().getSelectionProvider()).pageChanged();
	}

	// ---- DossierContext: what the pages are given

	@Override
	public FormEditor editor() {
		return this;
	}

	@Override
	public DossierSession session() {
		ensureRead();
		return session;
	}

	/** Runs an EMF command on the dossier's stack (one undo). */
	@Override
	public void execute(Command command) {
		ensureRead();
		commitForms();
		if (command != null && command.canExecute()) {
			session.commandStack().execute(command);
		}
	}

	/** The last validation's issues, placed in the file (read problems included). */
	@Override
	public List<Issue> issues() {
		return issues;
	}

	@Override
	public void addIssuesListener(Consumer<List<Issue>> listener) {
		issueListeners.add(listener);
	}

	@Override
	public void removeIssuesListener(Consumer<List<Issue>> listener) {
		issueListeners.remove(listener);
	}

	/** The text page's check of its unsaved text: its issues are the file's markers until the model is checked again. */
	@Override
	public void textChecked(List<Issue> textIssues, boolean textDirty) {
		validation.textChecked(textIssues, textDirty);
	}

	/** A French message in the heading of the active page (an export's end, a refusal); null clears it. */
	@Override
	public void tell(String message, int type) {
		if (getActivePageInstance() instanceof DossierPage page) {
			page.tell(message, type);
		}
	}

	// ---- for the handlers, wizards and tests

	/** The workspace file of the dossier, or null when it was opened from outside the workspace. */
	public IFile file() {
		return file;
	}

	/** The text page of a .segur dossier, or null (a JSON file). */
	public TextPage textPage() {
		ensureRead();
		return text;
	}

	/** Shows the next (+1) or previous (−1) page, round the tabs (switching page commits, as a click on its tab). */
	public void showPage(int step) {
		int count = getPageCount();
		if (count > 0) {
			setActivePage(Math.floorMod(getActivePage() + step, count));
		}
	}

	/** Shows the text page (switching page commits, as a click on its tab). */
	public void showTextPage() {
		ensureRead();
		if (textIndex >= 0) {
			setActivePage(textIndex);
		}
	}

	public IUndoContext undoContext() {
		return undoContext;
	}

	/** The Demandes page (tests; a handler reads the selection the platform publishes, never the page). */
	public RequestsPage requestsPage() {
		ensureRead();
		return requests;
	}

	/** Shows these requests selected on the Demandes page, the first one's form beside them. */
	public void showRequests(List<Demande> demandes) {
		ensureRead();
		setActivePage(RequestsPage.ID);
		requests.select(demandes);
	}

	/** Whether the last validation is older than the model (a change is being validated). */
	public boolean isValidating() {
		ensureRead();
		return validation != null && validation.isPending();
	}

	/** Commits what the pages' fields hold and have not committed yet (before a save, an undo, a page change). */
	public void commitForms() {
		pages.forEach(DossierPage::commit);
	}

	/** After each change to the model: the dirty flag and the validation (the pages and the outline follow by themselves). */
	private void modelChanged() {
		if (getContainer() == null || getContainer().isDisposed()) {
			return;
		}
		firePropertyChange(PROP_DIRTY);
		validation.modelChanged(session.isDirty());
	}

	private void showIssues(List<Issue> placed) {
		StartupLog.once("validation shown " + session.file().getFileName());
		issues = placed;
		issueListeners.forEach(listener -> listener.accept(placed));
	}

	@Override
	public boolean isDirty() {
		return session != null && (session.isDirty() || text != null && text.isDirty());
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		ensureRead();
		commitForms();
		if (text != null && !text.commit()) {
			// the text page holds a text that does not read whole: saving the model would drop its edits
			MessageDialog.openError(getSite().getShell(), Messages.saveFailedTitle, Messages.saveTextUnreadable);
			cancel(monitor);
			return;
		}
		DiskGuard.Save save = disk.beforeSave(getSite().getShell());
		if (save == DiskGuard.Save.NONE) {
			cancel(monitor);
			return;
		}
		try {
			if (save == DiskGuard.Save.WRITE_OVER) {
				session.saveReplacingDiskChange(); // the user chose to
			} else {
				session.save(); // refused, saying why, when another program wrote the file since the question
			}
			afterWrite();
		} catch (IOException | RuntimeException e) {
			MessageDialog.openError(getSite().getShell(), Messages.saveFailedTitle,
					NLS.bind(Messages.saveFailed, session.file().getFileName(), FileProblems.reason(e)));
			cancel(monitor);
		}
	}

	/** What a save would write now, as text: the Texte page's unsaved text, else the dossier's text or JSON. */
	private String editorText() {
		if (text != null && text.isDirty()) {
			return text.editor().text();
		}
		return session.format() == DossierFormat.SEGUR ? session.text()
				: new String(new AspJsonWriter().toBytes(session.dossier(), AspJsonWriter.FAITHFUL), StandardCharsets.UTF_8);
	}

	private static void cancel(IProgressMonitor monitor) {
		if (monitor != null) {
			monitor.setCanceled(true);
		}
	}

	@Override
	public boolean isSaveAsAllowed() {
		return true;
	}

	@Override
	public void doSaveAs() {
		ensureRead();
		commitForms();
		Path target = SaveAsTargets.ask(getSite().getShell(), session, null);
		if (target != null) {
			saveAs(target);
		}
	}

	/** Writes the dossier into another file (its format by its extension) and goes on editing that one. */
	public void saveAs(Path target) {
		ensureRead();
		try {
			session.saveAs(target, DossierFormat.of(target));
			IEditorInput input = EditorInputs.of(target);
			setInputWithNotify(input);
			file = EditorInputs.workspaceFile(input);
			setPartName(target.getFileName().toString());
			setTitleToolTip(target.toString());
			afterWrite();
		} catch (IOException | RuntimeException | CoreException e) {
			MessageDialog.openError(getSite().getShell(), Messages.saveFailedTitle, NLS.bind(Messages.saveFailed, target, FileProblems.reason(e)));
		}
	}

	private void afterWrite() {
		refreshWorkspaceFile();
		modelChanged();
	}

	private void refreshWorkspaceFile() {
		if (file != null) {
			try {
				file.refreshLocal(0, null);
			} catch (CoreException e) {
				// the explorer catches up on its next refresh
			}
		}
	}

	/** Forgets the edits: the file as on disk (the Texte page's unsaved text too). */
	public void revert() {
		ensureRead();
		try {
			session.reload();
			if (text != null) {
				text.reloaded();
			}
		} catch (IOException e) {
			MessageDialog.openError(getSite().getShell(), Messages.reloadFailedTitle, FileProblems.reason(e));
		}
	}

	/**
	 * The file changed on disk (a git pull, a format in a terminal): without edits it is read again; with
	 * edits the user chooses, seeing what changed (DiskGuard).
	 */
	public void checkDisk() {
		if (session != null) {
			disk.onReturn(getSite().getShell(), isDirty());
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
		ensureRead();
		if (session == null || session.dossier() == null || numeroEditeur == null) {
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

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == IGotoMarker.class) {
			return adapter.cast(this);
		}
		if (adapter == IUndoContext.class) {
			return adapter.cast(undoContext);
		}
		if (adapter == IContentOutlinePage.class) {
			if (outline == null) {
				outline = new DossierOutline(getSite().getSelectionProvider(), this::showRequests);
				if (session != null) {
					outline.show(session);
				}
			}
			return adapter.cast(outline);
		}
		return super.getAdapter(adapter);
	}

	@Override
	public void dispose() {
		if (loading != null) {
			loading.cancel();
		}
		if (watch != null) {
			watch.close();
		}
		if (session != null) {
			session.removeListener(reloads);
		}
		if (getSite() != null) { // null when init failed: the platform disposes the part before showing why
			getSite().getPage().removePartListener(activation);
		}
		if (validation != null) {
			validation.dispose();
		}
		if (history != null) {
			history.close();
		}
		super.dispose();
	}

	/**
	 * The editor's selection: the active page's — the requests selected on the Demandes page, the text page's text
	 * selection, nothing elsewhere — told again when the page changes, so that the selection service and the handlers
	 * ({@code HandlerUtil.getCurrentStructuredSelection}) see what the user sees.
	 */
	private final class PageSelection extends MultiPageSelectionProvider {

		PageSelection() {
			super(DossierEditor.this);
		}

		@Override
		public ISelection getSelection() {
			if (getActivePageInstance() instanceof DossierPage page) {
				return page.selection();
			}
			IEditorPart nested = getActiveEditor();
			ISelectionProvider provider = nested == null ? null : nested.getSite().getSelectionProvider();
			return provider == null ? StructuredSelection.EMPTY : provider.getSelection();
		}

		@Override
		public void setSelection(ISelection selection) {
			IEditorPart nested = getActiveEditor();
			if (nested != null && nested.getSite().getSelectionProvider() != null) {
				nested.getSite().getSelectionProvider().setSelection(selection);
			}
		}

		void pageChanged() {
			ISelection selection = getSelection();
			SelectionChangedEvent event = new SelectionChangedEvent(this, selection);
			fireSelectionChanged(event);
			firePostSelectionChanged(event);
		}
	}
}
