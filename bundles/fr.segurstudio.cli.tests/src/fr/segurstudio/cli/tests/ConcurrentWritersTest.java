package fr.segurstudio.cli.tests;

import static fr.segurstudio.cli.tests.CliRun.segurIn;
import static fr.segurstudio.cli.tests.Fixtures.dossier;
import static fr.segurstudio.cli.tests.Fixtures.life;
import static fr.segurstudio.cli.tests.Fixtures.request;
import static fr.segurstudio.cli.tests.Fixtures.returned;
import static fr.segurstudio.cli.tests.Fixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.segurstudio.cli.tests.Fixtures.Answer;
import fr.segurstudio.editing.DossierSession;
import fr.segurstudio.editing.DossierSessions;
import fr.segurstudio.json.deposit.AtomicFiles;
import fr.segurstudio.json.deposit.DepositResult;
import fr.segurstudio.json.deposit.Manifest;
import fr.segurstudio.lifecycle.DossierUpdate;
import fr.segurstudio.model.core.SegurPackage;
import fr.segurstudio.testing.Golden;
import fr.segurstudio.testing.Services;

/**
 * Issue 22, two writers of one dossier: retour, export's record, resoumettre, format and the workbench's save
 * on the same .segur at the same time never lose one another's changes (each reads, changes and writes under
 * the lock of the dossier's folder, and writes only over the version it read); a writer that takes no lock
 * is caught and the change applied again; a lock held by another process is waited for; two resubmissions of
 * one vendor never hand out one number; concurrent converts into one folder never overwrite. Counts in
 * target/fiabilite-ecrivains.txt.
 */
class ConcurrentWritersTest {

	private static final Counts COUNTS = new Counts("Écrivains simultanés d'un dossier", "fiabilite-ecrivains.txt");
	private static final String DEPOSITED = "JSON-ANS0000001-20260301-001.json";

	@TempDir
	Path dir;

	@AfterAll
	static void record() throws IOException {
		COUNTS.record();
	}

	/**
	 * 00001 and 00002 deposited, 00003 rejected, 00004 a draft; a layout format changes (a field indented by
	 * three spaces); the pieces of every number a resubmission may hand out.
	 */
	private void dossiers() throws IOException {
		String deposited = "fichierDepot \"" + DEPOSITED + "\"";
		write(dir, "dossiers/bio.segur", dossier(request("00001", "statut DEPOSEE", deposited), request("00002", "statut DEPOSEE", deposited),
				request("00003", "statut REJETEE", deposited, "codeTraitement \"E012\"", "libelleTraitement \"FINESS invalide\""), request("00004"))
				.replace("\n  SIRET", "\n   SIRET"));
		for (int n = 1; n <= 12; n++) {
			write(dir, String.format("dossiers/BIO-SGL-Va1-BDC-%05d.pdf", n), "%PDF-1.4 bon de commande\n");
		}
		write(dir, "retour.json", returned(Fixtures.SIRET, Answer.accepted(1, "00001", "ASP-1"), Answer.rejected(2, "00002", "E013", "RPPS")));
	}

	private static final Map<String, String[]> COMMANDS = Map.of("retour", new String[] { "retour", "--dossiers", "dossiers", "retour.json" },
			"export", new String[] { "export", "--out", "depot", "--date", "20260305", "dossiers/bio.segur" },
			"export-ailleurs", new String[] { "export", "--out", "depot2", "--date", "20260305", "dossiers/bio.segur" },
			"resoumettre", new String[] { "resoumettre", "--dossiers", "dossiers", "dossiers/bio.segur" },
			"format", new String[] { "format", "dossiers/bio.segur" });

	/** What each command must have left in the dossier, whatever ran at the same time. */
	private void done(String command, CliRun run, String text) throws IOException {
		String all = run.stdout() + run.stderr();
		assertFalse(all.contains("erreur interne"), command + "\n" + all);
		switch (command) {
		case "retour" -> {
			assertTrue(run.exitCode == 0, command + "\n" + all);
			assertEquals("ACCEPTEE", life(text, "00001", "statut"), text);
			assertEquals("\"ASP-1\"", life(text, "00001", "numeroASP"), text);
			assertTrue(text.contains("codeTraitement \"E013\""), "00002's rejection, on it or in its history\n" + text);
		}
		case "export", "export-ailleurs" -> {
			assertEquals(0, run.exitCode, command + "\n" + all);
			assertEquals("DEPOSEE", life(text, "00004", "statut"), text);
		}
		case "resoumettre" -> {
			assertEquals(0, run.exitCode, command + "\n" + all);
			assertEquals("", Fixtures.block(text, "00003"), "00003 renumbered\n" + text);
			assertTrue(text.contains("anciensNumeros {\n      numeroEditeur \"00003\""), text);
		}
		case "format" -> {
			if (run.exitCode != 0) { // it read the text before another writer changed it: refused, saying why
				assertEquals(2, run.exitCode, all);
				assertTrue(run.stderr().contains("a été modifié par un autre programme depuis sa lecture"), all);
			} else {
				assertFalse(text.contains("\n   SIRET"), "formatted\n" + text);
			}
		}
		default -> throw new AssertionError(command);
		}
	}

	/** Every number once (requests and their former numbers); each request deposited once and recorded as such. */
	private void coherent(String what, String text) throws IOException {
		Matcher numbers = Pattern.compile("numeroEditeur \"(\\d{5})\"|demande \"(\\d{5})\"").matcher(text);
		Set<String> seen = new HashSet<>();
		while (numbers.find()) {
			String n = numbers.group(1) != null ? numbers.group(1) : numbers.group(2);
			assertTrue(seen.add(n), what + ": " + n + " twice\n" + text);
		}
		Map<String, String> deposited = new TreeMap<>();
		for (String folder : List.of("depot", "depot2")) {
			for (DepositResult.File file : Manifest.history(dir.resolve(folder))) {
				for (DepositResult.Request r : file.requests()) {
					assertTrue(deposited.put(r.numeroEditeur(), file.name()) == null, what + ": " + r.numeroEditeur() + " deposited twice");
				}
			}
		}
		for (Map.Entry<String, String> entry : deposited.entrySet()) {
			String statut = life(text, entry.getKey(), "statut");
			assertTrue(statut != null && !statut.equals("BROUILLON"), what + ": " + entry.getKey() + " deposited but a draft\n" + text);
		}
	}

	/** Runs the commands at the same time (each after a small random delay), returns their runs. */
	private List<CliRun> together(List<String> commands, Random random) throws InterruptedException {
		CountDownLatch start = new CountDownLatch(1);
		List<CliRun> runs = Collections.synchronizedList(new ArrayList<>(Collections.nCopies(commands.size(), null)));
		List<Thread> threads = new ArrayList<>();
		for (int i = 0; i < commands.size(); i++) {
			int index = i;
			String[] args = COMMANDS.get(commands.get(i));
			int delay = random.nextInt(40);
			threads.add(Thread.ofPlatform().start(() -> {
				try {
					start.await();
					Thread.sleep(delay);
					runs.set(index, segurIn(dir, args));
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
			}));
		}
		start.countDown();
		for (Thread thread : threads) {
			thread.join(TimeUnit.MINUTES.toMillis(5));
		}
		return runs;
	}

	private void clean() throws IOException {
		for (String name : List.of("dossiers", "depot", "depot2")) {
			Path path = dir.resolve(name);
			if (Files.exists(path)) {
				try (var walk = Files.walk(path)) {
					walk.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
				}
			}
		}
	}

	@Test
	void commandsOnOneDossierAtOnceKeepEachOthersChanges() throws Exception {
		List<List<String>> pairs = List.of(List.of("retour", "export"), List.of("retour", "resoumettre"), List.of("export", "resoumettre"),
				List.of("retour", "format"), List.of("export", "format"), List.of("resoumettre", "format"), List.of("retour", "export", "resoumettre"),
				List.of("retour", "retour"), List.of("export", "export"), List.of("export", "export-ailleurs"));
		Random random = new Random(22);
		for (List<String> pair : pairs) {
			for (int trial = 0; trial < 4; trial++) {
				clean();
				dossiers();
				List<CliRun> runs = together(pair, random);
				String text = Files.readString(dir.resolve("dossiers/bio.segur"));
				String what = pair + " trial " + trial;
				COUNTS.count("en même temps : " + String.join(" + ", pair));
				if (pair.get(0).equals(pair.get(1)) || pair.equals(List.of("export", "export-ailleurs"))) {
					// the same command twice: one does it, the other finds it done (never a second deposit)
					done(pair.get(0), runs.get(0).exitCode == 0 ? runs.get(0) : runs.get(1), text);
				} else {
					for (int i = 0; i < pair.size(); i++) {
						done(pair.get(i), runs.get(i), text);
					}
				}
				coherent(what, text);
			}
		}
	}

	@Test
	void theWorkbenchsSaveNeverWritesOverACommandLineWrite() throws Exception {
		DossierSessions services = Services.get(DossierSessions.class);
		for (String command : List.of("retour", "export", "resoumettre", "format")) {
			clean();
			dossiers();
			Path file = dir.resolve("dossiers/bio.segur");
			DossierSession editor = services.open(file);
			EObject client = client(editor.dossier().getDemandes().get(3));
			editor.commandStack().execute(editor.commands().set(client, client.eClass().getEStructuralFeature("nomClient"), "MARTIN"));
			CliRun run = segurIn(dir, COMMANDS.get(command));
			String written = Files.readString(file);
			done(command, run, written);
			COUNTS.count("enregistrement du poste de travail après " + command);
			AtomicFiles.Changed refused = assertThrows(AtomicFiles.Changed.class, editor::save, command);
			assertTrue(refused.getMessage().contains("modifié par un autre programme"), refused.getMessage());
			assertEquals(written, Files.readString(file), "nothing written over the command's change");
			assertTrue(editor.changedOnDisk());
			editor.saveReplacingDiskChange(); // the user's choice, as the editor asks it
			assertTrue(Files.readString(file).contains("nomClient \"MARTIN\""));
		}
	}

	/** The first object of a request that has a nomClient (its first client). */
	private static EObject client(EObject demande) {
		for (var contents = demande.eAllContents(); contents.hasNext();) {
			EObject object = contents.next();
			if (object.eClass().getEStructuralFeature("nomClient") != null) {
				return object;
			}
		}
		throw new AssertionError("no client in " + demande);
	}

	@Test
	void aWriterThatTakesNoLockIsCaughtAndTheChangeAppliedAgain() throws Exception {
		DossierSessions services = Services.get(DossierSessions.class);
		List<String> foreign = List.of("// ajouté par un éditeur de texte\n", "  // à la fin\n", "\n\n", "// é\u00e9 accents\n");
		for (String edit : foreign) {
			for (int times : new int[] { 1, 2 }) {
				clean();
				dossiers();
				Path file = dir.resolve("dossiers/bio.segur");
				int[] applied = { 0 };
				DossierUpdate.Outcome<Void> outcome = new DossierUpdate(services).run(List.of(file), sessions -> {
					DossierSession session = sessions.open(file);
					if (applied[0]++ < times) { // another program writes the file between the read and the write
						Files.writeString(file, edit + Files.readString(file));
					}
					var demande = session.dossier().getDemandes().get(0);
					session.commandStack().execute(session.commands().set(demande, SegurPackage.Literals.DEMANDE__NUMERO_ASP, "ASP-APRES"));
					return null;
				});
				COUNTS.count("écrivain sans verrou entre lecture et écriture (" + times + " fois)");
				assertTrue(outcome.ok(), outcome.failures().toString());
				String text = Files.readString(file);
				assertTrue(text.startsWith(edit.repeat(times)), "the other program's edit stays\n" + text);
				assertEquals("\"ASP-APRES\"", life(text, "00001", "numeroASP"), text);
				assertEquals(times + 1, applied[0], "applied again on the new content");
			}
		}
		// a program that writes every time: refused, saying why, nothing of ours over its text
		clean();
		dossiers();
		Path file = dir.resolve("dossiers/bio.segur");
		DossierUpdate.Outcome<Void> outcome = new DossierUpdate(services).run(List.of(file), sessions -> {
			DossierSession session = sessions.open(file);
			Files.writeString(file, Files.readString(file) + "// encore\n");
			session.commandStack().execute(session.commands().set(session.dossier().getDemandes().get(0), SegurPackage.Literals.DEMANDE__NUMERO_ASP, "X"));
			return null;
		});
		COUNTS.count("écrivain sans verrou à chaque essai (refusé)");
		assertFalse(outcome.ok());
		assertTrue(outcome.failures().values().iterator().next().getMessage().contains("modifié par un autre programme"));
		assertFalse(Files.readString(file).contains("numeroASP \"X\""));
	}

	@Test
	void aLockHeldByAnotherProcessIsWaitedFor() throws Exception {
		for (String command : List.of("retour", "resoumettre", "export")) {
			clean();
			dossiers();
			String before = Files.readString(dir.resolve("dossiers/bio.segur"));
			Process child = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-cp", DepositReliabilityTest.classPath(),
					LockChild.class.getName(), dir.resolve("dossiers").toString(), "1500").redirectErrorStream(true).start();
			BufferedReader output = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
			assertEquals("TENU", output.readLine());
			CliRun[] run = new CliRun[1];
			Thread thread = Thread.ofPlatform().start(() -> run[0] = segurIn(dir, COMMANDS.get(command)));
			thread.join(700);
			assertTrue(thread.isAlive(), command + " waits for the other process");
			assertEquals(before, Files.readString(dir.resolve("dossiers/bio.segur")));
			thread.join(TimeUnit.MINUTES.toMillis(2));
			assertTrue(child.waitFor(1, TimeUnit.MINUTES));
			COUNTS.count("verrou tenu par un autre processus (" + command + ")");
			assertTrue(run[0].stderr().contains("un autre segur modifie ces dossiers .segur ; attente"), run[0].stderr());
			done(command, run[0], Files.readString(dir.resolve("dossiers/bio.segur")));
		}
	}

	@Test
	void twoResubmissionsOfOneVendorNeverHandOutTheSameNumber() throws Exception {
		Random random = new Random(7);
		for (int trial = 0; trial < 8; trial++) {
			clean();
			String rejected = "statut REJETEE";
			write(dir, "dossiers/a/mars.segur", dossier(request("00001", rejected), request("00002", rejected), request("00003", rejected)));
			write(dir, "dossiers/b/avril.segur", dossier(request("00004", rejected), request("00005", rejected), request("00006")));
			CountDownLatch start = new CountDownLatch(1);
			List<CliRun> runs = Collections.synchronizedList(new ArrayList<>());
			List<Thread> threads = new ArrayList<>();
			for (String target : List.of("dossiers/a/mars.segur", "dossiers/b/avril.segur")) {
				int delay = random.nextInt(30);
				threads.add(Thread.ofPlatform().start(() -> {
					try {
						start.await();
						Thread.sleep(delay);
						runs.add(segurIn(dir, "resoumettre", "--dossiers", "dossiers", target));
					} catch (InterruptedException e) {
						Thread.currentThread().interrupt();
					}
				}));
			}
			start.countDown();
			for (Thread thread : threads) {
				thread.join();
			}
			COUNTS.count("deux resoumettre d'un éditeur en même temps");
			runs.forEach(r -> assertEquals(0, r.exitCode, r.stderr()));
			String both = Files.readString(dir.resolve("dossiers/a/mars.segur")) + Files.readString(dir.resolve("dossiers/b/avril.segur"));
			Matcher requests = Pattern.compile("demande \"(\\d{5})\"").matcher(both);
			Set<String> numbers = new HashSet<>();
			while (requests.find()) {
				assertTrue(numbers.add(requests.group(1)), "trial " + trial + ": " + requests.group(1) + " handed out twice\n" + both);
			}
			assertEquals(6, numbers.size());
			assertTrue(numbers.stream().allMatch(n -> Integer.parseInt(n) >= 6), "the five rejected got numbers never used: " + numbers);
		}
	}

	@Test
	void concurrentConvertsIntoOneFolderNeverOverwrite() throws Exception {
		Random random = new Random(3);
		for (boolean toText : new boolean[] { true, false }) {
			for (int trial = 0; trial < 5; trial++) {
				clean();
				Path out = dir.resolve("dossiers/sortie");
				List<String> inputs = new ArrayList<>();
				for (int k = 0; k < 4; k++) {
					String ans = "ANS000000" + (k + 1);
					String name = "dossiers/in" + k + "/x." + (toText ? "json" : "segur");
					write(dir, name, (toText ? Golden.BIO_SGL.text() : Golden.BIO_SGL.segurText()).replace("ANS0000001", ans));
					inputs.add(name);
				}
				CountDownLatch start = new CountDownLatch(1);
				List<CliRun> runs = Collections.synchronizedList(new ArrayList<>());
				List<Thread> threads = new ArrayList<>();
				for (String input : inputs) {
					int delay = random.nextInt(10);
					threads.add(Thread.ofPlatform().start(() -> {
						try {
							start.await();
							Thread.sleep(delay);
							runs.add(segurIn(dir, "convert", "--to", toText ? "dsl" : "json", "--out", "dossiers/sortie", input));
						} catch (InterruptedException e) {
							Thread.currentThread().interrupt();
						}
					}));
				}
				start.countDown();
				for (Thread thread : threads) {
					thread.join();
				}
				COUNTS.count("convert simultanés vers un même nom (" + (toText ? "JSON → .segur" : ".segur → JSON") + ")");
				List<CliRun> won = runs.stream().filter(r -> r.exitCode == 0).toList();
				assertEquals(1, won.size(), runs.stream().map(r -> r.exitCode + " " + r.stdout() + r.stderr()).toList().toString());
				for (CliRun lost : runs) {
					if (lost != won.get(0)) {
						assertEquals(2, lost.exitCode);
						assertTrue(lost.stderr().contains("existe déjà"), lost.stderr());
						assertFalse(lost.stdout().contains("→"), lost.stdout());
					}
				}
				String winner = won.get(0).stdout().replaceAll("(?s) → .*", "");
				String ans = "ANS000000" + (Integer.parseInt(winner.replaceAll(".*in(\\d)/.*", "$1")) + 1);
				assertTrue(Files.readString(out.resolve("x." + (toText ? "segur" : "json"))).contains(ans), "the file is the winner's");
				try (var files = Files.list(out)) {
					assertEquals(1, files.count(), "no temporary file left");
				}
			}
		}
	}
}
