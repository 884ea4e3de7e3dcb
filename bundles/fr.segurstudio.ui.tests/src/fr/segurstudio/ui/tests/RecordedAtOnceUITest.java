package fr.segurstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import fr.segurstudio.editing.DossierSessions;
import fr.segurstudio.json.AspJsonWriter;
import fr.segurstudio.model.core.Demande;
import fr.segurstudio.model.core.Dossier;
import fr.segurstudio.model.core.StatutDemande;
import fr.segurstudio.testing.Services;
import fr.segurstudio.ui.bot.Bot;
import fr.segurstudio.ui.dossier.DossierEditor;
import fr.segurstudio.ui.dossier.wizards.ExportWizard;
import fr.segurstudio.ui.lifecycle.ApplyReturnHandler;

/**
 * What happens outside the dossier is in its file at once: the workbench's export, returned file and resubmission
 * go through the lifecycle's recorded deposit and locked update, as the command line's. The bot exports (with an
 * unsaved edit, which is saved first), closes the editor without saving, opens the dossier again: the requests are
 * DEPOSEE and a second export offers none; the same for a returned file (numeroASP, rejection) and a resubmission.
 */
class RecordedAtOnceUITest {

	private static final String DEPOSIT = "JSON-ANS0000001-20260305-001.json";
	private static final String RETURN_TITLE = "Appliquer un retour du portail";
	private static final String RESUBMIT_TITLE = "Resoumettre les demandes rejetées";

	@RegisterExtension
	final WorkbenchFixture workbench = new WorkbenchFixture();
	private final Bot bot = workbench.bot;

	@Test
	void anExportIsInTheFileAtOnceAndASecondExportOffersNothing() throws Exception {
		Path file = workbench.golden("bio-sgl-durand.segur");
		DossierEditor editor = open(file);
		editor.showRequests(List.of(request(editor, "00001")));
		bot.type((Text) workbench.field(editor, "montantSegurHT"), "27000.00");
		bot.waitFor("the unsaved edit", editor::isDirty);
		Path out = workbench.temp().resolve("depots");
		export(editor, out, dialog -> assertTrue(said(dialog).contains("enregistrées d'abord"), "the wizard says it saves first: " + said(dialog)));

		String text = Files.readString(file, StandardCharsets.UTF_8);
		assertTrue(text.contains("statut DEPOSEE") && text.contains("fichierDepot \"" + DEPOSIT + "\"") && text.contains("dateDepot 05/03/2026"), text);
		assertTrue(text.contains("montantSegurHT 27000.00"), "the edit saved first: " + text);
		assertTrue(Files.readString(out.resolve(DEPOSIT)).contains("27000"), "the deposit holds what the user saw");
		assertEquals(StatutDemande.DEPOSEE, request(editor, "00001").getStatut(), "the editor shows the record");
		assertFalse(editor.isDirty(), "the record is no unsaved edit: the file has it");

		DossierEditor again = closeWithoutSavingAndReopen(editor, file);
		assertEquals(StatutDemande.DEPOSEE, request(again, "00001").getStatut());
		assertNothingToExport();
	}

	@Test
	void aReturnedFileAndAResubmissionAreInTheFileAtOnce() throws Exception {
		Path file = workbench.golden("bio-sgl-durand.segur");
		DossierEditor editor = open(file);
		Path out = workbench.temp().resolve("depots");
		export(editor, out, dialog -> {
		});
		// the portal rejects 00001
		Path returned = returned(out.resolve(DEPOSIT), null, "E012", "Le numéro FINESS juridique est invalide");
		List<String> said = new ArrayList<>();
		bot.inDialog(RETURN_TITLE, () -> ApplyReturnHandler.apply(editor, List.of(returned)), dialog -> {
			said.add(said(dialog) + "\n" + String.join("\n", rows(dialog)));
			bot.click(bot.button(dialog, IDialogConstants.OK_LABEL));
		});
		assertTrue(said.get(0).contains("0 acceptée(s), 1 rejetée(s)"), said.get(0));
		assertTrue(said.get(0).contains("00001 REJETEE E012"), said.get(0));
		assertTrue(Files.readString(file).contains("codeTraitement \"E012\""), Files.readString(file));
		assertFalse(editor.isDirty());

		DossierEditor again = closeWithoutSavingAndReopen(editor, file);
		assertEquals(StatutDemande.REJETEE, request(again, "00001").getStatut(), "the return is in the file");

		bot.inDialog(RESUBMIT_TITLE, () -> bot.command("fr.segurstudio.ui.lifecycle.resubmit"),
				dialog -> bot.click(bot.button(dialog, IDialogConstants.OK_LABEL)));
		assertFalse(again.isDirty());
		String text = Files.readString(file);
		assertTrue(text.contains("demande \"00002\""), "the new number in the file: " + text);
		DossierEditor third = closeWithoutSavingAndReopen(again, file);
		Demande resubmitted = request(third, "00002");
		assertEquals(StatutDemande.BROUILLON, resubmitted.getStatut());
		assertEquals("00001", resubmitted.getAnciensNumeros().get(0).getNumeroEditeur(), "its rejection kept");

		// accepted at last: the numeroASP the vendor must keep is in the file
		export(third, workbench.temp().resolve("depots-2"), dialog -> {
		});
		Path second = workbench.temp().resolve("depots-2").resolve(DEPOSIT);
		Path accepted = returned(second, "ASP-2026-000101", "0000", null);
		bot.inDialog(RETURN_TITLE, () -> ApplyReturnHandler.apply(third, List.of(accepted)),
				dialog -> bot.click(bot.button(dialog, IDialogConstants.OK_LABEL)));
		DossierEditor fourth = closeWithoutSavingAndReopen(third, file);
		assertEquals(StatutDemande.ACCEPTEE, request(fourth, "00002").getStatut());
		assertEquals("ASP-2026-000101", request(fourth, "00002").getNumeroASP());
	}

	// ---- helpers

	private DossierEditor open(Path file) throws Exception {
		DossierEditor editor = workbench.open(file);
		bot.waitFor("the first validation", () -> !editor.isValidating());
		return editor;
	}

	/** Exports the drafts on 05/03/2026 into this folder, and waits for the Job. */
	private void export(DossierEditor editor, Path out, Consumer<Shell> look) throws Exception {
		bot.inDialog("Exporter le dépôt", () -> bot.command("fr.segurstudio.ui.dossier.export"), dialog -> {
			look.accept(dialog);
			bot.type((Text) bot.byKey(dialog, "export.date"), "05/03/2026");
			bot.type((Text) bot.byKey(dialog, "export.dossier"), out.toString());
			Button finish = bot.button(dialog, Bot.plain(IDialogConstants.FINISH_LABEL));
			assertTrue(finish.isEnabled(), said(dialog));
			bot.click(finish);
		});
		Job.getJobManager().join(ExportWizard.FAMILY, null);
		bot.pump(300); // the Job's end, told on the UI thread
		assertTrue(Files.exists(out.resolve(DEPOSIT)), "the deposit written");
	}

	private DossierEditor closeWithoutSavingAndReopen(DossierEditor editor, Path file) throws Exception {
		assertTrue(workbench.window.getActivePage().closeEditor(editor, false));
		bot.pump(100);
		return open(file);
	}

	/** The export wizard on the active dossier: nothing to deposit, Finish refused. */
	private void assertNothingToExport() {
		bot.inDialog("Exporter le dépôt", () -> bot.command("fr.segurstudio.ui.dossier.export"), dialog -> {
			String drafts = ((Button) bot.byKey(dialog, "export.brouillons")).getText();
			assertTrue(drafts.contains("(0 ;"), drafts);
			assertFalse(bot.button(dialog, Bot.plain(IDialogConstants.FINISH_LABEL)).isEnabled(), said(dialog));
			bot.click(bot.button(dialog, IDialogConstants.CANCEL_LABEL));
		});
	}

	/** The deposited file as the portal returns it, every request answered so. */
	private Path returned(Path deposited, String numeroASP, String code, String label) throws Exception {
		Dossier dossier = Services.get(DossierSessions.class).importer().read(deposited, null).dossier();
		for (Demande demande : dossier.getDemandes()) {
			demande.setNumeroASP(numeroASP);
			demande.setCodeTraitement(code);
			demande.setLibelleTraitement(label);
		}
		Path file = Files.createDirectories(workbench.temp().resolve("retours")).resolve(deposited.getParent().getFileName() + "-" + deposited.getFileName());
		Files.write(file, new AspJsonWriter().toBytes(dossier, AspJsonWriter.FAITHFUL));
		return file;
	}

	private static Demande request(DossierEditor editor, String numero) {
		return editor.session().dossier().getDemandes().stream().filter(d -> numero.equals(d.getNumeroEditeur())).findFirst()
				.orElseThrow(() -> new AssertionError(numero + " not in the dossier"));
	}

	private static List<String> rows(Shell dialog) {
		List<String> rows = new ArrayList<>();
		for (Table table : Bot.findAll(dialog, Table.class, t -> true)) {
			for (TableItem item : table.getItems()) {
				rows.add(item.getText());
			}
		}
		return rows;
	}

	/** Every text the dialog shows (its title area's message included). */
	private static String said(Shell dialog) {
		return String.join("\n", Bot.findAll(dialog, Label.class, l -> true).stream().map(Label::getText).toList()) + "\n"
				+ String.join("\n", Bot.findAll(dialog, Text.class, t -> true).stream().map(Text::getText).toList());
	}
}
