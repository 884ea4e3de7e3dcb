package fr.segurstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.expressions.IEvaluationContext;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISources;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import fr.segurstudio.forms.swt.ControlRenderer;
import fr.segurstudio.forms.swt.FormHandle;
import fr.segurstudio.json.AspImporter;
import fr.segurstudio.model.issue.Issue;
import fr.segurstudio.testing.Golden;
import fr.segurstudio.testing.InvalidVariants;
import fr.segurstudio.validation.DossierValidator;
import fr.segurstudio.validation.ValidationContext;
import fr.segurstudio.validation.json.FileReport;
import fr.segurstudio.validation.json.FileValidator;
import fr.segurstudio.validation.json.Mode;
import fr.segurstudio.model.core.Demande;
import fr.segurstudio.model.core.StatutDemande;
import fr.segurstudio.model.couloir.Couloir;
import fr.segurstudio.model.couloir.CouloirRegistry;
import fr.segurstudio.testing.Services;
import fr.segurstudio.ui.bot.Bot;
import fr.segurstudio.ui.dossier.DossierEditor;
import fr.segurstudio.ui.dossier.pages.OverviewPage;
import fr.segurstudio.ui.dossier.pages.RequestsPage;
import fr.segurstudio.ui.dossier.wizards.ExportWizard;
import fr.segurstudio.workspace.ProblemMarkers;

/**
 * The dossier editor as a user drives it: the new dossier wizard for each couloir, a request added and
 * filled through its generated form, a validation error on the field and in Problems and the way back to
 * it, a broken JSON file fixed through the form, undo/redo and the dirty flag, save keeping the text's comments, the
 * MDV LIBERAL/STRUCTURE switch, the export as a Job, the fictitious couloir's default form.
 */
class DossierEditorUITest {

	@RegisterExtension
	final WorkbenchFixture workbench = new WorkbenchFixture();
	private final Bot bot = workbench.bot;
	private final IWorkbenchWindow window = workbench.window;

	@Test
	void theWizardCreatesAnEmptyDossierOfEachCouloirAndOpensIt() throws Exception {
		Path dir = Files.createDirectories(workbench.temp().resolve("nouveaux"));
		for (Couloir couloir : Services.get(CouloirRegistry.class).couloirs()) {
			bot.inDialog("Nouveau dossier Ségur", () -> bot.command("fr.segurstudio.ui.dossier.newDossier"), dialog -> {
				Combo couloirs = Bot.findAll(dialog, Combo.class, c -> true).get(0);
				bot.select(couloirs, couloir.id() + " – " + couloir.label());
				bot.type((Text) bot.byKey(dialog, "numeroAns"), "ANS0000007");
				bot.type((Text) bot.byKey(dialog, "SIRET"), "12345678200010");
				bot.type((Text) bot.byKey(dialog, "dossier"), dir.toString());
				bot.click(bot.button(dialog, Bot.plain(IDialogConstants.FINISH_LABEL)));
			});
			Path file = dir.resolve(couloir.id().toLowerCase(Locale.ROOT) + "-ANS0000007.segur");
			DossierEditor editor = bot.waitFor("the editor of " + file.getFileName(), () -> workbench.activeDossierEditor(file));
			assertTrue(Files.readString(file).contains("dossier " + couloir.id()), Files.readString(file));
			assertEquals("ANS0000007", editor.session().dossier().getNumeroAns());
			assertEquals(0, editor.session().dossier().getDemandes().size());
		}
	}

	@Test
	void aRequestAddedAndFilledThroughItsFormWithAnErrorShownOnTheFieldAndInProblems() throws Exception {
		Path file = workbench.golden("bio-sgl-durand.segur");
		DossierEditor editor = workbench.open(file);
		bot.command("fr.segurstudio.ui.dossier.newRequest");
		assertEquals(2, editor.session().dossier().getDemandes().size());
		Demande added = editor.session().dossier().getDemandes().get(1);
		assertEquals("00002", added.getNumeroEditeur());
		assertTrue(editor.isDirty());
		FormHandle form = editor.requestsPage().form();
		assertEquals(added, form.input());

		Text amount = (Text) workbench.field(editor, "montantSegurHT");
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

		editor.setActivePage(OverviewPage.ID);
		editor.requestsPage().select(List.of(editor.session().dossier().getDemandes().get(0)));
		IDE.gotoMarker(editor, marker); // what a double-click in Problems does
		bot.pump(200);
		assertEquals(editor.requestsPage(), editor.getActivePageInstance());
		assertEquals(added, editor.requestsPage().form().input());
		assertEquals(workbench.field(editor, "montantSegurHT"), bot.display().getFocusControl());

		bot.type((Text) workbench.field(editor, "montantSegurHT"), "1200.00");
		bot.waitFor("the error gone once fixed", () -> marker(workspaceFile, "00002", "montantSegurHT") == null
				&& !form.renderer("montantSegurHT").isDecorated());
	}

	/**
	 * The requests selected in the table are the editor's selection, as {@link Demande} objects: what the selection
	 * service and the handlers ({@code HandlerUtil.getCurrentStructuredSelection}) read, the same requests whatever
	 * the table's order; the other pages select nothing. Deleting acts on them: the bot sorts, selects two requests,
	 * deletes, and checks which went.
	 */
	@Test
	void theRequestsSelectedInTheTableAreTheEditorsSelection() throws Exception {
		DossierEditor editor = workbench.open(workbench.golden("rad-ris-radio2000.segur"));
		bot.command("fr.segurstudio.ui.dossier.newRequest");
		bot.command("fr.segurstudio.ui.dossier.newRequest");
		List<Demande> demandes = List.copyOf(editor.session().dossier().getDemandes());
		assertEquals(List.of("00001", "00002", "00003"), demandes.stream().map(Demande::getNumeroEditeur).toList());
		Table table = editor.requestsPage().viewer().getTable();
		TableColumn numero = table.getColumn(0);
		numero.notifyListeners(SWT.Selection, new Event()); // sorted by number
		numero.notifyListeners(SWT.Selection, new Event()); // then the other way: 00003 first
		bot.pump(100);
		assertEquals("00003", table.getItem(0).getText());
		bot.select(table, "00003", "00001");
		List<Demande> chosen = List.of(demandes.get(2), demandes.get(0));
		assertEquals(chosen, selected(editor.getSite().getSelectionProvider().getSelection()), "the editor's selection provider");
		assertEquals(chosen, selected(window.getSelectionService().getSelection()), "the selection service");
		IEvaluationContext state = window.getService(IHandlerService.class).getCurrentState();
		assertEquals(chosen, selected(state.getVariable(ISources.ACTIVE_CURRENT_SELECTION_NAME)), "what a handler reads");

		editor.setActivePage(OverviewPage.ID);
		bot.pump(100);
		assertTrue(window.getSelectionService().getSelection().isEmpty(), "the overview shows no request selected");
		editor.setActivePage(RequestsPage.ID);
		bot.pump(100);
		assertEquals(chosen, selected(window.getSelectionService().getSelection()), "the table's again");

		bot.inDialog("Supprimer des demandes", () -> bot.command("fr.segurstudio.ui.dossier.deleteRequests"),
				dialog -> bot.click(bot.button(dialog, "Supprimer")));
		assertEquals(List.of(demandes.get(1)), editor.session().dossier().getDemandes(), "00001 and 00003 went, 00002 stays");
		assertEquals(1, table.getItemCount());
	}

	private static List<Object> selected(Object selection) {
		return selection instanceof IStructuredSelection structured ? structured.toList() : List.of();
	}

	/** A form's edit is one change of the dossier: the command stack tells the editor once per commit, undone in one step. */
	@Test
	void aFormEditIsOneNotificationPerCommit() throws Exception {
		DossierEditor editor = workbench.open(workbench.golden("bio-sgl-durand.segur"));
		List<Object> told = new ArrayList<>();
		CommandStackListener counter = event -> told.add(event.getSource());
		editor.session().commandStack().addCommandStackListener(counter);
		try {
			Text nom = (Text) workbench.field(editor, "nomMandataire");
			bot.type(nom, "DUPONT");
			bot.waitFor("the value in the model", editor::isDirty);
			assertEquals(1, told.size(), "one change, one notification");
			bot.type(nom, "DUPONT ET FILS"); // the same visit of the field: its first command takes it
			assertEquals(2, told.size(), "the next commit of the typing, once");
			bot.commandWhenEnabled("org.eclipse.ui.edit.undo");
			assertEquals(3, told.size());
			assertFalse(editor.isDirty(), "the whole typing undone in one step");
			assertEquals("DURAND", nom.getText());
		} finally {
			editor.session().commandStack().removeCommandStackListener(counter);
		}
	}

	/**
	 * The file users bring most, a broken one: a JSON file whose order date is an ISO date and whose amount is written as
	 * a text opens editable; each value is shown in its field as the file wrote it, in error; a save writes them back as
	 * read; typed again through the fields, saved, the file validates.
	 */
	@Test
	void aBrokenJsonFileOpensEditableIsFixedThroughItsFormAndValidates() throws Exception {
		String broken = Golden.BIO_SGL.text().replace("\"dateCommande\": \"14/03/2022\"", "\"dateCommande\": \"2022-03-14\"")
				.replace("\"montantSegurHT\": 27450.00", "\"montantSegurHT\": \"27450.00\"");
		Path file = Files.writeString(Files.createDirectories(workbench.temp().resolve("dossiers")).resolve("labo-durand.json"), broken, StandardCharsets.UTF_8);
		workbench.golden("bio-sgl-durand.segur"); // the folder opened in the workbench
		DossierEditor editor = workbench.open(file);
		assertNull(editor.session().readOnlyReason(), "editable");
		Demande demande = editor.session().dossier().getDemandes().get(0);

		FormHandle form = bot.waitFor("the form", () -> editor.requestsPage().form());
		assertTrue(form.control().isEnabled());
		Text date = (Text) workbench.field(editor, "dateCommande");
		assertEquals("2022-03-14", date.getText(), "the value as the file wrote it");
		Text amount = (Text) workbench.field(editor, "montantSegurHT");
		assertEquals("27450.00", amount.getText());
		ControlRenderer dateRenderer = bot.waitFor("the date in error, with the reader's words",
				() -> form.renderer("dateCommande").isDecorated() && form.renderer("dateCommande").decorationText().contains("AAAA-MM-JJ")
						? form.renderer("dateCommande") : null);
		assertTrue(dateRenderer.decorationText().contains("attendu JJ/MM/AAAA (14/03/2022)"), dateRenderer.decorationText());

		// another value changed and saved: the values kept as written are saved as they were read
		bot.type(((Text) workbench.field(editor, "nomMandataire")), "DUPONT");
		bot.waitFor("the change in the model", editor::isDirty);
		bot.commandWhenEnabled("org.eclipse.ui.file.save");
		assertEquals(InvalidVariants.values(broken.replace("\"nomMandataire\": \"DURAND\"", "\"nomMandataire\": \"DUPONT\"").getBytes(StandardCharsets.UTF_8)),
				InvalidVariants.values(Files.readAllBytes(file)));
		bot.type(((Text) workbench.field(editor, "nomMandataire")), "DURAND");

		bot.type(date, "14/03/2022");
		bot.waitFor("the date in the model", () -> demande.getCommande().getDateCommande() != null);
		bot.type((Text) workbench.field(editor, "montantSegurHT"), "27450,00");
		bot.waitFor("the amount in the model", () -> demande.getCommande().getMontantSegurHT() != null);
		bot.waitFor("no field in error", () -> !form.renderer("dateCommande").isDecorated() && !form.renderer("montantSegurHT").isDecorated());
		bot.commandWhenEnabled("org.eclipse.ui.file.save");
		assertFalse(editor.isDirty());

		byte[] saved = Files.readAllBytes(file);
		assertEquals(InvalidVariants.values(Golden.BIO_SGL.bytes()), InvalidVariants.values(saved), "the golden file again");
		FileReport report = new FileValidator(Services.get(DossierValidator.class), Services.get(CouloirRegistry.class))
				.validate(Services.get(AspImporter.class).read(saved, "labo-durand.json", null), Mode.ASP, ValidationContext.ALONE);
		assertTrue(report.accepted() && report.requests().get(0).accepted(),
				report.requests().get(0).issues().stream().map(Issue::message).toList().toString());
	}

	@Test
	void undoAndRedoFollowTheDirtyFlagBackToTheSavePoint() throws Exception {
		DossierEditor editor = workbench.open(workbench.golden("rad-ris-radio2000.segur"));
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
		Path file = workbench.golden("bio-sgl-durand.segur");
		String text = Files.readString(file).replace("  demande \"00001\" {", "  // le laboratoire principal\n  demande \"00001\" {");
		Files.writeString(file, text, StandardCharsets.UTF_8);
		DossierEditor editor = workbench.open(file);
		bot.type((Text) workbench.field(editor, "nomMandataire"), "DUPONT");
		bot.waitFor("the value in the model", () -> editor.isDirty());
		bot.commandWhenEnabled("org.eclipse.ui.file.save");
		assertFalse(editor.isDirty());
		String saved = Files.readString(file);
		assertEquals(text.replace("nomMandataire \"DURAND\"", "nomMandataire \"DUPONT\""), saved);
		window.getActivePage().closeAllEditors(false);
		DossierEditor reopened = workbench.open(file);
		assertEquals("DUPONT", ((Text) workbench.field(reopened, "nomMandataire")).getText());
	}

	@Test
	void theMdvLiberalStructureSwitchChangesTheForm() throws Exception {
		DossierEditor editor = workbench.open(workbench.golden("mdv-lgc-liberal.segur"));
		FormHandle form = editor.requestsPage().form();
		assertTrue(WorkbenchFixture.shown(form, "nomMedecin"), "a LIBERAL request shows its doctors");
		assertFalse(WorkbenchFixture.shown(form, "nomResponsable"));
		int doctors = form.table("liberal").getTable().getItemCount();
		assertEquals(3, doctors, "the golden dossier's three doctors");
		Combo commandePour = (Combo) workbench.field(editor, "commandePour");
		bot.select(commandePour, Arrays.stream(commandePour.getItems()).filter(i -> i.contains("STRUCTURE")).findFirst().orElseThrow());
		bot.waitFor("the structure's fields shown", () -> WorkbenchFixture.shown(form, "nomResponsable") && !WorkbenchFixture.shown(form, "nomMedecin"));
		bot.commandWhenEnabled("org.eclipse.ui.edit.undo");
		bot.waitFor("the doctors' table back after undo, with its rows", () -> !WorkbenchFixture.shown(form, "nomResponsable") && form.table("liberal") != null
				&& form.table("liberal").getTable().isVisible() && form.table("liberal").getTable().getItemCount() == doctors);
	}

	@Test
	void theExportRunsAsAJobAndTheDepositedRequestsAreRecordedDeposeeInTheFile() throws Exception {
		Path file = workbench.golden("bio-sgl-durand.segur");
		Files.write(file.resolveSibling("BIO-SGL-Va1-BDC-00001.pdf"), "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
		DossierEditor editor = workbench.open(file);
		bot.waitFor("the first validation", () -> !editor.isValidating());
		Path out = workbench.temp().resolve("depots");
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
		assertFalse(editor.isDirty(), "the record is in the file, not an unsaved edit");
		assertFalse(editor.session().commandStack().canUndo(), "nor an undoable one: the files are at the portal's door");
		assertTrue(Files.readString(file).contains("statut DEPOSEE"));
	}

	private static IMarker marker(IFile file, String request, String path) {
		try {
			for (IMarker marker : file.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO)) {
				if (request.equals(marker.getAttribute(ProblemMarkers.REQUEST, "")) && marker.getAttribute(ProblemMarkers.PATH, "").contains(path)) {
					return marker;
				}
			}
		} catch (CoreException e) {
			throw new AssertionError(e);
		}
		return null;
	}
}
