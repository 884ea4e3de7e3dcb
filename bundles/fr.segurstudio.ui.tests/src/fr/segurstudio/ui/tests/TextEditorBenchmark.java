package fr.segurstudio.ui.tests;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.SourceViewer;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import fr.segurstudio.dsl.editor.SegurTextEditor;
import fr.segurstudio.dsl.editor.internal.IssueAnnotation;
import fr.segurstudio.dsl.editor.internal.Reconciled;
import fr.segurstudio.dsl.editor.internal.SegurSourceViewerConfiguration;
import fr.segurstudio.ui.OpenWork;
import fr.segurstudio.ui.bot.Bot;
import fr.segurstudio.ui.bot.Screenshots;
import fr.segurstudio.ui.dossier.DossierEditor;
import fr.segurstudio.ui.dossier.pages.RequestsPage;
import fr.segurstudio.workspace.DossierFolders;

/**
 * Figures, not a timed test: {@code ./build.sh verify -pl ... -Dsegur.text.bench=true -Dtest=TextEditorBenchmark}
 * prints them (and writes {@code target/text-bench.txt}); {@code -Dsegur.text.shots=DIR} also saves screenshots
 * of the editor. In the real workbench, the text editor on a 200-request BIO-SGL dossier: from a keystroke (a
 * one-character change of the document, as typing makes it) to the annotations of the new text shown; from
 * Ctrl+Space to the completion list shown; in the dossier editor, from the Demandes tab after a text edit to
 * the form showing it.
 */
@EnabledIfSystemProperty(named = "segur.text.bench", matches = "true")
class TextEditorBenchmark {

	private static final int REQUESTS = 200;
	private static final int RUNS = 21;

	@RegisterExtension
	final WorkbenchFixture workbench = new WorkbenchFixture();
	private final Bot bot = workbench.bot;
	private final IWorkbenchWindow window = workbench.window;
	private final List<String> lines = new ArrayList<>();

	@Test
	void figures() throws Exception {
		String text = SegurTexts.bio(REQUESTS);
		Path dir = Files.createDirectories(workbench.temp().resolve("bench"));
		Files.writeString(dir.resolve("dossier-200.segur"), text, StandardCharsets.UTF_8);
		OpenWork.open(window, List.of(dir));
		IFolder linked = (IFolder) DossierFolders.roots().stream().filter(r -> r.getName().equals("bench")).findFirst().orElseThrow();
		IFile file = linked.getFile("dossier-200.segur");
		bot.waitFor("the file", file::exists);
		window.getActivePage().showView(IPageLayout.ID_OUTLINE);
		SegurTextEditor editor = (SegurTextEditor) IDE.openEditor(window.getActivePage(), file, SegurTextEditor.ID);
		bot.waitFor("the first reconcile", 60_000, () -> editor.lastReconciled() != null);
		lines.add(String.format("Éditeur de texte, %d demandes BIO-SGL, %d lignes, %d Ko, %d remarques", REQUESTS, text.lines().count(),
				text.length() / 1024, editor.lastReconciled().issues().size()));

		IDocument document = editor.viewer().getDocument();
		int value = SegurTexts.after(text, "nomClient \"", 2 * 150) + 1; // the second letter of a name in request 150
		List<Long> annotations = new ArrayList<>();
		List<Long> parses = new ArrayList<>();
		List<Long> rules = new ArrayList<>();
		List<Long> views = new ArrayList<>();
		int inPlace = 0;
		long[] shownAt = { 0 };
		editor.addReconcileListener(result -> shownAt[0] = System.nanoTime()); // told once the result's annotations are in place
		for (int i = 0; i < RUNS + 5; i++) {
			boolean broken = i % 2 == 0;
			long start = System.nanoTime();
			document.replace(value, 1, broken ? "u" : "U");
			bot.waitFor("the annotations of the new text", 10_000, () -> hasError(editor, value) == broken
					&& editor.lastReconciled().stamp() == stamp(document));
			if (i >= 5) {
				annotations.add(shownAt[0] - start);
				Reconciled.Timings timings = editor.lastReconciled().timings();
				parses.add(timings.parse());
				rules.add(timings.rules());
				views.add(timings.views());
				inPlace += timings.inPlace() ? 1 : 0;
			}
		}
		row("frappe → annotations à jour (objectif 300 ms ; pause de " + SegurSourceViewerConfiguration.RECONCILE_DELAY_MS + " ms comprise)",
				annotations);
		row("  dont analyse du texte (" + inPlace + "/" + parses.size() + " sur place, la partie modifiée seule)", parses);
		row("  dont lecture du modèle + règles du validateur", rules);
		row("  dont couleurs sémantiques + plan", views);

		int operator = SegurTexts.after(text, "operateurMessagerie ", REQUESTS);
		document.replace(operator, "MAI_15".length(), "");
		bot.waitFor("reconciled", 10_000, () -> editor.lastReconciled().stamp() == stamp(document));
		editor.selectAndReveal(operator, 0);
		editor.viewer().getTextWidget().setFocus();
		List<Long> popup = new ArrayList<>();
		for (int i = 0; i < RUNS + 5; i++) {
			long start = System.nanoTime();
			((SourceViewer) editor.viewer()).doOperation(ISourceViewer.CONTENTASSIST_PROPOSALS);
			Table table = bot.waitFor("the completion list", 10_000, 1, () -> workbench.proposalTable());
			long elapsed = System.nanoTime() - start;
			if (i >= 5) {
				popup.add(elapsed);
			}
			if (i == RUNS + 4) {
				lines.add("  (" + table.getItemCount() + " propositions : les 355 codes opérateurs)");
				shot("texte-completion.png");
			}
			table.getShell().close(); // as Esc: the list goes
			bot.waitFor("the list closed", () -> workbench.proposalTable() == null);
		}
		row("Ctrl+Espace → liste affichée, 355 opérateurs, demande 200 (objectif 50 ms)", popup);

		List<Long> parsing = new ArrayList<>();
		for (int i = 0; i < RUNS + 5; i++) {
			document.replace(operator, 0, " ");
			document.replace(operator, 1, "");
			long start = System.nanoTime();
			((SourceViewer) editor.viewer()).doOperation(ISourceViewer.CONTENTASSIST_PROPOSALS);
			Table table = bot.waitFor("the completion list", 10_000, 1, () -> workbench.proposalTable());
			long elapsed = System.nanoTime() - start;
			if (i >= 5) {
				parsing.add(elapsed);
			}
			table.getShell().close(); // as Esc: the list goes
			bot.waitFor("the list closed", () -> workbench.proposalTable() == null);
		}
		row("  la même, tapée avant la fin du contrôle (texte analysé à la demande)", parsing);

		document.replace(value, 1, "u");
		bot.waitFor("the error shown", 10_000, () -> hasError(editor, value));
		editor.selectAndReveal(value, 0);
		bot.pump(500);
		shot("texte-erreur.png");
		document.replace(value, 1, "U");
		editor.doRevertToSaved();
		window.getActivePage().closeAllEditors(false);
		textPageOfTheDossierEditor(file, text);

		lines.forEach(System.out::println);
		Files.write(Path.of("target", "text-bench.txt"), lines);
	}

	/**
	 * The same file in the dossier editor: from the click on the Demandes tab after a text edit (reconciled, as
	 * when the user paused) to the form showing the edited value; then the Texte page's screenshot with an
	 * error and the completion list open.
	 */
	private void textPageOfTheDossierEditor(IFile file, String text) throws Exception {
		DossierEditor dossier = (DossierEditor) IDE.openEditor(window.getActivePage(), file, DossierEditor.ID);
		dossier.setActivePage(RequestsPage.ID);
		bot.waitFor("the form", () -> mandataire(dossier) != null);
		int name = SegurTexts.after(text, "nomMandataire \"", 1) + 1; // its second letter, in request 1
		List<Long> switches = new ArrayList<>();
		for (int i = 0; i < RUNS + 5; i++) {
			dossier.showTextPage();
			SegurTextEditor page = dossier.textPage().editor();
			IDocument document = page.viewer().getDocument();
			String letter = String.valueOf((char) ('A' + i % 26));
			document.replace(name, 1, letter);
			bot.waitFor("the text reconciled", 10_000, () -> page.lastReconciled() != null && page.lastReconciled().stamp() == stamp(document));
			String expected = "D" + letter + "RAND";
			long start = System.nanoTime();
			dossier.setActivePage(RequestsPage.ID);
			bot.waitFor("the form showing the edit", 10_000, 1, () -> mandataire(dossier) != null && expected.equals(mandataire(dossier).getText()));
			long elapsed = System.nanoTime() - start;
			if (i >= 5) {
				switches.add(elapsed);
			}
		}
		row("page Texte → page Demandes après une modification (objectif 200 ms)", switches);

		dossier.showTextPage();
		SegurTextEditor page = dossier.textPage().editor();
		IDocument document = page.viewer().getDocument();
		int operator = SegurTexts.after(document.get(), "operateurMessagerie ", 2); // an operator code being typed
		document.replace(operator, "MAI_15".length(), "M");
		bot.waitFor("the error shown", 10_000, () -> page.lastReconciled().stamp() == stamp(document) && hasError(page, "operateur.inconnu", operator));
		page.selectAndReveal(operator + 1, 0);
		page.viewer().getTextWidget().setFocus();
		((SourceViewer) page.viewer()).doOperation(ISourceViewer.CONTENTASSIST_PROPOSALS);
		bot.waitFor("the completion list", () -> workbench.proposalTable());
		bot.waitFor("the error in the Problems view", () -> Problems.marker(file, "operateur.inconnu") != null);
		bot.pump(1500); // the Problems view refreshes after its own delay
		shot("page-texte.png");
		workbench.proposalTable().getShell().close();
		window.getActivePage().closeAllEditors(false);
	}

	private static Text mandataire(DossierEditor dossier) {
		var form = dossier.requestsPage().form();
		var renderer = form == null ? null : form.renderer("nomMandataire");
		return renderer != null && renderer.isShown() ? (Text) renderer.control() : null;
	}

	private static long stamp(IDocument document) {
		return ((IDocumentExtension4) document).getModificationStamp();
	}

	private static boolean hasError(SegurTextEditor editor, int offset) {
		return hasError(editor, "champ.majuscules", offset);
	}

	private static boolean hasError(SegurTextEditor editor, String code, int offset) {
		var model = editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
		boolean[] found = { false };
		model.getAnnotationIterator().forEachRemaining(a -> {
			if (a instanceof IssueAnnotation issue && code.equals(issue.issue().code())) {
				var p = model.getPosition(a);
				found[0] |= p != null && p.includes(offset);
			}
		});
		return found[0];
	}

	private void row(String label, List<Long> nanos) {
		long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
		double median = sorted[sorted.length / 2] / 1e6;
		double p95 = sorted[(int) Math.min(sorted.length - 1, Math.round(sorted.length * 0.95))] / 1e6;
		lines.add(String.format("%-78s médiane %6.1f ms, p95 %6.1f ms (%d mesures)", label, median, p95, sorted.length));
		System.out.println(lines.get(lines.size() - 1) + " " + Arrays.toString(Arrays.stream(sorted).map(n -> n / 1_000_000).toArray()));
	}

	private void shot(String name) {
		String dir = System.getProperty("segur.text.shots", "");
		if (!dir.isEmpty()) {
			bot.pump(300);
			Screenshots.save(bot.display(), Path.of(dir).resolve(name));
		}
	}
}
