package fr.segurstudio.ui;

import java.util.concurrent.TimeUnit;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** OSGi services (DS components of the core and of fr.segurstudio.workspace) for 3.x contributions, which DI does not reach. */
public final class Services {

	private Services() {
	}

	/** The service, waiting a little for DS to register it at start-up; null when it does not come. */
	public static <T> T get(Class<T> type) {
		BundleContext context = FrameworkUtil.getBundle(Services.class).getBundleContext();
		ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
		tracker.open();
		try {
			return tracker.waitForService(TimeUnit.SECONDS.toMillis(5));
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return null;
		}
	}
}
