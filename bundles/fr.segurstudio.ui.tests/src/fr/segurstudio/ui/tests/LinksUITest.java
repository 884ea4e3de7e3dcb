package fr.segurstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IResource;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import fr.segurstudio.testing.Golden;
import fr.segurstudio.ui.OpenWork;
import fr.segurstudio.ui.bot.Bot;
import fr.segurstudio.ui.dossier.DossierEditor;
import fr.segurstudio.workspace.DossierFolders;

/**
 * One link per real path: a folder reached through a symbolic link, a path written with {@code //} or {@code ./}, or
 * a folder inside an opened one, is the folder already in the explorer (never « dossiers (2) »), and its files open in
 * the editor already open on them; a file linked on its own keeps its extension; links written before the rule are
 * put right at start. Ctrl+Q quits, after the unsaved-changes prompt.
 */
class LinksUITest {

	@RegisterExtension
	final WorkbenchFixture workbench = new WorkbenchFixture();
	private final Bot bot = workbench.bot;
	private final IWorkbenchWindow window = workbench.window;

	@Test
	void aFolderReachedByAnotherPathIsTheOneAlreadyOpened() throws Exception {
		Path dir = workbench.goldenFolder("dossiers");
		Files.createDirectories(dir.resolve("2026"));
		Path link = Files.createSymbolicLink(workbench.temp().resolve("raccourci"), dir);
		OpenWork.open(window, List.of(dir));
		OpenWork.open(window, List.of(link));
		OpenWork.open(window, List.of(Path.of(dir.toString().replace("/dossiers", "//dossiers/."))));
		OpenWork.open(window, List.of(dir.resolve("2026")));
		assertEquals(List.of("dossiers"), DossierFolders.roots().stream().map(IResource::getName).toList());
	}

	@Test
	void theSameFileThroughTwoPathsOpensOneEditor() throws Exception {
		Path dir = workbench.goldenFolder("dossiers");
		Path link = Files.createSymbolicLink(workbench.temp().resolve("raccourci"), dir);
		OpenWork.open(window, List.of(link.resolve("bio-sgl-durand.segur")));
		bot.waitFor("the editor", () -> window.getActivePage().getActiveEditor() instanceof DossierEditor);
		OpenWork.open(window, List.of(dir.resolve("bio-sgl-durand.segur")));
		OpenWork.open(window, List.of(dir));
		OpenWork.open(window, List.of(dir.resolve("bio-sgl-durand.segur")));
		bot.pump(200);
		assertEquals(1, window.getActivePage().getEditorReferences().length, "one editor for one file");
		// the file's own link (opened first) and its folder's both reach it, as the issue allows: one link per real path
		List<Path> linked = DossierFolders.roots().stream().map(r -> r.getLocation().toPath()).toList();
		assertEquals(List.of(dir.resolve("bio-sgl-durand.segur").toRealPath(), dir.toRealPath()).stream().sorted().toList(),
				linked.stream().sorted().toList(), "one link per real path: " + DossierFolders.roots());
		assertTrue(DossierFolders.roots().stream().noneMatch(r -> r.getName().contains("(2)")), "no « (2) »: " + DossierFolders.roots());
	}

	@Test
	void aFileLinkedOnItsOwnKeepsItsExtensionAndItsEditor() throws Exception {
		Path a = Files.createDirectories(workbench.temp().resolve("a")).resolve("MDV-bulk-001.segur");
		Path b = Files.createDirectories(workbench.temp().resolve("b")).resolve("MDV-bulk-001.segur");
		Files.writeString(a, Golden.BIO_SGL.segurText(), StandardCharsets.UTF_8);
		Files.writeString(b, Golden.BIO_SGL.segurText(), StandardCharsets.UTF_8);
		OpenWork.open(window, List.of(a));
		OpenWork.open(window, List.of(b));
		assertEquals(List.of("MDV-bulk-001 (2).segur", "MDV-bulk-001.segur"), DossierFolders.roots().stream().map(IResource::getName).toList());
		IEditorReference[] editors = window.getActivePage().getEditorReferences();
		assertEquals(2, editors.length);
		for (IEditorReference editor : editors) {
			assertEquals(DossierEditor.ID, editor.getId(), "a dossier opens in the dossier editor: " + editor.getName());
		}
	}

	@Test
	void linksWrittenBeforeTheRuleArePutRightAtStart() throws Exception {
		Path dir = workbench.goldenFolder("dossiers");
		Path link = Files.createSymbolicLink(workbench.temp().resolve("raccourci"), dir);
		var project = DossierFolders.project(null);
		IFolder doubled = project.getFolder("dossiers");
		doubled.createLink(URI.create("file:///" + dir.toString().substring(1).replace("/dossiers", "//dossiers")), IResource.NONE, null);
		project.getFolder("dossiers (2)").createLink(link.toUri(), IResource.NONE, null);
		DossierFolders.tidy(null);
		assertEquals(List.of("dossiers"), DossierFolders.roots().stream().map(IResource::getName).toList());
		assertEquals(dir.toRealPath(), DossierFolders.roots().get(0).getLocation().toPath());
		assertTrue(DossierFolders.find(dir.resolve("bio-sgl-durand.segur")) != null, "its files found again");
	}

	@Test
	void ctrlQQuitsAfterThePromptForUnsavedChanges() throws Exception {
		assertTrue(bot.bindings("org.eclipse.ui.file.exit").contains("Ctrl+Q"), bot.bindings("org.eclipse.ui.file.exit").toString());
		DossierEditor editor = workbench.open(workbench.golden("bio-sgl-durand.segur"));
		bot.type((Text) workbench.field(editor, "nomMandataire"), "DUPONT");
		bot.waitFor("unsaved", editor::isDirty);
		window.getShell().forceActive(); // the keys go to the window, as the user's do
		editor.setFocus();
		bot.inDialog("the quit's prompt for the unsaved dossier",
				shell -> shell.getText().startsWith("Enregistrer la ressource") || shell.getText().startsWith("Enregistrer les ressources"),
				() -> bot.keys(SWT.CTRL, 'q'),
				prompt -> bot.click(bot.button(prompt, "Annuler")));
		assertFalse(PlatformUI.getWorkbench().isClosing(), "cancelled: the workbench stays");
		assertTrue(editor.isDirty(), "and so do the edits");
	}
}
