package fr.segurstudio.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.ISetSelectionTarget;

import fr.segurstudio.ui.files.Recovery;
import fr.segurstudio.workspace.DossierFolders;

/**
 * Opens what the user names (command line, Fichier > Ouvrir...): a folder appears in the explorer (a
 * linked folder, nothing written into it); a file opens in its editor, as the workspace file of the
 * opened folder it lies in, else linked on its own at the top of the explorer. Problems are said once,
 * in French, in one dialog.
 */
public final class OpenWork {

	private OpenWork() {
	}

	public static void open(IWorkbenchWindow window, List<Path> paths) {
		List<String> problems = new ArrayList<>();
		List<IResource> shown = new ArrayList<>();
		List<Path> files = new ArrayList<>();
		for (Path path : paths) {
			if (Files.isDirectory(path)) {
				try {
					shown.add(DossierFolders.open(path, null));
				} catch (CoreException e) {
					problems.add(NLS.bind(Messages.openFailed, path, e.getMessage()));
				}
			} else if (Files.isRegularFile(path)) {
				files.add(path); // after the folders, so that a file of an opened folder is found there
			} else {
				problems.add(NLS.bind(Messages.openNoSuchPath, path));
			}
		}
		IWorkbenchPage page = window.getActivePage();
		for (Path path : files) {
			try {
				IFile file = DossierFolders.openFile(path, null);
				shown.add(file);
				if (page != null) {
					IDE.openEditor(page, file, true);
				}
			} catch (CoreException e) {
				problems.add(NLS.bind(Messages.openFailed, path, e.getMessage()));
			}
		}
		reveal(page, shown);
		if (!problems.isEmpty()) {
			MessageDialog.openError(window.getShell(), Messages.openProblemsTitle, String.join("\n", problems));
		}
		// a save cut by a crash may have left a copy in what was just opened
		Recovery.offer(window.getShell(), shown.stream().map(Recovery.Place::of).filter(Objects::nonNull).toList());
	}

	private static void reveal(IWorkbenchPage page, List<IResource> resources) {
		if (page == null || resources.isEmpty()) {
			return;
		}
		try {
			IViewPart explorer = page.showView(IPageLayout.ID_PROJECT_EXPLORER, null, IWorkbenchPage.VIEW_VISIBLE);
			if (explorer instanceof ISetSelectionTarget target) {
				target.selectReveal(new StructuredSelection(resources));
			}
		} catch (PartInitException e) {
			// the explorer was closed by the user: nothing to reveal in
		}
	}
}
