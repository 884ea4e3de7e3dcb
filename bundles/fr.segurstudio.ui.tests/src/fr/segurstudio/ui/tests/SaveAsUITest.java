package fr.segurstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import fr.segurstudio.ui.bot.Bot;
import fr.segurstudio.ui.files.EditorFiles;
import fr.segurstudio.ui.files.SaveAsFiles;

/**
 * « Enregistrer sous… » in a text editor chooses a real file on disk (never through the workspace's « Save As » of
 * linked folders): the chooser that stands for the system's dialog gives a path of the disk; the file is written there,
 * and the editor goes on with it; the file it came from is left as it was.
 */
class SaveAsUITest {

	/** The workspace's Save As dialog is an SWT shell of this title; the system's file dialog is not an SWT shell. */
	private static final List<String> WORKSPACE_DIALOG = List.of("Save As", "Enregistrer sous");

	@RegisterExtension
	final WorkbenchFixture workbench = new WorkbenchFixture();
	private final Bot bot = workbench.bot;
	private final IWorkbenchWindow window = workbench.window;

	@Test
	void saveAsInATextEditorWritesTheChosenFileOnDisk() throws Exception {
		Path file = workbench.golden("bio-sgl-durand.segur");
		String before = Files.readString(file);
		IEditorPart editor = Edits.PLAIN_TEXT_EDITOR.open(workbench, file);
		Path target = Files.createDirectories(workbench.temp().resolve("ailleurs")).resolve("copie.segur");
		List<String> asked = new ArrayList<>();
		boolean[] workspaceDialog = new boolean[1];
		// the chooser stands for the system's dialog, where the user would type the path
		SaveAsFiles.Chooser system = SaveAsFiles.setChooser((shell, title, current, fileName, extensions, names) -> {
			workspaceDialog[0] = Arrays.stream(bot.display().getShells()).anyMatch(s -> s.isVisible() && WORKSPACE_DIALOG.contains(s.getText()));
			asked.add(current.getFileName() + " " + fileName);
			return target;
		});
		try {
			bot.command("org.eclipse.ui.file.saveAs");
		} finally {
			SaveAsFiles.setChooser(system);
		}
		assertFalse(workspaceDialog[0], "the workspace's Save As dialog opened");
		assertEquals(List.of("bio-sgl-durand.segur bio-sgl-durand.segur"), asked, "asked once, starting from the file edited");
		assertTrue(Files.isRegularFile(target), "a real file written on disk");
		assertTrue(Files.readString(target).contains("DUPONT"), "the edited text written there");
		assertEquals(before, Files.readString(file), "the file it came from is left as it was");
		assertEquals(target.toRealPath(), EditorFiles.path(editor.getEditorInput()).toRealPath(), "the editor goes on with the new file");
		assertFalse(editor.isDirty());
		assertTrue(Arrays.stream(window.getActivePage().getEditorReferences()).noneMatch(r -> r.getTitle().equals("copie.segur") && r.getEditor(false) != editor),
				"no second editor on it");
	}
}
