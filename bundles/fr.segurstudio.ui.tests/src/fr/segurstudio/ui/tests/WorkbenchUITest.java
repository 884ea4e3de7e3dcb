package fr.segurstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fr.segurstudio.ui.application.DossiersPerspective;
import fr.segurstudio.ui.bot.Bot;
import fr.segurstudio.ui.bot.Screenshots;

/** The real workbench (Tycho UI harness, our application): window, perspective, menus, commands and their keys, About. */
@ExtendWith(Screenshots.class)
class WorkbenchUITest {

	static final List<String> VIEWS = List.of(IPageLayout.ID_PROJECT_EXPLORER, IPageLayout.ID_PROBLEM_VIEW, IPageLayout.ID_PROGRESS_VIEW,
			IPageLayout.ID_OUTLINE);

	private final Bot bot = new Bot();

	@Test
	void theWindowIsTitledSegurStudioAndShowsTheDossiersPerspective() {
		Shell window = bot.mainShell();
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		page.closeAllEditors(false);
		bot.waitFor("the title without editor", () -> "Ségur Studio".equals(window.getText()));
		assertEquals(DossiersPerspective.ID, page.getPerspective().getId());
		assertEquals("Dossiers", page.getPerspective().getLabel());
		for (String view : VIEWS) {
			assertNotNull(page.findView(view), view);
		}
		assertTrue(page.isPartVisible(page.findView(IPageLayout.ID_PROJECT_EXPLORER)));
		assertTrue(page.isPartVisible(page.findView(IPageLayout.ID_PROBLEM_VIEW)));
		assertTrue(page.isPartVisible(page.findView(IPageLayout.ID_OUTLINE)));
		// explorer on the left, Problems and Progress below the editors, outline on the right: their stacks
		assertEquals(DossiersPerspective.LEFT, stack(page, IPageLayout.ID_PROJECT_EXPLORER));
		assertEquals(DossiersPerspective.BOTTOM, stack(page, IPageLayout.ID_PROBLEM_VIEW));
		assertEquals(DossiersPerspective.BOTTOM, stack(page, IPageLayout.ID_PROGRESS_VIEW));
		assertEquals(DossiersPerspective.RIGHT, stack(page, IPageLayout.ID_OUTLINE));
	}

	@Test
	void resetPerspectiveBringsAClosedViewBack() {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		page.hideView(page.findView(IPageLayout.ID_OUTLINE));
		assertNull(page.findView(IPageLayout.ID_OUTLINE));
		bot.inDialog("Réinitialiser la disposition", () -> bot.command("org.eclipse.ui.window.resetPerspective"), dialog -> {
			List<Button> buttons = Bot.findAll(dialog, Button.class, b -> true);
			bot.click(buttons.stream().filter(b -> Bot.plain(b.getText()).startsWith("Réinitialiser")).findFirst().orElseThrow(
					() -> new AssertionError(buttons.stream().map(b -> b.getText()).toList())));
		});
		bot.waitFor("the outline back", () -> page.findView(IPageLayout.ID_OUTLINE));
	}

	@Test
	void menusAreFrenchAndMadeOfThePlatformsCommands() {
		Shell window = bot.mainShell();
		List<String> menus = Arrays.stream(window.getMenuBar().getItems()).map(i -> Bot.plain(i.getText())).toList();
		assertEquals(List.of("Fichier", "Édition", "Dossier", "Fenêtre", "Aide"), menus);
		List<String> file = items(window.getMenuBar().getItem(0).getMenu());
		for (String item : List.of("Ouvrir un dossier…", "Ouvrir un fichier…", "Fermer", "Tout fermer", "Enregistrer", "Enregistrer sous…",
				"Tout enregistrer", "Rétablir", "Quitter")) {
			assertTrue(file.contains(item), item + " in " + file);
		}
		for (String hidden : List.of("Open File...", "Open Projects from File System...", "Convert Line Delimiters To",
				"Ouvrir des projets du système de fichiers…", "Convertir les fins de ligne au format")) {
			assertFalse(file.contains(hidden), hidden + " hidden: " + file);
		}
		// ours only: the IDE's "Open File..." (in French, the same words) is hidden
		assertEquals(1, file.stream().filter("Ouvrir un fichier…"::equals).count(), file.toString());
		List<String> edit = items(window.getMenuBar().getItem(1).getMenu());
		// without a dossier editor the platform's own label, in French by its translation fragment; a dossier's is ours (DossierEditorUITest)
		assertTrue(edit.get(0).startsWith("Annuler") && edit.get(1).startsWith("Rétablir"), edit.toString());
		for (String item : List.of("Couper", "Copier", "Coller", "Supprimer", "Tout sélectionner", "Rechercher/Remplacer…")) {
			assertTrue(edit.contains(item), item + " in " + edit);
		}
		List<String> dossier = items(window.getMenuBar().getItem(2).getMenu());
		for (String item : List.of("Nouveau dossier…", "Nouvelle demande", "Dupliquer la demande", "Supprimer les demandes",
				"Joindre une pièce…", "Importer un fichier JSON de l'ASP…", "Exporter le dépôt…", "Enregistrer comme dossier .segur…",
				"Valider les dossiers")) {
			assertTrue(dossier.contains(item), item + " in " + dossier);
		}
		List<String> windowMenu = items(window.getMenuBar().getItem(3).getMenu());
		for (String item : List.of("Afficher la vue", "Préférences…", "Changer d'éditeur")) {
			assertTrue(windowMenu.contains(item), item + " in " + windowMenu);
		}
		// (the test runtime also has org.eclipse.ui.ide.application, which Tycho's UI harness needs: its key assist item)
		assertTrue(items(window.getMenuBar().getItem(4).getMenu()).contains("À propos de Ségur Studio"));
	}

	@Test
	void theEditingCommandsExistAndAreBoundToTheUsualKeys() {
		ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
		String[][] expected = { { "org.eclipse.ui.file.save", "Ctrl+S" }, { "org.eclipse.ui.file.saveAll", "Ctrl+Shift+S" },
				{ "org.eclipse.ui.file.close", "Ctrl+W" }, { "org.eclipse.ui.edit.undo", "Ctrl+Z" }, { "org.eclipse.ui.edit.redo", "Ctrl+Y" },
				{ "org.eclipse.ui.window.openEditorDropDown", "Ctrl+E" }, { "org.eclipse.ui.navigate.backwardHistory", "Alt+Left" },
				{ "org.eclipse.ui.navigate.forwardHistory", "Alt+Right" }, { "fr.segurstudio.ui.openFile", "Ctrl+O" },
				{ "fr.segurstudio.ui.openFolder", "Ctrl+Shift+O" } };
		bot.mainShell().forceActive(); // the window's key bindings are active while it is
		for (String[] command : expected) {
			assertTrue(commands.getCommand(command[0]).isDefined(), command[0]);
			try {
				bot.waitFor(command[0] + " bound to " + command[1], 5_000, () -> bot.bindings(command[0]).stream().anyMatch(b -> sameKeys(b, command[1])));
			} catch (AssertionError e) {
				throw new AssertionError(e.getMessage() + ", bound to " + bot.bindings(command[0]), e);
			}
		}
	}

	@Test
	void aboutListsTheInstalledCouloirs() {
		List<String> seen = new ArrayList<>();
		bot.inDialog("À propos de Ségur Studio", () -> bot.command("fr.segurstudio.ui.about"), dialog -> {
			seen.add(String.join("\n", labels(dialog)));
			dialog.close();
		});
		String text = seen.get(0);
		assertTrue(text.contains("BIO-SGL – Biologie médicale"), text);
		assertTrue(text.contains("MDV-LGC – Médecins de ville"), text);
		assertTrue(text.contains("RAD-RIS – Radiologie"), text);
	}

	/** "Shift+Ctrl+S" (GTK's order) is "Ctrl+Shift+S". */
	private static boolean sameKeys(String a, String b) {
		return keys(a).equals(keys(b));
	}

	private static Set<String> keys(String sequence) {
		String s = sequence.replace("\u2190", "Left").replace("\u2192", "Right").replace(" Arrow", "");
		return Set.of(s.split("\\+"));
	}

	/** The id of the stack (folder of the perspective) that shows the view. */
	private static String stack(IWorkbenchPage page, String viewId) {
		MPart part = page.findView(viewId).getSite().getService(MPart.class);
		MUIElement shown = part.getCurSharedRef() != null ? part.getCurSharedRef() : part;
		return shown.getParent().getElementId();
	}

	/** A menu's items as shown, after the SWT.Show that the workbench fills menus on. */
	static List<String> items(Menu menu) {
		menu.notifyListeners(SWT.Show, new Event());
		List<String> items = Arrays.stream(menu.getItems()).filter(i -> (i.getStyle() & SWT.SEPARATOR) == 0).map(MenuItem::getText)
				.map(Bot::plain).toList();
		menu.notifyListeners(SWT.Hide, new Event());
		return items;
	}

	static List<String> labels(Composite parent) {
		return Bot.findAll(parent, Label.class, l -> true).stream().map(Label::getText).toList();
	}
}
