package fr.segurstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import fr.segurstudio.ui.application.SessionSaves;
import fr.segurstudio.ui.bot.Bot;
import fr.segurstudio.ui.dossier.DossierEditor;

/**
 * The workbench's state is saved as work goes on, not only at exit: a few seconds after an editor is opened, the saved
 * state (what the next start, after a crash, restores) names its file; after it is closed, no longer. A second start is
 * not possible in one test runtime: the test reads the state the workbench wrote.
 */
class SessionStateUITest {

	@RegisterExtension
	final WorkbenchFixture workbench = new WorkbenchFixture();
	private final Bot bot = workbench.bot;

	@Test
	void theOpenEditorsAreInTheSavedStateSecondsAfterTheyOpenAndClose() throws Exception {
		Path file = workbench.golden("bio-sgl-durand.segur");
		String name = workbench.workspaceFile(file).getFullPath().toString();
		DossierEditor editor = workbench.open(file);
		bot.waitFor("the open editor in the saved state", 15_000, 200, () -> openEditors().contains(name) ? Boolean.TRUE : null);
		editor.getSite().getPage().closeEditor(editor, false);
		bot.waitFor("the closed editor out of it", 15_000, 200, () -> openEditors().contains(name) ? null : Boolean.TRUE);
		assertTrue(Files.exists(state()));
	}

	/**
	 * The platform writes its model file in place: a crash in the middle of a save cuts it, and the next start would
	 * come up empty. A whole copy is kept after each save, and at start a cut model file is replaced by it.
	 */
	@Test
	void aModelFileCutByACrashIsReplacedAtStartByTheLastWholeCopy() throws Exception {
		Path file = workbench.golden("bio-sgl-durand.segur");
		String name = workbench.workspaceFile(file).getFullPath().toString();
		workbench.open(file);
		Path instanceArea = Path.of(Platform.getInstanceLocation().getURL().getPath());
		Path copy = instanceArea.resolve(SessionSaves.WHOLE_COPY);
		bot.waitFor("a whole copy naming the open editor", 15_000, 200, () -> {
			try {
				return Files.exists(copy) && Files.readString(copy).contains(name) ? Boolean.TRUE : null;
			} catch (IOException e) {
				return null;
			}
		});

		Path area = Files.createDirectories(workbench.temp().resolve("espace"));
		Path model = area.resolve(SessionSaves.MODEL);
		Files.createDirectories(model.getParent());
		byte[] whole = Files.readAllBytes(copy);
		Files.write(model, Arrays.copyOf(whole, whole.length / 2)); // the platform's write, cut by a crash
		Files.write(area.resolve(SessionSaves.WHOLE_COPY), whole);
		SessionSaves.repair(area);
		assertArrayEquals(whole, Files.readAllBytes(model), "the model file is the last whole copy again");

		byte[] other = new String(whole, StandardCharsets.UTF_8).replace(name, "/Dossiers/autre.segur").getBytes(StandardCharsets.UTF_8);
		Files.write(model, other);
		SessionSaves.repair(area);
		assertArrayEquals(other, Files.readAllBytes(model), "a whole model file is left as it is");
	}

	/** The model element of an editor of the compatibility layer (an Eclipse 3.x editor such as ours). */
	private static final String EDITOR_PART = "org.eclipse.e4.ui.compatibility.editor";

	private static Path state() {
		return Path.of(Platform.getInstanceLocation().getURL().getPath(), ".metadata", ".plugins", "org.eclipse.e4.workbench", "workbench.xmi");
	}

	/**
	 * What the saved state restores as open editors: the mementos (editor id, input) of its editor parts — not the
	 * recently opened files' list, which keeps a closed file's name.
	 */
	private static String openEditors() {
		try {
			Document model = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(state().toFile());
			NodeList elements = model.getElementsByTagName("children");
			StringBuilder mementos = new StringBuilder();
			for (int i = 0; i < elements.getLength(); i++) {
				Element part = (Element) elements.item(i);
				if (!EDITOR_PART.equals(part.getAttribute("elementId"))) {
					continue;
				}
				NodeList states = part.getElementsByTagName("persistedState");
				for (int j = 0; j < states.getLength(); j++) {
					mementos.append(((Element) states.item(j)).getAttribute("value")).append('\n');
				}
			}
			return mementos.toString();
		} catch (IOException | ParserConfigurationException | SAXException e) {
			return ""; // not written yet, or being written
		}
	}
}
