package fr.segurstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.IWorkbenchWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import fr.segurstudio.json.deposit.AtomicFiles;
import fr.segurstudio.ui.OpenWork;
import fr.segurstudio.ui.bot.Bot;
import fr.segurstudio.ui.files.DiskChangeDialog;
import fr.segurstudio.ui.files.Recovery;

/**
 * After a crash: a save killed between its write and its rename leaves its copy next to the dossier — made here by
 * the real write path (AtomicFiles), stopped at that point as a kill would stop it. When the folder is opened, and at
 * start (the advisor's call), the copy is offered: compared with the dossier, then recovered, deleted, or kept for
 * later (the default, Enter). A copy with nothing new, or one still being written, is not asked about.
 */
class RecoveryUITest {

	private static final String TITLE = "Récupération après un arrêt";

	@RegisterExtension
	final WorkbenchFixture workbench = new WorkbenchFixture();
	private final Bot bot = workbench.bot;
	private final IWorkbenchWindow window = workbench.window;
	private final CountDownLatch kill = new CountDownLatch(1);
	private Thread cutSave;

	@AfterEach
	void endTheCutSave() throws InterruptedException {
		kill.countDown();
		if (cutSave != null) {
			cutSave.join(10_000);
		}
	}

	@Test
	void theCopyOfASaveKilledBeforeItsRenameIsOfferedWhenTheFolderOpensAndRecovered() throws Exception {
		Path dir = Files.createDirectories(workbench.temp().resolve("dossiers"));
		Path dossier = dir.resolve("bio.segur");
		String before = SegurTexts.bio(3);
		Files.writeString(dossier, before, StandardCharsets.UTF_8);
		String edited = before.replaceFirst("nomMandataire \"DURAND\"", "nomMandataire \"DUPONT\"");
		Path copy = saveKilledBeforeRename(dossier, edited);

		bot.inDialog(TITLE, () -> OpenWork.open(window, List.of(dir)), dialog -> {
			assertTrue(Dialogs.said(dialog).contains("bio.segur"), Dialogs.said(dialog));
			String compared = Dialogs.compared(dialog);
			assertTrue(compared.contains("DUPONT") && compared.contains("DURAND"), "the copy and the dossier compared: " + compared);
			assertEquals("Décider plus tard", Bot.plain(dialog.getDefaultButton().getText()));
			bot.click(Dialogs.choice(dialog, DiskChangeDialog.Choice.RECOVER));
		});
		assertEquals(edited, Files.readString(dossier), "the copy became the dossier");
		assertFalse(Files.exists(copy), "the copy is gone");
	}

	@Test
	void atStartTheCopyIsOfferedTheDefaultKeepsItForLaterAndDiscardDeletesIt() throws Exception {
		Path dossier = workbench.golden("bio-sgl-durand.segur"); // an opened folder, as at the next start
		Job.getJobManager().join(Recovery.FAMILY, null); // its opening's look, before the copy is there
		String before = Files.readString(dossier);
		Path copy = saveKilledBeforeRename(dossier, before.replaceFirst("nomMandataire \"DURAND\"", "nomMandataire \"DUPONT\""));

		bot.inDialog(TITLE, () -> Recovery.offer(window.getShell(), Recovery.opened()), dialog -> {
			assertEquals("Décider plus tard", Bot.plain(dialog.getDefaultButton().getText()), "the default keeps the copy");
			bot.click(dialog.getDefaultButton());
		});
		assertEquals(before, Files.readString(dossier), "the default: nothing changed");
		assertTrue(Files.exists(copy), "the copy kept for later");

		bot.inDialog(TITLE, () -> Recovery.offer(window.getShell(), Recovery.opened()),
				dialog -> bot.click(Dialogs.choice(dialog, DiskChangeDialog.Choice.DISCARD)));
		assertEquals(before, Files.readString(dossier));
		assertFalse(Files.exists(copy), "the copy deleted");
	}

	@Test
	void aCopyWithNothingNewGoesSilentlyAndOneStillBeingWrittenIsLeftAlone() throws Exception {
		Path dossier = workbench.golden("bio-sgl-durand.segur");
		Job.getJobManager().join(Recovery.FAMILY, null);
		Path same = dossier.resolveSibling(".bio-sgl-durand.segur.s4m3.tmp");
		Files.copy(dossier, same);
		Files.setLastModifiedTime(same, FileTime.from(Instant.now().minusSeconds(120)));
		Path fresh = dossier.resolveSibling(".bio-sgl-durand.segur.fr35h.tmp");
		Files.writeString(fresh, "dossier BIO-SGL {\n", StandardCharsets.UTF_8); // a save writing right now (a terminal's)

		List<Path> found = Recovery.leftovers(Recovery.opened(), Instant.now());
		assertEquals(List.of(same), found, "the fresh copy is not one to offer");
		Recovery.ask(window.getShell(), found);
		assertFalse(Files.exists(same), "a copy identical to the dossier is deleted without a question");
		assertTrue(Files.exists(fresh), "the copy being written is left alone");
	}

	/**
	 * A save of {@code text} into the dossier through the product's write path, stopped after the copy is written and
	 * before the rename (the thread waits there, as a killed process would have stopped); the copy dated a minute ago.
	 */
	private Path saveKilledBeforeRename(Path dossier, String text) throws Exception {
		CountDownLatch written = new CountDownLatch(1);
		cutSave = new Thread(() -> {
			try {
				AtomicFiles.write(dossier, out -> {
					out.write(text.getBytes(StandardCharsets.UTF_8));
					out.flush();
					written.countDown();
					try {
						kill.await();
					} catch (InterruptedException e) {
						Thread.currentThread().interrupt();
					}
					throw new IOException("killed"); // the end of the test: the write goes no further
				});
			} catch (IOException e) {
				// as expected: this save never completes
			}
		}, "save killed before its rename");
		cutSave.start();
		written.await();
		try (Stream<Path> files = Files.list(dossier.getParent())) {
			Path copy = files.filter(p -> dossier.equals(Recovery.dossierOf(p))).findFirst().orElseThrow();
			Files.setLastModifiedTime(copy, FileTime.from(Instant.now().minusSeconds(60)));
			return copy;
		}
	}
}
