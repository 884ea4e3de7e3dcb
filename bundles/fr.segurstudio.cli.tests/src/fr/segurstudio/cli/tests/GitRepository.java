package fr.segurstudio.cli.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real git repository in a temporary folder, whose drivers run {@code segur} in this JVM: git calls a small
 * script (installed by {@code segur git-config --commande SCRIPT}) that hands its arguments and working
 * directory to this test through files and waits for the exit code and the output of that run. So git itself
 * drives the commands, the way a user's git calls the installed start script.
 */
final class GitRepository {

	/** What git printed and its exit code. */
	record Result(int exitCode, String stdout, String stderr) {
	}

	final Path dir;
	final Path script;
	private final Path home;
	private final Path bridge;
	/** The runs of segur that git asked for, in order. */
	final List<CliRun> driverRuns = new ArrayList<>();

	GitRepository(Path root) throws IOException, InterruptedException {
		this.dir = Files.createDirectories(root.resolve("depot"));
		this.home = Files.createDirectories(root.resolve("home"));
		this.bridge = Files.createDirectories(root.resolve("pont"));
		this.script = root.resolve("segur-pont.sh");
		Files.writeString(script, """
				#!/bin/sh
				d='%s'
				id=$$
				{ printf '%%s\\0' "$PWD"; for a in "$@"; do printf '%%s\\0' "$a"; done; } > "$d/$id.tmp"
				mv "$d/$id.tmp" "$d/$id.args"
				while [ ! -e "$d/$id.rc" ]; do sleep 0.02; done
				cat "$d/$id.out"
				cat "$d/$id.err" >&2
				exit "$(cat "$d/$id.rc")"
				""".formatted(bridge), StandardCharsets.UTF_8);
		Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
		git("init", "-q", "-b", "main");
		git("config", "user.name", "Test");
		git("config", "user.email", "test@example.org");
	}

	/** Runs git in the repository, serving its calls of the drivers meanwhile; fails on a non-zero exit unless asked. */
	Result git(String... args) throws IOException, InterruptedException {
		Result result = run(args);
		if (result.exitCode() != 0) {
			throw new AssertionError("git " + String.join(" ", args) + " : " + result.exitCode() + "\n" + result.stdout() + result.stderr());
		}
		return result;
	}

	Result run(String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of("git"));
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
		Map<String, String> env = builder.environment();
		env.put("HOME", home.toString()); // the machine's own git settings stay out
		env.put("GIT_CONFIG_NOSYSTEM", "1");
		env.put("LANG", "C");
		env.remove("GIT_EXTERNAL_DIFF");
		env.put("GIT_PAGER", "cat");
		Path out = Files.createTempFile(bridge.getParent(), "git", ".out");
		Path err = Files.createTempFile(bridge.getParent(), "git", ".err");
		Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE).start();
		process.getOutputStream().close();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
		while (!process.waitFor(20, TimeUnit.MILLISECONDS)) {
			serve();
			if (System.nanoTime() > deadline) {
				process.destroyForcibly();
				throw new AssertionError("git " + String.join(" ", args) + " did not end");
			}
		}
		serve();
		return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
	}

	/** Runs in this JVM the segur calls that git's drivers are waiting for. */
	private void serve() throws IOException {
		List<Path> calls;
		try (var files = Files.list(bridge)) {
			calls = files.filter(f -> f.toString().endsWith(".args")).sorted().toList();
		}
		for (Path call : calls) {
			String[] parts = Files.readString(call, StandardCharsets.UTF_8).split("\0");
			String id = call.getFileName().toString().replace(".args", "");
			Files.delete(call);
			String[] args = Arrays.copyOfRange(parts, 1, parts.length);
			CliRun run = CliRun.segurIn(Path.of(parts[0]), args);
			driverRuns.add(run);
			Files.writeString(bridge.resolve(id + ".out"), run.stdout(), StandardCharsets.UTF_8);
			Files.writeString(bridge.resolve(id + ".err"), run.stderr(), StandardCharsets.UTF_8);
			Files.writeString(bridge.resolve(id + ".rc.tmp"), Integer.toString(run.exitCode));
			Files.move(bridge.resolve(id + ".rc.tmp"), bridge.resolve(id + ".rc"));
		}
	}

	Path write(String name, String text) throws IOException {
		return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
	}

	String read(String name) throws IOException {
		return Files.readString(dir.resolve(name), StandardCharsets.UTF_8);
	}

	/** Writes the file and commits it. */
	void commit(String name, String text, String message) throws IOException, InterruptedException {
		write(name, text);
		git("add", "-A");
		git("commit", "-q", "-m", message);
	}
}
