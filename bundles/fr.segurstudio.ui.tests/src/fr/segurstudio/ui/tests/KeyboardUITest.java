package fr.segurstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.jface.bindings.Binding;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.jface.bindings.keys.KeyStroke;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import fr.segurstudio.forms.swt.WidgetKeys;
import fr.segurstudio.model.core.Demande;
import fr.segurstudio.ui.bot.Bot;
import fr.segurstudio.ui.dossier.DossierEditor;
import fr.segurstudio.ui.dossier.internal.RequestLabels;
import fr.segurstudio.ui.dossier.pages.JsonPage;

/**
 * The whole flow without a mouse, with real keys ({@code Display.post}): a new request (Ctrl+Alt+N), Enter into its
 * form, Tab to the amount, typed, Escape back to the table on the same request, Alt+↑ / Alt+↓ through the requests
 * from the form, Alt+Page↓ / Alt+Page↑ through the editor's pages, Ctrl+S; then the file read again says which
 * request changed — the new one, and no other. And the keys still act after a dialog was closed (the export
 * wizard, Preferences, a confirmation): End, BackSpace, Ctrl+Z, Ctrl+S in a form field.
 */
class KeyboardUITest {

	private static final String NEXT = "fr.segurstudio.ui.dossier.nextRequest";
	private static final String PREVIOUS = "fr.segurstudio.ui.dossier.previousRequest";
	private static final String NEXT_PAGE = "fr.segurstudio.ui.dossier.nextPage";
	private static final String PREVIOUS_PAGE = "fr.segurstudio.ui.dossier.previousPage";
	private static final String AMOUNT = "montantSegurHT";

	@RegisterExtension
	final WorkbenchFixture workbench = new WorkbenchFixture();
	private final Bot bot = workbench.bot;
	/** The last keys the display handed to a widget, and which (said when a key did not act). */
	private final List<String> seen = new ArrayList<>();
	private final Listener recorder = e -> {
		seen.add(e.widget + (e.character != 0 ? " '" + (int) e.character + "'" : " keyCode " + e.keyCode) + " focus " + bot.display().getFocusControl());
		if (seen.size() > 12) {
			seen.remove(0);
		}
	};

	@BeforeEach
	void record() {
		bot.display().addFilter(SWT.KeyDown, recorder);
	}

	@AfterEach
	void stopRecording() {
		bot.display().removeFilter(SWT.KeyDown, recorder);
	}

	/** Waits for what a key should have done, saying where the keys went when it did not come. */
	private <T> T acted(String what, Supplier<T> condition) {
		try {
			return bot.waitFor(what, 5000, condition);
		} catch (AssertionError e) {
			throw new AssertionError(what + " did not come; keys seen: " + seen, e);
		}
	}

	@Test
	void aNewRequestIsCreatedFilledAndSavedWithKeysOnly() throws Exception {
		Path file = bio(5);
		DossierEditor editor = workbench.open(file);
		Map<String, BigDecimal> before = amounts(editor);
		Table table = table(editor);
		bot.mainShell().forceActive(); // the keys go to the window, as the user's do
		bot.pump(200);
		table.setFocus(); // where a click on the table leaves the focus; keys only from here
		bot.waitFor("the table focused", () -> table.isFocusControl() ? table : null);

		bot.keys(SWT.CTRL | SWT.ALT, 'n'); // Nouvelle demande
		bot.waitFor("request 00006 selected", () -> selected(editor).equals(List.of("00006")) ? editor : null);
		bot.pump(300);
		assertEquals(table, bot.display().getFocusControl(), "the focus after Nouvelle demande");

		bot.keys(0, SWT.CR); // into the form
		Control first = acted("a field of the form focused", () -> inForm(editor));
		assertTrue(editor.requestsPage().formTitle().startsWith("Demande 00006"), editor.requestsPage().formTitle());
		// Tab goes through the form's fields, in order, to the amount
		Control amount = workbench.field(editor, AMOUNT);
		int tabs = 0;
		while (bot.display().getFocusControl() != amount && tabs < 80) {
			bot.keys(0, SWT.TAB);
			tabs++;
			assertNotNull(inForm(editor), "Tab left the form after " + tabs + " fields: " + bot.display().getFocusControl());
		}
		assertEquals(amount, bot.display().getFocusControl(), "Tab reaches the amount from " + first.getData(WidgetKeys.PATH));
		bot.typeAtPace("1234,50", 40);

		bot.keys(0, SWT.ESC); // back to the table, on the same request
		bot.waitFor("the table focused", () -> table.isFocusControl() ? table : null);
		assertEquals(List.of("00006"), selected(editor));
		assertEquals(0, new BigDecimal("1234.50").compareTo(RequestLabels.amount(request(editor, "00006"))), "the amount committed on Escape");

		// from the form, Alt+Up and Alt+Down go through the requests, the focus staying in the same field
		bot.keys(0, SWT.CR);
		bot.waitFor("a field of the form focused", () -> inForm(editor));
		amount.setFocus();
		bot.keys(SWT.ALT, SWT.ARROW_UP);
		bot.waitFor("00005 shown", () -> selected(editor).equals(List.of("00005")) ? editor : null);
		assertTrue(editor.requestsPage().formTitle().startsWith("Demande 00005"), editor.requestsPage().formTitle());
		assertEquals(amount, bot.display().getFocusControl(), "the focus stays in the amount");
		bot.keys(SWT.ALT, SWT.ARROW_DOWN);
		bot.waitFor("00006 shown", () -> selected(editor).equals(List.of("00006")) ? editor : null);
		assertEquals(amount, bot.display().getFocusControl());
		bot.keys(0, SWT.ESC);
		bot.waitFor("the table focused", () -> table.isFocusControl() ? table : null);

		// the editor's pages
		bot.keys(SWT.ALT, SWT.PAGE_DOWN);
		bot.waitFor("the next page", () -> editor.getActivePageInstance() != editor.requestsPage() ? editor : null);
		assertEquals(JsonPage.ID, editor.getActivePageInstance().getId());
		bot.keys(SWT.ALT, SWT.PAGE_UP);
		bot.waitFor("back to Demandes", () -> editor.getActivePageInstance() == editor.requestsPage() ? editor : null);

		bot.keys(SWT.CTRL, 's');
		bot.waitFor("saved", () -> editor.isDirty() ? null : editor);

		workbench.window.getActivePage().closeEditor(editor, false);
		DossierEditor reopened = workbench.open(file);
		Map<String, BigDecimal> after = amounts(reopened);
		assertEquals(0, new BigDecimal("1234.50").compareTo(after.remove("00006")), "the new request's amount, saved");
		assertEquals(before, after, "no other request changed");
	}

	@Test
	void theKeysAreListedInTheKeyAssistWithoutClash() throws Exception {
		DossierEditor editor = workbench.open(bio(3));
		bot.pump(200);
		IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
		for (Object[] expected : new Object[][] { { NEXT, SWT.ALT, SWT.ARROW_DOWN }, { PREVIOUS, SWT.ALT, SWT.ARROW_UP } }) {
			KeySequence keys = KeySequence.getInstance(KeyStroke.getInstance((Integer) expected[1], (Integer) expected[2]));
			Binding binding = bindings.getPerfectMatch(keys);
			assertNotNull(binding, keys + " bound on the Demandes page");
			assertEquals(expected[0], binding.getParameterizedCommand().getId(), keys.format());
			assertFalse(bindings.isPartialMatch(keys));
		}
		for (Object[] expected : new Object[][] { { NEXT_PAGE, SWT.ALT, SWT.PAGE_DOWN }, { PREVIOUS_PAGE, SWT.ALT, SWT.PAGE_UP } }) {
			KeySequence keys = KeySequence.getInstance(KeyStroke.getInstance((Integer) expected[1], (Integer) expected[2]));
			Binding binding = bindings.getPerfectMatch(keys);
			assertNotNull(binding, keys + " bound in the dossier editor");
			assertEquals(expected[0], binding.getParameterizedCommand().getId(), keys.format());
		}
		// on the Texte page, Alt+Up and Alt+Down are the text's own again (move lines)
		editor.showTextPage();
		bot.pump(500);
		Binding onText = bindings.getPerfectMatch(KeySequence.getInstance(KeyStroke.getInstance(SWT.ALT, SWT.ARROW_DOWN)));
		assertTrue(onText == null || !onText.getParameterizedCommand().getId().equals(NEXT), "Alt+Down on the Texte page: " + onText);
	}

	@Test
	void keysActAfterEachDialogIsClosed() throws Exception {
		Path file = bio(3);
		DossierEditor editor = workbench.open(file);
		bot.select(table(editor), "00002");
		Text amount = (Text) workbench.field(editor, AMOUNT);
		bot.mainShell().forceActive(); // the keys go to the window, as the user's do; after each dialog, not again
		bot.pump(200);
		for (Dialog dialog : Dialog.values()) {
			String typed = "10" + dialog.ordinal() + ",25";
			amount.setFocus();
			bot.type(amount, typed);
			bot.waitFor("the value typed", () -> amount.getText().equals(typed) ? amount : null);
			dialog.openAndClose(bot);
			bot.waitFor("the window active again after " + dialog, () -> bot.display().getActiveShell() == bot.mainShell() ? amount : null);
			bot.waitFor("the focus back in the amount after " + dialog, () -> bot.display().getFocusControl() == amount ? amount : null);
			String shown = amount.getText(); // in its canonical form since the field was left: 100.25
			String shortened = shown.substring(0, shown.length() - 1);

			bot.keys(0, SWT.END);
			bot.keys(0, SWT.BS);
			acted("BackSpace after " + dialog + " deleted the last character", () -> amount.getText().equals(shortened) ? amount : null);
			bot.keys(SWT.CTRL, 'z');
			bot.waitFor("Ctrl+Z after " + dialog + " undid", () -> !amount.getText().equals(shortened) ? amount : null);
			// a change of the value (undone back to 27450.00, a BackSpace would leave the same amount): a 1 before it
			amount.setFocus();
			bot.keys(0, SWT.HOME);
			bot.keys(0, '1');
			bot.waitFor("the editor dirty", () -> editor.isDirty() ? editor : null);
			String before = Files.readString(file, StandardCharsets.UTF_8);
			bot.keys(SWT.CTRL, 's');
			bot.waitFor("Ctrl+S after " + dialog + " saved", () -> editor.isDirty() ? null : editor);
			assertNotEquals(before, Files.readString(file, StandardCharsets.UTF_8), "the file written by Ctrl+S after " + dialog);
		}
	}

	/** The dialogs after which the keys must still act: each opened as a user does and closed. */
	private enum Dialog {
		EXPORT_WIZARD {
			@Override
			void openAndClose(Bot bot) {
				bot.inDialog("Exporter le dépôt", () -> bot.command("fr.segurstudio.ui.dossier.export"),
						shell -> bot.click(bot.button(shell, IDialogConstants.CANCEL_LABEL)));
			}
		},
		PREFERENCES {
			@Override
			void openAndClose(Bot bot) {
				bot.inDialog("Préférences", () -> bot.command("org.eclipse.ui.window.preferences"),
						shell -> bot.click(bot.button(shell, IDialogConstants.CANCEL_LABEL)));
			}
		},
		CONFIRMATION {
			@Override
			void openAndClose(Bot bot) {
				bot.inDialog("Supprimer des demandes", () -> bot.command("fr.segurstudio.ui.dossier.deleteRequests"),
						shell -> bot.click(bot.button(shell, IDialogConstants.CANCEL_LABEL)));
			}
		};

		abstract void openAndClose(Bot bot);
	}

	private Path bio(int requests) throws Exception {
		return workbench.bio("clavier-" + requests + ".segur", requests);
	}

	private Table table(DossierEditor editor) {
		return workbench.requestsTable(editor);
	}

	/** The focused control when it is in the request's form, else null. */
	private Control inForm(DossierEditor editor) {
		Control focus = bot.display().getFocusControl();
		Control form = editor.requestsPage().form() == null ? null : editor.requestsPage().form().control();
		for (Control c = focus; c != null && form != null; c = c.getParent()) {
			if (c == form) {
				return focus;
			}
		}
		return null;
	}

	private static List<String> selected(DossierEditor editor) {
		return editor.requestsPage().selected().stream().map(Demande::getNumeroEditeur).toList();
	}

	private static Demande request(DossierEditor editor, String numero) {
		return editor.session().dossier().getDemandes().stream().filter(d -> numero.equals(d.getNumeroEditeur())).findFirst().orElseThrow();
	}

	private static Map<String, BigDecimal> amounts(DossierEditor editor) {
		Map<String, BigDecimal> amounts = new LinkedHashMap<>();
		for (Demande demande : editor.session().dossier().getDemandes()) {
			amounts.put(demande.getNumeroEditeur(), RequestLabels.amount(demande));
		}
		return amounts;
	}
}
