package fr.segurstudio.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The context of one call in the product: its streams and working directory, services from the OSGi registry
 * (DS may need a moment to register them at start-up). A one-shot run and each call to the resident process
 * have their own.
 */
record OsgiContext(BundleContext bundleContext, PrintStream out, PrintStream err, Path workingDirectory, List<ServiceTracker<?, ?>> trackers)
		implements CliContext, AutoCloseable {

	OsgiContext(BundleContext bundleContext, PrintStream out, PrintStream err, Path workingDirectory) {
		this(bundleContext, out, err, workingDirectory, new ArrayList<>());
	}

	@Override
	public synchronized <T> T service(Class<T> type) {
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

	@Override
	public synchronized void close() {
		trackers.forEach(ServiceTracker::close);
		trackers.clear();
	}
}
