package fr.segurstudio.cli.tests;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

import fr.segurstudio.cli.CliCommand;
import fr.segurstudio.cli.CliContext;
import fr.segurstudio.cli.SegurCli;
import fr.segurstudio.testing.Services;

/** Runs {@code segur ARGS} in this JVM, as the application does, and keeps what it printed. */
final class CliRun implements CliContext {

	private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
	private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
	private final PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
	private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);
	private final Path workingDirectory;
	private final UnaryOperator<Object> services;
	final int exitCode;

	private CliRun(Path workingDirectory, String... args) {
		this(workingDirectory, UnaryOperator.identity(), SegurCli.standardCommands(), args);
	}

	private CliRun(Path workingDirectory, UnaryOperator<Object> services, List<CliCommand> commands, String... args) {
		this.workingDirectory = workingDirectory;
		this.services = services;
		this.exitCode = new SegurCli("1.0.0.test", commands).run(args, this);
	}

	/** With the services the test gives in place of some (each service found passes through {@code services}). */
	static CliRun segurWith(Path workingDirectory, UnaryOperator<Object> services, String... args) {
		return new CliRun(workingDirectory, services, SegurCli.standardCommands(), args);
	}

	/** With the commands the test gives. */
	static CliRun segurCommands(List<CliCommand> commands, String... args) {
		return new CliRun(Path.of(System.getProperty("user.dir")), UnaryOperator.identity(), commands, args);
	}

	static CliRun segur(String... args) {
		return new CliRun(Path.of(System.getProperty("user.dir")), args);
	}

	static CliRun segurIn(Path workingDirectory, String... args) {
		return new CliRun(workingDirectory, args);
	}

	String stdout() {
		return outBytes.toString(StandardCharsets.UTF_8);
	}

	String stderr() {
		return errBytes.toString(StandardCharsets.UTF_8);
	}

	@Override
	public PrintStream out() {
		return out;
	}

	@Override
	public PrintStream err() {
		return err;
	}

	@Override
	public Path workingDirectory() {
		return workingDirectory;
	}

	@Override
	public <T> T service(Class<T> type) {
		return type.cast(services.apply(Services.get(type)));
	}
}
