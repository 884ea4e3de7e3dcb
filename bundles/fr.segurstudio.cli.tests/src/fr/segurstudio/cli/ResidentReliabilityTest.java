package fr.segurstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import fr.segurstudio.cli.ResidentCalls.Answer;
import fr.segurstudio.cli.tests.Counts;
import fr.segurstudio.testing.Golden;

/**
 * Issue 22, the resident process under a careless or hostile user, in this JVM: each call's files get that
 * call's umask (as a one-shot run), a request of 65,536 arguments and more is answered as a one-shot run
 * answers it, calls share the heap without failing (a call waits for memory, one too large is sent back to run
 * in a JVM of its own), and its watch outlives any failure of its own (an OutOfMemoryError included) so that it
 * never outlives its limit or its socket. Counts in target/fiabilite-resident.txt.
 */
class ResidentReliabilityTest {

	private static final Counts COUNTS = new Counts("Processus résident", "fiabilite-resident.txt");
	private static final Map<String, String> ENV = Map.of("LANG", "fr_FR.UTF-8");

	@TempDir
	Path dir;

	private Path socket;
	private Resident resident;
	private CompletableFuture<String> served;
	private final ExecutorService threads = Executors.newCachedThreadPool();

	@AfterAll
	static void record() throws IOException {
		COUNTS.record();
	}

	/** The command line as a one-shot run makes a call (the application's bundle and services). */
	private static int segur(String[] args, PrintStream out, PrintStream err, Path workingDirectory) {
		Bundle bundle = FrameworkUtil.getBundle(SegurApplication.class);
		return SegurApplication.run(bundle, args, out, err, workingDirectory);
	}

	private void start(Resident.Runner runner, long idleMillis, Supplier<String> stamp, Admission admission) throws Exception {
		socket = dir.resolve("r.sock");
		resident = new Resident(socket, idleMillis, runner, stamp, ENV, admission);
		served = CompletableFuture.supplyAsync(() -> {
			try {
				return resident.serve();
			} catch (IOException e) {
				return e.toString();
			}
		}, threads);
		for (int i = 0; i < 500 && !Resident.alive(socket); i++) {
			Thread.sleep(10);
		}
		assertTrue(Resident.alive(socket), "listening");
	}

	@AfterEach
	void stop() throws Exception {
		if (served != null && !served.isDone()) {
			try (SocketChannel channel = SocketChannel.open(Resident.address(socket))) {
				channel.write(ByteBuffer.wrap("SGDS".getBytes(StandardCharsets.US_ASCII)));
				channel.read(ByteBuffer.allocate(5));
			} catch (IOException e) {
				// already stopped
			}
			served.get(20, TimeUnit.SECONDS);
		}
		threads.shutdownNow();
	}

	private Answer call(Path workingDirectory, int umask, String... args) throws IOException {
		return ResidentCalls.call(socket, workingDirectory, ENV, umask, args);
	}

	private static Answer inProcess(Path workingDirectory, String... args) {
		return ResidentCalls.inProcess(ResidentReliabilityTest::segur, workingDirectory, args);
	}

	private static String mode(Path path) throws IOException {
		return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
	}

	/** rwxr-x--- for 0750: what a one-shot run under that umask gives a new file or folder. */
	private static String expected(int umask, boolean directory) {
		int mode = (directory ? 0777 : 0666) & ~umask;
		StringBuilder text = new StringBuilder();
		for (int bit = 8; bit >= 0; bit--) {
			text.append((mode & (1 << bit)) != 0 ? "rwx".charAt((8 - bit) % 3) : '-');
		}
		return text.toString();
	}

	@Test
	void eachCallsFilesGetThatCallsUmask() throws Exception {
		start(ResidentReliabilityTest::segur, 60_000, () -> "same", new Admission(Runtime.getRuntime().maxMemory()));
		Files.write(dir.resolve("bio.json"), Golden.BIO_SGL.bytes());
		Files.writeString(dir.resolve("BIO-SGL-Va1-BDC-00001.pdf"), "%PDF-1.4 bon de commande\n");
		int n = 0;
		for (int umask : new int[] { 0077, 0000, 0027, 0022, 0002, 0007, 0037, 0070 }) {
			String out = "depot" + n;
			Answer export = call(dir, umask, "export", "--out", out + "/sous/dossier", "--date", "20260305", "bio.json");
			assertEquals(0, export.code(), export.err());
			for (Path path : List.of(dir.resolve(out), dir.resolve(out + "/sous"), dir.resolve(out + "/sous/dossier"),
					dir.resolve(out + "/sous/dossier/JSON-ANS0000001-20260305-001"))) {
				assertEquals(expected(umask, true), mode(path), String.format("%03o %s", umask, path));
			}
			for (String file : List.of("JSON-ANS0000001-20260305-001.json", "JSON-ANS0000001-20260305-001.manifeste.json", ".segur-depot.lock",
					"JSON-ANS0000001-20260305-001/BIO-SGL-Va1-BDC-00001.pdf")) {
				assertEquals(expected(umask, false), mode(dir.resolve(out + "/sous/dossier/" + file)), String.format("%03o %s", umask, file));
			}
			COUNTS.count("umask de l'appel (export : dossiers, fichiers, pièces, verrou)");
			Answer convert = call(dir, umask, "convert", "--to", "dsl", "--out", "texte" + n, "bio.json");
			assertEquals(0, convert.code(), convert.err());
			assertEquals(expected(umask, true), mode(dir.resolve("texte" + n)));
			assertEquals(expected(umask, false), mode(dir.resolve("texte" + n + "/bio.segur")));
			COUNTS.count("umask de l'appel (convert)");
			// a file rewritten keeps its own permissions, whatever the umask
			Path kept = dir.resolve("texte" + n + "/bio.segur");
			Files.setPosixFilePermissions(kept, PosixFilePermissions.fromString("rw-r-----"));
			Files.writeString(kept, Files.readString(kept).replace("\n  numeroAns", "\n numeroAns"));
			assertEquals(0, call(dir, umask, "format", "texte" + n + "/bio.segur").code());
			assertEquals("rw-r-----", mode(kept));
			COUNTS.count("umask de l'appel (format garde les droits du fichier)");
			n++;
		}
	}

	@Test
	void sixtyFiveThousandArgumentsAndMoreAreAnsweredAsAOneShotRun() throws Exception {
		start(ResidentReliabilityTest::segur, 60_000, () -> "same", new Admission(Runtime.getRuntime().maxMemory()));
		for (int count : new int[] { 65_536, 65_538, 70_000 }) {
			List<String> args = new ArrayList<>(List.of("validate"));
			for (int i = 1; i < count; i++) {
				args.add("absent-" + i + ".json");
			}
			String[] call = args.toArray(String[]::new);
			Answer resident = call(dir, 022, call);
			COUNTS.count("appel de 65 536 arguments ou plus");
			assertFalse(resident.refused());
			assertEquals(inProcess(dir, call), resident, count + " arguments");
			assertEquals(count - 1, resident.err().lines().count());
		}
	}

	@Test
	void callsWaitForMemoryAndOneTooLargeRunsInAJvmOfItsOwn() throws Exception {
		AtomicInteger running = new AtomicInteger();
		AtomicInteger most = new AtomicInteger();
		long heap = 1000L << 20;
		start((args, out, err, workingDirectory) -> {
			most.accumulateAndGet(running.incrementAndGet(), Math::max);
			try {
				Thread.sleep(300);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			running.decrementAndGet();
			return 0;
		}, 60_000, () -> "same", new Admission(heap));
		// an input that needs a third of the heap: two at once fit, three do not
		long third = (heap / 3 - Admission.BASE) / Admission.PER_INPUT_BYTE;
		Files.write(dir.resolve("moyen.segur"), new byte[(int) third]);
		List<CompletableFuture<Answer>> calls = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			calls.add(CompletableFuture.supplyAsync(() -> {
				try {
					return call(dir, 022, "format", "--check", "moyen.segur");
				} catch (IOException e) {
					throw new IllegalStateException(e);
				}
			}, threads));
		}
		for (CompletableFuture<Answer> answer : calls) {
			assertEquals(0, answer.get(60, TimeUnit.SECONDS).code());
			COUNTS.count("appels qui attendent la mémoire");
		}
		assertEquals(2, most.get(), "at most two calls of a third of the heap at once");
		// an input that needs half the heap: sent back, the client runs it in a JVM of its own
		Files.write(dir.resolve("gros.segur"), new byte[(int) ((heap / 2) / Admission.PER_INPUT_BYTE)]);
		for (String[] args : List.of(new String[] { "format", "--check", "gros.segur" }, new String[] { "etat", "." },
				new String[] { "validate", "moyen.segur", "gros.segur" })) {
			Answer refused = call(dir, 022, args);
			COUNTS.count("appel trop gros pour la mémoire partagée (rendu au client)");
			assertTrue(refused.refused(), String.join(" ", args));
		}
		Answer small = call(dir, 022, "--version");
		assertEquals(0, small.code(), "small calls still served");
	}

	@Test
	void theWatchOutlivesItsOwnFailuresAndTheProcessItsIdleLimit() throws Exception {
		for (int failures : new int[] { 1, 3, Integer.MAX_VALUE }) {
			AtomicInteger left = new AtomicInteger(failures);
			start((args, out, err, workingDirectory) -> 0, 300, () -> {
				if (left.getAndDecrement() > 0) {
					throw new OutOfMemoryError("Java heap space");
				}
				return "same";
			}, new Admission(Runtime.getRuntime().maxMemory()));
			assertEquals(0, call(dir, 022, "x").code());
			String reason = served.get(30, TimeUnit.SECONDS);
			COUNTS.count("veille : OutOfMemoryError dans la veille");
			assertTrue(reason.startsWith("inactif"), reason);
			assertTrue(resident.lastFailure instanceof OutOfMemoryError);
			served = null;
		}
		// its socket removed, the process ends even while its watch keeps failing
		start((args, out, err, workingDirectory) -> 0, 600_000, () -> {
			throw new OutOfMemoryError("Java heap space");
		}, new Admission(Runtime.getRuntime().maxMemory()));
		Files.delete(socket);
		String reason = served.get(30, TimeUnit.SECONDS);
		COUNTS.count("veille : socket supprimée pendant que la veille échoue");
		assertTrue(reason.contains("supprimée"), reason);
		served = null;
	}

	@Test
	void aCallWhoseWorkingDirectoryWasDeletedIsSaid() throws Exception {
		start(ResidentReliabilityTest::segur, 60_000, () -> "same", new Admission(Runtime.getRuntime().maxMemory()));
		for (String[] args : List.of(new String[] { "validate", "x.json" }, new String[] { "--version" }, new String[] { "etat", "." })) {
			Path gone = Files.createTempDirectory(dir, "parti");
			Files.delete(gone);
			Answer answer = call(gone, 022, args);
			COUNTS.count("appel depuis un dossier supprimé");
			assertEquals(2, answer.code());
			assertEquals(inProcess(gone, args), answer);
			assertTrue(answer.err().startsWith("segur : le dossier courant n'existe plus"), answer.err());
		}
	}

	@Test
	void admissionAloneKeepsItsBudget() throws Exception {
		Admission admission = new Admission(1000L << 20);
		assertTrue(admission.fits(450L << 20));
		assertFalse(admission.fits(451L << 20));
		try (var one = admission.enter(400L << 20); var two = admission.enter(400L << 20)) {
			CompletableFuture<Boolean> third = CompletableFuture.supplyAsync(() -> {
				try (var permit = admission.enter(400L << 20)) {
					return true;
				} catch (InterruptedException e) {
					return false;
				}
			}, threads);
			Thread.sleep(200);
			assertFalse(third.isDone(), "the third waits");
			one.close();
			assertTrue(third.get(10, TimeUnit.SECONDS));
		}
		COUNTS.count("admission seule");
		Files.write(dir.resolve("a.segur"), new byte[1000]);
		Files.createDirectories(dir.resolve("sous/.cache"));
		Files.write(dir.resolve("sous/b.json"), new byte[3000]);
		Files.write(dir.resolve("sous/.cache/c.segur"), new byte[5000]); // hidden folders are not walked, as the commands do
		Files.write(dir.resolve("sous/notes.txt"), new byte[7000]);
		long need = Admission.need(new String[] { "validate", "--format", "json", "absent.json", "a.segur", "sous" }, dir);
		assertEquals(Admission.BASE + 4000 * Admission.PER_INPUT_BYTE, need);
	}
}
