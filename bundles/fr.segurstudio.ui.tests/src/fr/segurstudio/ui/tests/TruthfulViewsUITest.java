package fr.segurstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import fr.segurstudio.json.deposit.DepositResult;
import fr.segurstudio.model.core.StatutDemande;
import fr.segurstudio.model.issue.Issue;
import fr.segurstudio.testing.Services;
import fr.segurstudio.ui.bot.Bot;
import fr.segurstudio.ui.decorators.SummaryText;
import fr.segurstudio.ui.dossier.DossierEditor;
import fr.segurstudio.ui.dossier.internal.DossierOutline;
import fr.segurstudio.ui.dossier.pages.JsonPage;
import fr.segurstudio.ui.dossier.pages.OverviewPage;
import fr.segurstudio.ui.preferences.SegurPreferencePage;
import fr.segurstudio.workspace.DossierSummaries;
import fr.segurstudio.workspace.DossierSummary;
import fr.segurstudio.workspace.ProfilesFile;
import fr.segurstudio.workspace.WorkspaceValidation;

/**
 * The views tell the truth after any change: the Outline's statuses after one change of 200 requests (a deposit's
 * record), the Vue d'ensemble's counts and deposits, the JSON page (the next deposit, or nothing to deposit), the
 * explorer's summaries, and the open dossiers checked again when the referencing profiles change in Préférences.
 */
class TruthfulViewsUITest {

	private static final int REQUESTS = 200;
	private static final String FILE = "JSON-ANS0000001-20260305-001.json";

	@RegisterExtension
	final WorkbenchFixture workbench = new WorkbenchFixture();
	private final Bot bot = workbench.bot;

	@Test
	void theOutlineTheOverviewAndTheJsonPageFollowAChangeOfEveryRequestAtOnce() throws Exception {
		Path file = workbench.golden("bio-sgl-durand.segur").resolveSibling("mdv-200.segur");
		Files.writeString(file, SegurTexts.mdv(REQUESTS), StandardCharsets.UTF_8);
		DossierEditor editor = workbench.open(file);
		ContentOutline view = (ContentOutline) workbench.window.getActivePage().showView(IPageLayout.ID_OUTLINE);
		DossierOutline outline = bot.waitFor("the dossier's outline", () -> view.getCurrentPage() instanceof DossierOutline o ? o : null);
		workbench.window.getActivePage().activate(editor);
		bot.waitFor("the outline's 200 drafts", () -> outline.labels().size() == REQUESTS
				&& outline.labels().stream().allMatch(label -> label.endsWith("(BROUILLON)")));
		editor.setActivePage(JsonPage.ID);
		JsonPage json = (JsonPage) editor.getActivePageInstance();
		assertTrue(json.headingText().startsWith("Le prochain dépôt : 200 demande(s) au brouillon"), json.headingText());

		// what a deposit records: 200 status changes as one command
		List<DepositResult.StatusChange> changes = editor.session().dossier().getDemandes().stream()
				.map(d -> new DepositResult.StatusChange(d, StatutDemande.DEPOSEE, FILE, LocalDate.of(2026, 3, 5))).toList();
		editor.execute(editor.session().commands().applyStatusChanges(changes));
		bot.waitFor("every status in the outline", () -> outline.labels().stream().allMatch(label -> label.endsWith("(DEPOSEE)")));
		bot.waitFor("nothing left to deposit on the JSON page", () -> "Rien à déposer".equals(json.headingText()));
		assertTrue(json.text().startsWith("Rien à déposer : aucune demande n'est au brouillon."), json.text());

		editor.setActivePage(OverviewPage.ID);
		Label requests = (Label) bot.byKey(bot.mainShell(), "vue.demandes");
		Label deposits = (Label) bot.byKey(bot.mainShell(), "vue.depots");
		// a status and its count are held together by a non-breaking space (the line breaks between statuses)
		bot.waitFor("the overview's counts", () -> requests.getText().replace('\u00a0', ' ').contains("DEPOSEE 200")
				&& requests.getText().replace('\u00a0', ' ').contains("BROUILLON 0"));
		assertEquals(FILE + " — 05/03/2026 — 200 demande(s) : 200 DEPOSEE", deposits.getText());

		bot.commandWhenEnabled("org.eclipse.ui.edit.undo");
		bot.waitFor("the overview after undo", () -> requests.getText().replace('\u00a0', ' ').contains("BROUILLON 200"));
		assertEquals("Aucune demande de ce dossier n'a encore été déposée.", deposits.getText());
		bot.waitFor("the outline after undo", () -> outline.labels().stream().allMatch(label -> label.endsWith("(BROUILLON)")));
		editor.setActivePage(JsonPage.ID);
		assertTrue(json.headingText().startsWith("Le prochain dépôt : 200 demande(s) au brouillon"), json.headingText());
	}

	@Test
	void theExplorersSummarySaysHowManyAreLeftToDeposit() throws Exception {
		Path dir = workbench.golden("bio-sgl-durand.segur").getParent();
		Path file = dir.resolve("deux.segur");
		String golden = Files.readString(dir.resolve("bio-sgl-durand.segur"));
		int start = golden.indexOf("  demande \"00001\"");
		String request = golden.substring(start, golden.lastIndexOf('}'));
		Files.writeString(file, golden.substring(0, start) + request.replace("  demande \"00001\" {\n", "  demande \"00001\" {\n    statut DEPOSEE\n")
				+ "\n" + request.replace("\"00001\"", "\"00002\"").replace("BDC-00001", "BDC-00002") + "}\n", StandardCharsets.UTF_8);
		IFile workspaceFile = workbench.workspaceFile(file);
		DossierSummaries summaries = Services.get(DossierSummaries.class);
		DossierSummary summary = bot.waitFor("the file's summary", () -> summaries.get(workspaceFile));
		assertTrue(SummaryText.of(summary).startsWith("BIO-SGL · ANS0000001 · 2 demandes, 1 à déposer"), SummaryText.of(summary));
		Files.writeString(file, Files.readString(file).replace("  demande \"00002\" {\n", "  demande \"00002\" {\n    statut DEPOSEE\n"));
		workspaceFile.refreshLocal(0, null);
		bot.waitFor("the summary of the file deposited", () -> SummaryText.of(summaries.get(workspaceFile)).contains("2 demandes, rien à déposer"));
	}

	@Test
	void aChangeOfTheProfilesInThePreferencesChecksTheOpenDossiersAgain() throws Exception {
		Files.deleteIfExists(ProfilesFile.location());
		try {
			DossierEditor editor = workbench.open(workbench.golden("bio-sgl-durand.segur"));
			bot.waitFor("the first validation", () -> !editor.isValidating());
			assertEquals(List.of(), codes(editor, "profil."), "no profile declared for the ANS: none checked");
			// the golden request answers isIdSlave = true: the software must hold « Esclave d'identité » (seed 002 §3.2)
			preferences(dialog -> {
				bot.inDialog("Profils d'un numéro ANS", () -> bot.click(bot.button(dialog, "Ajouter…")), profile -> {
					bot.type((Text) bot.byKey(profile, "preferences.profil.ans"), "ANS0000001");
					bot.check((Table) bot.byKey(profile, "preferences.profil.profils"), "Référentiel d'identité");
					bot.click(bot.button(profile, IDialogConstants.OK_LABEL));
				});
				bot.click(bot.button(dialog, "Appliquer et fermer"));
			});
			bot.waitFor("the open dossier checked again: a profile missing", () -> codes(editor, "profil.").contains("profil.non-declare"));

			// a name no couloir declares (a typo in the file): a warning in the dossier and on the preference page
			ProfilesFile.write(Map.of("ANS0000001", List.of("Esclave d'identité", "Mailz")));
			Services.get(WorkspaceValidation.class).validateAll();
			// « Mailz » for Mailiz: the typo is said, and Mailiz (MAI_15) is still missing (Esclave d'identité no longer is)
			bot.waitFor("the unknown profile said", () -> codes(editor, "profil.").equals(List.of("profil.inconnu", "profil.non-declare")));
			assertEquals(List.of("profil.non-declare"), editor.issues().stream().filter(i -> "profil.non-declare".equals(i.code()))
					.map(i -> i.message().contains("« Mailiz »") ? i.code() : i.message()).toList());
			preferences(dialog -> {
				String said = String.join("\n", Bot.findAll(dialog, Text.class, t -> true).stream().map(Text::getText).toList())
						+ String.join("\n", Bot.findAll(dialog, Label.class, l -> true).stream().map(Label::getText).toList());
				assertTrue(said.contains("Mailz"), said);
				bot.click(bot.button(dialog, IDialogConstants.CANCEL_LABEL));
			});
		} finally {
			Files.deleteIfExists(ProfilesFile.location());
		}
	}

	private void preferences(Consumer<Shell> action) {
		bot.inDialog("Préférences", () -> PreferencesUtil
				.createPreferenceDialogOn(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), SegurPreferencePage.ID, null, null).open(),
				action);
	}

	private static List<String> codes(DossierEditor editor, String prefix) {
		return editor.issues().stream().map(Issue::code).filter(code -> code != null && code.startsWith(prefix)).distinct().sorted().toList();
	}
}
