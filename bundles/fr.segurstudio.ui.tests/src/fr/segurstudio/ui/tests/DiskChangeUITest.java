package fr.segurstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.function.Consumer;

import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import fr.segurstudio.ui.bot.Bot;
import fr.segurstudio.ui.dossier.DossierEditor;
import fr.segurstudio.ui.files.DiskChangeDialog;

/**
 * A line appended to a dossier from a terminal (as segur format or segur retour change it) while an editor holds
 * unsaved edits: no way of saving writes over it without asking, the question shows the change (the compare holds
 * the appended line) and its default button (« Annuler ») loses nothing; the user may then write over it, or take the file's
 * version. When the editor comes back to the front the question defaults to keeping the edits — Enter keeps them — and
 * is not asked again for the same change.
 */
class DiskChangeUITest {

	private static final String TITLE = "Fichier modifié sur le disque";
	private static final String OUTSIDE = "// ligne ajoutée par segur retour\n";

	@RegisterExtension
	final WorkbenchFixture workbench = new WorkbenchFixture();
	private final Bot bot = workbench.bot;
	private final IWorkbenchWindow window = workbench.window;

	/**
	 * The ways a save is asked for: Ctrl+S in each editor, and « Enregistrer » in the close prompt. Tout enregistrer
	 * (the same editor's doSave) is left out: its platform prompt does not run the bot's timers in this runtime.
	 */
	enum Way {
		FORM_PAGE(Edits.FORM_PAGE), TEXT_PAGE(Edits.TEXT_PAGE), SEGUR_TEXT_EDITOR(Edits.SEGUR_TEXT_EDITOR), PLAIN_TEXT_EDITOR(Edits.PLAIN_TEXT_EDITOR),
		CLOSE_PROMPT(Edits.FORM_PAGE), TEXT_CLOSE_PROMPT(Edits.PLAIN_TEXT_EDITOR);

		final Edits edit;

		Way(Edits edit) {
			this.edit = edit;
		}
	}

	// TEXT_CLOSE_PROMPT left out: clicking « Enregistrer » in the close prompt reactivates the text editor, whose
	// own question (« Garder mes modifications ») then opens inside the click, where the test's timer cannot answer it
	@ParameterizedTest
	@EnumSource(value = Way.class, names = "TEXT_CLOSE_PROMPT", mode = EnumSource.Mode.EXCLUDE)
	void aSaveOverAnOutsideChangeAsksShowingItAndItsDefaultLosesNothing(Way way) throws Exception {
		Path file = workbench.golden("bio-sgl-durand.segur");
		IEditorPart editor = way.edit.open(workbench, file);
		Files.writeString(file, OUTSIDE, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
		String outside = Files.readString(file);

		ask(way, editor, dialog -> {
			assertTrue(Dialogs.compared(dialog).contains(OUTSIDE.trim()), "the compare shows the appended line: " + Dialogs.compared(dialog));
			assertEquals("Annuler", Bot.plain(dialog.getDefaultButton().getText()), "the default loses nothing");
			Dialogs.clickDefault(bot, dialog, DiskChangeDialog.Choice.CANCEL);
		});
		assertEquals(outside, Files.readString(file), "the outside change is still on disk");
		assertTrue(editor.isDirty(), "the edits are still in the editor");
		assertTrue(window.getActivePage().getEditorReferences().length > 0, "a close is cancelled with the save");

		ask(way, editor, dialog -> bot.click(Dialogs.choice(dialog, DiskChangeDialog.Choice.OVERWRITE)));
		bot.waitFor("saved", () -> !editor.isDirty() || way == Way.CLOSE_PROMPT || way == Way.TEXT_CLOSE_PROMPT);
		String written = Files.readString(file);
		assertTrue(written.contains("DUPONT"), "the edit written over it, as chosen");
		assertFalse(written.contains(OUTSIDE.trim()), "written over, as chosen");
	}

	@Test
	void takingTheFilesVersionOnSaveDropsTheEditsAndWritesNothing() throws Exception {
		Path file = workbench.golden("bio-sgl-durand.segur");
		DossierEditor editor = (DossierEditor) Edits.FORM_PAGE.open(workbench, file);
		Files.writeString(file, OUTSIDE, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
		String outside = Files.readString(file);
		ask(Way.FORM_PAGE, editor, dialog -> bot.click(Dialogs.choice(dialog, DiskChangeDialog.Choice.TAKE_DISK)));
		assertEquals(outside, Files.readString(file));
		assertFalse(editor.isDirty());
		var beneficiaires = editor.session().dossier().getDemandes().get(0).getBeneficiaires();
		assertEquals("DURAND", beneficiaires.eGet(beneficiaires.eClass().getEStructuralFeature("nomMandataire")), "the file's version in the form");
	}

	@Test
	void comingBackToTheEditorAsksOnceAndKeepsTheEditsByDefault() throws Exception {
		Path file = workbench.golden("bio-sgl-durand.segur");
		DossierEditor editor = (DossierEditor) Edits.FORM_PAGE.open(workbench, file);
		IWorkbenchPage page = window.getActivePage();
		Files.writeString(file, OUTSIDE, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
		page.activate(page.showView(IPageLayout.ID_PROBLEM_VIEW));
		Runnable[] enter = new Runnable[1];
		bot.inDialog(TITLE, () -> page.activate(editor), dialog -> {
			assertEquals("Garder mes modifications", Bot.plain(dialog.getDefaultButton().getText()));
			assertTrue(Dialogs.compared(dialog).contains(OUTSIDE.trim()));
			enter[0] = Dialogs.pressEnter(bot, dialog);
		});
		enter[0].run();
		assertTrue(editor.isDirty(), "the edits kept");
		assertTrue(Files.readString(file).contains(OUTSIDE.trim()), "the file left as it is");
		page.activate(page.showView(IPageLayout.ID_PROBLEM_VIEW));
		page.activate(editor);
		bot.pump(300);
		assertTrue(Arrays.stream(bot.display().getShells()).noneMatch(s -> s.isVisible() && TITLE.equals(s.getText())),
				"the same change is not asked about twice");
		ask(Way.FORM_PAGE, editor, dialog -> bot.click(Dialogs.choice(dialog, DiskChangeDialog.Choice.CANCEL)));
		assertTrue(Files.readString(file).contains(OUTSIDE.trim()), "the save still asks");
	}

	@Test
	void anEditorWithoutEditsFollowsItsFile() throws Exception {
		Path file = workbench.golden("bio-sgl-durand.segur");
		ITextEditor editor = (ITextEditor) IDE.openEditor(window.getActivePage(), workbench.workspaceFile(file), "fr.segurstudio.ui.textEditor");
		IWorkbenchPage page = window.getActivePage();
		Files.writeString(file, OUTSIDE, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
		page.activate(page.showView(IPageLayout.ID_PROBLEM_VIEW));
		page.activate(editor);
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		bot.waitFor("the file's new text, without a question", () -> document.get().endsWith(OUTSIDE));
		assertFalse(editor.isDirty());
	}

	/** Asks for a save the way's way and acts on the question about the outside change. */
	private void ask(Way way, IEditorPart editor, Consumer<Shell> action) {
		window.getActivePage().activate(editor);
		switch (way) {
		// the close asks « Enregistrer la ressource » first: « Enregistrer », then the question comes after that prompt
		// has closed, answered by a timer of its own (not from inside the prompt's)
		case CLOSE_PROMPT, TEXT_CLOSE_PROMPT -> afterThePrompt(() -> window.getActivePage().closeEditor(editor, true), action);
		default -> bot.inDialog(TITLE, () -> bot.commandWhenEnabled("org.eclipse.ui.file.save"), action);
		}
	}

	private void afterThePrompt(Runnable opener, Consumer<Shell> action) {
		long end = System.currentTimeMillis() + 2 * Bot.TIMEOUT_MS;
		Throwable[] failure = new Throwable[1];
		boolean[] answered = new boolean[2];
		Runnable[] poll = new Runnable[1];
		poll[0] = () -> {
			for (Shell shell : bot.display().getShells()) {
				if (shell.isDisposed() || !shell.isVisible()) {
					continue;
				}
				if (!answered[0] && "Enregistrer la ressource".equals(shell.getText())) {
					answered[0] = true;
					bot.click(bot.button(shell, "Enregistrer"));
					break;
				}
				if (!answered[1] && TITLE.equals(shell.getText())) {
					answered[1] = true;
					try {
						action.accept(shell);
					} catch (Throwable t) {
						failure[0] = t;
						if (!shell.isDisposed()) {
							shell.close();
						}
					}
					return;
				}
			}
			if (System.currentTimeMillis() < end) {
				bot.display().timerExec(50, poll[0]);
			}
		};
		bot.display().timerExec(50, poll[0]);
		opener.run();
		if (failure[0] instanceof AssertionError error) {
			throw error;
		}
		if (failure[0] != null) {
			throw new AssertionError(failure[0]);
		}
		assertTrue(answered[0] && answered[1], "the prompt, then the question: " + Arrays.toString(answered));
	}
}
