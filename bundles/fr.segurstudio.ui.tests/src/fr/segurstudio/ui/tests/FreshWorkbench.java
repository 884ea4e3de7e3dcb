package fr.segurstudio.ui.tests;

import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import fr.segurstudio.workspace.DossierFolders;

/**
 * A JUnit 5 extension ({@code @ExtendWith(FreshWorkbench.class)}): after each test, the editors closed without
 * saving and the folders it opened removed from the explorer (their files stay), for the next test.
 */
final class FreshWorkbench implements AfterEachCallback {

	@Override
	public void afterEach(ExtensionContext context) throws Exception {
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
		for (var root : DossierFolders.roots()) {
			DossierFolders.remove(root, null);
		}
	}
}
