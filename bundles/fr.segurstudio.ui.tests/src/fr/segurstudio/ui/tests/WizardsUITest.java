package fr.segurstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.navigator.CommonNavigator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import fr.segurstudio.model.asp.AspValues;
import fr.segurstudio.testing.Services;
import fr.segurstudio.ui.bot.Bot;
import fr.segurstudio.ui.dossier.DossierEditor;
import fr.segurstudio.ui.dossier.wizards.ExportWizard;
import fr.segurstudio.workspace.DossierFolders;
import fr.segurstudio.workspace.DossierSummaries;

/**
 * The wizards' defaults: a new dossier starts in the folder selected in the explorer, else the active dossier's;
 * its numeroAns and SIRET are checked as they are typed; the file it writes is in the explorer with its summary. The
 * export wizard shows the day as JJ/MM/AAAA, lists the pieces without a file before anything is written, and
 * offers the folder of the last deposit next time.
 */
class WizardsUITest {

	private static final String NEW_DOSSIER = "fr.segurstudio.ui.dossier.newDossier";
	private static final String TITLE = "Nouveau dossier Ségur";

	@RegisterExtension
	final WorkbenchFixture workbench = new WorkbenchFixture();
	private final Bot bot = workbench.bot;

	@Test
	void aNewDossierStartsInTheSelectedFolderChecksItsHeaderAsTypedAndShowsInTheExplorer() throws Exception {
		Path dir = workbench.golden("bio-sgl-durand.segur").getParent();
		// a dossier active: its folder
		DossierEditor active = workbench.open(dir.resolve("rad-ris-radio2000.segur"));
		bot.inDialog(TITLE, () -> bot.command(NEW_DOSSIER), dialog -> {
			assertEquals(dir.toString(), ((Text) bot.byKey(dialog, "dossier")).getText(), "the active dossier's folder");
			bot.click(bot.button(dialog, IDialogConstants.CANCEL_LABEL));
		});
		// a folder selected in the explorer: that folder
		Path sub = Files.createDirectories(dir.resolve("sous-dossier"));
		IFile anchor = workbench.workspaceFile(dir.resolve("bio-sgl-durand.segur"));
		anchor.getParent().refreshLocal(1, null);
		CommonNavigator explorer = (CommonNavigator) workbench.window.getActivePage().showView(IPageLayout.ID_PROJECT_EXPLORER);
		explorer.selectReveal(new StructuredSelection(anchor.getParent().getFolder(IPath.fromOSString("sous-dossier"))));
		bot.pump(200);
		Path created = sub.resolve("bio-sgl-ANS0000009.segur");
		bot.inDialog(TITLE, () -> bot.command(NEW_DOSSIER), dialog -> {
			assertEquals(sub.toString(), ((Text) bot.byKey(dialog, "dossier")).getText(), "the folder selected in the explorer");
			Button finish = bot.button(dialog, Bot.plain(IDialogConstants.FINISH_LABEL));
			Text ans = (Text) bot.byKey(dialog, "numeroAns");
			Text siret = (Text) bot.byKey(dialog, "SIRET");
			assertFalse(finish.isEnabled(), "the header is asked for");
			bot.type(ans, "12");
			assertTrue(said(dialog).contains("numeroAns"), "« 12 » refused as it is typed: " + said(dialog));
			assertFalse(finish.isEnabled());
			bot.type(ans, "ANS0000009");
			bot.type(siret, "1234");
			assertTrue(said(dialog).contains("SIRET"), said(dialog));
			assertFalse(finish.isEnabled());
			bot.type(siret, "12345678200010");
			assertTrue(finish.isEnabled(), said(dialog));
			bot.click(finish);
		});
		DossierEditor editor = bot.waitFor("the new dossier's editor", () -> workbench.window.getActivePage().getActiveEditor() instanceof DossierEditor e
				&& e != active ? e : null);
		assertEquals(created, editor.session().file());
		IFile workspaceFile = bot.waitFor("the new file in the explorer", () -> {
			IFile found = DossierFolders.find(created);
			return found != null && found.exists() ? found : null;
		});
		assertEquals(workspaceFile, editor.file(), "the editor edits the explorer's file: its problems are the Problems view's");
		bot.waitFor("its summary in the explorer", () -> Services.get(DossierSummaries.class).get(workspaceFile));
	}

	@Test
	void theExportWizardSaysTheDayInFrenchListsThePiecesWithoutAFileAndRemembersTheFolder() throws Exception {
		Path file = workbench.golden("bio-sgl-durand.segur");
		DossierEditor editor = workbench.open(file);
		bot.waitFor("the first validation", () -> !editor.isValidating());
		Path out = workbench.temp().resolve("mes-depots");
		bot.inDialog("Exporter le dépôt", () -> bot.command("fr.segurstudio.ui.dossier.export"), dialog -> {
			Text date = (Text) bot.byKey(dialog, "export.date");
			assertEquals(AspValues.formatDate(LocalDate.now()), date.getText(), "JJ/MM/AAAA");
			Table problems = (Table) bot.byKey(dialog, "export.problemes");
			List<String> lines = Arrays.stream(problems.getItems()).map(TableItem::getText).toList();
			assertEquals(List.of("avertissement : demande 00001, pièce « BIO-SGL-Va1-BDC-00001.pdf » : aucun fichier joint ; à fournir à part"), lines,
					"as segur export reports it");
			Button finish = bot.button(dialog, Bot.plain(IDialogConstants.FINISH_LABEL));
			bot.type(date, "31/02/2026");
			assertFalse(finish.isEnabled(), "no 31 February");
			bot.type(date, "05/03/2026");
			bot.type((Text) bot.byKey(dialog, "export.dossier"), out.toString());
			assertTrue(finish.isEnabled(), said(dialog));
			bot.click(finish);
		});
		Job.getJobManager().join(ExportWizard.FAMILY, null);
		assertTrue(Files.exists(out.resolve("JSON-ANS0000001-20260305-001.json")));
		bot.command("fr.segurstudio.ui.dossier.newRequest"); // something to deposit again
		bot.inDialog("Exporter le dépôt", () -> bot.command("fr.segurstudio.ui.dossier.export"), dialog -> {
			assertEquals(out.toString(), ((Text) bot.byKey(dialog, "export.dossier")).getText(), "the last deposit's folder");
			bot.click(bot.button(dialog, IDialogConstants.CANCEL_LABEL));
		});
	}

	/** Every text the dialog shows (its title area's message included). */
	private static String said(Shell dialog) {
		return String.join("\n", Bot.findAll(dialog, Label.class, l -> true).stream().map(Label::getText).toList()) + "\n"
				+ String.join("\n", Bot.findAll(dialog, Text.class, t -> (t.getStyle() & SWT.READ_ONLY) != 0).stream().map(Text::getText).toList());
	}
}
