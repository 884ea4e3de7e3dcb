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

/**
 * The resident process of the command line (issue 13): a JVM that stays up after a first call and runs the
 * next ones, so that a call costs the client's start and the work itself, not the start of Java and OSGi.
 * It listens on a Unix-domain socket of its user only (mode 0600, in a folder of mode 0700 that the start
 * script made); each connection is one call:
 *
 * <pre>
 * request  "SGD1", u32 argc, argc × (u32 n, n bytes), u32 n, the working directory, u32 envc, envc × (u32 n, NAME=value)
 *          (bytes as the system gives them: decoded here with the JVM's sun.jnu.encoding, as a one-shot run decodes argv)
 *          or "SGDS": stop
 * answer   frames: 'o' u32 n bytes (stdout), 'e' u32 n bytes (stderr), then 'x' u32 exit code;
 *          or 'r' u32 n reason: refused (an environment this process does not have), the client runs the call itself
 * </pre>
 *
 * Calls run at the same time, each with its own streams and working directory; the environment variables that
 * the command line and the JVM read ({@link #ENVIRONMENT}) must be this process's (the start script keys the
 * socket by them). A client that goes away (Ctrl-C) interrupts its call. The process ends after
 * {@code idle} without a call, when its install or JDK changes ({@code stamp}), when its socket is gone, or on
 * a stop request; it never calls System.exit.
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

	private static final int MAX_FIELD = 1 << 20;
	private static final int MAX_FIELDS = 1 << 16;
	private static final long CHECK_MILLIS = 5_000;

	private final Path socket;
	private final long idleMillis;
	private final Runner runner;
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
		this.socket = socket;
		this.idleMillis = idleMillis;
		this.runner = runner;
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
		channel.bind(UnixDomainSocketAddress.of(socket));
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
		try (SocketChannel probe = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
			return true;
		} catch (IOException e) {
			return false;
		}
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

	/** Idle time, the install's stamp and the socket file, every few seconds. */
	private void watch() {
		String initial = stamp.get();
		while (server.isOpen()) {
			try {
				Thread.sleep(Math.min(CHECK_MILLIS, Math.max(10, idleMillis / 4)));
			} catch (InterruptedException e) {
				return;
			}
			if (active.get() == 0 && System.currentTimeMillis() - lastCall.get() >= idleMillis) {
				stop("inactif depuis " + idleMillis / 1000 + " s");
			} else if (!Objects.equals(initial, stamp.get())) {
				stop("l'installation ou le JDK a changé");
			} else if (!Files.exists(socket)) {
				stop("socket " + socket + " supprimée");
			}
		}
	}

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
			String refused = refused(request.environment());
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
			int code = runner.run(request.args(), out, err, request.workingDirectory());
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

	/** The client closes its end when it is interrupted (Ctrl-C): the call's thread is interrupted. */
	private static void cancelOnClose(SocketChannel client, Thread worker) {
		ByteBuffer buffer = ByteBuffer.allocate(64);
		try {
			while (client.read(buffer.clear()) >= 0) {
				// a client sends nothing after its request
			}
			if (client.isOpen()) {
				worker.interrupt();
			}
		} catch (IOException e) {
			if (client.isOpen()) {
				worker.interrupt();
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

	private record Request(boolean stop, String[] args, Path workingDirectory, Map<String, String> environment) {
	}

	private Request read(SocketChannel client) throws IOException {
		byte[] magic = bytes(client, 4);
		String kind = new String(magic, StandardCharsets.US_ASCII);
		if (kind.equals("SGDS")) {
			return new Request(true, null, null, null);
		}
		if (!kind.equals("SGD1")) {
			return null;
		}
		int argc = count(client);
		List<String> args = new ArrayList<>();
		for (int i = 0; i < argc; i++) {
			args.add(new String(field(client), argumentCharset));
		}
		Path workingDirectory = Path.of(new String(field(client), argumentCharset));
		if (!workingDirectory.isAbsolute()) {
			return null;
		}
		int envc = count(client);
		Map<String, String> env = new HashMap<>();
		for (int i = 0; i < envc; i++) {
			String entry = new String(field(client), argumentCharset);
			int equals = entry.indexOf('=');
			if (equals > 0) {
				env.put(entry.substring(0, equals), entry.substring(equals + 1));
			}
		}
		return new Request(false, args.toArray(String[]::new), workingDirectory, env);
	}

	private static int count(SocketChannel client) throws IOException {
		int n = ByteBuffer.wrap(bytes(client, 4)).getInt();
		if (n < 0 || n > MAX_FIELDS) {
			throw new IOException("requête invalide");
		}
		return n;
	}

	private static byte[] field(SocketChannel client) throws IOException {
		int n = ByteBuffer.wrap(bytes(client, 4)).getInt();
		if (n < 0 || n > MAX_FIELD) {
			throw new IOException("requête invalide");
		}
		return bytes(client, n);
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
