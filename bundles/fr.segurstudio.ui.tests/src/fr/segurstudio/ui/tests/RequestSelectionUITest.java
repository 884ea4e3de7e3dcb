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

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.ISources;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.eclipse.swt.graphics.Rectangle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import fr.segurstudio.dsl.editor.SegurTextEditor;
import fr.segurstudio.model.core.Demande;
import fr.segurstudio.ui.bot.Bot;
import fr.segurstudio.ui.dossier.DossierEditor;
import fr.segurstudio.ui.dossier.internal.RequestLabels;
import fr.segurstudio.ui.dossier.pages.RequestsPage;

/**
 * The selection is of requests, everywhere: on a 200-request dossier the bot sorts by each column with real clicks,
 * filters, undoes, reloads from disk and edits the text, and checks after each step that the row highlighted, the
 * form, its title and the selection the handlers read are the same request; then it deletes (the question names the
 * requests) or duplicates and checks <em>which</em> request went or was copied, and that one undo takes it back.
 */
class RequestSelectionUITest {

	private static final int REQUESTS = 200;
	private static final String DELETE = "fr.segurstudio.ui.dossier.deleteRequests";
	private static final String DUPLICATE = "fr.segurstudio.ui.dossier.duplicateRequest";

	@RegisterExtension
	final WorkbenchFixture workbench = new WorkbenchFixture();
	private final Bot bot = workbench.bot;

	@Test
	void sortThenDeleteRemovesTheRequestTheUserSees() throws Exception {
		DossierEditor editor = openLarge();
		Table table = table(editor);
		bot.select(table, "00046");
		assertShows(editor, "00046");
		// every column, twice (the second click reverses the order), as a user clicks the headers
		for (TableColumn column : List.of(table.getColumn(1), table.getColumn(2), table.getColumn(1), table.getColumn(3), table.getColumn(4),
				table.getColumn(2), table.getColumn(0), table.getColumn(0))) {
			bot.click(column);
			assertShows(editor, "00046");
		}
		bot.click(table.getColumn(1)); // by beneficiary
		assertShows(editor, "00046");
		String asked = delete(IDialogConstants.CANCEL_LABEL);
		assertTrue(asked.contains("00046"), asked);
		assertEquals(REQUESTS, requests(editor).size(), "cancelled: nothing deleted");
		delete("Supprimer");
		assertEquals(REQUESTS - 1, requests(editor).size());
		assertFalse(numbers(editor).contains("00046"), "00046 went");
		assertEquals(expectedNumbersWithout("00046"), numbers(editor), "and no other");
		bot.commandWhenEnabled("org.eclipse.ui.edit.undo");
		assertEquals(REQUESTS, requests(editor).size(), "one undo brings it back");
		assertTrue(numbers(editor).contains("00046"));
	}

	@Test
	void severalRequestsStaySelectedThroughSortsAndAreDeletedTogetherNamed() throws Exception {
		DossierEditor editor = openLarge();
		Table table = table(editor);
		bot.select(table, "00017", "00021", "00150");
		for (int column : new int[] { 2, 1, 3, 1 }) {
			bot.click(table.getColumn(column));
			assertEquals(List.of("00017", "00021", "00150"), highlighted(table).stream().sorted().toList());
			assertEquals(List.of("00017", "00021", "00150"), handlersSelection().stream().map(Demande::getNumeroEditeur).sorted().toList());
			assertEquals("3 demandes sélectionnées", title(editor));
		}
		String asked = delete("Supprimer");
		for (String numero : List.of("00017", "00021", "00150")) {
			assertTrue(asked.contains(numero), asked);
		}
		assertEquals(REQUESTS - 3, requests(editor).size());
		List<String> expected = new ArrayList<>(expectedNumbers());
		expected.removeAll(List.of("00017", "00021", "00150"));
		assertEquals(expected, numbers(editor));
	}

	@Test
	void filterThenDuplicateCopiesTheRequestsSelectedAsOneCommand() throws Exception {
		DossierEditor editor = openLarge();
		Table table = table(editor);
		bot.click(table.getColumn(2)); // by amount
		bot.select(table, "00046", "00048");
		bot.type((Text) bot.byKey(table.getParent(), "filtre.texte"), "0004");
		bot.waitFor("the filtered rows: 00004 and 00040 to 00049", () -> table.getItemCount() == 11);
		assertEquals(List.of("00046", "00048"), highlighted(table).stream().sorted().toList(), "the filter keeps what it still shows");
		bot.click(table.getColumn(1));
		assertEquals(List.of("00046", "00048"), highlighted(table).stream().sorted().toList());
		bot.command(DUPLICATE);
		assertEquals(REQUESTS + 2, requests(editor).size());
		Demande copyOf46 = requests(editor).get(46);
		Demande copyOf48 = requests(editor).get(49);
		assertEquals(List.of("00201", "00202"), List.of(copyOf46.getNumeroEditeur(), copyOf48.getNumeroEditeur()),
				"each copy right after its source, numbered in the dossier's order");
		assertEquals(SegurTexts.doctor(46, REQUESTS), beneficiary(copyOf46));
		assertEquals(SegurTexts.doctor(48, REQUESTS), beneficiary(copyOf48));
		assertEquals(List.of("00201", "00202"), handlersSelection().stream().map(Demande::getNumeroEditeur).sorted().toList(),
				"the copies are selected");
		bot.commandWhenEnabled("org.eclipse.ui.edit.undo");
		assertEquals(REQUESTS, requests(editor).size(), "one undo takes both copies back");
		assertEquals(expectedNumbers(), numbers(editor));
	}

	@Test
	void undoThenDeleteRemovesTheRequestTheUserSees() throws Exception {
		DossierEditor editor = openLarge();
		Table table = table(editor);
		bot.click(table.getColumn(2)); // by amount: changing one moves its row
		bot.select(table, "00046");
		Text amount = (Text) workbench.field(editor, "montantSegurHT");
		bot.type(amount, "99999.00");
		bot.waitFor("the amount in the model", () -> request(editor, "00046").getCommande().getMontantSegurHT().intValue() == 99999);
		bot.waitFor("the row moved, still highlighted", () -> List.of("00046").equals(highlighted(table)) && table.getSelectionIndex() == REQUESTS - 1);
		assertShows(editor, "00046");
		bot.commandWhenEnabled("org.eclipse.ui.edit.undo");
		bot.waitFor("the row back", () -> table.getSelectionIndex() != REQUESTS - 1);
		assertShows(editor, "00046");
		bot.commandWhenEnabled("org.eclipse.ui.edit.redo");
		assertShows(editor, "00046");
		bot.commandWhenEnabled("org.eclipse.ui.edit.undo");
		assertShows(editor, "00046");
		delete("Supprimer");
		assertEquals(expectedNumbersWithout("00046"), numbers(editor));
		bot.commandWhenEnabled("org.eclipse.ui.edit.undo"); // the deletion
		assertEquals(expectedNumbers(), numbers(editor), "00046 back");
		bot.select(table, "00112");
		assertShows(editor, "00112");
		delete("Supprimer");
		assertEquals(expectedNumbersWithout("00112"), numbers(editor));
	}

	@Test
	void aReloadFromDiskAndATextEditKeepTheSameRequestSelected() throws Exception {
		Path file = workbench.golden("bio-sgl-durand.segur").resolveSibling("large.segur");
		Files.writeString(file, SegurTexts.mdv(REQUESTS), StandardCharsets.UTF_8);
		DossierEditor editor = workbench.open(file);
		Table table = table(editor);
		bot.click(table.getColumn(1));
		bot.select(table, "00046");
		Demande before = request(editor, "00046");
		// another program changes the file: the editor, without edits, reads it again (new objects)
		Files.writeString(file, Files.readString(file).replace(SegurTexts.doctor(46, REQUESTS), "AAAA PREMIER"), StandardCharsets.UTF_8);
		editor.checkDisk();
		bot.waitFor("the model read again", () -> request(editor, "00046") != before);
		assertShows(editor, "00046");
		assertEquals(0, table.getSelectionIndex(), "sorted by beneficiary, renamed AAAA: the first row");
		assertTrue(title(editor).contains("AAAA PREMIER"), title(editor));
		// a text edit on the Texte page: the request keeps its place in the selection, the form shows the new value
		editor.showTextPage();
		bot.pump(300);
		SegurTextEditor text = editor.textPage().editor();
		text.setText(text.text().replace("AAAA PREMIER", "ZZZZ DERNIER"));
		editor.setActivePage(RequestsPage.ID);
		bot.waitFor("the text taken", () -> "ZZZZ DERNIER".equals(beneficiary(request(editor, "00046"))));
		assertShows(editor, "00046");
		assertEquals(REQUESTS - 1, table.getSelectionIndex(), "renamed ZZZZ: the last row");
		delete("Supprimer");
		assertEquals(expectedNumbersWithout("00046"), numbers(editor));
	}

	@Test
	void theOutlineAndTheTableSelectTheSameRequestsAndTheHandlersActOnTheActivePartsSelection() throws Exception {
		DossierEditor editor = openLarge();
		Table table = table(editor);
		bot.click(table.getColumn(1));
		IWorkbenchPage page = workbench.window.getActivePage();
		ContentOutline outline = (ContentOutline) page.showView(IPageLayout.ID_OUTLINE);
		bot.pump(200);
		Tree tree = bot.find((Composite) outline.getCurrentPage().getControl().getParent(), Tree.class, t -> true, "the outline's tree");
		bot.select(tree, "00046");
		bot.waitFor("the table following the outline", () -> List.of("00046").equals(highlighted(table)));
		assertShows(editor, "00046");
		page.activate(editor);
		bot.select(table, "00112");
		bot.waitFor("the outline following the table", () -> tree.getSelectionCount() == 1 && tree.getSelection()[0].getText().startsWith("00112"));
		// the Outline active: Delete acts on its selection, the same request
		page.activate(outline);
		bot.pump(100);
		assertEquals(List.of("00112"), handlersSelection().stream().map(Demande::getNumeroEditeur).toList());
		String asked = delete("Supprimer");
		assertTrue(asked.contains("00112"), asked);
		assertEquals(expectedNumbersWithout("00112"), numbers(editor));
	}

	@Test
	void theDeleteKeyAsksFirstAndTheStatusFilterKeepsWhatItShows() throws Exception {
		DossierEditor editor = openLarge();
		Table table = table(editor);
		bot.select(table, "00010");
		// as the user's click in the table does: the window active (openbox gives the keys to the active window only),
		// the editor the active part, the table the focus — and so the table's context, where Delete is Supprimer
		Shell main = bot.mainShell();
		main.forceActive();
		bot.waitFor("the workbench window active", () -> bot.display().getActiveShell() == main);
		workbench.window.getActivePage().activate(editor);
		table.setFocus();
		IContextService contexts = workbench.window.getService(IContextService.class);
		bot.waitFor("the Demandes table's context active", () -> contexts.getActiveContextIds().contains("fr.segurstudio.ui.dossier.requestsTable"));
		List<String> asked = new ArrayList<>();
		bot.inDialog("Supprimer des demandes", () -> bot.keys(0, SWT.DEL), dialog -> {
			asked.add(message(dialog));
			bot.click(bot.button(dialog, "Supprimer"));
		});
		assertTrue(asked.get(0).contains("00010"), asked.toString());
		assertEquals(expectedNumbersWithout("00010"), numbers(editor));
	}

	// ---- helpers

	private DossierEditor openLarge() throws Exception {
		Path file = workbench.golden("bio-sgl-durand.segur").resolveSibling("mdv-200.segur");
		Files.writeString(file, SegurTexts.mdv(REQUESTS), StandardCharsets.UTF_8);
		DossierEditor editor = workbench.open(file);
		bot.waitFor("the first validation", () -> !editor.isValidating());
		// as a user working through the table's columns makes room: the window maximized, the editor too (Ctrl+M)
		Shell shell = workbench.window.getShell();
		windowBounds = shell.getBounds();
		shell.setMaximized(true);
		IWorkbenchPage page = workbench.window.getActivePage();
		page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
		bot.pump(300);
		return editor;
	}

	private Rectangle windowBounds;

	@AfterEach
	void restoreTheWindow() {
		if (windowBounds != null) {
			workbench.window.getShell().setMaximized(false);
			workbench.window.getShell().setBounds(windowBounds);
			bot.pump(200);
		}
	}

	private static Table table(DossierEditor editor) {
		return editor.requestsPage().viewer().getTable();
	}

	/** The form, its title, the row highlighted and the handlers' selection all say this one request. */
	private void assertShows(DossierEditor editor, String numero) {
		Table table = table(editor);
		bot.pump(50);
		assertEquals(List.of(numero), highlighted(table), "the row highlighted");
		Demande shown = (Demande) editor.requestsPage().form().input();
		assertEquals(numero, shown.getNumeroEditeur(), "the form");
		assertTrue(title(editor).contains(numero), "the form's title: " + title(editor));
		assertEquals(List.of(shown), handlersSelection(), "the selection the handlers read");
	}

	/** The title above the request's form. */
	private String title(DossierEditor editor) {
		return ((Label) bot.byKey(table(editor).getShell(), "demande.titre")).getText();
	}

	/** What a handler reads: the current selection of the active part. */
	private List<Demande> handlersSelection() {
		Object selection = workbench.window.getService(IHandlerService.class).getCurrentState().getVariable(ISources.ACTIVE_CURRENT_SELECTION_NAME);
		List<Demande> requests = new ArrayList<>();
		if (selection instanceof IStructuredSelection structured) {
			structured.forEach(o -> requests.add((Demande) o));
		}
		return requests;
	}

	private static List<String> highlighted(Table table) {
		return Arrays.stream(table.getSelection()).map(item -> item.getText(0)).toList();
	}

	/** Runs Supprimer, answers the question with this button; returns the question. */
	private String delete(String answer) {
		List<String> asked = new ArrayList<>();
		bot.inDialog("Supprimer des demandes", () -> bot.command(DELETE), dialog -> {
			asked.add(message(dialog));
			bot.click(bot.button(dialog, Bot.plain(answer)));
		});
		return asked.get(0);
	}

	private static String message(Shell dialog) {
		return String.join("\n", Bot.findAll(dialog, Label.class, l -> !l.getText().isEmpty()).stream().map(Label::getText).toList());
	}

	private static List<Demande> requests(DossierEditor editor) {
		return editor.session().dossier().getDemandes();
	}

	private static Demande request(DossierEditor editor, String numero) {
		return requests(editor).stream().filter(d -> numero.equals(d.getNumeroEditeur())).findFirst().orElseThrow();
	}

	private static List<String> numbers(DossierEditor editor) {
		return requests(editor).stream().map(Demande::getNumeroEditeur).toList();
	}

	private static List<String> expectedNumbers() {
		List<String> numbers = new ArrayList<>();
		for (int i = 1; i <= REQUESTS; i++) {
			numbers.add(String.format("%05d", i));
		}
		return numbers;
	}

	private static List<String> expectedNumbersWithout(String numero) {
		List<String> numbers = new ArrayList<>(expectedNumbers());
		numbers.remove(numero);
		return numbers;
	}

	private static String beneficiary(Demande demande) {
		return RequestLabels.beneficiary(demande);
	}
}
