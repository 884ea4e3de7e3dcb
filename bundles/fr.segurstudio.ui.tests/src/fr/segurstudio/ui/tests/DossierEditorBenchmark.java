package fr.segurstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.resources.IFile;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import fr.segurstudio.editing.DossierSessions;
import fr.segurstudio.testing.Golden;
import fr.segurstudio.testing.Services;
import fr.segurstudio.ui.OpenWork;
import fr.segurstudio.ui.bot.Bot;
import fr.segurstudio.ui.dossier.DossierEditor;
import fr.segurstudio.ui.dossier.pages.RequestsPage;
import fr.segurstudio.workspace.DossierFolders;

/**
 * The dossier editor's figures on 200-request dossiers, printed and written to {@code target/editor-bench.txt}
 * (a benchmark, not a timed test: run with {@code -Dsegur.editor.bench=true}): opening one in the running
 * workbench, the longest the UI thread is busy while the user types in a form field (validation runs off
 * it), and the heap held by 30 such dossiers open in tabs.
 */
@EnabledIfSystemProperty(named = "segur.editor.bench", matches = "true")
class DossierEditorBenchmark {

	private static final int REQUESTS = 200;
	private static final int DOSSIERS = 30;

	@RegisterExtension
	final WorkbenchFixture workbench = new WorkbenchFixture();
	private final Bot bot = workbench.bot;
	private final IWorkbenchWindow window = workbench.window;
	private final List<String> lines = new ArrayList<>();

	@Test
	void figures() throws Exception {
		Path dir = Files.createDirectories(workbench.temp().resolve("bench"));
		String text = dossierOf(REQUESTS);
		for (int i = 1; i <= DOSSIERS; i++) {
			Files.writeString(dir.resolve(String.format("dossier-%02d.segur", i)), text, StandardCharsets.UTF_8);
		}
		OpenWork.open(window, List.of(dir));
		bot.waitFor("the folder's files", () -> DossierFolders.find(dir.resolve("dossier-30.segur")) != null);

		List<Long> opens = new ArrayList<>();
		List<Long> forms = new ArrayList<>();
		List<Long> validations = new ArrayList<>();
		DossierEditor first = null;
		for (int i = 1; i <= DOSSIERS; i++) {
			IFile file = DossierFolders.find(dir.resolve(String.format("dossier-%02d.segur", i)));
			long start = System.nanoTime();
			DossierEditor editor = (DossierEditor) IDE.openEditor(window.getActivePage(), file, true);
			flush();
			opens.add(System.nanoTime() - start);
			long page = System.nanoTime();
			editor.setActivePage(RequestsPage.ID);
			flush();
			forms.add(System.nanoTime() - page);
			bot.waitFor("the validation of " + file.getName(), () -> !editor.isValidating());
			validations.add(System.nanoTime() - start);
			assertEquals(REQUESTS, editor.session().dossier().getDemandes().size());
			if (first == null) {
				first = editor;
			}
		}
		line("ouvrir un dossier de %d demandes (éditeur affiché sur la Vue d'ensemble) : premier %d ms, médiane des suivants %d ms", REQUESTS,
				ms(opens.get(0)), median(opens.subList(1, opens.size())));
		line("puis afficher la page Demandes (tableau et formulaire de la première demande) : premier %d ms, médiane des suivants %d ms",
				ms(forms.get(0)), median(forms.subList(1, forms.size())));
		line("de l'ouverture à la première validation affichée : premier %d ms, médiane des suivants %d ms", ms(validations.get(0)),
				median(validations.subList(1, validations.size())));
		heap();
		List<Long> sessions = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			long start = System.nanoTime();
			Services.get(DossierSessions.class).open(dir.resolve("dossier-01.segur"));
			sessions.add(System.nanoTime() - start);
		}
		line("dont la lecture du texte en modèle (DossierSessions.open, sans interface) : médiane %d ms", median(sessions));

		window.getActivePage().activate(first);
		Text field = (Text) bot.waitFor("the form's field", () -> {
			var renderer = window.getActivePage().getActiveEditor() instanceof DossierEditor e && e.requestsPage().form() != null
					? e.requestsPage().form().renderer("nomMandataire") : null;
			return renderer == null ? null : renderer.control();
		});
		field.setFocus();
		long longest = 0;
		List<Long> busy = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			post(SWT.KeyDown, (char) ('A' + i % 26));
			post(SWT.KeyUp, (char) ('A' + i % 26));
			long end = System.nanoTime() + 120_000_000L; // a fast typist's pace: 8 keys a second
			while (System.nanoTime() < end) {
				long start = System.nanoTime();
				boolean more = Display.getCurrent().readAndDispatch();
				long took = System.nanoTime() - start;
				busy.add(took);
				longest = Math.max(longest, took);
				if (!more) {
					Thread.sleep(2);
				}
			}
		}
		busy.sort(null);
		line("frappe dans un champ du formulaire (40 touches, validation en arrière-plan) : UI occupée au plus %d ms d'affilée (99e centile %d ms)",
				ms(longest), ms(busy.get((int) (busy.size() * 0.99))));
		Files.write(Path.of("target", "editor-bench.txt"), lines);
	}

	private void heap() {
		Runtime runtime = Runtime.getRuntime();
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		long used = (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024);
		line("%d dossiers de %d demandes ouverts : tas utilisé après GC %d Mo (tas maximal %d Mo)", DOSSIERS, REQUESTS, used,
				runtime.maxMemory() / (1024 * 1024));
	}

	private void post(int type, char character) {
		Event event = new Event();
		event.type = type;
		event.character = character;
		Display.getCurrent().post(event);
	}

	private void flush() {
		while (Display.getCurrent().readAndDispatch()) {
			// layouts and paints of the new editor
		}
	}

	private void line(String format, Object... args) {
		String line = String.format(Locale.ROOT, format, args);
		System.out.println("[editor-bench] " + line);
		lines.add(line);
	}

	private static long ms(long nanos) {
		return nanos / 1_000_000;
	}

	private static long median(List<Long> values) {
		List<Long> sorted = new ArrayList<>(values);
		sorted.sort(null);
		return ms(sorted.get(sorted.size() / 2));
	}

	/** The golden BIO dossier's request repeated: numbers, names and amounts of its own for each. */
	static String dossierOf(int requests) {
		String golden = Golden.all().stream().filter(g -> g.segurFileName().equals("bio-sgl-durand.segur")).findFirst().orElseThrow().segurText();
		int start = golden.indexOf("  demande \"00001\"");
		int end = golden.lastIndexOf('}');
		String head = golden.substring(0, start);
		String block = golden.substring(start, end);
		StringBuilder text = new StringBuilder(head);
		for (int i = 1; i <= requests; i++) {
			String numero = String.format("%05d", i);
			text.append(block.replace("\"00001\"", "\"" + numero + "\"").replace("BDC-00001", "BDC-" + numero)
					.replaceFirst("nomClient \"DURAND\"", "nomClient \"LABO " + i + "\"")
					.replace("27450.00", (12000 + i * 37) + ".00"));
		}
		return text.append("}\n").toString();
	}
}
