package fr.segurstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/** Calls to a resident process as the start script's client makes them, and the same calls made in process. */
final class ResidentCalls {

	private ResidentCalls() {
	}

	/** What a call gave: exit code, stdout, stderr; or a refusal (the client then runs the call itself). */
	record Answer(int code, String out, String err, boolean refused) {
	}

	private static byte[] field(byte[] bytes) {
		return ByteBuffer.allocate(4 + bytes.length).putInt(bytes.length).put(bytes).array();
	}

	/** Sends a call: arguments, working directory, environment, umask. */
	static SocketChannel send(Path socket, Path workingDirectory, Map<String, String> env, int umask, String... args) throws IOException {
		ByteArrayOutputStream request = new ByteArrayOutputStream();
		request.writeBytes("SGD2".getBytes(StandardCharsets.US_ASCII));
		request.writeBytes(ByteBuffer.allocate(4).putInt(args.length).array());
		for (String arg : args) {
			request.writeBytes(field(arg.getBytes(StandardCharsets.UTF_8)));
		}
		request.writeBytes(field(workingDirectory.toString().getBytes(StandardCharsets.UTF_8)));
		request.writeBytes(ByteBuffer.allocate(4).putInt(env.size()).array());
		env.forEach((k, v) -> request.writeBytes(field((k + "=" + v).getBytes(StandardCharsets.UTF_8))));
		request.writeBytes(ByteBuffer.allocate(4).putInt(umask).array());
		SocketChannel channel = SocketChannel.open(Resident.address(socket));
		channel.write(ByteBuffer.wrap(request.toByteArray()));
		return channel;
	}

	/** A call and its answer, frame by frame. */
	static Answer call(Path socket, Path workingDirectory, Map<String, String> env, int umask, String... args) throws IOException {
		try (SocketChannel channel = send(socket, workingDirectory, env, umask, args)) {
			var in = Channels.newInputStream(channel);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ByteArrayOutputStream err = new ByteArrayOutputStream();
			while (true) {
				byte[] head = in.readNBytes(5);
				assertEquals(5, head.length, "a frame, then the exit code");
				byte[] data = in.readNBytes(ByteBuffer.wrap(head, 1, 4).getInt());
				switch (head[0]) {
				case 'o' -> out.writeBytes(data);
				case 'e' -> err.writeBytes(data);
				case 'x' -> {
					return new Answer(ByteBuffer.wrap(data).getInt(), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), false);
				}
				case 'r' -> {
					return new Answer(-1, "", new String(data, StandardCharsets.UTF_8), true);
				}
				default -> throw new AssertionError("frame " + head[0]);
				}
			}
		}
	}

	/** The same call run in this thread by the runner. */
	static Answer inProcess(Resident.Runner runner, Path workingDirectory, String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = runner.run(args, new PrintStream(out, false, StandardCharsets.UTF_8), new PrintStream(err, false, StandardCharsets.UTF_8),
				workingDirectory);
		return new Answer(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), false);
	}
}
