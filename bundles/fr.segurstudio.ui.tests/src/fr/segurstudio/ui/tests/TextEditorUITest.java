package fr.segurstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IMarker;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.projection.ProjectionAnnotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotationModel;
import org.eclipse.jface.text.source.projection.ProjectionViewer;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import fr.segurstudio.dsl.editor.SegurTextEditor;
import fr.segurstudio.dsl.editor.internal.DossierCheck;
import fr.segurstudio.dsl.editor.internal.IssueAnnotation;
import fr.segurstudio.dsl.editor.internal.Reconciled;
import fr.segurstudio.dsl.editor.internal.SegurReconcilingStrategy;
import fr.segurstudio.dsl.editor.internal.SegurOutlinePage;
import fr.segurstudio.dsl.ide.highlighting.SegurHighlighting;
import fr.segurstudio.dsl.ide.outline.SegurOutline;
import fr.segurstudio.model.issue.Issue;
import fr.segurstudio.testing.Golden;
import fr.segurstudio.ui.OpenWork;
import fr.segurstudio.ui.bot.Bot;
import fr.segurstudio.workspace.DossierFolders;

/**
 * The .segur text editor in the real workbench, driven by real key strokes: completion inserts a field at
 * the cursor; a bad value gets an error annotation (and its marker), and its quick fix on Ctrl+1 removes
 * both, as the marker's resolution in the Problems view does (file closed or open); typing in a 200-request
 * dossier loses no key, coalesces the checks and ends with the final text's annotations; requests and blocks fold; the Outline follows the cursor and moves it on click; the words are
 * coloured by their meaning.
 */
class TextEditorUITest {

	@RegisterExtension
	final WorkbenchFixture workbench = new WorkbenchFixture();
	private final Bot bot = workbench.bot;
	private final IWorkbenchWindow window = workbench.window;

	@Test
	void completionOnCtrlSpaceInsertsTheFieldAtTheCursor() throws Exception {
		String text = Golden.BIO_SGL.segurText().replace("      regimeTVA TTC\n", "      \n");
		SegurTextEditor editor = open("completion", text);
		IDocument document = editor.viewer().getDocument();
		int caret = SegurTexts.after(text, "dateCommande 14/03/2022\n      ", 1);
		editor.viewer().getTextWidget().setFocus();
		editor.selectAndReveal(caret, 0);
		bot.keys(0, 'r');
		bot.keys(0, 'e');
		bot.keys(0, 'g');
		bot.keys(SWT.CTRL, ' ');
		Table proposals = bot.waitFor("the completion list", () -> workbench.proposalTable());
		bot.waitFor("regimeTVA proposed", () -> List.of(proposals.getItems()).stream().anyMatch(i -> i.getText().startsWith("regimeTVA")));
		assertTrue(List.of(proposals.getItems()).stream().allMatch(i -> i.getText().toLowerCase().startsWith("reg")),
				"filtered by what is typed: " + List.of(proposals.getItems()).stream().map(i -> i.getText()).toList());
		choose(proposals);
		bot.waitFor("the field inserted", () -> document.get().contains("      regimeTVA\n"));
		assertEquals(caret + "regimeTVA".length(), editor.viewer().getSelectedRange().x, "the cursor after the field");
	}

	@Test
	void aBadValueGetsAnErrorAnnotationAndAMarkerAndItsQuickFixRemovesThem() throws Exception {
		String text = Golden.BIO_SGL.segurText();
		SegurTextEditor editor = open("correction", text);
		IFile file = (IFile) editor.getEditorInput().getAdapter(IFile.class);
		IDocument document = editor.viewer().getDocument();
		int value = SegurTexts.after(text, "nomClient ", 1);
		document.replace(value, "\"DURAND\"".length(), "\"Durand\"");

		IssueAnnotation annotation = bot.waitFor("the error annotation on the value", () -> annotation(editor, "champ.majuscules"));
		assertEquals(IssueAnnotation.ERROR, annotation.getType());
		Position at = editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput()).getPosition(annotation);
		assertEquals(value, at.getOffset());
		assertEquals("\"Durand\"".length(), at.getLength());
		assertTrue(annotation.getText().contains("nomClient"), annotation.getText());
		assertEquals(List.of("DURAND"), annotation.issue().data(), "what the quick fix needs, as the issue's data");
		IMarker marker = bot.waitFor("the marker of the unsaved text in Problems", () -> Problems.marker(file, "champ.majuscules"));
		assertEquals(IMarker.SEVERITY_ERROR, marker.getAttribute(IMarker.SEVERITY, -1));
		assertTrue(editor.ownsMarkers());

		editor.viewer().getTextWidget().setFocus();
		editor.selectAndReveal(value + 2, 0);
		bot.keys(SWT.CTRL, '1');
		Table fixes = bot.waitFor("the quick fixes", () -> workbench.proposalTable());
		bot.waitFor("the fix offered", () -> List.of(fixes.getItems()).stream().anyMatch(i -> i.getText().equals("Mettre en majuscules")));
		choose(fixes);
		bot.waitFor("the value upper-cased", () -> document.get().startsWith("\"DURAND\"", value));
		bot.waitFor("the annotation gone", () -> annotation(editor, "champ.majuscules") == null);
		bot.waitFor("the marker gone", () -> Problems.marker(file, "champ.majuscules") == null);

		document.replace(value, "\"DURAND\"".length(), "\"Durand\"");
		bot.waitFor("the error again", () -> annotation(editor, "champ.majuscules"));
		editor.doSave(null);
		bot.waitFor("saved: the markers given back to the workspace validation", () -> !editor.ownsMarkers());
		bot.waitFor("the workspace validation's marker from the disk", () -> Problems.marker(file, "champ.majuscules"));
	}

	@Test
	void requestsAndBlocksFoldAndTheOutlineFollowsTheCursorAndMovesIt() throws Exception {
		String text = SegurTexts.bio(3);
		SegurTextEditor editor = open("plan", text);
		ProjectionViewer viewer = (ProjectionViewer) editor.viewer();
		ProjectionAnnotationModel folding = viewer.getProjectionAnnotationModel();
		int second = text.indexOf("  demande \"00002\"");
		ProjectionAnnotation request = bot.waitFor("a folding region for the second request", () -> {
			List<ProjectionAnnotation> found = new ArrayList<>();
			folding.getAnnotationIterator().forEachRemaining(a -> {
				Position p = folding.getPosition(a);
				if (p != null && p.getOffset() == second) {
					found.add((ProjectionAnnotation) a);
				}
			});
			return found.isEmpty() ? null : found.get(0);
		});
		int blocks = count(folding);
		assertEquals(3 * 7, blocks, "three requests, each with commande, beneficiaires (two clients), pieces, scenario");
		int lines = viewer.getTextWidget().getLineCount();
		folding.collapse(request);
		int requestLines = (int) text.substring(second, text.indexOf("  demande \"00003\"")).lines().count();
		assertEquals(lines - requestLines + 2, viewer.getTextWidget().getLineCount(), "the request shown as its first line");
		folding.expand(request);
		assertEquals(lines, viewer.getTextWidget().getLineCount());

		window.getActivePage().showView(IPageLayout.ID_OUTLINE);
		window.getActivePage().activate(editor);
		SegurOutlinePage outline = bot.waitFor("the outline page", () -> editor.outlinePage() != null && editor.outlinePage().getControl() != null
				&& editor.outlinePage().root() != null ? editor.outlinePage() : null);
		assertEquals("BIO-SGL · ANS ANS0000001", outline.root().label());
		assertEquals(List.of("demande 00001", "demande 00002", "demande 00003"), outline.root().children().stream().map(SegurOutline.Node::label).toList());
		TreeViewer tree = outline.viewer();

		int amount = SegurTexts.after(text, "montantSegurHT ", 3);
		editor.selectAndReveal(amount, 0);
		try {
			bot.waitFor("the outline on the third request's commande", () -> tree.getStructuredSelection().getFirstElement() instanceof SegurOutline.Node n
					&& n.label().equals("commande") && n.offset() > text.indexOf("\"00003\"") ? n : null);
		} catch (AssertionError e) {
			throw new AssertionError(e.getMessage() + "; selected " + tree.getStructuredSelection().getFirstElement() + ", items "
					+ Arrays.stream(tree.getTree().getItems()).map(i -> i.getText() + " " + i.getItemCount()).toList(), e);
		}

		SegurOutline.Node scenario = outline.root().children().get(1).children().stream().filter(n -> n.label().startsWith("scenarioInstallation"))
				.findFirst().orElseThrow();
		tree.getControl().setFocus();
		tree.setSelection(new StructuredSelection(scenario), true);
		bot.waitFor("the cursor on the second request's scenario", () -> editor.viewer().getSelectedRange().x == scenario.offset());
	}

	@Test
	void aSyntaxErrorInOneRequestHidesNoOtherFromTheOutlineNorFromGoToRequest() throws Exception {
		String whole = SegurTexts.bio(20);
		int start = whole.indexOf("  demande \"00013\"");
		int end = whole.indexOf("  demande \"00014\"");
		String request = whole.substring(start, end);
		// request 00013's closing brace missing: Xtext's recovery lost every request after it
		String text = whole.substring(0, start) + request.substring(0, request.lastIndexOf('}')) + whole.substring(end);
		SegurTextEditor editor = open("erreur", text);
		Reconciled checked = bot.waitFor("the check of the broken text", () -> editor.lastReconciled().parseFailed() ? editor.lastReconciled() : null);
		List<String> all = new ArrayList<>();
		for (int i = 1; i <= 20; i++) {
			all.add(String.format("demande %05d", i));
		}
		assertEquals(all, checked.outline().children().stream().map(SegurOutline.Node::label).toList());

		window.getActivePage().showView(IPageLayout.ID_OUTLINE);
		window.getActivePage().activate(editor);
		SegurOutlinePage outline = bot.waitFor("the outline page", () -> editor.outlinePage() != null && editor.outlinePage().root() != null
				? editor.outlinePage() : null);
		assertEquals(all, outline.root().children().stream().map(SegurOutline.Node::label).toList());

		editor.viewer().getTextWidget().setFocus();
		editor.selectAndReveal(0, 0);
		bot.inDialog("Aller à la demande", () -> bot.keys(SWT.CTRL | SWT.SHIFT, 'd'), dialog -> {
			Text filter = bot.find(dialog, Text.class, t -> true, "the dialog's filter");
			filter.setFocus();
			for (char c : "00017".toCharArray()) {
				bot.keys(0, c);
			}
			Table list = bot.find(dialog, Table.class, t -> true, "the requests' list");
			bot.waitFor("only 00017 listed", () -> list.getItemCount() == 1 && list.getItem(0).getText().startsWith("00017"));
			choose(list); // as Enter does: a Return posted while a list shows does not reach it under Xvfb
			bot.waitFor("the dialog closed", dialog::isDisposed);
		});
		int header = text.indexOf("demande \"00017\"");
		bot.waitFor("the cursor on request 00017, after the error", () -> editor.viewer().getSelectedRange().x == header);
	}

	@Test
	void typingAValueFromAListOpensItsProposalsByItselfAndCtrlSpaceStillAsksForTheWholeList() throws Exception {
		String text = Golden.BIO_SGL.segurText().replace("operateurMessagerie MAI_15", "operateurMessagerie ");
		SegurTextEditor editor = open("suggestions", text);
		IDocument document = editor.viewer().getDocument();
		int caret = text.indexOf("operateurMessagerie ") + "operateurMessagerie ".length();
		editor.viewer().getTextWidget().setFocus();
		editor.selectAndReveal(caret, 0);
		for (char c : "mailiz".toCharArray()) {
			bot.keys(0, c);
		}
		Table typed = bot.waitFor("the codes' list, opened by the typing", () -> workbench.proposalTable());
		bot.waitFor("MAI_15 proposed for « mailiz », found by its label", () -> texts(typed).stream().anyMatch(t -> t.startsWith("MAI_15")));
		assertTrue(texts(typed).stream().allMatch(t -> t.toLowerCase().contains("mailiz")), "only the codes that match: " + texts(typed));

		// Ctrl+Space on the list that opened by itself: a session of its own (JFace alone started none and kept the typing's
		// list); run as its key binding runs it: keys posted while a list shows do not reach the editor under Xvfb
		bot.command("org.eclipse.ui.edit.text.contentAssist.proposals");
		Table asked = bot.waitFor("a list of the Ctrl+Space", () -> typed.isDisposed() ? workbench.proposalTable() : null);
		bot.waitFor("MAI_15 in it", () -> texts(asked).stream().anyMatch(t -> t.startsWith("MAI_15")));
		choose(asked);
		bot.waitFor("the code in place of what was typed", () -> document.get().startsWith("operateurMessagerie MAI_15\n", caret - "operateurMessagerie ".length()));

		int name = text.indexOf("      dateCommande");
		editor.selectAndReveal(name, 0);
		bot.keys(0, 'r');
		bot.keys(0, 'e');
		bot.pump(1000);
		assertNull(workbench.proposalTable(), "typing a field's name opens nothing by itself");
		assertTrue(document.get().startsWith("re      dateCommande", name));
	}

	@Test
	void backspacingOutOfAValueClosesTheListThatOpenedByItself() throws Exception {
		String text = Golden.BIO_SGL.segurText().replace("      regimeTVA TTC\n", "      regimeTVA \n");
		SegurTextEditor editor = open("suggestions-retour", text);
		int caret = SegurTexts.after(text, "regimeTVA ", 1);
		editor.viewer().getTextWidget().setFocus();
		editor.selectAndReveal(caret, 0);
		bot.keys(0, 't');
		Table typed = bot.waitFor("the literals' list, opened by the typing", () -> workbench.proposalTable());
		bot.waitFor("TTC proposed", () -> texts(typed).stream().anyMatch(t -> t.startsWith("TTC")));
		assertTrue(texts(typed).stream().allMatch(t -> t.startsWith("T")), "HT left out: " + texts(typed));
		// Backspace as it edits the text (keys posted while a list shows do not reach the editor under Xvfb): the list,
		// filtered on the document's changes, is asked again once the cursor is before where it opened
		IDocument document = editor.viewer().getDocument();
		document.replace(caret, 1, "");
		bot.waitFor("the value empty: both literals", () -> workbench.proposalTable() != null && texts(workbench.proposalTable()).stream().anyMatch(t -> t.startsWith("HT")));
		document.replace(caret - 1, 1, "");
		bot.waitFor("back in the field's name: the typing's list closed", () -> workbench.proposalTable() == null);
	}

	private static List<String> texts(Table table) {
		return List.of(table.getItems()).stream().map(i -> i.getText()).toList();
	}

	@Test
	void wordsAreColouredByTheirMeaning() throws Exception {
		String text = Golden.BIO_SGL.segurText();
		SegurTextEditor editor = open("couleurs", text);
		bot.waitFor("the semantic colours", () -> editor.semanticStyleAt(text.indexOf("dateCommande")) != null);
		assertEquals(SegurHighlighting.CHAMP, editor.semanticStyleAt(text.indexOf("dateCommande") + 1));
		assertEquals(SegurHighlighting.DATE, editor.semanticStyleAt(text.indexOf("14/03/2022") + 1));
		assertEquals(SegurHighlighting.CODE, editor.semanticStyleAt(text.indexOf("MAI_15") + 1));
		assertEquals(SegurHighlighting.NOMBRE, editor.semanticStyleAt(text.indexOf("27450.00") + 1));
		int date = text.indexOf("14/03/2022") + 1;
		assertNotNull(editor.viewer().getTextWidget().getStyleRangeAtOffset(date), "the date's colour painted");
		assertNull(editor.semanticStyleAt(text.indexOf("{")), "punctuation is not coloured");
	}

	@Test
	void aQuickFixFromTheProblemsViewCorrectsTheFileClosedOrOpen() throws Exception {
		String text = Golden.BIO_SGL.segurText().replaceFirst("nomClient \"DURAND\"", "nomClient \"Durand\"");
		Path dir = Files.createDirectories(workbench.temp().resolve("problemes"));
		Path path = dir.resolve("dossier.segur");
		Files.writeString(path, text, StandardCharsets.UTF_8);
		OpenWork.open(window, List.of(dir));
		IFile file = bot.waitFor("the file in the workspace", () -> {
			IFile f = DossierFolders.find(path);
			return f != null && f.exists() ? f : null;
		});

		// the file closed: the resolution writes the file, the workspace validation then drops the marker
		IMarker marker = bot.waitFor("the workspace validation's marker", () -> Problems.marker(file, "champ.majuscules"));
		assertTrue(IDE.getMarkerHelpRegistry().hasResolutions(marker));
		IMarkerResolution fix = resolution(marker, "Mettre en majuscules");
		fix.run(marker);
		assertEquals(Golden.BIO_SGL.segurText(), Files.readString(path), "only the value changed, saved to the disk");
		bot.waitFor("the marker gone", () -> Problems.marker(file, "champ.majuscules") == null);

		// the file open in an editor: the resolution changes its document, unsaved
		SegurTextEditor editor = (SegurTextEditor) IDE.openEditor(window.getActivePage(), file, SegurTextEditor.ID);
		bot.waitFor("the first reconcile", () -> editor.lastReconciled() != null);
		IDocument document = editor.viewer().getDocument();
		int value = SegurTexts.after(document.get(), "nomClient ", 1);
		document.replace(value, "\"DURAND\"".length(), "\"Durand\"");
		IMarker unsaved = bot.waitFor("the marker of the unsaved text", () -> Problems.marker(file, "champ.majuscules"));
		resolution(unsaved, "Mettre en majuscules").run(unsaved);
		assertTrue(document.get().startsWith("\"DURAND\"", value), "the editor's text corrected");
		assertTrue(editor.isDirty(), "left for the user to save");
		assertEquals(Golden.BIO_SGL.segurText(), Files.readString(path), "the disk untouched");
		bot.waitFor("the annotation gone", () -> annotation(editor, "champ.majuscules") == null);
		bot.waitFor("the marker gone", () -> Problems.marker(file, "champ.majuscules") == null);
	}

	@Test
	void typingInA200RequestDossierCoalescesTheChecksAndEndsWithTheTextsAnnotations() throws Exception {
		String text = SegurTexts.bio(200);
		SegurTextEditor editor = open("frappe", text);
		IDocument document = editor.viewer().getDocument();
		List<Reconciled> shown = new ArrayList<>();
		editor.addReconcileListener(shown::add);
		int caret = SegurTexts.after(text, "nomClient \"", 150);
		editor.viewer().getTextWidget().setFocus();
		editor.selectAndReveal(caret, 0);
		String typed = "laboratoire du centre ";
		bot.typeAtPace(typed, 40); // 25 keys a second: faster than the reconciler's pause
		assertEquals(text.substring(0, caret) + typed + text.substring(caret), document.get(), "every key in order, nothing lost");
		assertEquals(caret + typed.length(), editor.viewer().getSelectedRange().x);

		Reconciled last = bot.waitFor("the check of the last text shown", 30_000,
				() -> editor.lastReconciled().stamp() == SegurReconcilingStrategy.stamp(document) ? editor.lastReconciled() : null);
		assertTrue(shown.size() < typed.length() / 2, "the checks coalesced while typing: " + shown.size() + " for " + typed.length() + " keys");
		assertTrue(last.timings().inPlace(), "the last text parsed into the previous tree");
		String fileName = ((IFile) editor.getEditorInput().getAdapter(IFile.class)).getLocation().toOSString();
		Reconciled fresh = DossierCheck.fromServices().check(document.get(), 0, fileName, Path.of(fileName).getParent());
		assertEquals(where(fresh.issues(), document), annotations(editor), "the annotations are those of a whole check of the final text");
		assertTrue(annotations(editor).contains("champ.majuscules@" + (caret - 1)), "the lower-case name marked");
	}

	// ---- helpers

	private SegurTextEditor open(String folder, String text) throws Exception {
		Path dir = Files.createDirectories(workbench.temp().resolve(folder));
		Path path = dir.resolve("dossier.segur");
		Files.writeString(path, text, StandardCharsets.UTF_8);
		OpenWork.open(window, List.of(dir));
		IFolder linked = (IFolder) DossierFolders.roots().stream().filter(r -> r.getName().equals(folder)).findFirst().orElseThrow();
		IFile file = linked.getFile("dossier.segur");
		bot.waitFor("the file in the workspace", file::exists);
		SegurTextEditor editor = (SegurTextEditor) IDE.openEditor(window.getActivePage(), file, SegurTextEditor.ID);
		bot.waitFor("the first reconcile", () -> editor.lastReconciled() != null);
		return editor;
	}

	private static IMarkerResolution resolution(IMarker marker, String label) {
		IMarkerResolution[] resolutions = IDE.getMarkerHelpRegistry().getResolutions(marker);
		return Arrays.stream(resolutions).filter(r -> r.getLabel().equals(label)).findFirst()
				.orElseThrow(() -> new AssertionError(label + " not among " + Arrays.stream(resolutions).map(IMarkerResolution::getLabel).toList()));
	}

	/** The annotations of the issues as "code@offset", sorted. */
	private static List<String> annotations(SegurTextEditor editor) {
		IAnnotationModel model = editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
		List<String> found = new ArrayList<>();
		model.getAnnotationIterator().forEachRemaining(a -> {
			if (a instanceof IssueAnnotation issue && model.getPosition(a) != null) {
				found.add(issue.issue().code() + "@" + model.getPosition(a).getOffset());
			}
		});
		found.sort(null);
		return found;
	}

	private static List<String> where(List<Issue> issues, IDocument document) {
		return issues.stream().map(i -> i.code() + "@" + IssueAnnotation.position(i, document).getOffset()).sorted().toList();
	}

	private static IssueAnnotation annotation(SegurTextEditor editor, String code) {
		IAnnotationModel model = editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
		List<IssueAnnotation> found = new ArrayList<>();
		model.getAnnotationIterator().forEachRemaining(a -> {
			if (a instanceof IssueAnnotation issue && issue.issue().code().equals(code)) {
				found.add(issue);
			}
		});
		return found.isEmpty() ? null : found.get(0);
	}

	private static int count(ProjectionAnnotationModel model) {
		int[] n = { 0 };
		model.getAnnotationIterator().forEachRemaining(a -> n[0]++);
		return n[0];
	}

	/**
	 * The selected proposal of the list taken, as Enter or a double click takes it (the list's default
	 * selection: under Xvfb without a window manager, the posted Enter does not reach the popup's key listener).
	 */
	private void choose(Table proposals) {
		Event event = new Event();
		event.item = proposals.getSelection().length > 0 ? proposals.getSelection()[0] : proposals.getItem(0);
		proposals.notifyListeners(SWT.DefaultSelection, event);
		bot.pump(200);
	}
}
