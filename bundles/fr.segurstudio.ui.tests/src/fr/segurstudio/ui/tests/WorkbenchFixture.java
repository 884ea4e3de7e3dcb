package fr.segurstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.swt.widgets.Control;
import org.eclipse.jface.dialogs.DialogSettings;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.osgi.framework.FrameworkUtil;

import fr.segurstudio.forms.swt.ControlRenderer;
import fr.segurstudio.forms.swt.FormHandle;
import fr.segurstudio.testing.Golden;
import fr.segurstudio.ui.OpenWork;
import fr.segurstudio.ui.bot.Bot;
import fr.segurstudio.ui.bot.Screenshots;
import fr.segurstudio.ui.dossier.DossierEditor;
import fr.segurstudio.ui.dossier.pages.RequestsPage;
import fr.segurstudio.workspace.DossierFolders;

/**
 * What the UI tests of the real workbench share, as a JUnit 5 extension
 * ({@code @RegisterExtension final WorkbenchFixture workbench = new WorkbenchFixture();}): the bot and the window; a
 * fresh temporary folder for each test; the golden dossiers in a folder opened as the explorer opens one; a file's
 * dossier editor on its Demandes page; a form's field by its JSON key; a screenshot of a failed test. After each
 * test the editors are closed without saving and the opened folders removed from the explorer (their files stay,
 * then go with the temporary folder).
 */
final class WorkbenchFixture implements BeforeEachCallback, AfterEachCallback, TestWatcher {

	final Bot bot = new Bot();
	final IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
	private Path temp;

	@Override
	public void beforeEach(ExtensionContext context) throws IOException {
		temp = Files.createTempDirectory("segur-ui-");
		forgetPageSettings();
	}

	@Override
	public void afterEach(ExtensionContext context) throws Exception {
		window.getActivePage().closeAllEditors(false);
		forgetPageSettings();
		for (var root : DossierFolders.roots()) {
			DossierFolders.remove(root, null);
		}
		try (Stream<Path> files = Files.walk(temp)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(file);
			}
		}
	}

	@Override
	public void testFailed(ExtensionContext context, Throwable cause) {
		new Screenshots().testFailed(context, cause);
	}

	/**
	 * What the Demandes pages remember per couloir (columns, sort, sash, filters) forgotten: each test starts from the
	 * defaults, whatever the tests before it set (the settings outlive an editor by design).
	 */
	static void forgetPageSettings() {
		PlatformUI.getDialogSettingsProvider(FrameworkUtil.getBundle(RequestsPage.class)).getDialogSettings()
				.addSection(new DialogSettings(RequestsPage.SETTINGS));
	}

	/** The test's own temporary folder. */
	Path temp() {
		return temp;
	}

	/** A folder of the temporary folder with every golden dossier in it, as ASP JSON and as .segur text (not opened). */
	Path goldenFolder(String name) throws IOException {
		Path dir = Files.createDirectories(temp.resolve(name));
		for (Golden golden : Golden.all()) {
			Files.write(dir.resolve(golden.fileName()), golden.bytes());
			Files.writeString(dir.resolve(golden.segurFileName()), golden.segurText(), StandardCharsets.UTF_8);
		}
		return dir;
	}

	/** A golden .segur dossier, in a folder of the golden .segur dossiers opened in the explorer. */
	Path golden(String segurFileName) throws IOException {
		Path dir = Files.createDirectories(temp.resolve("dossiers"));
		for (Golden golden : Golden.all()) {
			if (!Files.exists(dir.resolve(golden.segurFileName()))) {
				Files.writeString(dir.resolve(golden.segurFileName()), golden.segurText(), StandardCharsets.UTF_8);
			}
		}
		OpenWork.open(window, List.of(dir));
		return dir.resolve(segurFileName);
	}

	/** A BIO-SGL dossier of this many requests ({@link SegurTexts#bio}) in the folder of the golden dossiers, opened. */
	Path bio(String fileName, int requests) throws IOException {
		Path dir = Files.createDirectories(temp.resolve("dossiers"));
		Path file = dir.resolve(fileName);
		Files.writeString(file, SegurTexts.bio(requests), StandardCharsets.UTF_8);
		golden("bio-sgl-durand.segur"); // the folder opened
		return file;
	}

	/** The Demandes page's table of a dossier editor, once it is made. */
	Table requestsTable(DossierEditor editor) {
		return bot.waitFor("the requests table", () -> editor.requestsPage().viewer() == null ? null : editor.requestsPage().viewer().getTable());
	}

	/** The workspace file of a file of an opened folder, once the workspace has it. */
	IFile workspaceFile(Path file) {
		return bot.waitFor("the workspace file of " + file.getFileName(), () -> {
			IFile found = DossierFolders.find(file);
			return found != null && found.exists() ? found : null;
		});
	}

	/** The dossier editor of a file of an opened folder, showing its Demandes page. */
	DossierEditor open(Path file) throws Exception {
		IEditorPart part = IDE.openEditor(window.getActivePage(), workspaceFile(file), true);
		assertTrue(part instanceof DossierEditor, String.valueOf(part));
		DossierEditor editor = (DossierEditor) part;
		editor.setActivePage(RequestsPage.ID);
		bot.pump(100);
		return editor;
	}

	/** The active editor when it is the dossier editor of this file, else null (to wait for). */
	DossierEditor activeDossierEditor(Path file) {
		IEditorPart part = window.getActivePage().getActiveEditor();
		return part instanceof DossierEditor editor && editor.session().file().toAbsolutePath().equals(file.toAbsolutePath()) ? editor : null;
	}

	/** The first shown widget of the request form with this JSON key, waiting for it. */
	Control field(DossierEditor editor, String key) {
		FormHandle form = bot.waitFor("the form", () -> editor.requestsPage().form());
		return bot.waitFor("the field " + key, () -> {
			ControlRenderer renderer = form.renderer(key);
			return renderer != null && renderer.isShown() ? renderer.control() : null;
		});
	}

	/** The table of the proposal popup (completion or quick fix) that is showing, or null. */
	Table proposalTable() {
		for (Shell shell : bot.display().getShells()) {
			if (shell.isVisible() && shell != bot.mainShell()) {
				List<Table> tables = Bot.findAll(shell, Table.class, t -> t.getItemCount() > 0);
				if (!tables.isEmpty()) {
					return tables.get(0);
				}
			}
		}
		return null;
	}

	/** Whether the form shows the control of this JSON key. */
	static boolean shown(FormHandle form, String key) {
		ControlRenderer renderer = form.renderer(key);
		return renderer != null && renderer.isShown();
	}
}
