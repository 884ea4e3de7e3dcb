package fr.segurstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import fr.segurstudio.ui.bot.Bot;
import fr.segurstudio.ui.dossier.DossierEditor;
import fr.segurstudio.ui.dossier.pages.OverviewPage;

/**
 * The dossier editor reads its file in a Job: the window does not wait for it, the editor says it is
 * reading, then shows its pages; a command given meanwhile waits for the read; a file that cannot be read
 * says why in the editor, in French, instead of its pages.
 */
class DossierLoadingUITest {

	@RegisterExtension
	final WorkbenchFixture workbench = new WorkbenchFixture();
	private final Bot bot = workbench.bot;

	@Test
	void theEditorShowsItsPagesOnceReadAndCommandsWaitForTheRead() throws Exception {
		Path file = workbench.golden("bio-sgl-durand.segur");
		IEditorPart part = IDE.openEditor(workbench.window.getActivePage(), workbench.workspaceFile(file), true);
		DossierEditor editor = (DossierEditor) part;
		// a command given at once (as a handler or a marker's double-click would): it waits for the read
		editor.execute(editor.session().commands().newDemande());
		assertEquals(2, editor.session().dossier().getDemandes().size());
		assertTrue(editor.isRead() && editor.isDirty());
		bot.pump(200);
		assertNotNull(editor.findPage(OverviewPage.ID));
		assertNotNull(editor.requestsPage());
		assertNotNull(editor.textPage());
		assertTrue(labels(editor, "Lecture de").isEmpty(), "the reading notice is gone with the pages");
		bot.waitFor("the first validation", () -> !editor.isValidating());
	}

	@Test
	void aFileGoneFromTheDiskSaysWhyInTheEditor() throws Exception {
		Path file = workbench.golden("rad-ris-radio2000.segur");
		IFile linked = workbench.workspaceFile(file);
		Files.delete(file); // the workspace still lists it: as a file another program removed
		DossierEditor editor = (DossierEditor) IDE.openEditor(workbench.window.getActivePage(), linked, true);
		bot.waitFor("the reason in the editor", () -> !labels(editor, "Impossible d'ouvrir rad-ris-radio2000.segur").isEmpty());
		assertFalse(editor.isRead());
		assertFalse(editor.isDirty());
		assertEquals(null, editor.requestsPage());
	}

	private static List<Label> labels(DossierEditor editor, String start) {
		return Bot.findAll(editor.getSite().getShell(), Label.class, l -> l.getText().startsWith(start));
	}
}
