package fr.segurstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import fr.segurstudio.ui.bot.Bot;
import fr.segurstudio.ui.files.EditorFiles;

/**
 * « Enregistrer sous… » in a text editor chooses a real file on disk: the system's file dialog (never the workspace's
 * « Save As » of linked folders), where the user types a path of the disk; the file is written there, linked, and the
 * editor goes on with it; the file it came from is left as it was.
 */
class SaveAsUITest {

	/** The workspace's Save As dialog is an SWT shell of this title; the system's file dialog is not an SWT shell. */
	private static final List<String> WORKSPACE_DIALOG = List.of("Save As", "Enregistrer sous");

	@RegisterExtension
	final WorkbenchFixture workbench = new WorkbenchFixture();
	private final Bot bot = workbench.bot;
	private final IWorkbenchWindow window = workbench.window;

	@Test
	void saveAsInATextEditorWritesTheFileTypedInTheSystemsDialog() throws Exception {
		Path file = workbench.golden("bio-sgl-durand.segur");
		String before = Files.readString(file);
		IEditorPart editor = Edits.PLAIN_TEXT_EDITOR.open(workbench, file);
		Path target = Files.createDirectories(workbench.temp().resolve("ailleurs")).resolve("copie.segur");

		boolean[] workspaceDialog = new boolean[1];
		bot.display().timerExec(3000, () -> { // the system's dialog runs its own loop: typed into as a user would
			workspaceDialog[0] = Arrays.stream(bot.display().getShells()).anyMatch(s -> s.isVisible() && WORKSPACE_DIALOG.contains(s.getText()));
			if (workspaceDialog[0]) {
				Arrays.stream(bot.display().getShells()).filter(s -> WORKSPACE_DIALOG.contains(s.getText())).forEach(Shell::close);
				return;
			}
			bot.keys(SWT.CTRL, 'a');
			bot.typeAtPace(target.toString(), 30);
			bot.keys(0, SWT.CR);
		});
		boolean[] returned = new boolean[1];
		bot.display().timerExec(25_000, () -> { // a dialog that took no path is closed: the test fails, it does not hang
			if (!returned[0]) {
				bot.keys(0, SWT.ESC);
			}
		});
		bot.command("org.eclipse.ui.file.saveAs");
		returned[0] = true;
		assertFalse(workspaceDialog[0], "the workspace's Save As dialog opened");
		bot.waitFor("the file written", () -> Files.exists(target));
		assertTrue(Files.readString(target).contains("DUPONT"), "the edited text written there");
		assertEquals(before, Files.readString(file), "the file it came from is left as it was");
		assertEquals(target.toRealPath(), EditorFiles.path(editor.getEditorInput()).toRealPath(), "the editor goes on with the new file");
		assertFalse(editor.isDirty());
	}
}
