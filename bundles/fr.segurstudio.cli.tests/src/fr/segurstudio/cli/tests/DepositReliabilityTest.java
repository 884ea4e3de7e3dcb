package fr.segurstudio.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.segurstudio.json.deposit.Deposit;
import fr.segurstudio.json.deposit.DepositResult;
import fr.segurstudio.model.core.Demande;
import fr.segurstudio.model.core.Dossier;
import fr.segurstudio.model.couloir.CouloirRegistry;
import fr.segurstudio.model.dossier.NumerosEditeur;
import fr.segurstudio.testing.SeedExamples;
import fr.segurstudio.testing.Services;

/**
 * Issue 9, a deposit cut in the middle and two users at once: a disk that fills up at every moment of a
 * deposit (an injected failing stream), deposits killed at random moments (in a child process), two
 * deposits into one folder at once (threads, and processes). After each, the folder holds every file of a
 * deposit or none, earlier deposits untouched, and a retry is numbered as if the failed one never happened.
 */
class DepositReliabilityTest {

	private static final LocalDate DAY = LocalDate.of(2026, 3, 14);
	private static final Counts COUNTS = new Counts("Dépôts coupés ou simultanés", "fiabilite-depots.txt");

	@TempDir
	Path dir;

	@AfterAll
	static void record() throws IOException {
		COUNTS.record();
	}

	/** A BIO dossier of n requests numbered from first, each with its bon de commande (a small PDF) in {@code in}. */
	private static Dossier bio(Path in, int n, int first) throws IOException {
		Dossier dossier = new SeedExamples(Services.get(CouloirRegistry.class)).bioDurand();
		Demande model = dossier.getDemandes().get(0);
		dossier.getDemandes().clear();
		Files.createDirectories(in);
		for (int i = 0; i < n; i++) {
			Demande copy = EcoreUtil.copy(model);
			String numero = NumerosEditeur.format(first + i);
			copy.setNumeroEditeur(numero);
			String name = "BIO-SGL-Va1-BDC-" + numero + ".pdf";
			copy.getPiecesJustificatives().get(0).setNomFichier(name);
			copy.getPiecesJustificatives().get(0).setChemin(name);
			Files.writeString(in.resolve(name), "%PDF-1.4 bon de commande " + numero + "\n" + "x".repeat(2000));
			dossier.getDemandes().add(copy);
		}
		return dossier;
	}

	/** Every file under the folder, with its size. */
	private static Map<String, Long> listing(Path folder) throws IOException {
		Map<String, Long> files = new TreeMap<>();
		if (!Files.exists(folder)) {
			return files;
		}
		try (Stream<Path> walk = Files.walk(folder)) {
			for (Path file : (Iterable<Path>) walk::iterator) {
				files.put(folder.relativize(file).toString(), Files.isDirectory(file) ? -1 : Files.size(file));
			}
		}
		return files;
	}

	/** A disk with {@code budget} bytes left for the whole deposit. */
	private static OutputStream full(OutputStream out, AtomicLong budget) {
		return new FilterOutputStream(out) {
			@Override
			public void write(int b) throws IOException {
				write(new byte[] { (byte) b }, 0, 1);
			}

			@Override
			public void write(byte[] b, int off, int len) throws IOException {
				if (budget.addAndGet(-len) < 0) {
					throw new IOException("No space left on device");
				}
				out.write(b, off, len);
			}
		};
	}

	@Test
	void aDiskThatFillsUpAtAnyMomentLeavesNothingAndTheRetryIsNumberedFromOne() throws IOException {
		for (boolean zip : new boolean[] { false, true }) {
			Path in = dir.resolve("in" + zip);
			Path out = dir.resolve("depot" + zip);
			Dossier dossier = bio(in, 210, 1); // two files: 200 + 10
			Dossier earlier = bio(in, 3, 1);
			earlier.setNumeroAns("ANS0000002");
			assertTrue(new Deposit().run(List.of(new Deposit.Source(earlier, in)), new Deposit.Options(out, DAY, zip)).written());
			Map<String, Long> before = listing(out);
			AtomicLong measured = new AtomicLong(Long.MAX_VALUE);
			new Deposit().writingThrough(stream -> full(stream, measured)).run(List.of(new Deposit.Source(dossier, in)),
					new Deposit.Options(dir.resolve("mesure" + zip), DAY, zip));
			long total = Long.MAX_VALUE - measured.get();
			Random random = new Random(zip ? 1 : 2);
			List<Long> budgets = new ArrayList<>(List.of(0L, 1L, 100L, total - 1));
			for (int i = 0; i < 20; i++) {
				budgets.add(total * i / 20);
				budgets.add((long) (random.nextDouble() * total));
			}
			for (long budget : budgets) {
				AtomicLong left = new AtomicLong(budget);
				assertThrows(IOException.class, () -> new Deposit().writingThrough(stream -> full(stream, left))
						.run(List.of(new Deposit.Source(dossier, in)), new Deposit.Options(out, DAY, zip)), "budget " + budget + " of " + total);
				assertEquals(before, listing(out), "disk full after " + budget + " of " + total + " bytes");
				COUNTS.count("disque plein à un moment du dépôt (" + (zip ? "zip" : "dossier de pièces") + ")");
			}
			DepositResult retry = new Deposit().run(List.of(new Deposit.Source(dossier, in)), new Deposit.Options(out, DAY, zip));
			assertTrue(retry.written(), retry.problems().toString());
			assertEquals(List.of("JSON-ANS0000001-20260314-001.json", "JSON-ANS0000001-20260314-002.json"),
					retry.files().stream().map(DepositResult.File::name).toList());
		}
	}

	@Test
	void depositsOfOneProcessIntoOneFolderAtOnceNeverShareANumber() throws Exception {
		Path out = dir.resolve("depot");
		int threads = 4;
		List<Dossier> dossiers = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			dossiers.add(bio(dir.resolve("in" + t), 120, 1 + 120 * t));
		}
		CountDownLatch start = new CountDownLatch(1);
		List<String> names = Collections.synchronizedList(new ArrayList<>());
		List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
		List<Thread> running = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			Dossier dossier = dossiers.get(t);
			Path in = dir.resolve("in" + t);
			running.add(Thread.ofPlatform().start(() -> {
				try {
					start.await();
					DepositResult result = new Deposit().run(List.of(new Deposit.Source(dossier, in)), new Deposit.Options(out, DAY, false));
					result.files().forEach(file -> names.add(file.name()));
				} catch (Throwable e) {
					failures.add(e);
				}
			}));
		}
		start.countDown();
		for (Thread thread : running) {
			thread.join();
		}
		COUNTS.count("dépôts simultanés (fils d'un processus)");
		assertEquals(List.of(), failures);
		assertEquals(Set.of("JSON-ANS0000001-20260314-001.json", "JSON-ANS0000001-20260314-002.json", "JSON-ANS0000001-20260314-003.json",
				"JSON-ANS0000001-20260314-004.json"), new TreeSet<>(names));
		assertWhole(out, 4, 120);
	}

	/** The dossiers as XMI, for a child process. */
	private Path xmi(String name, Dossier dossier) throws IOException {
		Path file = dir.resolve(name);
		ResourceSetImpl set = new ResourceSetImpl();
		set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", new XMIResourceFactoryImpl());
		Resource resource = set.createResource(URI.createFileURI(file.toString()));
		resource.getContents().add(EcoreUtil.copy(dossier));
		resource.save(null);
		return file;
	}

	private static Process child(Path xmi, Path in, Path out, long pause) throws IOException {
		String java = ProcessHandle.current().info().command().orElse("java");
		return new ProcessBuilder(java, "-cp", classPath(), DepositChild.class.getName(), xmi.toString(), in.toString(), out.toString(),
				DAY.toString(), Long.toString(pause)).redirectErrorStream(true).start();
	}

	/** A class path of every bundle the test framework started with (its osgi.bundles: jars, or project folders' classes). */
	static String classPath() {
		org.osgi.framework.BundleContext context = org.osgi.framework.FrameworkUtil.getBundle(Services.class).getBundleContext();
		List<String> entries = new ArrayList<>();
		String bundles = context.getProperty("osgi.bundles");
		for (String entry : bundles == null ? new String[0] : bundles.split(",")) {
			int file = entry.indexOf("file:");
			if (file < 0) {
				continue;
			}
			String location = entry.substring(file + "file:".length());
			int at = location.lastIndexOf('@');
			Path path = Path.of(at > 0 && !location.substring(at).contains("/") ? location.substring(0, at) : location);
			if (!path.isAbsolute()) {
				continue;
			}
			if (Files.isDirectory(path)) {
				for (String folder : List.of("target/classes", "bin")) {
					if (Files.isDirectory(path.resolve(folder))) {
						entries.add(path.resolve(folder).toString());
					}
				}
			} else {
				entries.add(path.toString());
			}
		}
		for (String folder : List.of("target/classes", "target/test-classes")) { // this fragment's own classes (Tycho's dev class path)
			Path classes = Path.of(System.getProperty("user.dir"), folder);
			if (Files.isDirectory(classes)) {
				entries.add(classes.toString());
			}
		}
		return String.join(java.io.File.pathSeparator, entries);
	}

	private static String waitReady(BufferedReader output) throws IOException {
		StringBuilder seen = new StringBuilder();
		String line;
		while ((line = output.readLine()) != null) {
			seen.append(line).append('\n');
			if (line.equals("PRET")) {
				return seen.toString();
			}
		}
		throw new AssertionError("the child process ended before it was ready:\n" + seen);
	}

	@Test
	void twoProcessesDepositingIntoOneFolderAtOnceNeverShareANumber() throws Exception {
		Path out = dir.resolve("depot");
		Process first = child(xmi("a.xmi", bio(dir.resolve("in"), 200, 1)), dir.resolve("in"), out, 2);
		Process second = child(xmi("b.xmi", bio(dir.resolve("in"), 200, 201)), dir.resolve("in"), out, 2);
		String one = new String(first.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		String two = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(first.waitFor(5, TimeUnit.MINUTES) && second.waitFor(5, TimeUnit.MINUTES));
		COUNTS.count("dépôts simultanés (deux processus)");
		assertTrue(one.contains("FINI") && two.contains("FINI"), one + two);
		Set<String> names = new TreeSet<>();
		Stream.of(one, two).flatMap(String::lines).filter(l -> l.startsWith("JSON-")).forEach(names::add);
		assertEquals(Set.of("JSON-ANS0000001-20260314-001.json", "JSON-ANS0000001-20260314-002.json"), names, one + two);
		assertWhole(out, 2, 200);
	}

	@Test
	void aDepositKilledAtAnyMomentIsAllOrNothingOnceTheNextDepositRuns() throws Exception {
		Path in = dir.resolve("in");
		Dossier dossier = bio(in, 450, 1);
		Path xmi = xmi("d.xmi", dossier);
		Random random = new Random(9);
		for (int round = 0; round < 6; round++) {
			Path out = dir.resolve("depot" + round);
			Process process = child(xmi, in, out, 3);
			BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
			waitReady(output);
			Thread.sleep(random.nextInt(2500)); // a random moment of the deposit: exploring, nothing is asserted on time
			process.destroyForcibly();
			process.waitFor();
			Map<String, Long> afterKill = listing(out);
			boolean staged = afterKill.keySet().stream().anyMatch(name -> name.startsWith(".depot-en-cours-"));
			boolean moved = afterKill.keySet().stream().anyMatch(name -> name.startsWith("JSON-"));
			COUNTS.count("tués : " + (!staged && moved ? "dépôt déjà complet" : staged && moved ? "pendant les déplacements" : staged ? "pendant l'écriture"
					: "avant d'écrire"));
			// the next deposit settles what the killed one left, then deposits (or refuses: the killed one was complete)
			DepositResult retry = new Deposit().run(List.of(new Deposit.Source(dossier, in)), new Deposit.Options(out, DAY, false));
			assertTrue(retry.written() || !staged && moved, retry.problems().toString());
			assertWhole(out, 3, -1);
		}
	}

	/** Exactly {@code files} whole deposit files (JSON, manifest, pieces folder) numbered from 001, nothing else but the lock. */
	private static void assertWhole(Path out, int files, int requestsEach) throws IOException {
		Set<String> names = new TreeSet<>();
		try (Stream<Path> list = Files.list(out)) {
			list.forEach(p -> names.add(p.getFileName().toString()));
		}
		Set<String> expected = new TreeSet<>(Set.of(".segur-depot.lock"));
		for (int i = 1; i <= files; i++) {
			String base = "JSON-ANS0000001-20260314-00" + i;
			expected.addAll(List.of(base + ".json", base + ".manifeste.json", base));
			String json = Files.readString(out.resolve(base + ".json"));
			assertTrue(json.endsWith("]\n}\n"), base + " is whole");
			long requests = json.lines().filter(l -> l.contains("\"numeroEditeur\"")).count();
			if (requestsEach > 0) {
				assertEquals(requestsEach, requests, base);
			}
			try (Stream<Path> pieces = Files.list(out.resolve(base))) {
				assertEquals(requests, pieces.count(), base + " has every piece");
			}
			assertTrue(Files.readString(out.resolve(base + ".manifeste.json")).contains(base + ".json"));
		}
		assertEquals(expected, names);
		assertFalse(names.stream().anyMatch(n -> n.endsWith(".tmp")));
	}
}
