package fr.segurstudio.workspace.tests;

import static fr.segurstudio.workspace.tests.WorkspaceFixture.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.segurstudio.workspace.DossierFolders;

/** Opening the user's folders writes nothing into them, and removing them from the workspace deletes nothing. */
class DossierFoldersTest {

	@TempDir
	Path temp;

	@BeforeAll
	static void start() {
		WorkspaceFixture.start();
	}

	@Test
	void anOpenedFolderIsALinkNamedAfterItAndNothingIsWrittenIntoIt() throws Exception {
		Path dir = WorkspaceFixture.goldenFolder(temp, "depot-git");
		Files.createDirectories(dir.resolve(".git/objects"));
		List<Path> before = tree(dir);
		IFolder folder = DossierFolders.open(dir, null);
		assertEquals("depot-git", folder.getName());
		assertTrue(folder.isLinked());
		assertEquals(folder, DossierFolders.open(dir, null), "opened once");
		IFile json = waitFor("the folder's content read", () -> folder.getFile("bio-sgl-durand.json").exists() ? folder.getFile("bio-sgl-durand.json") : null);
		assertEquals(json, DossierFolders.find(dir.resolve("bio-sgl-durand.json")));
		assertFalse(folder.getFolder(".git").exists(), "version control folders are left out");
		ResourcesPlugin.getWorkspace().save(true, null);
		assertEquals(before, tree(dir), "nothing written into the user's folder (.project, .settings...)");
		DossierFolders.remove(folder, null);
	}

	@Test
	void twoFoldersOfTheSameNameGetTwoNames() throws Exception {
		IFolder a = DossierFolders.open(Files.createDirectories(temp.resolve("a/dossiers")), null);
		IFolder b = DossierFolders.open(Files.createDirectories(temp.resolve("b/dossiers")), null);
		assertEquals("dossiers", a.getName());
		assertEquals("dossiers (2)", b.getName());
		DossierFolders.remove(a, null);
		DossierFolders.remove(b, null);
	}

	@Test
	void removingAnOpenedFolderDeletesNoFile() throws Exception {
		Path dir = WorkspaceFixture.goldenFolder(temp, "garder");
		List<Path> before = tree(dir);
		IFolder folder = DossierFolders.open(dir, null);
		folder.refreshLocal(IResource.DEPTH_INFINITE, null);
		assertTrue(folder.getFile("bio-sgl-durand.segur").exists());
		DossierFolders.remove(folder, null);
		assertFalse(folder.exists());
		assertEquals(before, tree(dir));
		// as the explorer's Delete does on a linked folder: the link only
		IFolder again = DossierFolders.open(dir, null);
		again.delete(IResource.NONE, null);
		assertEquals(before, tree(dir));
	}

	@Test
	void aFileOutsideTheOpenedFoldersIsLinkedOnItsOwn() throws Exception {
		Path dir = WorkspaceFixture.goldenFolder(temp, "telechargements");
		IFile file = DossierFolders.openFile(dir.resolve("mdv-lgc-liberal.json"), null);
		assertTrue(file.exists() && file.isLinked());
		assertEquals(DossierFolders.project(), file.getParent());
		assertEquals(file, DossierFolders.openFile(dir.resolve("mdv-lgc-liberal.json"), null));
		DossierFolders.remove(file, null);
		assertTrue(Files.isRegularFile(dir.resolve("mdv-lgc-liberal.json")));
	}

	@Test
	void aFileOfAFolderJustOpenedIsFoundInIt() throws Exception {
		Path dir = WorkspaceFixture.goldenFolder(temp, "juste-ouvert");
		Files.createDirectories(dir.resolve("sous/dossier"));
		Files.copy(dir.resolve("rad-ris-radio2000.segur"), dir.resolve("sous/dossier/radio.segur"));
		IFolder folder = DossierFolders.open(dir, null);
		IFile file = DossierFolders.openFile(dir.resolve("sous/dossier/radio.segur"), null);
		assertEquals(folder.getFile("sous/dossier/radio.segur"), file);
		assertTrue(file.exists() && !file.isLinked());
		DossierFolders.remove(folder, null);
	}

	private static List<Path> tree(Path dir) throws Exception {
		try (Stream<Path> files = Files.walk(dir)) {
			return files.map(dir::relativize).sorted().toList();
		}
	}
}
