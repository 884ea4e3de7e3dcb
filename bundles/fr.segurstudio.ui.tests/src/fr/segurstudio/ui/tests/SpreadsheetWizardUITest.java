package fr.segurstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import fr.segurstudio.bench.SpreadsheetSamples;
import fr.segurstudio.lifecycle.csv.CsvMapping;
import fr.segurstudio.model.core.Demande;
import fr.segurstudio.model.core.Dossier;
import fr.segurstudio.model.core.RegimeTVA;
import fr.segurstudio.model.dossier.NumerosEditeur;
import fr.segurstudio.ui.bot.Bot;
import fr.segurstudio.ui.bot.Screenshots;
import fr.segurstudio.ui.dossier.DossierEditor;
import fr.segurstudio.ui.lifecycle.spreadsheet.SpreadsheetImportJob;

/**
 * Importer un tableur… as a vendor's staff uses it, on a 10,000-row spreadsheet: the file read and shown
 * (page 1), the mapping matched by header names, loaded, tried on the first rows with its validation, saved as
 * the file segur import-csv reads (page 2), the dossiers split at 200 requests (page 3); then the import runs as
 * a Job while the bot measures that the window's UI thread keeps answering, the report says what was created,
 * and the first dossier opens. A cancelled import writes nothing. With -Dsegur.tableur.shots=DIR, each page is
 * shot at 1280×800 into DIR.
 */
class SpreadsheetWizardUITest {

	private static final String COMMAND = "fr.segurstudio.ui.lifecycle.importSpreadsheet";
	private static final String TITLE = "Importer un tableur";
	private static final Pattern REQUEST = Pattern.compile("(?m)^  demande \"\\d{5}\" \\{");
	/** The longest the UI thread may leave a 20 ms timer waiting while the import runs (the old import froze 57 s). */
	private static final long MAX_UNANSWERED_MS = 3_000;

	@RegisterExtension
	final WorkbenchFixture workbench = new WorkbenchFixture();
	private final Bot bot = workbench.bot;
	private final IWorkbenchWindow window = workbench.window;
	private Path temp;

	@BeforeEach
	void temp() {
		temp = workbench.temp();
	}

	@Test
	void aTenThousandRowSpreadsheetBecomesDossiersOf200WhileTheWindowAnswers() throws Exception {
		Path csv = Files.writeString(temp.resolve("crm-mars.csv"), SpreadsheetSamples.csv(10_000), StandardCharsets.UTF_8);
		Path mapping = Files.writeString(temp.resolve("mapping-bio.json"), SpreadsheetSamples.mapping(true), StandardCharsets.UTF_8);
		Path saved = temp.resolve("mapping-enregistre.json");
		Path out = temp.resolve("dossiers");
		Shell main = bot.mainShell();
		main.setBounds(0, 0, 1280, 800);
		bot.inDialog(TITLE, () -> bot.command(COMMAND), dialog -> {
			// page 1: the file read off the UI thread, its encoding and separator said, its first rows shown
			bot.type((Text) bot.byKey(dialog, "tableur"), csv.toString());
			Label summary = (Label) bot.byKey(dialog, "resume");
			bot.waitFor("the spreadsheet read", () -> summary.getText().startsWith("10000 ligne(s) de données, 12 colonne(s) ; encodage UTF-8"));
			Table preview = (Table) bot.byKey(dialog, "apercu");
			assertEquals(20, preview.getItemCount());
			assertEquals("signé le", preview.getColumn(4).getText());
			shot("tableur-1-fichier");
			bot.click(button(dialog, IDialogConstants.NEXT_ID));

			// page 2: matched by header names, then the saved mapping loaded, tried on the first rows
			Combo couloir = (Combo) bot.byKey(dialog, "couloir");
			bot.select(couloir, List.of(couloir.getItems()).stream().filter(i -> i.startsWith("BIO-SGL")).findFirst().orElseThrow());
			Combo siret = (Combo) bot.byKey(dialog, "dossier.SIRET");
			bot.waitFor("SIRET matched by its header", () -> "{SIRET éditeur}".equals(siret.getText()));
			assertEquals("{ANS}", ((Combo) bot.byKey(dialog, "dossier.numeroAns")).getText());
			assertEquals("{n° demande}", ((Combo) bot.byKey(dialog, "demande")).getText());
			assertEquals("{opérateur}", ((Combo) bot.byKey(dialog, "scenarioInstallation.operateurMessagerie")).getText());
			assertEquals("", ((Combo) bot.byKey(dialog, "beneficiaires.EtablissementsClients.emailClient")).getText(),
					"« courriel » fits two fields: suggested for neither");
			bot.type((Text) bot.byKey(dialog, "mapping"), mapping.toString());
			Combo date = (Combo) bot.byKey(dialog, "commande.dateCommande");
			bot.waitFor("the mapping loaded", () -> "{signé le}".equals(date.getText()));
			Combo vat = (Combo) bot.byKey(dialog, "commande.regimeTVA");
			Label vatStatus = statusOf(vat);
			bot.waitFor("the VAT read on the first rows", () -> vatStatus.getText().startsWith("✓"));
			assertTrue(valuesOf(vat).getText().startsWith("TTC · TTC · TTC"), valuesOf(vat).getText());
			vat.setText("HTT");
			bot.waitFor("a value the validation refuses, said beside it", () -> vatStatus.getText().startsWith("✗") && vatStatus.getText().contains("HTT"));
			shot("tableur-2-validation");
			vat.setText("{TVA}");
			bot.waitFor("fixed again", () -> vatStatus.getText().startsWith("✓"));
			((Text) bot.byKey(dialog, "mapping")).setText(saved.toString()); // typed, not entered: Enter loads
			bot.click(bot.button(dialog, "Enregistrer"));
			assertTrue(Files.isRegularFile(saved), "saved");
			shot("tableur-2-mapping");
			bot.click(button(dialog, IDialogConstants.NEXT_ID));

			// page 3: the dossiers, split at 200, their names and folder
			bot.type((Text) bot.byKey(dialog, "dossierSortie"), out.toString());
			Table dossiers = (Table) bot.byKey(dialog, "dossiers");
			bot.waitFor("the dossiers planned", () -> dossiers.getItemCount() == 50 && button(dialog, IDialogConstants.FINISH_ID).isEnabled());
			assertEquals("crm-mars-01.segur", dossiers.getItem(0).getText(0));
			assertEquals("crm-mars-50.segur", dossiers.getItem(49).getText(0));
			for (int i = 0; i < 50; i++) {
				assertEquals("200", dossiers.getItem(i).getText(4));
			}
			shot("tableur-3-dossiers");
			bot.click(button(dialog, IDialogConstants.FINISH_ID));
		});
		CsvMapping loaded = CsvMapping.read("a", Files.readAllBytes(mapping));
		CsvMapping written = CsvMapping.read("b", Files.readAllBytes(saved));
		assertEquals(loaded.champs().keySet(), written.champs().keySet(), "the saved mapping is the one loaded");
		assertEquals(loaded.dossier(), written.dossier());
		assertEquals(loaded.demande(), written.demande());

		List<String> report = new ArrayList<>();
		long worst = answering(() -> bot.inDialog("Import du tableur terminé", () -> bot.waitFor("the import done", 600_000,
				() -> Job.getJobManager().find(SpreadsheetImportJob.FAMILY).length == 0 && !report.isEmpty()), shell -> {
					report.add(((Label) bot.byKey(shell, "bilan")).getText());
					shot("tableur-4-bilan");
					shell.close();
				}));
		System.out.println("Importer un tableur, 10 000 lignes : le fil de l'interface a répondu en " + worst + " ms au plus pendant l'import");
		assertTrue(worst < MAX_UNANSWERED_MS, "the window froze " + worst + " ms");
		assertTrue(report.get(0).startsWith("50 dossier(s), 10000 demande(s), créés dans " + out), report.get(0));

		List<Path> files;
		try (Stream<Path> list = Files.list(out)) {
			files = list.filter(p -> p.getFileName().toString().endsWith(".segur")).sorted().toList(); // not the folder's lock
		}
		assertEquals(50, files.size(), files.toString());
		int requests = 0;
		for (Path file : files) {
			Matcher m = REQUEST.matcher(Files.readString(file));
			int n = 0;
			while (m.find()) {
				n++;
			}
			assertEquals(200, n, file.toString());
			requests += n;
		}
		assertEquals(10_000, requests);
		IEditorPart editor = bot.waitFor("the first dossier open", () -> window.getActivePage().getActiveEditor());
		assertEquals("crm-mars-01.segur", editor.getEditorInput().getName());

		// the requests hold the rows' values, in the rows' order, as the couloir's types read them
		Dossier first = ((DossierEditor) editor).session().dossier();
		assertEquals(List.of("BIO", SpreadsheetSamples.ANS.get(0), SpreadsheetSamples.SIRET.get(0)),
				List.of(first.getCouloir(), first.getNumeroAns(), first.getSIRET()));
		assertEquals(200, first.getDemandes().size());
		for (int i = 0; i < 200; i++) {
			Demande demande = first.getDemandes().get(i);
			assertEquals(NumerosEditeur.format(i + 1), demande.getNumeroEditeur(), "« 1 » in the request column is request 00001");
			assertEquals(LocalDate.of(2022, 3, 14), demande.getCommande().getDateCommande(), "row " + (i + 1) + ": 14/03/2022 and 2022-03-14 alike");
			assertEquals(RegimeTVA.TTC, demande.getCommande().getRegimeTVA());
			assertEquals(0, new BigDecimal("27450.00").compareTo(demande.getCommande().getMontantSegurHT()), "27450,00");
		}
		String last = Files.readString(files.get(49));
		for (String value : List.of("\"LABORATOIRE 10000\"", "\"contact10000@laboratoire-exemple.fr\"", "\"" + SpreadsheetSamples.withKey("00010000") + "\"",
				"MAI_15", "demande \"10000\"")) {
			assertTrue(last.contains(value), value + " in " + files.get(49).getFileName());
		}
		assertFalse(last.contains("illisible"), "every cell read");
	}

	@Test
	void aCancelledImportWritesNothing() throws Exception {
		Path csv = Files.writeString(temp.resolve("annule.csv"), SpreadsheetSamples.csv(10_000), StandardCharsets.UTF_8);
		Path mapping = Files.writeString(temp.resolve("m.json"), SpreadsheetSamples.mapping(true), StandardCharsets.UTF_8);
		Path out = temp.resolve("sortie");
		bot.inDialog(TITLE, () -> bot.command(COMMAND), dialog -> {
			bot.type((Text) bot.byKey(dialog, "tableur"), csv.toString());
			bot.waitFor("read", () -> button(dialog, IDialogConstants.NEXT_ID).isEnabled());
			bot.click(button(dialog, IDialogConstants.NEXT_ID));
			bot.type((Text) bot.byKey(dialog, "mapping"), mapping.toString());
			bot.waitFor("mapped", () -> button(dialog, IDialogConstants.NEXT_ID).isEnabled());
			bot.click(button(dialog, IDialogConstants.NEXT_ID));
			bot.type((Text) bot.byKey(dialog, "dossierSortie"), out.toString());
			bot.waitFor("planned", () -> button(dialog, IDialogConstants.FINISH_ID).isEnabled());
			bot.click(button(dialog, IDialogConstants.FINISH_ID));
		});
		bot.inDialog(TITLE, () -> {
			Job job = bot.waitFor("the import running", () -> {
				Job[] jobs = Job.getJobManager().find(SpreadsheetImportJob.FAMILY);
				return jobs.length == 0 ? null : jobs[0];
			});
			job.cancel(); // as the Progress view's red square does
			bot.waitFor("the import stopped", 120_000, () -> Job.getJobManager().find(SpreadsheetImportJob.FAMILY).length == 0);
		}, shell -> {
			assertTrue(WorkbenchUITest.labels(shell).contains("Import annulé : rien n'a été écrit."), WorkbenchUITest.labels(shell).toString());
			shell.close();
		});
		assertFalse(Files.exists(out), "nothing written, not even the folder");
		try (Stream<Path> left = Files.list(temp)) {
			assertEquals(List.of("annule.csv", "m.json"), left.map(p -> p.getFileName().toString()).sorted().toList());
		}
	}

	/**
	 * Runs the work while a 20 ms timer measures how long the UI thread leaves it waiting as long as an import
	 * job runs (the editor the end opens is not the import's); the worst wait.
	 */
	private long answering(Runnable work) {
		Display display = bot.display();
		long[] last = { System.nanoTime() };
		long[] worst = { 0 };
		boolean[] running = { true };
		Runnable[] tick = new Runnable[1];
		tick[0] = () -> {
			long now = System.nanoTime();
			worst[0] = Math.max(worst[0], (now - last[0]) / 1_000_000 - 20);
			last[0] = now;
			running[0] &= Job.getJobManager().find(SpreadsheetImportJob.FAMILY).length > 0;
			if (running[0]) {
				display.timerExec(20, tick[0]);
			}
		};
		display.timerExec(20, tick[0]);
		try {
			work.run();
		} finally {
			running[0] = false;
		}
		return worst[0];
	}

	/** A wizard's button by its id (WizardDialog keeps it as the button's data). */
	private static Button button(Shell dialog, int id) {
		return Bot.findAll(dialog, Button.class, b -> Integer.valueOf(id).equals(b.getData())).get(0);
	}

	/** The labels after a mapping line's combo: what the first rows give, then the verdict. */
	private static Label valuesOf(Combo combo) {
		return sibling(combo, 1);
	}

	private static Label statusOf(Combo combo) {
		return sibling(combo, 2);
	}

	private static Label sibling(Combo combo, int after) {
		List<Control> children = List.of(combo.getParent().getChildren());
		return (Label) children.get(children.indexOf(combo) + after);
	}

	/** The window's 1280×800 as a PNG, when -Dsegur.tableur.shots names a folder. */
	private void shot(String name) {
		String folder = System.getProperty("segur.tableur.shots", "");
		if (!folder.isEmpty()) {
			bot.pump(300);
			Screenshots.save(bot.display(), Path.of(folder, name + ".png"), new Rectangle(0, 0, 1280, 800));
		}
	}
}
