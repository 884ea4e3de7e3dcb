package fr.segurstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import fr.segurstudio.editing.DossierSessions;
import fr.segurstudio.json.AspJsonWriter;
import fr.segurstudio.ui.OpenWork;
import fr.segurstudio.ui.Services;
import fr.segurstudio.ui.bot.Bot;
import fr.segurstudio.ui.dossier.DossierEditor;
import fr.segurstudio.workspace.DossierFolders;

/**
 * Every way the workbench writes a dossier, on a disk that is full: the save fails, says so in French, and the file on
 * disk is byte for byte what it was (a 200-request dossier, about 250 Ko, on a tmpfs left with 64 Ko); the edits stay
 * in the editor, and once there is room again the same save writes them. The platform's own text save (truncate,
 * then write) cut the file in the middle of a request here.
 */
class FullDiskUITest {

	private static final long DISK = 1024 * 1024;
	private static final long LEFT = 64 * 1024;

	@RegisterExtension
	final WorkbenchFixture workbench = new WorkbenchFixture();
	private final Bot bot = workbench.bot;
	private final IWorkbenchWindow window = workbench.window;
	private FullDisk disk;

	/** The ways a dossier is saved: Ctrl+S in each editor, and Enregistrer sous… over another dossier of the disk. */
	enum Way {
		FORM_PAGE(Edits.FORM_PAGE), TEXT_PAGE(Edits.TEXT_PAGE), SEGUR_TEXT_EDITOR(Edits.SEGUR_TEXT_EDITOR), PLAIN_TEXT_EDITOR(Edits.PLAIN_TEXT_EDITOR),
		JSON_TEXT_EDITOR(Edits.JSON_TEXT_EDITOR), SAVE_AS(Edits.FORM_PAGE);

		final Edits edit;

		Way(Edits edit) {
			this.edit = edit;
		}
	}

	@BeforeEach
	void mount() throws Exception {
		disk = FullDisk.mount(workbench.temp().resolve("disque"), DISK);
	}

	@AfterEach
	void unmount() throws Exception {
		window.getActivePage().closeAllEditors(false);
		for (var root : DossierFolders.roots()) {
			DossierFolders.remove(root, null);
		}
		disk.close();
	}

	@ParameterizedTest
	@EnumSource(Way.class)
	void aSaveOnAFullDiskLeavesTheFileWholeAndSaysSo(Way way) throws Exception {
		String text = SegurTexts.bio(200);
		Path dossier = disk.folder().resolve(way == Way.JSON_TEXT_EDITOR ? "MDV-bulk-001.json" : "MDV-bulk-001.segur");
		Files.write(dossier, way == Way.JSON_TEXT_EDITOR ? json(text) : text.getBytes(StandardCharsets.UTF_8));
		Path other = disk.folder().resolve("copie.segur");
		if (way == Way.SAVE_AS) {
			Files.writeString(other, text, StandardCharsets.UTF_8);
		}
		OpenWork.open(window, List.of(disk.folder()));
		IFile file = workbench.workspaceFile(dossier);
		IEditorPart editor = way.edit.open(workbench, file.getLocation().toPath());
		byte[] before = Files.readAllBytes(dossier);
		byte[] otherBefore = way == Way.SAVE_AS ? Files.readAllBytes(other) : null;

		disk.fill(LEFT);
		bot.inDialog("Enregistrement impossible", () -> save(way, editor, other), dialog -> {
			String said = Dialogs.said(dialog);
			assertTrue(said.contains("le disque est plein"), said);
			assertTrue(said.contains("resté tel qu'il était"), said);
			bot.click(bot.button(dialog, "OK"));
		});
		assertArrayEquals(before, Files.readAllBytes(dossier), "the dossier on disk, byte for byte as before");
		if (otherBefore != null) {
			assertArrayEquals(otherBefore, Files.readAllBytes(other), "the file Save As aimed at, byte for byte as before");
		}
		assertTrue(editor.isDirty(), "the edits are still in the editor");
		try (Stream<Path> files = Files.list(disk.folder())) {
			assertEquals(List.of(), files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")).toList(), "no copy left behind");
		}

		disk.free();
		save(way, editor, other);
		bot.waitFor("saved once there is room", () -> !editor.isDirty());
		String written = Files.readString(way == Way.SAVE_AS ? other : dossier, StandardCharsets.UTF_8);
		assertTrue(written.contains("DUPONT"), "the edit written once there is room");
	}

	private void save(Way way, IEditorPart editor, Path other) {
		window.getActivePage().activate(editor);
		if (way == Way.SAVE_AS) {
			((DossierEditor) editor).saveAs(other);
		} else {
			bot.commandWhenEnabled("org.eclipse.ui.file.save");
		}
	}

	private static byte[] json(String segurText) throws Exception {
		DossierSessions sessions = Services.get(DossierSessions.class);
		var read = sessions.texts().read(sessions.texts().parse(segurText, "MDV-bulk-001.segur"), "MDV-bulk-001.segur");
		return new AspJsonWriter().toBytes(read.dossier(), AspJsonWriter.FAITHFUL);
	}
}
