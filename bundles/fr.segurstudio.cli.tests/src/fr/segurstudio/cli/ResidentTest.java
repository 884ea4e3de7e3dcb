package fr.segurstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintStream;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.segurstudio.cli.ResidentCalls.Answer;
import fr.segurstudio.testing.Golden;
import fr.segurstudio.testing.Services;

/**
 * The resident process's protocol, in this JVM: a call through the socket gives what the same
 * call gives in process — stdout, stderr and exit code —, with its own working directory, at the same time
 * as another; a client that goes away interrupts its call; another environment is refused; stop ends it.
 * (releng/scripts/daemon-test.sh compares the built product's one-shot runs and its resident process.)
 */
class ResidentTest {

	@TempDir
	Path dir;

	private Path socket;
	private CompletableFuture<String> served;
	/** Threads of their own: the common pool may have a single thread on a small machine. */
	private final ExecutorService threads = Executors.newCachedThreadPool();

	/** A call's context in this JVM: the test runtime's services. */
	private record Context(PrintStream out, PrintStream err, Path workingDirectory) implements CliContext {
		@Override
		public <T> T service(Class<T> type) {
			return Services.get(type);
		}
	}

	/** The command line in this JVM, as the application runs it. */
	private static int segur(String[] args, PrintStream out, PrintStream err, Path workingDirectory) {
		CliContext context = new Context(out, err, workingDirectory);
		int code = new SegurCli("1.0.0.test", SegurCli.standardCommands()).run(args, context);
		out.flush();
		err.flush();
		return code;
	}

	private void start(Resident.Runner runner) throws Exception {
		socket = dir.resolve("r.sock");
		Resident resident = new Resident(socket, 60_000, runner, () -> "same", Map.of("LANG", "fr_FR.UTF-8"));
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
		if (served != null) {
			try (SocketChannel channel = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
				channel.write(ByteBuffer.wrap("SGDS".getBytes(StandardCharsets.US_ASCII)));
				channel.read(ByteBuffer.allocate(5));
			} catch (IOException e) {
				// already stopped
			}
			assertEquals("arrêt demandé", served.get(20, TimeUnit.SECONDS));
		}
		threads.shutdownNow();
	}

	private static SocketChannel send(Path socket, Path workingDirectory, Map<String, String> env, String... args) throws IOException {
		return ResidentCalls.send(socket, workingDirectory, env, 022, args);
	}

	private Answer call(Path workingDirectory, Map<String, String> env, String... args) throws IOException {
		return ResidentCalls.call(socket, workingDirectory, env, 022, args);
	}

	private static Answer inProcess(Path workingDirectory, String... args) {
		return ResidentCalls.inProcess(ResidentTest::segur, workingDirectory, args);
	}

	@Test
	void aCallThroughTheSocketGivesWhatTheSameCallGivesInProcess() throws Exception {
		start(ResidentTest::segur);
		assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(socket));
		Path sub = Files.createDirectories(dir.resolve("sub"));
		Files.writeString(dir.resolve("bio.json"), Golden.BIO_SGL.text(), StandardCharsets.UTF_8);
		Files.writeString(dir.resolve("bad.json"), Golden.BIO_SGL.text().replace("\"SIRET\"", "\"siret\""), StandardCharsets.UTF_8);
		Map<String, String> env = Map.of("LANG", "fr_FR.UTF-8");
		List<String[]> calls = List.of(new String[] { "--version" }, new String[] { "help", "validate" }, new String[] { "valdate" },
				new String[] { "validate", "bio.json", "bad.json", "absent.json" },
				new String[] { "validate", "--format", "json", "bio.json", "bad.json" }, new String[] { "import", "bad.json" },
				new String[] { "export", "--out", "depot", "--date", "20260131", "bio.json" });
		for (String[] args : calls) {
			Answer resident = call(dir, env, args);
			if (args[0].equals("export")) {
				Files.walk(dir.resolve("depot")).sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
			}
			assertEquals(inProcess(dir, args), resident, String.join(" ", args));
		}
		assertEquals(inProcess(sub, "validate", "../bio.json", "../bad.json"), call(sub, env, "validate", "../bio.json", "../bad.json"),
				"relative paths against the call's working directory");
		assertEquals(1, call(sub, env, "validate", "../bad.json").code());
		assertEquals(2, call(sub, env, "validate", "bio.json").code(), "not the process's working directory");
	}

	@Test
	void callsRunAtTheSameTimeEachWithItsOwnStreams() throws Exception {
		CountDownLatch both = new CountDownLatch(2);
		start((args, out, err, workingDirectory) -> {
			both.countDown();
			try {
				both.await(10, TimeUnit.SECONDS);
			} catch (InterruptedException e) {
				return 3;
			}
			out.print("out " + args[0] + " " + workingDirectory);
			err.print("err " + args[0]);
			out.flush();
			err.flush();
			return Integer.parseInt(args[0]);
		});
		Map<String, String> env = Map.of("LANG", "fr_FR.UTF-8");
		CompletableFuture<Answer> first = CompletableFuture.supplyAsync(() -> uncheck(() -> call(dir, env, "0")), threads);
		Answer second = call(dir.resolve("b"), env, "1");
		assertEquals(new Answer(0, "out 0 " + dir, "err 0", false), first.get(10, TimeUnit.SECONDS));
		assertEquals(new Answer(1, "out 1 " + dir.resolve("b"), "err 1", false), second);
	}

	@Test
	void aClientThatGoesAwayInterruptsItsCall() throws Exception {
		CountDownLatch running = new CountDownLatch(1);
		CompletableFuture<Boolean> interrupted = new CompletableFuture<>();
		start((args, out, err, workingDirectory) -> {
			running.countDown();
			try {
				Thread.sleep(30_000);
				interrupted.complete(false);
			} catch (InterruptedException e) {
				interrupted.complete(true);
			}
			return 0;
		});
		try (SocketChannel channel = send(socket, dir, Map.of("LANG", "fr_FR.UTF-8"), "validate", "x.json")) {
			assertTrue(running.await(10, TimeUnit.SECONDS));
		} // Ctrl-C in the client: its end of the connection closes
		assertTrue(interrupted.get(10, TimeUnit.SECONDS));
	}

	@Test
	void anotherEnvironmentIsRefusedAndTheClientRunsTheCallItself() throws Exception {
		start(ResidentTest::segur);
		assertTrue(call(dir, Map.of("LANG", "C"), "--version").refused());
		assertTrue(call(dir, Map.of("LANG", "fr_FR.UTF-8", "SEGUR_STUDIO_HOME", dir.toString()), "--version").refused());
		assertEquals(0, call(dir, Map.of("LANG", "fr_FR.UTF-8"), "--version").code());
	}

	@Test
	void nonsenseIsIgnoredAndTheProcessGoesOn() throws Exception {
		start(ResidentTest::segur);
		try (SocketChannel channel = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
			channel.write(ByteBuffer.wrap(new byte[] { 'S', 'G', 'D', '2', (byte) 0x80, 0, 0, 0 }));
			assertEquals(-1, channel.read(ByteBuffer.allocate(16)));
		}
		assertEquals(0, call(dir, Map.of("LANG", "fr_FR.UTF-8"), "--version").code());
	}

	private interface IoSupplier<T> {
		T get() throws IOException;
	}

	private static <T> T uncheck(IoSupplier<T> supplier) {
		try {
			return supplier.get();
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}
}
