package fr.segurstudio.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The headless application behind {@code ./segur COMMAND}. Output is UTF-8 whatever the locale, and
 * the exit code is the application's result (Equinox passes an Integer result to System.exit).
 */
public final class SegurApplication implements IApplication {

	@Override
	public Object start(IApplicationContext appContext) {
		String[] args = (String[]) appContext.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		Bundle bundle = FrameworkUtil.getBundle(getClass());
		// buffered, flushed at the end (and by a command that must be heard at once, the export's wait): a bulk
		// run prints tens of thousands of lines, one write(2) each with autoflush
		PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 14), false,
				StandardCharsets.UTF_8);
		PrintStream err = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.err), 1 << 14), false,
				StandardCharsets.UTF_8);
		OsgiContext context = new OsgiContext(bundle.getBundleContext(), out, err);
		try {
			int code = new SegurCli(bundle.getVersion().toString(), SegurCli.standardCommands()).run(args == null ? new String[0] : args, context);
			out.flush();
			err.flush();
			return Integer.valueOf(code);
		} catch (Throwable e) { // whatever escapes (an Error while printing): Equinox would log it and exit 0
			out.flush();
			err.println(Failures.message(e));
			err.flush();
			return Integer.valueOf(CliCommand.USAGE);
		} finally {
			context.close();
		}
	}

	@Override
	public void stop() {
		// commands are short; nothing to interrupt
	}

	/** Services come from the OSGi registry; DS may need a moment to register them at start-up. */
	private static final class OsgiContext implements CliContext {
		private final BundleContext bundleContext;
		private final PrintStream out;
		private final PrintStream err;
		private final List<ServiceTracker<?, ?>> trackers = new ArrayList<>();

		OsgiContext(BundleContext bundleContext, PrintStream out, PrintStream err) {
			this.bundleContext = bundleContext;
			this.out = out;
			this.err = err;
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
			return Path.of(System.getProperty("user.dir"));
		}

		@Override
		public <T> T service(Class<T> type) {
			ServiceTracker<T, T> tracker = new ServiceTracker<>(bundleContext, type, null);
			tracker.open();
			trackers.add(tracker);
			try {
				T service = tracker.waitForService(TimeUnit.SECONDS.toMillis(10));
				if (service == null) {
					throw new IllegalStateException("service OSGi absent : " + type.getName());
				}
				return service;
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("interrompu en attendant " + type.getName(), e);
			}
		}

		void close() {
			trackers.forEach(ServiceTracker::close);
		}
	}
}
