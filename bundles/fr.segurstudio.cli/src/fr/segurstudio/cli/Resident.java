package fr.segurstudio.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import fr.segurstudio.json.deposit.FileModes;
import fr.segurstudio.json.deposit.Uninterrupted;

/**
 * The resident process of the command line: a JVM that stays up after a first call and runs the
 * next ones, so that a call costs the client's start and the work itself, not the start of Java and OSGi.
 * It listens on a Unix-domain socket of its user only (mode 0600, in a folder of mode 0700 that the start
 * script made); each connection is one call:
 *
 * <pre>
 * request  "SGD2", u32 argc, argc × (u32 n, n bytes), u32 n, the working directory, u32 envc, envc × (u32 n, NAME=value),
 *          u32 umask (bytes as the system gives them: decoded here with the JVM's sun.jnu.encoding, as a one-shot run
 *          decodes argv); or "SGDS": stop
 * answer   frames: 'o' u32 n bytes (stdout), 'e' u32 n bytes (stderr), then 'x' u32 exit code;
 *          or 'r' u32 n reason: refused, the client runs the call itself (an environment this process does not
 *          have, a request larger than a one-shot run takes, inputs too large to share this process's heap)
 * </pre>
 *
 * Calls run at the same time, each with its own streams, working directory and umask (the files it creates get
 * its caller's permissions: {@link FileModes}); the environment variables that the command line and the JVM
 * read ({@link #ENVIRONMENT}) must be this process's (the start script keys the socket by them). The calls
 * share one heap: each waits until the memory its inputs need is free ({@link Admission}), and one whose
 * inputs need more than a share of it is refused, to run in a JVM of its own, exactly as without this process.
 * A client that goes away (Ctrl-C) interrupts its call. The process ends after {@code idle} without a call, when
 * its install or JDK changes ({@code stamp}), when its socket is gone, after a call ran out of memory, or on a
 * stop request; it never calls System.exit, and its watch survives any failure of its own.
 */
final class Resident {

	/** What a call runs: the command line with its arguments, streams and working directory; its exit code. */
	@FunctionalInterface
	interface Runner {
		int run(String[] args, PrintStream out, PrintStream err, Path workingDirectory);
	}

	/** The environment that changes what a call does or prints: the CLI's own variables, the locale, the time zone. */
	static final List<String> ENVIRONMENT = List.of("SEGUR_STUDIO_HOME", "SEGUR_JAVA_OPTS", "HOME", "LANG", "LC_ALL", "LC_CTYPE",
			"LC_MESSAGES", "TZ");

	/** One argument, the working directory or a variable: far more than the system allows one argument (128 KiB). */
	private static final int MAX_FIELD = 1 << 20;
	/**
	 * A whole request: more than the system lets a command line hold, so that any call a one-shot run takes is
	 * taken (65,536 arguments and more); the client runs a larger one itself.
	 */
	static final long MAX_REQUEST = 256L << 20;
	private static final long CHECK_MILLIS = 5_000;

	private final Path socket;
	private final long idleMillis;
	private final Runner runner;
	private final Admission admission;
	private final Supplier<String> stamp;
	private final Map<String, String> environment;
	private final Charset argumentCharset;
	private final AtomicInteger active = new AtomicInteger();
	private final AtomicLong lastCall = new AtomicLong(System.currentTimeMillis());
	private final AtomicInteger callNumber = new AtomicInteger();
	private volatile ServerSocketChannel server;
	private volatile String stopReason;

	/**
	 * @param environment this process's values of {@link #ENVIRONMENT} (System.getenv)
	 * @param stamp       the state of the install and JDK; a change ends the process
	 */
	Resident(Path socket, long idleMillis, Runner runner, Supplier<String> stamp, Map<String, String> environment) {
		this(socket, idleMillis, runner, stamp, environment, new Admission(Runtime.getRuntime().maxMemory()));
	}

	Resident(Path socket, long idleMillis, Runner runner, Supplier<String> stamp, Map<String, String> environment, Admission admission) {
		this.socket = socket;
		this.idleMillis = idleMillis;
		this.runner = runner;
		this.admission = admission;
		this.stamp = stamp;
		this.environment = environment;
		this.argumentCharset = charset(System.getProperty("sun.jnu.encoding"));
	}

	private static Charset charset(String name) {
		try {
			return name == null ? Charset.defaultCharset() : Charset.forName(name);
		} catch (RuntimeException e) {
			return Charset.defaultCharset();
		}
	}

	/** This process's values of the variables that matter. */
	static Map<String, String> environment(Map<String, String> all) {
		Map<String, String> values = new HashMap<>();
		for (String name : ENVIRONMENT) {
			if (all.get(name) != null) {
				values.put(name, all.get(name));
			}
		}
		return values;
	}

	/** Serves until idle, stopped, or the install changed; returns why it stopped. */
	String serve() throws IOException {
		if (alive(socket)) {
			return "un autre processus résident sert déjà " + socket;
		}
		Files.deleteIfExists(socket); // left by a process that was killed
		ServerSocketChannel channel = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
		try {
			channel.bind(address(socket));
		} catch (IOException | RuntimeException e) {
			channel.close();
			throw new IOException("socket " + socket + " impossible à créer : " + e.getMessage(), e);
		}
		Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rw-------"));
		server = channel;
		Thread watch = new Thread(this::watch, "segur-resident-veille");
		watch.setDaemon(true);
		watch.start();
		try {
			while (true) {
				SocketChannel client;
				try {
					client = channel.accept();
				} catch (ClosedChannelException e) {
					break;
				}
				active.incrementAndGet();
				lastCall.set(System.currentTimeMillis());
				Thread call = new Thread(() -> call(client), "segur-appel-" + callNumber.incrementAndGet());
				call.setDaemon(true);
				call.start();
			}
		} finally {
			channel.close();
			deleteIfOurs();
		}
		while (active.get() > 0) { // calls under way end first
			try {
				Thread.sleep(20);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		return stopReason == null ? "arrêté" : stopReason;
	}

	/** True when a process answers on the socket. */
	static boolean alive(Path socket) {
		if (!Files.exists(socket)) {
			return false;
		}
		try (SocketChannel probe = SocketChannel.open(address(socket))) {
			return true;
		} catch (IOException | RuntimeException e) {
			return false;
		}
	}

	/**
	 * The socket's address: its path, or, when the path is longer than a socket address holds (108 bytes on
	 * Linux; a deep TMPDIR), its name relative to this process's working directory, which the start script
	 * makes the socket's folder.
	 */
	static UnixDomainSocketAddress address(Path socket) {
		Path folder = socket.toAbsolutePath().getParent();
		if (socket.toString().getBytes(StandardCharsets.UTF_8).length >= 100 && folder != null
				&& folder.equals(Path.of("").toAbsolutePath())) {
			return UnixDomainSocketAddress.of(socket.getFileName());
		}
		return UnixDomainSocketAddress.of(socket);
	}

	private void stop(String reason) {
		if (stopReason == null) {
			stopReason = reason;
		}
		try {
			ServerSocketChannel channel = server;
			if (channel != null) {
				channel.close();
			}
		} catch (IOException e) {
			// closing: nothing more to do
		}
	}

	private void deleteIfOurs() {
		try {
			if (!alive(socket)) {
				Files.deleteIfExists(socket);
			}
		} catch (IOException e) {
			// a socket file left behind is replaced by the next process
		}
	}

	/**
	 * Idle time, the install's stamp, the socket file and the memory, every few seconds. Nothing ends the watch
	 * but the end of the server: a failure of its own (an OutOfMemoryError while the calls fill the heap) is
	 * let go and the watch goes on, so that the process never outlives its limit or its socket.
	 */
	private void watch() {
		String initial = null;
		try {
			initial = stamp.get();
		} catch (Throwable e) { // taken again at the next check
			lastFailure = e;
		}
		while (server.isOpen()) {
			try {
				Thread.sleep(Math.min(CHECK_MILLIS, Math.max(10, idleMillis / 4)));
			} catch (InterruptedException e) {
				if (!server.isOpen()) {
					return;
				}
			}
			try {
				if (active.get() == 0 && System.currentTimeMillis() - lastCall.get() >= idleMillis) {
					stop("inactif depuis " + idleMillis / 1000 + " s");
				} else if (active.get() == 0 && Failures.outOfMemorySeen()) {
					stop("mémoire épuisée par un appel : un nouveau processus servira les suivants");
				} else if (!Files.exists(socket)) {
					stop("socket " + socket + " supprimée");
				} else if (initial == null) {
					initial = stamp.get();
				} else if (!Objects.equals(initial, stamp.get())) {
					stop("l'installation ou le JDK a changé");
				}
			} catch (Throwable e) { // an Error too: the watch must outlive it
				lastFailure = e;
			}
		}
	}

	/** The last failure the watch let go (for tests and the log). */
	volatile Throwable lastFailure;

	private void call(SocketChannel client) {
		try (client) {
			Request request = read(client);
			if (request == null) {
				return;
			}
			Frames frames = new Frames(client);
			if (request.stop()) {
				stop("arrêt demandé");
				frames.exit(0);
				return;
			}
			String refused = request.refused() != null ? request.refused() : refused(request.environment());
			long need = refused == null ? Admission.need(request.args(), request.workingDirectory()) : 0;
			if (refused == null && !admission.fits(need)) {
				refused = "entrées trop grosses pour partager la mémoire du processus résident : " + need / (1 << 20) + " Mo";
			}
			if (refused != null) {
				frames.send('r', refused.getBytes(StandardCharsets.UTF_8));
				return;
			}
			Thread worker = Thread.currentThread();
			Thread cancel = new Thread(() -> cancelOnClose(client, worker), worker.getName() + "-annulation");
			cancel.setDaemon(true);
			cancel.start();
			PrintStream out = SegurApplication.buffered(frames.stream('o'));
			PrintStream err = SegurApplication.buffered(frames.stream('e'));
			int code;
			try (Admission.Permit permit = admission.enter(need)) {
				code = FileModes.withUmask(request.umask(), () -> runner.run(request.args(), out, err, request.workingDirectory()));
			} catch (InterruptedException e) { // the client went away while the call waited for memory
				return;
			} catch (Exception e) { // the runner says every failure itself; this is only the umask's wrapper
				throw new IOException(e);
			}
			out.flush();
			err.flush();
			frames.exit(code);
			Thread.interrupted(); // a cancel that came after the end
		} catch (IOException | RuntimeException e) {
			// the client went away, or sent nonsense: nothing to answer
		} finally {
			lastCall.set(System.currentTimeMillis());
			active.decrementAndGet();
		}
	}

	/**
	 * The client closes its end when it is interrupted (Ctrl-C): the call's thread is interrupted, except in work
	 * that must not be cut (a deposit moving into place and its record), which ends first.
	 */
	private static void cancelOnClose(SocketChannel client, Thread worker) {
		ByteBuffer buffer = ByteBuffer.allocate(64);
		try {
			while (client.read(buffer.clear()) >= 0) {
				// a client sends nothing after its request
			}
			if (client.isOpen()) {
				Uninterrupted.interrupt(worker);
			}
		} catch (IOException e) {
			if (client.isOpen()) {
				Uninterrupted.interrupt(worker);
			}
		}
	}

	/** Why this process cannot run a call made in that environment (null: it can). */
	private String refused(Map<String, String> requested) {
		for (String name : ENVIRONMENT) {
			if (!Objects.equals(requested.get(name), environment.get(name))) {
				return "environnement différent : " + name;
			}
		}
		return null;
	}

	/** A call, or a stop; {@code refused}: why this process does not run it (the client runs it itself). */
	private record Request(boolean stop, String[] args, Path workingDirectory, Map<String, String> environment, int umask, String refused) {
	}

	/** Reads a request; null for nonsense (the connection is closed without an answer). */
	private Request read(SocketChannel client) throws IOException {
		byte[] magic = bytes(client, 4);
		String kind = new String(magic, StandardCharsets.US_ASCII);
		if (kind.equals("SGDS")) {
			return new Request(true, null, null, null, 0, null);
		}
		if (!kind.equals("SGD2")) {
			return null;
		}
		long[] total = { 0 };
		int argc = count(client);
		List<String> args = new ArrayList<>();
		boolean tooLarge = false;
		for (int i = 0; i < argc; i++) {
			byte[] field = field(client, total);
			tooLarge |= field == null;
			if (!tooLarge) {
				args.add(new String(field, argumentCharset));
			}
		}
		byte[] directory = field(client, total);
		int envc = count(client);
		Map<String, String> env = new HashMap<>();
		for (int i = 0; i < envc; i++) {
			byte[] field = field(client, total);
			String entry = field == null ? "" : new String(field, argumentCharset);
			int equals = entry.indexOf('=');
			if (equals > 0) {
				env.put(entry.substring(0, equals), entry.substring(equals + 1));
			}
		}
		int umask = ByteBuffer.wrap(bytes(client, 4)).getInt() & 0777;
		if (tooLarge || directory == null) {
			return new Request(false, new String[0], null, env, umask, "requête de plus de " + (MAX_REQUEST >> 20) + " Mo");
		}
		Path workingDirectory = Path.of(new String(directory, argumentCharset));
		if (!workingDirectory.isAbsolute()) {
			return null;
		}
		return new Request(false, args.toArray(String[]::new), workingDirectory, env, umask, null);
	}

	private static int count(SocketChannel client) throws IOException {
		int n = ByteBuffer.wrap(bytes(client, 4)).getInt();
		if (n < 0) {
			throw new IOException("requête invalide");
		}
		return n;
	}

	/**
	 * A field; null once the request passed {@link #MAX_REQUEST} (its bytes are read and dropped, so that the
	 * client gets its answer, a refusal).
	 */
	private static byte[] field(SocketChannel client, long[] total) throws IOException {
		int n = ByteBuffer.wrap(bytes(client, 4)).getInt();
		if (n < 0 || n > MAX_FIELD) {
			throw new IOException("requête invalide");
		}
		total[0] += 4L + n;
		if (total[0] > MAX_REQUEST) {
			skip(client, n);
			return null;
		}
		return bytes(client, n);
	}

	private static void skip(SocketChannel client, int n) throws IOException {
		ByteBuffer buffer = ByteBuffer.allocate(Math.min(n, 1 << 16));
		for (int left = n; left > 0;) {
			buffer.clear().limit(Math.min(left, buffer.capacity()));
			int read = client.read(buffer);
			if (read < 0) {
				throw new IOException("requête incomplète");
			}
			left -= read;
		}
	}

	private static byte[] bytes(SocketChannel client, int n) throws IOException {
		ByteBuffer buffer = ByteBuffer.allocate(n);
		while (buffer.hasRemaining()) {
			if (client.read(buffer) < 0) {
				throw new IOException("requête incomplète");
			}
		}
		return buffer.array();
	}

	/** The answer's frames; stdout and stderr of a call write them from any thread, one frame at a time. */
	private static final class Frames {
		private final SocketChannel client;

		Frames(SocketChannel client) {
			this.client = client;
		}

		synchronized void send(char kind, byte[] data, int offset, int length) throws IOException {
			ByteBuffer header = ByteBuffer.allocate(5).put((byte) kind).putInt(length).flip();
			ByteBuffer body = ByteBuffer.wrap(data, offset, length);
			while (header.hasRemaining() || body.hasRemaining()) {
				client.write(new ByteBuffer[] { header, body });
			}
		}

		void send(char kind, byte[] data) throws IOException {
			send(kind, data, 0, data.length);
		}

		void exit(int code) throws IOException {
			send('x', ByteBuffer.allocate(4).putInt(code).array());
		}

		OutputStream stream(char kind) {
			return new OutputStream() {
				@Override
				public void write(int b) throws IOException {
					write(new byte[] { (byte) b }, 0, 1);
				}

				@Override
				public void write(byte[] data, int offset, int length) throws IOException {
					if (length > 0) {
						send(kind, data, offset, length);
					}
				}
			};
		}
	}
}
