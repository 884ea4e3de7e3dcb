package fr.segurstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.ide.FileStoreEditorInput;
import org.eclipse.ui.part.FileEditorInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import fr.segurstudio.testing.Golden;
import fr.segurstudio.ui.OpenWork;
import fr.segurstudio.ui.bot.Bot;
import fr.segurstudio.ui.dossier.DossierEditor;

/**
 * A file that cannot be opened says why, in French, in its tab (named after the file), never an empty untitled tab;
 * and nothing in the log is a program's failure (the NullPointerException of a failed init).
 */
class UnreadableFilesUITest {

	@RegisterExtension
	final WorkbenchFixture workbench = new WorkbenchFixture();
	private final Bot bot = workbench.bot;
	private final IWorkbenchWindow window = workbench.window;
	private final List<IStatus> logged = new ArrayList<>();
	private final ILogListener log = (status, plugin) -> logged.add(status);

	/** Files that cannot be a dossier, and the French reason each gives. */
	enum Unreadable {
		/** Binary bytes named .segur. */
		BINARY("binaire.segur", "n'est pas en UTF-8"),
		/** A text in ISO-8859-1. */
		LATIN1("latin1.segur", "n'est pas en UTF-8"),
		/** A folder where the file was. */
		FOLDER("dossier.segur", "c'est un dossier, pas un fichier"),
		/** A file removed after the workspace saw it. */
		REMOVED("supprime.segur", "n'existe pas (ou plus)");

		final String name;
		final String reason;

		Unreadable(String name, String reason) {
			this.name = name;
			this.reason = reason;
		}
	}

	@BeforeEach
	void listen() {
		Platform.addLogListener(log);
	}

	@AfterEach
	void stopListening() {
		Platform.removeLogListener(log);
	}

	@ParameterizedTest
	@EnumSource(Unreadable.class)
	void aFileThatCannotBeOpenedSaysWhyInItsTab(Unreadable unreadable) throws Exception {
		Path dir = Files.createDirectories(workbench.temp().resolve("dossiers"));
		Path file = dir.resolve(unreadable.name);
		IEditorInput input;
		switch (unreadable) {
		case BINARY -> Files.write(file, new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x00, (byte) 0xFF, (byte) 0xFE, 0x10, (byte) 0x80, 0x00 });
		case LATIN1 -> Files.write(file, Golden.BIO_SGL.segurText().replace("DURAND", "DURAND Hélène").getBytes(StandardCharsets.ISO_8859_1));
		case FOLDER -> Files.createDirectories(file);
		case REMOVED -> Files.writeString(file, Golden.BIO_SGL.segurText(), StandardCharsets.UTF_8);
		}
		if (unreadable == Unreadable.FOLDER) {
			input = new FileStoreEditorInput(EFS.getLocalFileSystem().getStore(file.toUri())); // a restored editor whose file became a folder
		} else {
			OpenWork.open(window, List.of(dir));
			input = new FileEditorInput(workbench.workspaceFile(file));
			if (unreadable == Unreadable.REMOVED) {
				Files.delete(file); // gone before the editor reads it
			}
		}
		IEditorPart part = window.getActivePage().openEditor(input, DossierEditor.ID, true);
		bot.pump(200);
		assertEquals(unreadable.name, part.getTitle(), "the tab is named after the file");
		Composite tab = (Composite) bot.waitFor("the tab's content", () -> control(part));
		// the file is read in a Job: the reason replaces « Lecture de … » when the read has failed
		bot.waitFor("the read over", () -> !texts(tab).contains("Lecture de"));
		String said = texts(tab);
		assertTrue(said.contains(unreadable.reason), "the tab says why, in French: " + said);
		List<IStatus> failures = logged.stream().filter(UnreadableFilesUITest::programFailure).toList();
		assertEquals(List.of(), failures, "no failure of the program in the log");
	}

	/** The tab's content: the widget of the part's model. */
	private static Composite control(IEditorPart part) {
		MPart model = part.getSite().getService(MPart.class);
		return model != null && model.getWidget() instanceof Composite composite ? composite : null;
	}

	private static String texts(Composite root) {
		List<String> texts = new ArrayList<>();
		Bot.findAll(root, Label.class, l -> true).forEach(l -> texts.add(l.getText()));
		Bot.findAll(root, Text.class, t -> true).forEach(t -> texts.add(t.getText()));
		return texts.stream().collect(Collectors.joining("\n"));
	}

	private static boolean programFailure(IStatus status) {
		for (Throwable t = status.getException(); t != null; t = t.getCause()) {
			if (t instanceof NullPointerException || t instanceof ClassCastException || t instanceof IllegalStateException) {
				return true;
			}
		}
		return false;
	}
}
