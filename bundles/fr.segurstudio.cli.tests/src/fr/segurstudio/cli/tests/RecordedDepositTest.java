package fr.segurstudio.cli.tests;

import static fr.segurstudio.cli.tests.CliRun.segurIn;
import static fr.segurstudio.cli.tests.CliRun.segurWith;
import static fr.segurstudio.cli.tests.Fixtures.dossier;
import static fr.segurstudio.cli.tests.Fixtures.life;
import static fr.segurstudio.cli.tests.Fixtures.request;
import static fr.segurstudio.cli.tests.Fixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Injector;

import fr.segurstudio.dsl.DossierTexts;
import fr.segurstudio.dsl.model.TextEdit;
import fr.segurstudio.editing.DossierSession;
import fr.segurstudio.editing.DossierSessions;
import fr.segurstudio.json.AspImporter;
import fr.segurstudio.json.ImportResult;
import fr.segurstudio.json.deposit.Deposit;
import fr.segurstudio.json.deposit.DepositResult;
import fr.segurstudio.json.deposit.Manifest;
import fr.segurstudio.json.deposit.Uninterrupted;
import fr.segurstudio.lifecycle.PendingRecords;
import fr.segurstudio.lifecycle.RecordedDeposit;
import fr.segurstudio.model.core.Demande;
import fr.segurstudio.model.core.Dossier;
import fr.segurstudio.model.core.StatutDemande;
import fr.segurstudio.model.couloir.CouloirRegistry;
import fr.segurstudio.testing.Golden;
import fr.segurstudio.testing.Services;
import fr.segurstudio.validation.DossierValidator;

/**
 * Issue 22, a deposit killed or cancelled between its files and its record in the dossiers: the record is
 * part of the deposit's journal, and the next command that touches the deposit folder or one of the dossiers
 * writes it — never a deposited request left BROUILLON (a rerun would deposit it twice). The kill is made at
 * every step of the record (the process dies: an Error thrown from the text service the record uses, as a
 * {@code kill -9} leaves the disk), then each kind of next command is run. Also: an interrupt (Ctrl-C in the
 * resident process) during the record waits until it is written, and the workbench's API gives an open editor
 * the record while its unsaved edits stay. Counts in target/fiabilite-enregistrement.txt.
 */
class RecordedDepositTest {

	private static final Counts COUNTS = new Counts("Dépôt et enregistrement tout ou rien", "fiabilite-enregistrement.txt");

	@TempDir
	Path dir;

	@AfterAll
	static void record() throws IOException {
		COUNTS.record();
	}

	/** The death of the process at the n-th step of a record (a parse or an update of a dossier's text). */
	static final class Killed extends Error {
		private static final long serialVersionUID = 1L;

		Killed() {
			super("tué");
		}
	}

	/** The text service of the sessions, which dies (or is interrupted) at the n-th parse or update once armed. */
	private static final class Dying implements DossierTexts {
		private final DossierTexts delegate = Services.get(DossierTexts.class);
		final AtomicInteger countdown = new AtomicInteger(-1);
		final AtomicInteger steps = new AtomicInteger();
		boolean interruptOnly;

		private void step() {
			steps.incrementAndGet();
			if (countdown.get() > 0 && countdown.decrementAndGet() == 0) {
				if (interruptOnly) { // a Ctrl-C in the resident process's client, as its cancel makes it
					Uninterrupted.interrupt(Thread.currentThread());
				} else {
					throw new Killed();
				}
			}
		}

		@Override
		public Parsed parse(String text, String fileName) {
			step();
			return delegate.parse(text, fileName);
		}

		@Override
		public Parsed reparse(Parsed consumed, String text, String fileName) {
			return delegate.reparse(consumed, text, fileName);
		}

		@Override
		public ImportResult read(Path file) throws IOException {
			return delegate.read(file);
		}

		@Override
		public ImportResult read(Parsed parsed, String fileName) {
			return delegate.read(parsed, fileName);
		}

		@Override
		public String write(Dossier dossier) {
			return delegate.write(dossier);
		}

		@Override
		public String format(String text, String fileName) {
			return delegate.format(text, fileName);
		}

		@Override
		public List<TextEdit> update(Parsed parsed) {
			step();
			return delegate.update(parsed);
		}

		@Override
		public Parsed rebind(Parsed parsed, Dossier live) {
			return delegate.rebind(parsed, live);
		}

		@Override
		public Injector injector() {
			return delegate.injector();
		}
	}

	private static DossierSessions sessions(DossierTexts texts) {
		return new DossierSessions(texts, Services.get(AspImporter.class), Services.get(DossierValidator.class), Services.get(CouloirRegistry.class));
	}

	/** Two dossiers of drafts (three and two requests) and their pieces, in two folders. */
	private void dossiers() throws IOException {
		write(dir, "dossiers/bio.segur", dossier(request("00001"), request("00002"), request("00003")));
		write(dir, "dossiers/avril/bio-avril.segur", dossier(request("00004"), request("00005")));
		for (int n = 1; n <= 5; n++) {
			String piece = "BIO-SGL-Va1-BDC-0000" + n + ".pdf";
			write(dir, (n <= 3 ? "dossiers/" : "dossiers/avril/") + piece, "%PDF-1.4 bon de commande\n");
		}
	}

	private static final String[] EXPORT = { "export", "--out", "depot", "--date", "20260305", "dossiers/bio.segur", "dossiers/avril/bio-avril.segur" };

	/** Every request deposited in the folder's manifests is DEPOSEE in its dossier with its file; nothing is left to settle. */
	private void recorded(String what) throws IOException {
		Map<String, String> deposited = new TreeMap<>();
		for (DepositResult.File file : Manifest.history(dir.resolve("depot"))) {
			if (file.numeroAns().equals(Fixtures.ANS)) { // the dossiers' ANS (another file may go in the same folder)
				file.requests().forEach(r -> deposited.put(r.numeroEditeur(), file.name()));
			}
		}
		String texts = Files.readString(dir.resolve("dossiers/bio.segur")) + Files.readString(dir.resolve("dossiers/avril/bio-avril.segur"));
		for (Map.Entry<String, String> entry : deposited.entrySet()) {
			assertEquals("DEPOSEE", life(texts, entry.getKey(), "statut"), what + ": " + entry.getKey() + " deposited, not recorded\n" + texts);
			assertEquals("\"" + entry.getValue() + "\"", life(texts, entry.getKey(), "fichierDepot"), what);
		}
		for (String numero : List.of("00001", "00002", "00003", "00004", "00005")) {
			if (!deposited.containsKey(numero)) {
				assertEquals(null, life(texts, numero, "statut"), what + ": " + numero + " recorded but not deposited");
			}
		}
		try (Stream<Path> files = Files.list(dir.resolve("depot"))) {
			assertFalse(files.anyMatch(p -> p.getFileName().toString().startsWith(".depot-en-cours-")), what + ": a journal is left");
		}
		for (String folder : List.of("dossiers", "dossiers/avril")) {
			assertFalse(Files.exists(dir.resolve(folder).resolve(PendingRecords.FILE)), what + ": a pending record is left in " + folder);
		}
	}

	/** The commands that touch the deposit folder or a dossier after the kill, each of which must write the record. */
	private List<String[]> nextCommands() throws IOException {
		write(dir, "autre.json", Golden.BIO_SGL.text().replace("\"ANS0000001\"", "\"ANS0000009\""));
		write(dir, "BIO-SGL-Va1-BDC-00001.pdf", "%PDF-1.4 bon de commande\n");
		return List.of(new String[] { "etat", "dossiers/bio.segur" }, new String[] { "etat", "dossiers/avril" },
				new String[] { "validate", "dossiers/avril/bio-avril.segur" }, new String[] { "export", "--out", "depot", "--date", "20260306", "autre.json" },
				new String[] { "export", "--out", "ailleurs", "--date", "20260306", "dossiers/bio.segur", "dossiers/avril/bio-avril.segur" },
				new String[] { "resoumettre", "--dossiers", "dossiers", "dossiers/bio.segur" },
				new String[] { "format", "--check", "dossiers/avril/bio-avril.segur" }, new String[] { "etat", "--format", "csv", "dossiers" });
	}

	@Test
	void aDepositKilledAtAnyStepOfItsRecordIsRecordedByTheNextCommandThatTouchesIt() throws IOException {
		// how many steps a whole record takes
		dossiers();
		Dying counting = new Dying();
		UnaryOperator<Object> countingServices = s -> s instanceof DossierSessions ? sessions(counting) : s;
		CliRun whole = segurWith(dir, countingServices, EXPORT);
		assertEquals(0, whole.exitCode, whole.stderr());
		int steps = counting.steps.get();
		assertTrue(steps >= 4, "a record parses and updates each dossier: " + steps);
		recorded("whole");
		int n = 0;
		for (int kill = 1; kill <= steps; kill++) {
			for (String[] next : nextCommands()) {
				deleteAll();
				dossiers();
				Dying dying = new Dying();
				dying.countdown.set(kill);
				CliRun killed = segurWith(dir, s -> s instanceof DossierSessions ? sessions(dying) : s, EXPORT);
				assertEquals(2, killed.exitCode, "the process died: " + killed.stderr());
				assertTrue(Files.exists(dir.resolve("depot/JSON-ANS0000001-20260305-001.json")), "the deposit is in place");
				nextCommands();
				CliRun run = segurIn(dir, next);
				COUNTS.count("tué à l'étape " + kill + " de l'enregistrement, puis " + next[0]);
				assertFalse(run.stderr().contains("erreur interne"), String.join(" ", next) + "\n" + run.stderr());
				recorded("killed at step " + kill + " of " + steps + ", then " + String.join(" ", next));
				// the dossiers' requests are all deposited: a rerun deposits nothing again
				CliRun again = segurIn(dir, EXPORT);
				assertEquals(0, again.exitCode, again.stderr());
				assertTrue(again.stderr().contains("aucune demande à exporter"), again.stderr());
				n++;
			}
		}
		assertTrue(n >= 32, "cases: " + n);
	}

	private void deleteAll() throws IOException {
		try (Stream<Path> walk = Files.walk(dir)) {
			walk.sorted((a, b) -> b.compareTo(a)).filter(p -> !p.equals(dir)).forEach(p -> p.toFile().delete());
		}
	}

	@Test
	void anInterruptDuringTheRecordWaitsUntilItIsWritten() throws IOException {
		dossiers();
		Dying counting = new Dying();
		assertEquals(0, segurWith(dir, s -> s instanceof DossierSessions ? sessions(counting) : s, EXPORT).exitCode);
		int steps = counting.steps.get();
		for (int at = 1; at <= steps; at++) {
			deleteAll();
			dossiers();
			Dying interrupting = new Dying();
			interrupting.interruptOnly = true;
			interrupting.countdown.set(at);
			CliRun run = segurWith(dir, s -> s instanceof DossierSessions ? sessions(interrupting) : s, EXPORT);
			boolean interrupted = Thread.interrupted(); // the call thread's interrupt, given back after the record
			COUNTS.count("interrompu (Ctrl-C) pendant l'enregistrement");
			assertTrue(interrupted, "the interrupt is kept for the caller");
			assertEquals(0, run.exitCode, run.stderr());
			recorded("interrupted at step " + at);
		}
	}

	@Test
	void theWorkbenchGetsTheRecordInAnOpenEditorWhoseEditsStay() throws IOException {
		for (boolean edited : new boolean[] { false, true }) {
			deleteAll();
			dossiers();
			Path file = dir.resolve("dossiers/bio.segur");
			DossierSessions services = Services.get(DossierSessions.class);
			DossierSession open = services.open(file);
			Demande third = open.dossier().getDemandes().get(2);
			if (edited) { // an unsaved edit of the user
				open.commandStack().execute(open.commands().set(third.getCommande(), third.getCommande().eClass().getEStructuralFeature("montantSegurHT"),
						new BigDecimal("1234.00")));
			}
			RecordedDeposit.Result result = new RecordedDeposit(services).run(new Deposit(),
					new Deposit.Options(dir.resolve("depot"), LocalDate.of(2026, 3, 5), false), List.of(file), () -> {
						ImportResult read = services.texts().read(file);
						List<Demande> chosen = new ArrayList<>(read.dossier().getDemandes().subList(0, 2));
						read.dossier().getDemandes().retainAll(chosen);
						return List.of(new RecordedDeposit.Input(new Deposit.Source(read.dossier(), file.getParent(), "bio.segur"), file));
					});
			assertTrue(result.deposit().written(), result.deposit().problems().toString());
			assertEquals(1, result.recorded().size());
			assertTrue(Files.readString(file).contains("statut DEPOSEE"), "the record is in the file on disk");
			result.absorbInto(open);
			COUNTS.count("éditeur ouvert " + (edited ? "avec" : "sans") + " modification non enregistrée");
			assertEquals(StatutDemande.DEPOSEE, open.dossier().getDemandes().get(0).getStatut());
			assertEquals(StatutDemande.DEPOSEE, open.dossier().getDemandes().get(1).getStatut());
			assertEquals(edited, open.isDirty(), "the user's edit is still to save, the record is not");
			assertFalse(open.changedOnDisk(), "the session knows the file as recorded");
			if (edited) {
				open.commandStack().undo(); // the user's edit goes back, not the record
				assertEquals(StatutDemande.DEPOSEE, open.dossier().getDemandes().get(0).getStatut());
				open.commandStack().redo();
			}
			open.save(); // neither asks nor loses the record
			String saved = Files.readString(file);
			assertEquals("DEPOSEE", life(saved, "00001", "statut"));
			assertEquals("DEPOSEE", life(saved, "00002", "statut"));
			assertEquals(edited, saved.contains("montantSegurHT 1234.00"), saved);
			assertNotNull(Fixtures.block(saved, "00003"));
		}
	}
}
