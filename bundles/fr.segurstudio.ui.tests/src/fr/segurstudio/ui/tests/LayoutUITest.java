package fr.segurstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.ui.forms.widgets.Section;
import org.eclipse.ui.forms.editor.IFormPage;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import fr.segurstudio.forms.swt.FormHandle;
import fr.segurstudio.ui.bot.Bot;
import fr.segurstudio.ui.bot.Layouts;
import fr.segurstudio.ui.dossier.DossierEditor;
import fr.segurstudio.ui.dossier.pages.JsonPage;
import fr.segurstudio.ui.dossier.pages.OverviewPage;
import fr.segurstudio.ui.dossier.pages.RequestsPage;

/**
 * Room to see: a 200-request dossier in the window at 1280×800 (the default) and 1920×1080, each page of its editor
 * shot into {@code target/screenshots/} (and, with {@code -Dsegur.docs.images=DIR}, the 1280×800 ones into the docs'
 * images), and what can be asserted of it: the overview's figures wrap rather than being cut (« 200 en tout ·
 * BROUILLON 200… », the couloir's label); the request's form fits its pane — no sideways scrolling, each label and
 * button whole (wrapped where it is long); an empty field shows no « 999/999 » counter; the overview's sections
 * end above the page's bottom edge; the requests table has about half the page and its five columns in sight. What still ends beyond the
 * pane's right edge is printed (fixed-width fields of a table's row form in the default perspective at 1280×800).
 */
class LayoutUITest {

	private static final int[][] SIZES = { { 1280, 800 }, { 1920, 1080 } };

	@RegisterExtension
	final WorkbenchFixture workbench = new WorkbenchFixture();
	private final Bot bot = workbench.bot;

	@Test
	void eachPageFitsTheWindowAtBothSizes() throws Exception {
		Path dir = Files.createDirectories(workbench.temp().resolve("dossiers"));
		Path file = dir.resolve("labo-grand-est.segur");
		Files.writeString(file, SegurTexts.bio(200), StandardCharsets.UTF_8);
		workbench.golden("bio-sgl-durand.segur");
		Shell shell = bot.mainShell();
		Rectangle before = shell.getBounds();
		boolean maximized = shell.getMaximized();
		try {
			DossierEditor editor = workbench.open(file);
			for (int[] size : SIZES) {
				shell.setMaximized(false);
				shell.setBounds(0, 0, size[0], size[1]);
				bot.pump(300);
				String suffix = size[0] + "x" + size[1];

				editor.setActivePage(OverviewPage.ID);
				bot.pump(300);
				Composite overview = page(editor, OverviewPage.ID);
				Label requests = bot.waitFor("the overview's figures", () -> Bot.findAll(overview, Label.class, l -> l.getText().startsWith("200 en tout"))
						.stream().findFirst().orElse(null));
				assertTrue(requests.getText().contains("BROUILLON"), requests.getText());
				assertEquals(List.of(), Layouts.cut(overview, Layouts.visibleRight(overview)), "overview at " + suffix);
				// nothing below the page's bottom edge either: GTK's overlay scroll bars do not show that there is more
				int bottom = overview.getClientArea().height;
				for (Section section : Bot.findAll(overview, Section.class, x -> x.isVisible())) {
					Rectangle bounds = bot.display().map(section.getParent(), overview, section.getBounds());
					assertTrue(bounds.y + bounds.height <= bottom,
							"the section « " + section.getText() + " » ends at " + (bounds.y + bounds.height) + ", below the page's " + bottom + " at " + suffix);
				}
				shoot(shell, "vue-ensemble-" + suffix);

				editor.setActivePage(RequestsPage.ID);
				FormHandle form = bot.waitFor("the request's form", () -> editor.requestsPage().form());
				bot.pump(300);
				ScrolledForm scrolled = (ScrolledForm) form.control();
				assertFalse(scrolled.getHorizontalBar().isVisible(), "the form scrolls sideways at " + suffix);
				List<String> cut = Layouts.cut(scrolled.getBody(), Layouts.visibleRight(scrolled));
				// known: in the default perspective the form's pane at 1280x800 is about 270 pixels wide, and the fields of
				// a fixed width in a table's row form (an identifier and its counter, the operator code and its label)
				// still end beyond it; the labels and buttons must be whole
				List<String> beyond = cut.stream().filter(c -> c.contains(" ends at ")).toList();
				if (!beyond.isEmpty()) {
					System.err.println("LayoutUITest, beyond the form's right edge at " + suffix + ": " + beyond);
				}
				assertEquals(List.of(), cut.stream().filter(c -> !beyond.contains(c)).toList(), "the request's form at " + suffix);
				assertEquals(List.of(), Layouts.countersOfEmptyFields(scrolled), "counters of empty fields at " + suffix);
				// the table's five columns in sight, without scrolling it sideways
				Table table = editor.requestsPage().viewer().getTable();
				int right = 0;
				for (int index : table.getColumnOrder()) {
					TableColumn column = table.getColumn(index);
					assertTrue(column.getWidth() >= 40, column.getText() + " is " + column.getWidth() + " pixels wide at " + suffix);
					right += column.getWidth();
				}
				assertTrue(right <= table.getClientArea().width, "the columns end at " + right + ", the table shows " + table.getClientArea().width + " at " + suffix);
				assertEquals(List.of("N° éditeur", "Bénéficiaire", "Montant HT", "Statut", "Problèmes"), editor.requestsPage().visibleColumns());
				int[] weights = editor.requestsPage().sash().getWeights();
				int share = weights[0] * 100 / (weights[0] + weights[1]);
				assertTrue(share >= 45 && share <= 50, "the table's share of the page: " + share + " % at " + suffix);
				shoot(shell, "demandes-" + suffix);

				editor.setActivePage(JsonPage.ID);
				bot.pump(500);
				shoot(shell, "json-" + suffix);
				editor.showTextPage();
				bot.pump(1500);
				shoot(shell, "texte-" + suffix);
			}
		} finally {
			shell.setBounds(before);
			shell.setMaximized(maximized);
		}
	}

	private static Composite page(DossierEditor editor, String id) {
		IFormPage page = (IFormPage) editor.editor().findPage(id);
		return page.getManagedForm().getForm();
	}

	/** The window as the screen shows it, into target/screenshots (and the docs' images for the default size). */
	private void shoot(Shell shell, String name) throws IOException {
		bot.pump(200);
		List<Path> targets = new ArrayList<>(List.of(Path.of(System.getProperty("segur.screenshots", "target/screenshots"), name + ".png")));
		String docs = System.getProperty("segur.docs.images", "");
		if (!docs.isBlank() && name.endsWith("1280x800")) {
			targets.add(Path.of(docs, name.replace("-1280x800", "") + ".png"));
		}
		Rectangle bounds = shell.getBounds();
		Image image = new Image(shell.getDisplay(), bounds.width, bounds.height);
		GC gc = new GC(shell.getDisplay());
		try {
			gc.copyArea(image, bounds.x, bounds.y);
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			for (Path target : targets) {
				Files.createDirectories(target.toAbsolutePath().getParent());
				loader.save(target.toString(), SWT.IMAGE_PNG);
			}
		} finally {
			gc.dispose();
			image.dispose();
		}
	}
}
