package fr.segurstudio.ui.files;

import java.nio.file.Path;

import org.eclipse.core.runtime.IPath;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorMatchingStrategy;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.PartInitException;

import fr.segurstudio.workspace.DossierFolders;

/**
 * The file on disk behind an editor's input, and one editor per file: the matching strategy of the editors of files
 * (org.eclipse.ui.editors), which takes two inputs for the same when they are the same real file — a file reached
 * through two links, a symbolic link or a path written otherwise opens the editor already open on it.
 */
public final class EditorFiles implements IEditorMatchingStrategy {

	/** The file on disk, or null when the input is not a local file. */
	public static Path path(Object input) {
		if (input instanceof IFileEditorInput fileInput) {
			IPath location = fileInput.getFile().getLocation();
			return location == null ? null : location.toPath();
		}
		if (input instanceof IURIEditorInput uriInput && "file".equals(uriInput.getURI().getScheme())) {
			return Path.of(uriInput.getURI());
		}
		return null;
	}

	@Override
	public boolean matches(IEditorReference reference, IEditorInput input) {
		Path wanted = path(input);
		if (wanted == null) {
			return false;
		}
		try {
			Path open = path(reference.getEditorInput());
			return open != null && DossierFolders.real(open).equals(DossierFolders.real(wanted));
		} catch (PartInitException e) {
			return false; // an editor that could not be restored: not this file's
		}
	}
}
