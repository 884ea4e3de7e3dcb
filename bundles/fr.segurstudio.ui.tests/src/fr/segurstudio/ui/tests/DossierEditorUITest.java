package fr.segurstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import fr.segurstudio.forms.swt.ControlRenderer;
import fr.segurstudio.forms.swt.FormHandle;
import fr.segurstudio.model.core.Demande;
import fr.segurstudio.model.core.StatutDemande;
import fr.segurstudio.model.couloir.Couloir;
import fr.segurstudio.model.couloir.CouloirRegistry;
import fr.segurstudio.testing.Golden;
import fr.segurstudio.testing.Services;
import fr.segurstudio.ui.OpenWork;
import fr.segurstudio.ui.bot.Bot;
import fr.segurstudio.ui.bot.Screenshots;
import fr.segurstudio.ui.dossier.DossierEditor;
import fr.segurstudio.ui.dossier.pages.RequestsPage;
import fr.segurstudio.ui.dossier.wizards.ExportWizard;
import fr.segurstudio.workspace.DossierFolders;
import fr.segurstudio.workspace.ProblemMarkers;

/**
 * The dossier editor as a user drives it: the new dossier wizard for each couloir, a request added and
 * filled through its generated form, a validation error on the field and in Problems and the way back to
 * it, undo/redo and the dirty flag, save keeping the text's comments, the MDV LIBERAL/STRUCTURE switch, the
 * export as a Job, the fictitious couloir's default form.
 */
@ExtendWith(Screenshots.class)
class DossierEditorUITest {

	@TempDir
	Path temp;
	private final Bot bot = new Bot();
	private final IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();

	@AfterEach
	void closeEverything() throws Exception {
		window.getActivePage().closeAllEditors(false);
		for (var root : DossierFolders.roots()) {
			DossierFolders.remove(root, null);
		}
	}

	@Test
	void theWizardCreatesAnEmptyDossierOfEachCouloirAndOpensIt() throws Exception {
		Path dir = Files.createDirectories(temp.resolve("nouveaux"));
		for (Couloir couloir : Services.get(CouloirRegistry.class).couloirs()) {
			bot.inDialog("Nouveau dossier Ségur", () -> bot.command("fr.segurstudio.ui.dossier.newDossier"), dialog -> {
				Combo couloirs = Bot.findAll(dialog, Combo.class, c -> true).get(0);
				bot.select(couloirs, couloir.id() + " – " + couloir.label());
				bot.type((Text) bot.byKey(dialog, "numeroAns"), "ANS0000007");
				bot.type((Text) bot.byKey(dialog, "SIRET"), "12345678200010");
				bot.type((Text) bot.byKey(dialog, "dossier"), dir.toString());
				bot.click(bot.button(dialog, Bot.plain(IDialogConstants.FINISH_LABEL)));
			});
			Path file = dir.resolve(couloir.id().toLowerCase(java.util.Locale.ROOT) + "-ANS0000007.segur");
			DossierEditor editor = bot.waitFor("the editor of " + file.getFileName(), () -> activeDossierEditor(file));
			assertTrue(Files.readString(file).contains("dossier " + couloir.id()), Files.readString(file));
			assertEquals("ANS0000007", editor.session().dossier().getNumeroAns());
			assertEquals(0, editor.session().dossier().getDemandes().size());
		}
	}

	@Test
	void aRequestAddedAndFilledThroughItsFormWithAnErrorShownOnTheFieldAndInProblems() throws Exception {
		Path file = golden("bio-sgl-durand.segur");
		DossierEditor editor = open(file);
		bot.command("fr.segurstudio.ui.dossier.newRequest");
		assertEquals(2, editor.session().dossier().getDemandes().size());
		Demande added = editor.session().dossier().getDemandes().get(1);
		assertEquals("00002", added.getNumeroEditeur());
		assertTrue(editor.isDirty());
		FormHandle form = editor.requestsPage().form();
		assertEquals(added, form.input());

		Text amount = (Text) field(editor, "montantSegurHT");
		bot.type(amount, "-5");
		bot.waitFor("the value in the model", () -> added.getCommande().getMontantSegurHT() != null
				&& added.getCommande().getMontantSegurHT().signum() < 0);
		ControlRenderer renderer = bot.waitFor("the field decorated with its error",
				() -> form.renderer("montantSegurHT").isDecorated() ? form.renderer("montantSegurHT") : null);
		assertTrue(renderer.decorationText().contains("négatif"), renderer.decorationText());

		IFile workspaceFile = editor.file();
		IMarker marker = bot.waitFor("the problem in the Problems view's markers", () -> marker(workspaceFile, "00002", "montantSegurHT"));
		assertEquals(IMarker.SEVERITY_ERROR, marker.getAttribute(IMarker.SEVERITY, -1));
		assertEquals("montant.negatif", marker.getAttribute(ProblemMarkers.CODE, ""));

		editor.setActivePage(fr.segurstudio.ui.dossier.pages.OverviewPage.ID);
		editor.requestsPage().select(List.of(editor.session().dossier().getDemandes().get(0)));
		IDE.gotoMarker(editor, marker); // what a double-click in Problems does
		bot.pump(200);
		assertEquals(editor.requestsPage(), editor.getActivePageInstance());
		assertEquals(added, editor.requestsPage().form().input());
		assertEquals(field(editor, "montantSegurHT"), bot.display().getFocusControl());

		bot.type((Text) field(editor, "montantSegurHT"), "1200.00");
		bot.waitFor("the error gone once fixed", () -> marker(workspaceFile, "00002", "montantSegurHT") == null
				&& !form.renderer("montantSegurHT").isDecorated());
	}

	@Test
	void undoAndRedoFollowTheDirtyFlagBackToTheSavePoint() throws Exception {
		DossierEditor editor = open(golden("rad-ris-radio2000.segur"));
		assertFalse(editor.isDirty());
		bot.command("fr.segurstudio.ui.dossier.newRequest");
		bot.command("fr.segurstudio.ui.dossier.duplicateRequest");
		assertEquals(3, editor.session().dossier().getDemandes().size());
		bot.waitFor("the Édition menu naming the command to undo, in French", () -> WorkbenchUITest
				.items(bot.mainShell().getMenuBar().getItem(1).getMenu()).get(0).equals("Annuler Dupliquer la demande 00002"));
		bot.commandWhenEnabled("org.eclipse.ui.edit.undo");
		assertEquals(2, editor.session().dossier().getDemandes().size());
		bot.commandWhenEnabled("org.eclipse.ui.edit.undo");
		assertEquals(1, editor.session().dossier().getDemandes().size());
		assertFalse(editor.isDirty(), "back at the save point");
		bot.commandWhenEnabled("org.eclipse.ui.edit.redo");
		assertEquals(2, editor.session().dossier().getDemandes().size());
		assertTrue(editor.isDirty());
	}

	@Test
	void saveWritesOnlyTheChangedValueAndKeepsTheTextsComments() throws Exception {
		Path file = golden("bio-sgl-durand.segur");
		String text = Files.readString(file).replace("  demande \"00001\" {", "  // le laboratoire principal\n  demande \"00001\" {");
		Files.writeString(file, text, StandardCharsets.UTF_8);
		DossierEditor editor = open(file);
		bot.type((Text) field(editor, "nomMandataire"), "DUPONT");
		bot.waitFor("the value in the model", () -> editor.isDirty());
		bot.commandWhenEnabled("org.eclipse.ui.file.save");
		assertFalse(editor.isDirty());
		String saved = Files.readString(file);
		assertEquals(text.replace("nomMandataire \"DURAND\"", "nomMandataire \"DUPONT\""), saved);
		window.getActivePage().closeAllEditors(false);
		DossierEditor reopened = open(file);
		assertEquals("DUPONT", ((Text) field(reopened, "nomMandataire")).getText());
	}

	@Test
	void theMdvLiberalStructureSwitchChangesTheForm() throws Exception {
		DossierEditor editor = open(golden("mdv-lgc-liberal.segur"));
		FormHandle form = editor.requestsPage().form();
		assertTrue(shown(form, "nomMedecin"), "a LIBERAL request shows its doctors");
		assertFalse(shown(form, "nomResponsable"));
		int doctors = form.table("liberal").getTable().getItemCount();
		assertEquals(3, doctors, "the golden dossier's three doctors");
		Combo commandePour = (Combo) field(editor, "commandePour");
		bot.select(commandePour, java.util.Arrays.stream(commandePour.getItems()).filter(i -> i.contains("STRUCTURE")).findFirst().orElseThrow());
		bot.waitFor("the structure's fields shown", () -> shown(form, "nomResponsable") && !shown(form, "nomMedecin"));
		bot.commandWhenEnabled("org.eclipse.ui.edit.undo");
		bot.waitFor("the doctors' table back after undo, with its rows", () -> !shown(form, "nomResponsable") && form.table("liberal") != null
				&& form.table("liberal").getTable().isVisible() && form.table("liberal").getTable().getItemCount() == doctors);
	}

	@Test
	void theExportRunsAsAJobAndTheDepositedRequestsBecomeDeposee() throws Exception {
		Path file = golden("bio-sgl-durand.segur");
		Files.write(file.resolveSibling("BIO-SGL-Va1-BDC-00001.pdf"), "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
		DossierEditor editor = open(file);
		bot.waitFor("the first validation", () -> !editor.isValidating());
		Path out = temp.resolve("depots");
		bot.inDialog("Exporter le dépôt", () -> bot.command("fr.segurstudio.ui.dossier.export"), dialog -> {
			bot.type((Text) bot.byKey(dialog, "export.dossier"), out.toString());
			bot.click(bot.button(dialog, Bot.plain(IDialogConstants.FINISH_LABEL)));
		});
		Job.getJobManager().join(ExportWizard.FAMILY, null);
		Demande demande = editor.session().dossier().getDemandes().get(0);
		bot.waitFor("the request DEPOSEE", () -> demande.getStatut() == StatutDemande.DEPOSEE);
		try (Stream<Path> files = Files.list(out)) {
			List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
			assertTrue(names.stream().anyMatch(n -> n.matches("JSON-ANS0000001-\\d{8}-001\\.json")), names.toString());
		}
		assertTrue(demande.getFichierDepot().startsWith("JSON-ANS0000001-"), demande.getFichierDepot());
		bot.commandWhenEnabled("org.eclipse.ui.edit.undo");
		assertEquals(StatutDemande.BROUILLON, demande.getStatut(), "the deposit's status change is one undo");
	}

	@Test
	void aDossierOfTheFictitiousCouloirIsEditedThroughItsDefaultForm() throws Exception {
		Couloir fictif = DroppedCouloirs.ficDem();
		Path file = temp.resolve("fictif").resolve("fic-dem.segur");
		Files.createDirectories(file.getParent());
		Services.get(fr.segurstudio.editing.DossierSessions.class).create(file, fictif, "ANS0000009", "12345678200010");
		OpenWork.open(window, List.of(file.getParent()));
		DossierEditor editor = open(file);
		bot.command("fr.segurstudio.ui.dossier.newRequest");
		Text nom = (Text) field(editor, "nomClient");
		bot.type(nom, "clinique");
		bot.waitFor("the name upper-cased in the model", () -> {
			Demande demande = editor.session().dossier().getDemandes().get(0);
			return "CLINIQUE".equals(demande.getBeneficiaires().eGet(demande.getBeneficiaires().eClass().getEStructuralFeature("nomClient")));
		});
		bot.commandWhenEnabled("org.eclipse.ui.file.save");
		assertTrue(Files.readString(file).contains("nomClient \"CLINIQUE\""), Files.readString(file));
	}

	// helpers

	private Path golden(String name) throws Exception {
		Path dir = Files.createDirectories(temp.resolve("dossiers"));
		for (Golden golden : Golden.all()) {
			if (!Files.exists(dir.resolve(golden.segurFileName()))) {
				Files.writeString(dir.resolve(golden.segurFileName()), golden.segurText(), StandardCharsets.UTF_8);
			}
		}
		OpenWork.open(window, List.of(dir));
		return dir.resolve(name);
	}

	private DossierEditor open(Path file) throws Exception {
		IFile workspaceFile = bot.waitFor("the workspace file of " + file.getFileName(), () -> {
			IFile f = DossierFolders.find(file);
			return f != null && f.exists() ? f : null;
		});
		IEditorPart part = IDE.openEditor(window.getActivePage(), workspaceFile, true);
		assertTrue(part instanceof DossierEditor, String.valueOf(part));
		DossierEditor editor = (DossierEditor) part;
		editor.setActivePage(RequestsPage.ID);
		bot.pump(100);
		return editor;
	}

	private DossierEditor activeDossierEditor(Path file) {
		IEditorPart part = window.getActivePage().getActiveEditor();
		return part instanceof DossierEditor editor && editor.session().file().toAbsolutePath().equals(file.toAbsolutePath()) ? editor : null;
	}

	/** The first visible widget of the request form with this JSON key. */
	private Control field(DossierEditor editor, String key) {
		FormHandle form = bot.waitFor("the form", () -> editor.requestsPage().form());
		return bot.waitFor("the field " + key, () -> {
			ControlRenderer renderer = form.renderer(key);
			return renderer != null && renderer.isShown() ? renderer.control() : null;
		});
	}

	private static boolean shown(FormHandle form, String key) {
		ControlRenderer renderer = form.renderer(key);
		return renderer != null && renderer.isShown();
	}

	private static IMarker marker(IFile file, String request, String path) {
		try {
			for (IMarker marker : file.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO)) {
				if (request.equals(marker.getAttribute(ProblemMarkers.REQUEST, "")) && marker.getAttribute(ProblemMarkers.PATH, "").contains(path)) {
					return marker;
				}
			}
		} catch (org.eclipse.core.runtime.CoreException e) {
			throw new AssertionError(e);
		}
		return null;
	}
}
