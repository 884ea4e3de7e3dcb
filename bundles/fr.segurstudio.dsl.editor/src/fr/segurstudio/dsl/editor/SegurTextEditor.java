package fr.segurstudio.dsl.editor;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.ITextViewerExtension6;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.IVerticalRuler;
import org.eclipse.jface.text.source.projection.ProjectionAnnotationModel;
import org.eclipse.jface.text.source.projection.ProjectionSupport;
import org.eclipse.jface.text.source.projection.ProjectionViewer;
import org.eclipse.jface.text.source.DefaultCharacterPairMatcher;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IWorkbenchPartConstants;
import org.eclipse.ui.editors.text.EditorsUI;
import org.eclipse.ui.texteditor.ChainedPreferenceStore;
import org.eclipse.ui.texteditor.ITextEditorActionConstants;
import org.eclipse.ui.texteditor.SourceViewerDecorationSupport;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferenceStore;
import org.eclipse.xtext.resource.XtextResource;

import fr.segurstudio.dsl.DossierTexts;
import fr.segurstudio.dsl.editor.internal.DossierCheck;
import fr.segurstudio.dsl.editor.internal.Folding;
import fr.segurstudio.dsl.editor.internal.Formatting;
import fr.segurstudio.dsl.editor.internal.GotoRequestDialog;
import fr.segurstudio.dsl.editor.internal.HostDocumentProvider;
import fr.segurstudio.dsl.editor.internal.IssueAnnotation;
import fr.segurstudio.dsl.editor.internal.MarkerWriter;
import fr.segurstudio.dsl.editor.internal.Messages;
import fr.segurstudio.dsl.editor.internal.Reconciled;
import fr.segurstudio.dsl.editor.internal.SegurCompletionProcessor;
import fr.segurstudio.dsl.editor.internal.SegurDocumentProvider;
import fr.segurstudio.dsl.editor.internal.SegurOutlinePage;
import fr.segurstudio.dsl.editor.internal.SegurQuickAssist;
import fr.segurstudio.dsl.editor.internal.SegurReconcilingStrategy;
import fr.segurstudio.dsl.editor.internal.SegurSourceViewerConfiguration;
import fr.segurstudio.dsl.editor.internal.SemanticHighlighter;
import fr.segurstudio.ui.Services;
import fr.segurstudio.ui.files.SafeTextEditor;
import fr.segurstudio.dsl.editor.internal.ToggleComment;
import fr.segurstudio.dsl.ide.contentassist.SegurCompletion;
import fr.segurstudio.dsl.ide.highlighting.SegurKeywords;
import fr.segurstudio.dsl.ide.outline.SegurOutline;
import fr.segurstudio.dsl.ide.quickfix.SegurQuickfixes;
import fr.segurstudio.workspace.MarkerOwners;

/**
 * The .segur text editor (see the package documentation): standalone on a file ({@link #SegurTextEditor()},
 * what the {@code org.eclipse.ui.editors} extension creates), or the "Texte" page of a multi-page editor
 * ({@link #SegurTextEditor(TextPageHost)}).
 */
public class SegurTextEditor extends SafeTextEditor {

	public static final String ID = "fr.segurstudio.dsl.editor";
	public static final String CONTEXT = "fr.segurstudio.dsl.editor.context";
	public static final String FORMAT = "fr.segurstudio.dsl.editor.format";
	public static final String TOGGLE_COMMENT = "fr.segurstudio.dsl.editor.toggleComment";
	public static final String GOTO_REQUEST = "fr.segurstudio.dsl.editor.gotoRequest";

	private static final String MATCHING_BRACKETS = "fr.segurstudio.dsl.editor.matchingBrackets";
	private static final String MATCHING_BRACKETS_COLOR = "fr.segurstudio.dsl.editor.matchingBracketsColor";

	private final TextPageHost host;
	private DossierCheck check;
	private SegurReconcilingStrategy strategy;
	private SegurQuickfixes quickfixes;
	private ProjectionSupport projection;
	private SemanticHighlighter semantic;
	private SegurOutlinePage outline;
	private MarkerWriter markers;
	private volatile Reconciled last;
	private final List<Consumer<Reconciled>> listeners = new CopyOnWriteArrayList<>();

	/** The standalone editor of a .segur file. */
	public SegurTextEditor() {
		this(null);
	}

	/** The text page of a multi-page editor (see {@link TextPageHost}); null for the standalone editor. */
	public SegurTextEditor(TextPageHost host) {
		this.host = host;
		// chosen here, not in initializeEditor(): the super constructor calls that before host is set
		setDocumentProvider(host == null ? SegurDocumentProvider.shared() : new HostDocumentProvider(host));
	}

	@Override
	protected void initializeEditor() {
		super.initializeEditor();
		check = DossierCheck.fromServices();
		quickfixes = check.texts().injector().getInstance(SegurQuickfixes.class);
		SegurCompletion completion = check.texts().injector().getInstance(SegurCompletion.class);
		PreferenceStore own = new PreferenceStore();
		own.setValue(MATCHING_BRACKETS, true);
		own.setValue(MATCHING_BRACKETS_COLOR, "128,128,128");
		IPreferenceStore store = new ChainedPreferenceStore(new IPreferenceStore[] { own, EditorsUI.getPreferenceStore() });
		setPreferenceStore(store);
		strategy = new SegurReconcilingStrategy(check, this::place, this::reconciled);
		SegurCompletionProcessor processor = new SegurCompletionProcessor(() -> currentParse().resource(), completion);
		SegurQuickAssist quickAssist = new SegurQuickAssist(new SegurQuickAssist.Source() {
			@Override
			public IAnnotationModel annotations() {
				return annotationModel();
			}

			@Override
			public DossierTexts.Parsed current() {
				return currentParse();
			}
		}, quickfixes);
		setSourceViewerConfiguration(new SegurSourceViewerConfiguration(store, strategy, processor, quickAssist,
				check.texts().injector().getInstance(SegurKeywords.class).words()));
	}

	@Override
	protected void initializeKeyBindingScopes() {
		setKeyBindingScopes(new String[] { CONTEXT });
	}

	@Override
	protected ISourceViewer createSourceViewer(Composite parent, IVerticalRuler ruler, int styles) {
		ProjectionViewer viewer = new ProjectionViewer(parent, ruler, getOverviewRuler(), isOverviewRulerVisible(), styles);
		getSourceViewerDecorationSupport(viewer);
		return viewer;
	}

	@Override
	protected void configureSourceViewerDecorationSupport(SourceViewerDecorationSupport support) {
		support.setCharacterPairMatcher(new DefaultCharacterPairMatcher(new char[] { '{', '}', '[', ']' }));
		support.setMatchingCharacterPainterPreferenceKeys(MATCHING_BRACKETS, MATCHING_BRACKETS_COLOR);
		super.configureSourceViewerDecorationSupport(support);
	}

	@Override
	public void createPartControl(Composite parent) {
		super.createPartControl(parent);
		ProjectionViewer viewer = (ProjectionViewer) getSourceViewer();
		projection = new ProjectionSupport(viewer, getAnnotationAccess(), getSharedColors());
		projection.addSummarizableAnnotationType(IssueAnnotation.ERROR);
		projection.addSummarizableAnnotationType(IssueAnnotation.WARNING);
		projection.install();
		viewer.doOperation(ProjectionViewer.TOGGLE);
		SegurSourceViewerConfiguration configuration = (SegurSourceViewerConfiguration) getSourceViewerConfiguration();
		semantic = new SemanticHighlighter(viewer, configuration.colors(viewer));
		// the cursor's moves, typed or made by a command (selectAndReveal), select the Outline's node
		viewer.getTextWidget().addCaretListener(event -> {
			if (outline != null) {
				outline.follow(viewer.widgetOffset2ModelOffset(event.caretOffset));
			}
		});
		String reason = host == null ? null : host.readOnlyReason();
		if (reason != null) {
			viewer.setEditable(false);
			setStatusLineErrorMessage(reason);
		}
		addPropertyListener((source, property) -> {
			if (property == IWorkbenchPartConstants.PROP_DIRTY && !isDirty() && markers != null) {
				markers.release(); // saved, reverted or undone to the saved text: the disk's markers again
			}
		});
	}

	@Override
	protected void doSetInput(IEditorInput input) throws CoreException {
		if (markers != null) {
			markers.release();
			markers = null;
		}
		super.doSetInput(input);
		IFile file = host == null && input instanceof IFileEditorInput fileInput ? fileInput.getFile() : null;
		if (file != null) {
			markers = new MarkerWriter(file, this, Services.get(MarkerOwners.class));
		}
	}

	@Override
	protected void createActions() {
		super.createActions();
		action(FORMAT, Messages.actionFormat, this::format);
		action(TOGGLE_COMMENT, Messages.actionToggleComment, this::toggleComment);
		action(GOTO_REQUEST, Messages.actionGotoRequest, this::gotoRequest);
	}

	private void action(String command, String label, Runnable run) {
		IAction action = new Action(label) {
			@Override
			public void run() {
				run.run();
			}
		};
		action.setActionDefinitionId(command);
		action.setId(command);
		setAction(command, action);
	}

	@Override
	protected void editorContextMenuAboutToShow(IMenuManager menu) {
		super.editorContextMenuAboutToShow(menu);
		addAction(menu, ITextEditorActionConstants.GROUP_EDIT, ITextEditorActionConstants.QUICK_ASSIST);
		addAction(menu, ITextEditorActionConstants.GROUP_EDIT, FORMAT);
		addAction(menu, ITextEditorActionConstants.GROUP_EDIT, TOGGLE_COMMENT);
		addAction(menu, ITextEditorActionConstants.GROUP_FIND, GOTO_REQUEST);
	}

	@Override
	public <T> T getAdapter(Class<T> type) {
		if (type == IContentOutlinePage.class) {
			if (outline == null || outline.isDisposed()) {
				Reconciled current = last;
				outline = new SegurOutlinePage(this::selectAndReveal, current == null ? null : current.outline());
			}
			return type.cast(outline);
		}
		if (projection != null) {
			Object adapter = projection.getAdapter(getSourceViewer(), type);
			if (adapter != null) {
				return type.cast(adapter);
			}
		}
		return super.getAdapter(type);
	}

	@Override
	public void dispose() {
		if (markers != null) {
			markers.release();
		}
		if (semantic != null) {
			semantic.dispose();
		}
		if (projection != null) {
			projection.dispose();
		}
		super.dispose();
	}

	// ---- reconcile

	/** Where the text stands on disk: its path for the messages, its folder for attached files. */
	private SegurReconcilingStrategy.Place place() {
		Path file = host != null ? host.file() : null;
		if (host == null && getEditorInput() instanceof IFileEditorInput input) {
			IPath location = input.getFile().getLocation();
			file = location == null ? null : location.toPath();
		}
		if (file == null) {
			String name = getEditorInput() == null ? "dossier.segur" : getEditorInput().getName();
			return new SegurReconcilingStrategy.Place(name, null);
		}
		Path absolute = file.toAbsolutePath();
		return new SegurReconcilingStrategy.Place(absolute.toString(), absolute.getParent());
	}

	/** From the reconciler's thread: shown on the UI thread if the document is still the one checked. */
	private void reconciled(Reconciled result) {
		Display display = Display.getDefault();
		display.asyncExec(() -> show(result));
	}

	private void show(Reconciled result) {
		ISourceViewer viewer = getSourceViewer();
		if (viewer == null || viewer.getTextWidget() == null || viewer.getTextWidget().isDisposed()) {
			return;
		}
		IDocument document = viewer.getDocument();
		if (document == null || SegurReconcilingStrategy.stamp(document) != result.stamp()) {
			return; // typed since: the next reconcile brings the current text's
		}
		last = result;
		IAnnotationModel model = annotationModel();
		if (model != null) {
			IssueAnnotation.replace(model, document, result.issues());
		}
		semantic.update(document, result.highlights());
		Folding.update(projectionModel(), document, result.outline());
		if (outline != null) {
			outline.setRoot(result.outline());
			if (getSelectionProvider().getSelection() instanceof ITextSelection selection) {
				outline.follow(selection.getOffset());
			}
		}
		if (markers != null && isDirty()) {
			markers.write(result.issues());
		}
		if (host != null) {
			host.textChanged(result.text(), result.parsed(), result.parseFailed());
			host.issuesFound(result.issues());
		}
		listeners.forEach(l -> l.accept(result));
	}

	private IAnnotationModel annotationModel() {
		return getDocumentProvider() == null ? null : getDocumentProvider().getAnnotationModel(getEditorInput());
	}

	private ProjectionAnnotationModel projectionModel() {
		return getSourceViewer() instanceof ProjectionViewer viewer ? viewer.getProjectionAnnotationModel() : null;
	}

	/** The text parsed as it is now: the last reconcile's when the document has not changed since. */
	private DossierTexts.Parsed currentParse() {
		IDocument document = getSourceViewer().getDocument();
		Reconciled current = last;
		if (current != null && current.stamp() == SegurReconcilingStrategy.stamp(document)) {
			return current.parsed();
		}
		return check.texts().parse(document.get(), place().fileName());
	}

	// ---- commands

	private void format() {
		if (!validateEditorInputState()) {
			return;
		}
		try {
			String problem = Formatting.format(check.texts(), getSourceViewer().getDocument(), place().fileName());
			setStatusLineErrorMessage(problem == null ? null : Messages.bind(Messages.formatFailed, problem.lines().findFirst().orElse(problem)));
		} catch (BadLocationException e) {
			setStatusLineErrorMessage(e.getMessage());
		}
	}

	private void toggleComment() {
		if (!validateEditorInputState() || !(getSelectionProvider().getSelection() instanceof ITextSelection selection)) {
			return;
		}
		try {
			ToggleComment.toggle(getSourceViewer().getDocument(), selection.getOffset(), selection.getLength());
		} catch (BadLocationException e) {
			setStatusLineErrorMessage(e.getMessage());
		}
	}

	private void gotoRequest() {
		Reconciled current = last;
		SegurOutline.Node root = current == null ? null : current.outline();
		GotoRequestDialog dialog = new GotoRequestDialog(getSite().getShell(), root, current == null ? "" : current.text());
		if (dialog.open() == Window.OK && dialog.chosen() != null) {
			selectAndReveal(dialog.chosen().offset(), 0);
		}
	}

	// ---- for the host, the tests and the benchmark

	/** The page's text now. */
	public String text() {
		return getSourceViewer().getDocument().get();
	}

	/**
	 * The host's text (after a form edit): only the part that differs is replaced, as one edit, so the
	 * cursor, folding and the user's layout around it stay.
	 */
	public void setText(String text) {
		IDocument document = getSourceViewer().getDocument();
		try {
			Formatting.replaceDifference(document, text);
		} catch (BadLocationException e) {
			document.set(text);
		}
	}

	/**
	 * The last check's parse of the page's text as it is now, handed over for good (the host makes it its
	 * model's instead of parsing the text again); null when the text changed since, or the check is running.
	 */
	public DossierTexts.Parsed takeParse() {
		Reconciled current = last;
		IDocument document = getSourceViewer() == null ? null : getSourceViewer().getDocument();
		if (current == null || document == null || current.stamp() != SegurReconcilingStrategy.stamp(document) || current.parseFailed()
				|| !strategy.handOver(current.parsed())) {
			return null;
		}
		return current.parsed();
	}

	/**
	 * The host's text as the page's starting point (its first showing): the whole document at once, which is not an
	 * edit of the user's (nothing to undo) and leaves the page clean.
	 */
	public void fill(String text) {
		ISourceViewer viewer = getSourceViewer();
		viewer.getDocument().set(text);
		if (viewer instanceof ITextViewerExtension6 extension && extension.getUndoManager() != null) {
			extension.getUndoManager().reset();
		}
		markClean();
	}

	/** The page's text is the host's again (committed to the session, or saved): not dirty. */
	public void markClean() {
		if (getDocumentProvider() instanceof HostDocumentProvider provider) {
			provider.markClean(getEditorInput());
		}
	}

	/** The last reconcile shown (UI thread), or null before the first. */
	public Reconciled lastReconciled() {
		return last;
	}

	/** Told of each reconcile shown, on the UI thread (tests, benchmark, host). */
	public void addReconcileListener(Consumer<Reconciled> listener) {
		listeners.add(listener);
	}

	public void removeReconcileListener(Consumer<Reconciled> listener) {
		listeners.remove(listener);
	}

	/** The source viewer (tests). */
	public ISourceViewer viewer() {
		return getSourceViewer();
	}

	/** The style id of the semantic colour at an offset, or null (tests). */
	public String semanticStyleAt(int offset) {
		return semantic == null ? null : semantic.styleAt(offset);
	}

	/** True while this editor owns its file's markers (unsaved changes). */
	public boolean ownsMarkers() {
		return markers != null && markers.owns();
	}

	/** The Outline page, when the Outline view asked for it (tests). */
	public SegurOutlinePage outlinePage() {
		return outline;
	}

	/** The document parsed as it is now (tests). */
	public XtextResource currentResource() {
		return currentParse().resource();
	}
}
