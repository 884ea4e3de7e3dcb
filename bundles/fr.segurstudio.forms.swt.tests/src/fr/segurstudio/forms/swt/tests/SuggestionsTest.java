package fr.segurstudio.forms.swt.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;

import fr.segurstudio.couloir.bio.ScenarioBio;
import fr.segurstudio.forms.swt.renderers.ChoiceRenderer;
import fr.segurstudio.forms.swt.renderers.CodeRenderer;
import fr.segurstudio.model.core.RegimeTVA;

/**
 * Suggestions as one types, where a value comes from a list: the list opens by itself after a few letters (no
 * Ctrl+Space), shows the choices whose code or label holds them, and the one selected is taken — in a code field
 * (the operators), on an enumeration's combo (regimeTVA), on a piece type's combo.
 */
class SuggestionsTest {

	@Test
	void typingAnOperatorsNameOpensItsCodeAndEnterTakesIt() {
		try (Ui ui = Ui.open(Ui.SEEDS.bioDurand())) {
			CodeRenderer operateur = ui.renderer("operateurMessagerie");
			ui.type(operateur.control(), "mailiz");
			List<String> shown = waitForProposals(ui);
			assertTrue(shown.stream().anyMatch(p -> p.startsWith("MAI_15")), shown::toString);
			choose(ui);
			ui.waitUntil(() -> "MAI_15".equals(((Text) operateur.control()).getText()), "MAI_15 in the field");
			ui.pause();
			assertEquals("MAI_15", ((ScenarioBio) ui.demande().getScenarioInstallation()).getOperateurMessagerie());
			assertEquals("MAILIZ", operateur.meaning());
		}
	}

	@Test
	void typingOnAnEnumerationsComboProposesItsChoices() {
		try (Ui ui = Ui.open(Ui.SEEDS.bioDurand())) {
			ChoiceRenderer regime = ui.renderer("regimeTVA");
			assertEquals("TTC", regime.shown());
			ui.type(regime.control(), "h");
			assertEquals("h", regime.typed());
			List<String> shown = waitForProposals(ui);
			assertEquals(List.of("HT"), shown.stream().map(p -> p.split(" ")[0]).toList(), shown::toString);
			choose(ui);
			ui.waitUntil(() -> "HT".equals(regime.shown()), "HT chosen");
			assertEquals(RegimeTVA.HT, ui.demande().getCommande().getRegimeTVA());
			assertEquals("", regime.typed());
			ui.stack().undo();
			ui.flush();
			assertEquals("TTC", regime.shown(), "one command, undone");
		}
	}

	@Test
	void pieceTypesAreFoundByCodeOrLabel() {
		try (Ui ui = Ui.open(Ui.SEEDS.bioDurand())) {
			ChoiceRenderer type = ui.renderer("typeFichier");
			List<String> all = type.proposals("");
			assertTrue(all.size() > 1, all::toString);
			for (String code : all) {
				assertTrue(type.proposals(code.toLowerCase()).contains(code), code);
			}
			assertTrue(type.proposals("zzzz").isEmpty());
		}
	}

	/**
	 * Takes the proposal selected (the first), as Enter or a double-click on it does: the list's default selection. A
	 * Return posted through XTEST while the list shows does not reach the field under Xvfb (the text page's test
	 * chooses the same way).
	 */
	private static void choose(Ui ui) {
		for (Shell shell : ui.display.getShells()) {
			if (shell != ui.shell && shell.isVisible()) {
				List<Table> tables = new ArrayList<>();
				find(shell, tables);
				for (Table table : tables) {
					assertEquals(0, table.getSelectionIndex(), "the first proposal selected");
					Event event = new Event();
					event.item = table.getItem(0);
					table.notifyListeners(SWT.DefaultSelection, event);
				}
			}
		}
		ui.flush();
	}

	private static void find(Control control, List<Table> tables) {
		if (control instanceof Table table) {
			tables.add(table);
		} else if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				find(child, tables);
			}
		}
	}

	/** The items of the proposal list once it is open (a popup shell with a table). */
	private static List<String> waitForProposals(Ui ui) {
		List<String> items = new ArrayList<>();
		ui.waitUntil(() -> {
			items.clear();
			for (Shell shell : ui.display.getShells()) {
				if (shell != ui.shell && shell.isVisible()) {
					collect(shell, items);
				}
			}
			return !items.isEmpty();
		}, "a list of proposals open");
		return items;
	}

	private static void collect(Control control, List<String> items) {
		if (control instanceof Table table) {
			for (TableItem item : table.getItems()) {
				items.add(item.getText());
			}
		} else if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collect(child, items);
			}
		}
	}
}
