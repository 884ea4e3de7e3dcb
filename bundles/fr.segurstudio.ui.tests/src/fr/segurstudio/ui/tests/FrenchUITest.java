package fr.segurstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.activities.IActivityManager;
import org.eclipse.ui.activities.WorkbenchActivityHelper;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.navigator.CommonNavigator;
import org.eclipse.ui.statushandlers.StatusManager;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.markers.MarkerSupportView;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import fr.segurstudio.testing.Golden;
import fr.segurstudio.ui.OpenWork;
import fr.segurstudio.ui.bot.Bot;
import fr.segurstudio.ui.bot.Screenshots;
import fr.segurstudio.ui.dossier.DossierEditor;
import fr.segurstudio.workspace.DossierFolders;
import fr.segurstudio.workspace.ProblemMarkers;

/**
 * The product speaks French, the platform's parts included, whatever the machine's locale: the sweep opens every
 * menu, context menu, view, view menu, preference page, wizard and dialog it can reach — the platform's too (the
 * Save Resource prompt, the key assist, Find/Replace, Go to Line, Properties, the Problems view's filters and
 * columns, an error dialog, File Changed) — collects every text a user sees there ({@link VisibleTexts}) and fails
 * on an English word. And what an IDE offers but a dossier workbench does not use is hidden.
 */
@ExtendWith(Screenshots.class)
class FrenchUITest {

	/** The preference pages that belong (General, its Appearance, Editors > Text Editors and Keys), and ours. */
	private static final List<String> PREFERENCE_PAGES = List.of("Général", "Apparence", "Éditeurs", "Éditeurs de texte", "Touches",
			"Ségur Studio");

	@TempDir
	Path temp;
	private final Bot bot = new Bot();
	private final IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
	private final IWorkbenchPage page = window.getActivePage();
	private final VisibleTexts texts = new VisibleTexts();
	private IFolder folder;

	@BeforeEach
	void openAFolderOfDossiers() throws Exception {
		Path dir = Files.createDirectories(temp.resolve("dossiers"));
		for (Golden golden : Golden.all()) {
			Files.write(dir.resolve(golden.fileName()), golden.bytes());
			Files.writeString(dir.resolve(golden.segurFileName()), golden.segurText());
		}
		// a broken value: a problem in the Problems view
		Path bio = dir.resolve(Golden.BIO_SGL.fileName());
		Files.writeString(bio, Files.readString(bio).replaceFirst("\"nomClient\": \"DURAND\"", "\"nomClient\": \"durand\""));
		OpenWork.open(window, List.of(dir));
		folder = (IFolder) bot.waitFor("the folder linked", () -> roots().isEmpty() ? null : roots().get(0));
		bot.waitFor("the folder's files read", () -> folder.getFile(Golden.RAD_RIS.segurFileName()).exists());
	}

	@AfterEach
	void closeEverything() throws Exception {
		page.closeAllEditors(false);
		for (var root : DossierFolders.roots()) {
			DossierFolders.remove(root, null);
		}
	}

	@Test
	void theRuntimeIsFrenchWhateverTheMachinesLocale() {
		assertEquals("fr", Locale.getDefault().getLanguage(), "the JVM's locale");
		assertTrue(Platform.getNL().startsWith("fr"), Platform.getNL());
		assertEquals("Annuler", JFaceResources.getString("cancel"), "JFace's buttons");
		assertEquals("14 mars 2022", LocalDate.of(2022, 3, 14).format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)), "dates");
		assertEquals("1234,5", NumberFormat.getInstance().format(1234.5).replaceAll("[\\s\\u00A0\\u202F]", ""), "numbers");
	}

	@Test
	void theWindowItsMenusViewsAndContextMenusSpeakFrench() throws Exception {
		IFile segur = folder.getFile(Golden.BIO_SGL.segurFileName());
		IEditorPart dossier = IDE.openEditor(page, segur, DossierEditor.ID, true);
		Tree problemsTree = problemsTree();
		bot.waitFor("the problem in the Problems view", () -> problemsTree.getItemCount() > 0);
		for (String view : List.of(IPageLayout.ID_PROJECT_EXPLORER, IPageLayout.ID_PROBLEM_VIEW, IPageLayout.ID_PROGRESS_VIEW,
				IPageLayout.ID_OUTLINE)) {
			IViewPart part = page.showView(view);
			bot.pump(300);
			viewMenu(part);
		}
		page.activate(dossier);
		bot.pump(500);
		texts.control("fenêtre", bot.mainShell());

		// the explorer's context menu on the project, the opened folder, a dossier file
		CommonNavigator explorer = (CommonNavigator) page.showView(IPageLayout.ID_PROJECT_EXPLORER);
		for (Object selected : List.of(DossierFolders.project(), folder, segur, folder.getFile(Golden.BIO_SGL.fileName()))) {
			explorer.getCommonViewer().setSelection(new StructuredSelection(selected), true);
			bot.pump(200);
			texts.menu("explorateur > menu contextuel de " + selected, explorer.getCommonViewer().getTree().getMenu());
		}
		// the Problems view's, on a problem
		Tree problems = problemsTree();
		page.showView(IPageLayout.ID_PROBLEM_VIEW);
		TreeItem group = problems.getItem(0);
		bot.expand(group);
		problems.setSelection(group.getItem(0));
		problems.notifyListeners(SWT.Selection, new Event());
		texts.menu("Problèmes > menu contextuel", problems.getMenu());
		texts.control("Problèmes", problems);
		// the outline's, of the dossier
		page.activate(dossier);
		IViewPart outline = page.showView(IPageLayout.ID_OUTLINE);
		bot.pump(500);
		for (Tree tree : Bot.findAll(partControl(outline), Tree.class, t -> t.getMenu() != null)) {
			texts.menu("structure > menu contextuel", tree.getMenu());
		}
		// the editor's tab
		page.activate(dossier);
		texts.menu("onglet d'éditeur > menu contextuel", tabMenu(dossier));

		// the plain text editor (Ouvrir avec > Éditeur de texte): its context menu, its ruler's
		IEditorPart text = IDE.openEditor(page, folder.getFile(Golden.RAD_RIS.fileName()), "fr.segurstudio.ui.jsonTextEditor", true);
		bot.pump(500);
		for (StyledText styled : Bot.findAll(partControl(text), StyledText.class, t -> t.getMenu() != null)) {
			texts.menu("éditeur de texte > menu contextuel", styled.getMenu());
		}
		for (Control ruler : Bot.findAll(partControl(text), Control.class, c -> !(c instanceof StyledText) && c.getMenu() != null)) {
			texts.menu("éditeur de texte > menu de la règle", ruler.getMenu());
		}
		texts.control("fenêtre, éditeur de texte actif", bot.mainShell());
		assertNoEnglish();
	}

	@Test
	void everyPreferencePageSpeaksFrenchAndOnlyThoseThatBelongAreThere() {
		List<String> pages = new ArrayList<>();
		bot.inDialog("Préférences", () -> bot.command("org.eclipse.ui.window.preferences"), dialog -> {
			Tree tree = Bot.findAll(dialog, Tree.class, t -> true).get(0);
			for (TreeItem item : all(tree)) {
				pages.add(item.getText());
				tree.setSelection(item);
				tree.notifyListeners(SWT.Selection, new Event());
				bot.pump(300);
				texts.control("Préférences > " + item.getText(), dialog);
			}
			((PreferenceDialog) dialog.getData()).close();
		});
		assertEquals(PREFERENCE_PAGES.stream().sorted().toList(), pages.stream().sorted().toList());
		assertNoEnglish();
	}

	@Test
	void thePlatformsDialogsSpeakFrench() throws Exception {
		IFile json = folder.getFile(Golden.MDV_LGC_LIBERAL.fileName());
		ITextEditor editor = (ITextEditor) IDE.openEditor(page, json, "fr.segurstudio.ui.jsonTextEditor", true);

		// the window active, the focus in the text: the key assist, opened as a user does (Ctrl+Shift+L), shows the
		// bindings active there
		bot.mainShell().forceActive();
		bot.waitFor("the window active", () -> bot.display().getActiveShell() == bot.mainShell());
		page.activate(editor);
		StyledText text = Bot.findAll(partControl(editor), StyledText.class, t -> true).get(0);
		text.setFocus();
		popup("l'aide des raccourcis", s -> !Bot.findAll(s, Table.class, t -> t.getItemCount() > 10).isEmpty(),
				() -> bot.keys(SWT.CTRL | SWT.SHIFT, 'l'));
		popup("l'accès rapide", s -> !Bot.findAll(s, Text.class, t -> true).isEmpty(), () -> bot.command("org.eclipse.ui.window.quickAccess"));
		popup("le changement d'éditeur", s -> s.getParent() == bot.mainShell() && !Bot.findAll(s, Table.class, t -> true).isEmpty(),
				() -> bot.command("org.eclipse.ui.window.openEditorDropDown"));

		dialog("Aller à la ligne", () -> bot.command("org.eclipse.ui.edit.text.goto.line"));
		text.setFocus();
		bot.commandWhenEnabled("org.eclipse.ui.edit.findReplace");
		bot.pump(500);
		Shell findReplace = Arrays.stream(bot.display().getShells()).filter(s -> s.isVisible() && "Rechercher/Remplacer".equals(s.getText()))
				.findFirst().orElse(null);
		texts.control("Rechercher/Remplacer", findReplace != null ? findReplace : partControl(editor).getShell());
		if (findReplace != null) {
			findReplace.close();
		}
		// the Save Resource prompt, then File Changed (the file changed on disk under unsaved edits)
		editor.getDocumentProvider().getDocument(editor.getEditorInput()).replace(0, 0, " ");
		dialog("Enregistrer la ressource", () -> page.closeEditor(editor, true));
		ITextEditor again = (ITextEditor) IDE.openEditor(page, json, "fr.segurstudio.ui.jsonTextEditor", true);
		again.getDocumentProvider().getDocument(again.getEditorInput()).replace(0, 0, " ");
		page.showView(IPageLayout.ID_PROJECT_EXPLORER);
		Files.writeString(json.getLocation().toFile().toPath(), Files.readString(json.getLocation().toFile().toPath()) + "\n");
		json.refreshLocal(0, null);
		dialog("Fichier modifié", () -> page.activate(again));
		page.closeEditor(again, false);

		// Properties of a file, the Problems view's filters and columns
		CommonNavigator explorer = (CommonNavigator) page.showView(IPageLayout.ID_PROJECT_EXPLORER);
		explorer.getCommonViewer().setSelection(new StructuredSelection(json), true);
		dialog("Propriétés de " + json.getName(), () -> bot.command("org.eclipse.ui.file.properties"));
		IMarker marker = bot.waitFor("a marker", () -> markerOf(folder.getFile(Golden.BIO_SGL.fileName())));
		page.showView(IPageLayout.ID_PROBLEM_VIEW);
		dialog("Filtres", () -> bot.command("org.eclipse.ui.ide.configureFilters"));
		dialog("Configurer les colonnes", () -> bot.command("org.eclipse.ui.ide.configureColumns"));
		assertTrue(marker.exists());

		// Show View > Other, an error shown by the platform, About, our wizard
		dialog("Afficher la vue", () -> bot.command("org.eclipse.ui.views.showView"));
		popup("une erreur", s -> !Bot.findAll(s, Button.class, b -> true).isEmpty(),
				() -> StatusManager.getManager().handle(new Status(IStatus.ERROR, "fr.segurstudio.ui", "Le dossier n'a pas pu être lu.",
						new IOException("disque plein")), StatusManager.SHOW | StatusManager.BLOCK));
		List<String> about = new ArrayList<>();
		dialog("À propos de Ségur Studio", () -> bot.command("fr.segurstudio.ui.about"), about);
		assertTrue(about.stream().anyMatch(t -> t.matches("(?s)Ségur Studio, version \\d+\\.\\d+\\.\\d+.*")), "the version: " + about);
		dialog("Nouveau dossier Ségur", () -> bot.command("fr.segurstudio.ui.dossier.newDossier"));
		assertNoEnglish();
	}

	@Test
	void whatAnIdeOffersButADossierWorkbenchDoesNotUseIsHidden() throws Exception {
		IActivityManager activities = PlatformUI.getWorkbench().getActivitySupport().getActivityManager();
		for (String command : List.of("org.eclipse.ui.project.buildAll", "org.eclipse.ui.project.buildProject", "org.eclipse.ui.project.cleanAction",
				"org.eclipse.ui.project.closeProject", "org.eclipse.ui.newWizard", "org.eclipse.ui.file.import", "org.eclipse.ui.file.export",
				"org.eclipse.e4.ui.importer.openDirectory", "org.eclipse.ui.edit.text.openLocalFile", "org.eclipse.ui.help.aboutAction",
				"org.eclipse.team.ui.applyPatch", "org.eclipse.compare.compareWithOther")) {
			assertFalse(activities.getIdentifier(command).isEnabled(), command + " hidden");
			assertTrue(bot.bindings(command).isEmpty(), command + " has no key binding: " + bot.bindings(command));
		}
		for (String kept : List.of("org.eclipse.ui.file.save", "org.eclipse.ui.edit.undo", "org.eclipse.ui.file.refresh", "org.eclipse.ui.edit.rename",
				"org.eclipse.ui.window.showKeyAssist", "fr.segurstudio.ui.openFolder", "fr.segurstudio.ui.dossier.newRequest")) {
			assertTrue(activities.getIdentifier(kept).isEnabled(), kept + " kept");
		}
		var workbench = PlatformUI.getWorkbench();
		for (IWizardDescriptor wizard : List.of(workbench.getNewWizardRegistry().findWizard("org.eclipse.ui.wizards.new.project"),
				workbench.getNewWizardRegistry().findWizard("org.eclipse.ui.wizards.new.file"),
				workbench.getImportWizardRegistry().findWizard("org.eclipse.ui.wizards.import.FileSystem"),
				workbench.getExportWizardRegistry().findWizard("org.eclipse.ui.wizards.export.ZipFile"))) {
			assertTrue(WorkbenchActivityHelper.filterItem(wizard), wizard.getId() + " hidden");
		}
		// the explorer's context menu on a folder: what a dossier folder needs, and nothing of the IDE's
		CommonNavigator explorer = (CommonNavigator) page.showView(IPageLayout.ID_PROJECT_EXPLORER);
		explorer.getCommonViewer().setSelection(new StructuredSelection(folder), true);
		bot.pump(200);
		List<String> items = WorkbenchUITest.items(explorer.getCommonViewer().getTree().getMenu());
		for (String item : List.of("Copier", "Supprimer", "Actualiser", "Valider les dossiers", "Retirer de l'explorateur", "Propriétés")) {
			assertTrue(items.contains(item), item + " in " + items);
		}
		// in either language, as a translation would not hide it
		for (String hidden : List.of("Nouveau", "New", "Entrer dans", "Go Into", "Importer", "Import", "Exporter", "Export", "Construire",
				"Build", "Team", "Compare", "Replace", "Restore from Local History", "Close Project", "Fermer le projet")) {
			assertTrue(items.stream().noneMatch(i -> i.startsWith(hidden)), hidden + " hidden from " + items);
		}
	}

	// sweeping

	private void assertNoEnglish() {
		List<String> english = texts.english();
		assertTrue(texts.seen().size() > 50, "texts seen: " + texts.seen().size());
		assertTrue(english.isEmpty(), english.size() + " English words seen:\n" + String.join("\n", english));
	}

	/** A modal dialog of this title: its texts (and its pages' when it has a tree of pages), then closed. */
	private void dialog(String title, Runnable opener) {
		dialog(title, opener, new ArrayList<>());
	}

	private void dialog(String title, Runnable opener, List<String> labels) {
		bot.inDialog(title, opener, shell -> {
			texts.control(title, shell);
			Bot.findAll(shell, Label.class, l -> true).forEach(l -> labels.add(l.getText()));
			for (Tree pages : Bot.findAll(shell, Tree.class, t -> shell.getData() instanceof PreferenceDialog)) {
				for (TreeItem item : all(pages)) {
					pages.setSelection(item);
					pages.notifyListeners(SWT.Selection, new Event());
					bot.pump(200);
					texts.control(title + " > " + item.getText(), shell);
				}
			}
			shell.close();
		});
	}

	/** A popup without a title (key assist, quick access...): its texts, then closed. */
	private void popup(String what, Predicate<Shell> which, Runnable opener) {
		bot.inDialog(what, which, opener, shell -> {
			bot.pump(300);
			texts.control(what, shell);
			shell.close();
		});
		// as a user's next key goes to the window: the closed popup must not stay the active shell a command looks at
		bot.mainShell().setActive();
		bot.pump(200);
	}

	/** A view's menu (the ▾ of its tab), shown as a click shows it, read, closed. */
	private void viewMenu(IViewPart view) {
		MPart part = view.getSite().getService(MPart.class);
		page.activate(view);
		bot.pump(200);
		Control control = partControl(view);
		while (!(control instanceof CTabFolder)) {
			control = control.getParent();
		}
		if (!(((CTabFolder) control).getTopRight() instanceof Composite topRight)
				|| Arrays.stream(topRight.getChildren()).noneMatch(c -> "ViewMenu".equals(c.getData()) && c.isVisible())) {
			return; // a view without a menu (the outline of an editor that contributes none)
		}
		boolean[] read = new boolean[1];
		Runnable[] poll = new Runnable[1];
		long end = System.currentTimeMillis() + Bot.TIMEOUT_MS;
		poll[0] = () -> {
			Menu menu = part.getMenus().stream().filter(m -> m.getTags().contains("ViewMenu")).map(m -> m.getWidget())
					.filter(w -> w instanceof Menu m && !m.isDisposed() && m.isVisible()).map(Menu.class::cast).findFirst().orElse(null);
			if (menu != null) {
				texts.menu(view.getTitle() + " > menu de la vue", menu);
				read[0] = true;
				menu.setVisible(false);
			} else if (System.currentTimeMillis() < end) {
				bot.display().timerExec(50, poll[0]);
			}
		};
		bot.display().timerExec(50, poll[0]);
		bot.command("org.eclipse.ui.window.showViewMenu");
		bot.waitFor("the menu of " + view.getTitle(), () -> read[0]);
	}

	/** The menu of an editor's tab, as a right click on the tab makes it. */
	private Menu tabMenu(IEditorPart editor) {
		Control control = partControl(editor);
		while (!(control instanceof CTabFolder)) {
			control = control.getParent();
		}
		CTabFolder tabs = (CTabFolder) control;
		Rectangle tab = tabs.getSelection().getBounds();
		Point at = tabs.toDisplay(tab.x + tab.width / 2, tab.y + tab.height / 2);
		Event event = new Event();
		event.x = at.x;
		event.y = at.y;
		tabs.notifyListeners(SWT.MenuDetect, event);
		Menu menu = (Menu) tabs.getShell().getData("shell_close_editors_menu");
		menu.setVisible(false);
		return menu;
	}

	private static Composite partControl(IWorkbenchPart part) {
		return (Composite) part.getSite().getService(MPart.class).getWidget();
	}

	private Tree problemsTree() throws Exception {
		MarkerSupportView view = (MarkerSupportView) page.showView(IPageLayout.ID_PROBLEM_VIEW);
		return Bot.findAll(partControl(view), Tree.class, t -> t.getColumnCount() > 3).get(0);
	}

	private static List<IResource> roots() {
		try {
			return DossierFolders.roots();
		} catch (CoreException e) {
			throw new AssertionError(e);
		}
	}

	private static IMarker markerOf(IFile file) {
		try {
			IMarker[] markers = file.findMarkers(ProblemMarkers.TYPE, false, 0);
			return markers.length == 0 ? null : markers[0];
		} catch (CoreException e) {
			return null;
		}
	}

	/** A tree's items, depth first, each expanded. */
	private List<TreeItem> all(Tree tree) {
		List<TreeItem> items = new ArrayList<>();
		for (TreeItem item : tree.getItems()) {
			addAll(item, items);
		}
		return items;
	}

	private void addAll(TreeItem item, List<TreeItem> items) {
		items.add(item);
		bot.expand(item);
		for (TreeItem child : item.getItems()) {
			addAll(child, items);
		}
	}
}
