package fr.segurstudio.cli;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Stream;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * {@code -application fr.segurstudio.cli.daemon SOCKET}: the resident process of the command line
 * ({@link Resident}), started in the background by the start script; the same bundles, rules, couloir
 * plug-ins and extension registry as a one-shot run. It ends after {@value #IDLE_PROPERTY} seconds without a
 * call (600 by default), when the product or its JDK changes, or on {@code segur --stop-daemon}; what it did
 * goes to its stderr (the log next to the socket).
 */
public final class ResidentApplication implements IApplication {

	static final String IDLE_PROPERTY = "segur.daemon.idle";

	@Override
	public Object start(IApplicationContext appContext) {
		String[] args = (String[]) appContext.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		if (args == null || args.length != 1) {
			System.err.println("usage : -application fr.segurstudio.cli.daemon SOCKET");
			return Integer.valueOf(CliCommand.USAGE);
		}
		Bundle bundle = FrameworkUtil.getBundle(getClass());
		long idle = Math.max(1, Long.getLong(IDLE_PROPERTY, 600)) * 1000;
		Resident resident = new Resident(Path.of(args[0]), idle,
				(arguments, out, err, workingDirectory) -> SegurApplication.run(bundle, arguments, out, err, workingDirectory),
				ResidentApplication::stamp, Resident.environment(System.getenv()));
		System.err.println(Instant.now() + " segur : processus résident " + ProcessHandle.current().pid() + " sur " + args[0]);
		String reason;
		try {
			reason = resident.serve();
		} catch (IOException | RuntimeException e) { // one line in its log: Equinox would write a trace into the install at every call
			System.err.println(Instant.now() + " segur : processus résident impossible : " + e.getMessage());
			return Integer.valueOf(CliCommand.USAGE);
		}
		System.err.println(Instant.now() + " segur : processus résident " + ProcessHandle.current().pid() + " terminé : " + reason);
		return Integer.valueOf(CliCommand.OK);
	}

	/** The install's bundles, its configuration and the JDK, by name, size and time: a rebuilt product or JDK changes it. */
	static String stamp() {
		StringBuilder stamp = new StringBuilder();
		Path install = area("osgi.install.area");
		Path configuration = area("osgi.configuration.area");
		if (install != null) {
			try (Stream<Path> plugins = Files.list(install.resolve("plugins"))) {
				plugins.sorted().forEach(p -> stamp.append(describe(p)));
			} catch (IOException | RuntimeException e) {
				stamp.append("plugins?");
			}
		}
		if (configuration != null) {
			stamp.append(describe(configuration.resolve("config.ini")));
			stamp.append(describe(configuration.resolve("org.eclipse.equinox.simpleconfigurator/bundles.info")));
		}
		stamp.append(describe(Path.of(System.getProperty("java.home"), "release")));
		return stamp.toString();
	}

	private static String describe(Path file) {
		try {
			return file.getFileName() + " " + Files.size(file) + " " + Files.getLastModifiedTime(file).toMillis() + "\n";
		} catch (IOException | RuntimeException e) {
			return file.getFileName() + " absent\n";
		}
	}

	private static Path area(String property) {
		String url = System.getProperty(property);
		try {
			return url == null ? null : Path.of(new URL(url).getPath());
		} catch (MalformedURLException | RuntimeException e) {
			return null;
		}
	}

	@Override
	public void stop() {
		// the framework stops: the server's threads are daemons
	}
}
