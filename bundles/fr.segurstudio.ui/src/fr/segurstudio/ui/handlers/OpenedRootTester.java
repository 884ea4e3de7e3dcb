package fr.segurstudio.ui.handlers;

import org.eclipse.core.expressions.PropertyTester;
import org.eclipse.core.resources.IResource;

import fr.segurstudio.workspace.DossierFolders;

/** {@code fr.segurstudio.ui.isOpenedRoot}: a folder or file opened in the explorer (a link of the Dossiers project). */
public final class OpenedRootTester extends PropertyTester {

	@Override
	public boolean test(Object receiver, String property, Object[] args, Object expectedValue) {
		return receiver instanceof IResource resource && isOpenedRoot(resource);
	}

	static boolean isOpenedRoot(IResource resource) {
		return resource != null && resource.isLinked() && resource.getParent().equals(DossierFolders.project());
	}
}
