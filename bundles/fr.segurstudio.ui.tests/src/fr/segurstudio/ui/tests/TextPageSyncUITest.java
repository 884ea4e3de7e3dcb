package fr.segurstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewerExtension6;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.part.FileEditorInput;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import fr.segurstudio.dsl.editor.SegurTextEditor;
import fr.segurstudio.model.core.Demande;
import fr.segurstudio.testing.Golden;
import fr.segurstudio.ui.OpenWork;
import fr.segurstudio.ui.bot.Bot;
import fr.segurstudio.ui.dossier.DossierEditor;
import fr.segurstudio.ui.dossier.pages.RequestsPage;

/**
 * The form and the text of one dossier stay in sync: a form edit shows in the text with the user's comment
 * kept, a text edit shows in the form, a problem typed in the text is in the Problems view at once, each page's edits are undone on their page and switching page commits,
 * Save writes the file once.
 */
class TextPageSyncUITest {

	private static final String COMMENT = "  // le laboratoire principal, à rappeler en mars\n";

	@RegisterExtension
	final WorkbenchFixture workbench = new WorkbenchFixture();
	private final Bot bot = workbench.bot;
	private final IWorkbenchWindow window = workbench.window;

	@Test
	void aFormEditShowsInTheTextWithTheCommentKept() throws Exception {
		DossierEditor editor = open();
		bot.type((Text) workbench.field(editor, "nomMandataire"), "DUPONT");
		bot.waitFor("the value in the model", editor::isDirty);
		editor.showTextPage();
		bot.pump(100);
		String text = textEditor(editor).text();
		assertTrue(text.contains("nomMandataire \"DUPONT\""), text);
		assertTrue(text.contains(COMMENT), "the comment kept: " + text);
		assertFalse(text.contains("nomMandataire \"DURAND\""), text);
	}

	/**
	 * The page edits a document of its own, filled with the session's text when the page is first shown (not
	 * before: a large dossier opens without highlighting and checking a text nobody looks at), never the file's
	 * shared buffer: an edit there is not the file's, and another editor of the file shows the file as on disk.
	 */
	@Test
	void theTextPageEditsItsOwnDocumentFilledWhenFirstShown() throws Exception {
		DossierEditor editor = open();
		SegurTextEditor text = textEditor(editor);
		IFile file = editor.file();
		assertEquals("", text.text(), "empty until the page is first shown");
		assertNull(FileBuffers.getTextFileBufferManager().getTextFileBuffer(file.getFullPath(), LocationKind.IFILE),
				"the page does not connect the file's buffer");
		editor.showTextPage();
		bot.pump(100);
		String onDisk = Files.readString(editor.session().file());
		assertEquals(onDisk, text.text(), "the session's text once shown");
		assertFalse(editor.isDirty(), "filling the page is no edit");
		assertFalse(((ITextViewerExtension6) text.viewer()).getUndoManager().undoable(), "nothing to undo on a page just filled");

		text.setText(onDisk.replace("nomMandataire \"DURAND\"", "nomMandataire \"MARTIN\""));
		assertTrue(editor.isDirty());
		ITextEditor other = (ITextEditor) window.getActivePage().openEditor(new FileEditorInput(file), SegurTextEditor.ID, true,
				IWorkbenchPage.MATCH_ID | IWorkbenchPage.MATCH_INPUT); // the standalone text editor, beside the dossier editor
		IDocument document = other.getDocumentProvider().getDocument(other.getEditorInput());
		assertNotSame(text.viewer().getDocument(), document);
		assertEquals(onDisk, document.get(), "another editor of the file shows the file, not the page's unsaved edit");
		assertFalse(other.isDirty());
		other.close(false);
	}

	@Test
	void aTextEditShowsInTheFormAndEachPageUndoesItsOwnEdits() throws Exception {
		DossierEditor editor = open();
		Demande demande = editor.session().dossier().getDemandes().get(0);
		editor.showTextPage();
		bot.pump(100);
		SegurTextEditor text = textEditor(editor);
		text.setText(text.text().replace("nomMandataire \"DURAND\"", "nomMandataire \"MARTIN\""));
		assertTrue(editor.isDirty(), "a text edit makes the dossier dirty");
		editor.setActivePage(RequestsPage.ID); // switching page commits
		bot.pump(100);
		assertEquals("MARTIN", nomMandataire(demande));
		assertEquals("MARTIN", ((Text) workbench.field(editor, "nomMandataire")).getText());

		bot.commandWhenEnabled("org.eclipse.ui.edit.undo"); // on the form page: the text's edits, as one command
		bot.waitFor("the text's edits undone from the form page", () -> "DURAND".equals(nomMandataire(demande)));
		assertFalse(editor.session().isDirty(), "the model back at its save point");
		editor.showTextPage();
		bot.pump(100);
		assertTrue(textEditor(editor).text().contains("nomMandataire \"DURAND\""), "the text follows the model");
	}

	@Test
	void aProblemTypedInTheTextIsInTheProblemsViewBeforeThePageIsLeft() throws Exception {
		DossierEditor editor = open();
		editor.showTextPage();
		bot.pump(100);
		SegurTextEditor text = textEditor(editor);
		String edited = text.text().replaceFirst("nomClient \"DURAND\"", "nomClient \"Durand\"");
		text.setText(edited);
		IMarker marker = bot.waitFor("the text's problem in the Problems view", () -> Problems.marker(editor.file(), "champ.majuscules"));
		assertEquals(edited.substring(0, edited.indexOf("\"Durand\"")).split("\n", -1).length,
				marker.getAttribute(IMarker.LINE_NUMBER, -1), "at the value's line of the unsaved text");
		text.setText(edited.replace("nomClient \"Durand\"", "nomClient \"DURAND\""));
		bot.waitFor("gone once the text is fixed", () -> Problems.marker(editor.file(), "champ.majuscules") == null);
	}

	@Test
	void saveFromTheTextPageWritesTheFileOnce() throws Exception {
		DossierEditor editor = open();
		Path file = editor.session().file();
		editor.showTextPage();
		bot.pump(100);
		SegurTextEditor text = textEditor(editor);
		String edited = text.text().replace("montantSegurHT 27450.00", "montantSegurHT 27451.00");
		text.setText(edited);
		bot.commandWhenEnabled("org.eclipse.ui.file.save");
		assertFalse(editor.session().isDirty());
		assertEquals(edited, Files.readString(file));
		assertEquals("27451.00", editor.session().dossier().getDemandes().get(0).getCommande().getMontantSegurHT().toPlainString());
	}

	private DossierEditor open() throws Exception {
		Path dir = Files.createDirectories(workbench.temp().resolve("texte"));
		Golden golden = Golden.all().stream().filter(g -> g.segurFileName().equals("bio-sgl-durand.segur")).findFirst().orElseThrow();
		Path file = dir.resolve(golden.segurFileName());
		Files.writeString(file, golden.segurText().replace("  demande \"00001\" {", COMMENT + "  demande \"00001\" {"), StandardCharsets.UTF_8);
		OpenWork.open(window, List.of(dir));
		return workbench.open(file);
	}

	private static SegurTextEditor textEditor(DossierEditor editor) {
		return editor.textPage().editor();
	}

	private static String nomMandataire(Demande demande) {
		Object value = demande.getBeneficiaires().eGet(demande.getBeneficiaires().eClass().getEStructuralFeature("nomMandataire"));
		return value == null ? null : value.toString();
	}
}
