package fr.segurstudio.testing;

import java.util.concurrent.TimeUnit;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** OSGi services for tests, as the application gets them (DS components registered by their bundles). */
public final class Services {

	private Services() {
	}

	/** The service, waiting up to 10 s for DS to register it; fails the test when it never comes. */
	public static <T> T get(Class<T> type) {
		BundleContext context = FrameworkUtil.getBundle(Services.class).getBundleContext();
		ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
		tracker.open();
		try {
			T service = tracker.waitForService(TimeUnit.SECONDS.toMillis(10));
			if (service == null) {
				throw new AssertionError("no OSGi service " + type.getName() + " (is org.apache.felix.scr started?)");
			}
			return service;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError(e);
		}
	}
}
