package fr.segurstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFolder;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.navigator.CommonNavigator;
import org.eclipse.ui.views.markers.MarkerSupportView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import fr.segurstudio.ui.OpenWork;
import fr.segurstudio.ui.bot.Bot;
import fr.segurstudio.workspace.DossierFolders;

/**
 * A folder of golden dossiers opened as the command line or Fichier > Ouvrir un dossier... opens it: it
 * shows in the explorer with its summaries; a value broken on disk shows in the Problems view at its line,
 * and goes when fixed on disk (auto refresh); the editor's file names the window; removing the folder
 * leaves its files.
 */
class OpenFolderUITest {

	@RegisterExtension
	final WorkbenchFixture workbench = new WorkbenchFixture();
	private final Bot bot = workbench.bot;
	private final IWorkbenchWindow window = workbench.window;

	@Test
	void anOpenedFolderShowsDecoratedAndItsProblemsComeAndGoWithTheFileOnDisk() throws Exception {
		Path dir = workbench.goldenFolder("golden");
		Path bio = dir.resolve("bio-sgl-durand.json");
		String good = Files.readString(bio);
		Files.writeString(bio, good.replaceFirst("\"nomClient\": \"DURAND\"", "\"nomClient\": \"durand\""), StandardCharsets.UTF_8);
		OpenWork.open(window, List.of(dir));
		IFolder linked = (IFolder) DossierFolders.roots().get(0);
		bot.waitFor("the folder's files read", () -> linked.getFile("rad-ris-radio2000.segur").exists());

		Tree explorer = explorerTree();
		TreeItem folder = bot.select(explorer, DossierFolders.PROJECT, "golden");
		assertTrue(folder.getText().contains(dir.getFileName().toString()), folder.getText());
		TreeItem rad = bot.waitFor("the summary of rad-ris-radio2000.segur",
				() -> Arrays.stream(folder.getItems()).filter(i -> i.getText().startsWith("rad-ris-radio2000.segur")
						&& i.getText().contains("RAD-RIS · ANS0000001 · 1 demande")).findFirst().orElse(null));
		assertFalse(rad.getText().contains("erreur"), rad.getText());
		bot.waitFor("the error counted next to bio-sgl-durand.json", () -> Arrays.stream(folder.getItems())
				.anyMatch(i -> i.getText().startsWith("bio-sgl-durand.json") && i.getText().contains("BIO-SGL · ANS0000001 · 1 demande · 1 erreur")));

		Tree problems = problemsTree();
		TreeItem problem = bot.waitFor("the problem in the Problems view", () -> problem(bot, problems, "« Nom du représentant »"));
		assertEquals("bio-sgl-durand.json", problem.getText(1));
		assertTrue(problem.getText(3).startsWith("ligne 25 · demande 00001") && problem.getText(3).endsWith("nomClient"), problem.getText(3));

		Files.writeString(bio, good, StandardCharsets.UTF_8); // as git pull or segur format would
		bot.waitFor("the problem gone once the file is fixed on disk", () -> problem(bot, problems, "« Nom du représentant »") == null);
	}

	@Test
	void theWindowTitleNamesTheActiveEditorsFile() throws Exception {
		Path dir = workbench.goldenFolder("titre");
		Shell shell = bot.mainShell();
		OpenWork.open(window, List.of(dir, dir.resolve("mdv-lgc-liberal.segur")));
		bot.waitFor("the title with the file", () -> "mdv-lgc-liberal.segur \u2013 Ségur Studio".equals(shell.getText()) ? shell : null);
		window.getActivePage().closeAllEditors(false);
		bot.waitFor("the title without file", () -> "Ségur Studio".equals(shell.getText()));
	}

	@Test
	void removingAnOpenedFolderFromTheExplorerLeavesItsFiles() throws Exception {
		Path dir = workbench.goldenFolder("garder");
		List<Path> before = tree(dir);
		OpenWork.open(window, List.of(dir));
		IFolder folder = (IFolder) DossierFolders.roots().stream().filter(r -> r.getName().equals("garder")).findFirst().orElseThrow();
		bot.select(explorerTree(), DossierFolders.PROJECT, "garder");
		bot.inDialog("Retirer de l'explorateur", () -> bot.command("fr.segurstudio.ui.removeFolder"),
				dialog -> bot.click(Bot.findAll(dialog, Button.class, b -> b.getText().equals("OK")).get(0)));
		bot.waitFor("the link gone", () -> !folder.exists());
		assertEquals(before, tree(dir));
	}

	@Test
	void aMissingPathIsSaidInFrench() {
		List<String> seen = new ArrayList<>();
		Path missing = workbench.temp().resolve("absent.segur");
		bot.inDialog("Ouverture impossible", () -> OpenWork.open(window, List.of(missing)), dialog -> {
			seen.addAll(WorkbenchUITest.labels(dialog));
			dialog.close();
		});
		assertTrue(seen.contains(missing + " : ni fichier ni dossier de ce nom"), seen.toString());
	}

	@Test
	void switchEditorRespondsToARealCtrlE() throws Exception {
		Path dir = workbench.goldenFolder("clavier");
		OpenWork.open(window, List.of(dir, dir.resolve("bio-sgl-durand.segur"), dir.resolve("rad-ris-radio2000.segur")));
		IWorkbenchPage page = window.getActivePage();
		bot.waitFor("two editors", () -> page.getEditorReferences().length == 2);
		page.activate(page.getActiveEditor());
		Shell main = bot.mainShell();
		main.forceActive();
		bot.pump(300);
		List<String> listed = new ArrayList<>();
		// the switcher runs its own event loop: read and close it from inside
		bot.inDialog("the editor switcher", shell -> shell.getParent() == main, () -> bot.keys(SWT.CTRL, 'e'), popup -> {
			Bot.findAll(popup, Table.class, t -> true)
					.forEach(t -> Arrays.stream(t.getItems()).forEach(i -> listed.add(i.getText())));
			popup.close();
		});
		assertEquals(List.of("bio-sgl-durand.segur", "rad-ris-radio2000.segur"), listed.stream().sorted().toList());
	}

	private Tree explorerTree() throws Exception {
		CommonNavigator explorer = (CommonNavigator) window.getActivePage().showView(IPageLayout.ID_PROJECT_EXPLORER);
		return explorer.getCommonViewer().getTree();
	}

	private Tree problemsTree() throws Exception {
		MarkerSupportView view = (MarkerSupportView) window.getActivePage().showView(IPageLayout.ID_PROBLEM_VIEW);
		return Bot.findAll(view.getSite().getService(MPart.class).getWidget() instanceof
				Composite c ? c : bot.mainShell(), Tree.class, t -> t.getColumnCount() > 3).get(0);
	}

	/** The Problems view's row whose description contains this text (its groups expanded). */
	private static TreeItem problem(Bot bot, Tree problems, String text) {
		for (TreeItem group : problems.getItems()) {
			bot.expand(group);
			for (TreeItem item : group.getItems()) {
				if (item.getText(0).contains(text)) {
					return item;
				}
			}
		}
		return null;
	}
	private static List<Path> tree(Path dir) throws Exception {
		try (Stream<Path> files = Files.walk(dir)) {
			return files.map(dir::relativize).sorted().toList();
		}
	}
}
