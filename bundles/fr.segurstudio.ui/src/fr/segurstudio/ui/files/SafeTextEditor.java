package fr.segurstudio.ui.files;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResourceStatus;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.text.IDocument;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.editors.text.TextEditor;
import org.eclipse.ui.ide.FileStoreEditorInput;
import org.eclipse.ui.part.FileEditorInput;
import org.eclipse.ui.texteditor.IDocumentProvider;
import org.eclipse.ui.texteditor.IDocumentProviderExtension;

import fr.segurstudio.ui.Messages;
import fr.segurstudio.workspace.DossierFolders;

/**
 * The platform's text editor on a file of the user's, made safe: written atomically ({@link AtomicTextDocumentProvider},
 * chosen by the document provider registry), a failed save said in French with the file left whole, a file changed on
 * disk never written over nor thrown away without a question that shows the change ({@link DiskChangeDialog}, whose
 * default loses nothing), and Save As to a real file on disk (the system's file dialog, not the workspace's), linked
 * then as any opened file. Ouvrir avec > Éditeur de texte on a .segur or .json file, and the base of the .segur text
 * editor. Inside another editor (the dossier editor's Texte page, whose document is not a file) it is the platform's.
 */
public class SafeTextEditor extends TextEditor {

	private boolean onFile() {
		return getDocumentProvider() instanceof AtomicTextDocumentProvider;
	}

	/** The file changed on disk, seen when the editor comes back to the front. */
	@Override
	protected void handleEditorInputChanged() {
		if (!onFile()) {
			super.handleEditorInputChanged();
			return;
		}
		IEditorInput input = getEditorInput();
		if (getDocumentProvider().isDeleted(input)) {
			setStatusLineMessage(NLS.bind(Messages.fileDeletedKeepText, input.getName())); // Save writes it again
			return;
		}
		if (!isDirty() || DiskChangeDialog.askOnReturn(shell(), input.getName(), text(), disk()) == DiskChangeDialog.Choice.TAKE_DISK) {
			takeDisk();
		}
	}

	/** A save refused because the file changed on disk asks, with the compare; any other failure is said in French. */
	@Override
	protected void handleExceptionOnSave(CoreException exception, IProgressMonitor monitor) {
		if (!onFile()) {
			super.handleExceptionOnSave(exception, monitor);
			return;
		}
		if (exception.getStatus().getCode() != IResourceStatus.OUT_OF_SYNC_LOCAL) {
			MessageDialog.openError(shell(), Messages.saveFailedTitle, exception.getStatus().getMessage());
			cancel(monitor);
			return;
		}
		switch (DiskChangeDialog.askBeforeSave(shell(), getEditorInput().getName(), text(), disk())) {
		case OVERWRITE -> performSave(true, monitor);
		case TAKE_DISK -> {
			takeDisk();
			cancel(monitor);
		}
		default -> cancel(monitor);
		}
	}

	/** Save As: a file of the file system, chosen in the system's dialog; the editor then edits it. */
	@Override
	protected void performSaveAs(IProgressMonitor monitor) {
		if (!onFile()) {
			super.performSaveAs(monitor);
			return;
		}
		IEditorInput input = getEditorInput();
		Path current = EditorFiles.path(input);
		Path target = SaveAsFiles.ask(shell(), current, input.getName());
		if (target == null) {
			cancel(monitor);
			return;
		}
		if (openElsewhere(target)) {
			MessageDialog.openError(shell(), Messages.saveFailedTitle, NLS.bind(Messages.saveAsTargetOpen, target.getFileName()));
			cancel(monitor);
			return;
		}
		IDocumentProvider provider = getDocumentProvider();
		try {
			IDocument document = provider.getDocument(input);
			FileStoreEditorInput written = new FileStoreEditorInput(EFS.getLocalFileSystem().getStore(target.toUri()));
			provider.saveDocument(monitor, written, document, true); // atomically, as any save
			IFile linked = DossierFolders.openFile(target, monitor);
			setInput(new FileEditorInput(linked));
		} catch (CoreException e) {
			MessageDialog.openError(shell(), Messages.saveFailedTitle, e.getStatus().getMessage());
			cancel(monitor);
		}
	}

	/** Whether another editor of the window edits that file already (saving as it would give it two versions). */
	private boolean openElsewhere(Path target) {
		IWorkbenchPage page = getSite().getPage();
		for (IEditorReference reference : page.getEditorReferences()) {
			try {
				Path other = EditorFiles.path(reference.getEditorInput());
				if (reference.getPart(false) != this && other != null && Files.exists(target) && Files.isSameFile(other, target)) {
					return true;
				}
			} catch (PartInitException | IOException e) {
				// an editor whose input cannot be had, or a file gone: not that one
			}
		}
		return false;
	}

	/** The file's text replaces the editor's (the unsaved edits go: only on the user's choice, or when there are none). */
	private void takeDisk() {
		if (getDocumentProvider() instanceof IDocumentProviderExtension extension) {
			try {
				extension.synchronize(getEditorInput());
			} catch (CoreException e) {
				MessageDialog.openError(shell(), Messages.reloadFailedTitle, FileProblems.reason(e));
			}
		}
	}

	private String text() {
		IDocument document = getDocumentProvider().getDocument(getEditorInput());
		return document == null ? "" : document.get();
	}

	private String disk() {
		Path path = EditorFiles.path(getEditorInput());
		return path == null ? "" : DiskChangeDialog.onDisk(path, charset());
	}

	private Charset charset() {
		try {
			return getEditorInput() instanceof FileEditorInput input ? Charset.forName(input.getFile().getCharset()) : StandardCharsets.UTF_8;
		} catch (CoreException | IllegalArgumentException e) {
			return StandardCharsets.UTF_8;
		}
	}

	private Shell shell() {
		return getSite().getShell();
	}

	private static void cancel(IProgressMonitor monitor) {
		if (monitor != null) {
			monitor.setCanceled(true);
		}
	}
}
