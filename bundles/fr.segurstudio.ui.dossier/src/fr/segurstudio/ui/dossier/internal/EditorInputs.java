package fr.segurstudio.ui.dossier.internal;

import java.nio.file.Path;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.ide.FileStoreEditorInput;
import org.eclipse.ui.part.FileEditorInput;

import fr.segurstudio.workspace.DossierFolders;

/** The file behind an editor input: a workspace file (an opened folder's) or a file outside it. */
public final class EditorInputs {

	private EditorInputs() {
	}

	/** The file on disk, or null when the input is not a local file. */
	public static Path path(IEditorInput input) {
		if (input instanceof IFileEditorInput fileInput) {
			IPath location = fileInput.getFile().getLocation();
			return location == null ? null : location.toFile().toPath();
		}
		if (input instanceof IURIEditorInput uriInput && "file".equals(uriInput.getURI().getScheme())) {
			return Path.of(uriInput.getURI());
		}
		return null;
	}

	public static IFile workspaceFile(IEditorInput input) {
		if (input instanceof IFileEditorInput fileInput) {
			return fileInput.getFile();
		}
		Path path = path(input);
		return path == null ? null : DossierFolders.find(path);
	}

	/** The input of a file: the workspace's when an opened folder holds it, else the file itself. */
	public static IEditorInput of(Path path) throws CoreException {
		IFile file = DossierFolders.find(path);
		if (file != null) {
			file.refreshLocal(0, null);
			return new FileEditorInput(file);
		}
		return new FileStoreEditorInput(EFS.getLocalFileSystem().getStore(path.toAbsolutePath().toUri()));
	}
}
