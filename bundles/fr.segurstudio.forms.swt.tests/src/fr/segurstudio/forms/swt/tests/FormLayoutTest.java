package fr.segurstudio.forms.swt.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Supplier;

import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.junit.jupiter.api.Test;

import fr.segurstudio.forms.swt.WidgetKeys;
import fr.segurstudio.model.core.Dossier;
import fr.segurstudio.ui.bot.Layouts;

/**
 * A form fits the width it is given — the Demandes page's form pane at 1280×800 and narrower or wider —: it scrolls up
 * and down only, its labels wrap rather than being cut, its fields shrink, its buttons stay whole; an empty field shows
 * no length counter.
 */
class FormLayoutTest {

	/** Narrower than the form pane at 1280×800, that pane, and the pane at 1920×1080. */
	private static final int[] WIDTHS = { 520, 760, 1150 };

	private static final List<Supplier<Dossier>> SEEDS = List.of(Ui.SEEDS::bioDurand, Ui.SEEDS::radRadio2000, Ui.SEEDS::mdvCentreDeSante,
			Ui.SEEDS::mdvCabinet);

	@Test
	void eachSeedFormFitsItsWidthWithNothingCut() {
		for (Supplier<Dossier> seed : SEEDS) {
			for (int width : WIDTHS) {
				try (Ui ui = Ui.open(seed.get(), width, 800)) {
					String where = ui.dossier.getCouloir() + " at " + width + " px: ";
					ScrolledForm scrolled = (ScrolledForm) ui.form.control();
					assertFalse(scrolled.getHorizontalBar().isVisible(), where + "the form scrolls sideways");
					List<String> cut = Layouts.cut(scrolled.getBody(), Layouts.visibleRight(scrolled));
					int texts = 0;
					for (Control control : Layouts.shown(scrolled.getBody())) {
						if (control instanceof Text && control.getData(WidgetKeys.KEY) != null) {
							texts++;
							assertTrue(control.getBounds().width >= 60, where + Layouts.describe(control) + " shrunk to " + control.getBounds().width);
						}
					}
					assertTrue(texts > 3, where + "the fields are shown");
					assertEquals(List.of(), cut, where + "cut");
				}
			}
		}
	}

	@Test
	void anEmptyFieldShowsNoCounterAndAFilledOneItsLength() {
		for (Supplier<Dossier> seed : SEEDS) {
			try (Ui ui = Ui.open(seed.get())) {
				checkCounters(ui);
			}
		}
		try (Ui ui = Ui.open(Ui.SEEDS.bioDurand())) {
			Label counter = (Label) ui.widget("nomMandataire.compteur");
			assertEquals("6/49", counter.getText());
			ui.type(ui.widget("nomMandataire"), "\b");
			assertEquals("", ((Text) ui.widget("nomMandataire")).getText());
			assertEquals("", counter.getText());
			ui.type(ui.widget("nomMandataire"), "ABC");
			assertEquals("3/49", counter.getText());
			ui.form.setInput(null);
			assertEquals("", counter.getText());
		}
	}

	/** Every counter says the length of its field's text, and nothing for an empty field. */
	private static void checkCounters(Ui ui) {
		int counters = 0;
		for (Control control : Layouts.shown(ui.shell)) {
			Object key = control.getData(WidgetKeys.KEY);
			if (key instanceof String k && k.endsWith(".compteur")) {
				counters++;
				Label counter = (Label) control;
				Text field = (Text) control.getParent().getChildren()[0];
				String text = field.getText();
				if (text.isEmpty()) {
					assertEquals("", counter.getText(), k);
				} else {
					assertTrue(counter.getText().startsWith(text.codePointCount(0, text.length()) + "/"), k + ": " + counter.getText());
				}
			}
		}
		assertTrue(counters > 0);
	}
}
