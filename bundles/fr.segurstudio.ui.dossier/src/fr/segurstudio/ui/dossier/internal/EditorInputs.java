package fr.segurstudio.ui.dossier.internal;

import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.part.FileEditorInput;

import fr.segurstudio.ui.files.EditorFiles;
import fr.segurstudio.workspace.DossierFolders;

/** The file behind an editor input: a workspace file (an opened folder's) or a file outside it. */
public final class EditorInputs {

	private EditorInputs() {
	}

	/** The file on disk, or null when the input is not a local file. */
	public static Path path(IEditorInput input) {
		return EditorFiles.path(input);
	}

	public static IFile workspaceFile(IEditorInput input) {
		if (input instanceof IFileEditorInput fileInput) {
			return fileInput.getFile();
		}
		Path path = path(input);
		return path == null ? null : DossierFolders.find(path);
	}

	/**
	 * The input of a file: the workspace's when an opened folder holds it, else the file linked on its own under
	 * the explorer's project, as any file opened from outside (its markers, summary and validation come with it).
	 */
	public static IEditorInput of(Path path) throws CoreException {
		IFile file = DossierFolders.openFile(path, null);
		file.refreshLocal(0, null);
		return new FileEditorInput(file);
	}
}
