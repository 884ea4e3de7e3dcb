package fr.segurstudio.ui;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.SynchronousBundleListener;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The one way the UI reaches the core's OSGi services (DS components of the core and of fr.segurstudio.workspace)
 * from 3.x contributions, which DI does not reach: one tracker per service type, opened on first use and kept open
 * for the life of this bundle (closed when it stops), so that asking again costs a map look-up and leaves no
 * listener behind.
 */
public final class Services {

	private static final Map<Class<?>, ServiceTracker<?, ?>> TRACKERS = new ConcurrentHashMap<>();

	static {
		BundleContext context = context();
		if (context != null) {
			Bundle self = context.getBundle();
			context.addBundleListener((SynchronousBundleListener) event -> {
				if (event.getBundle() == self && event.getType() == BundleEvent.STOPPING) {
					TRACKERS.values().forEach(ServiceTracker::close);
					TRACKERS.clear();
				}
			});
		}
	}

	private Services() {
	}

	/** The service, waiting a little for DS to register it at start-up; null when it does not come. */
	public static <T> T get(Class<T> type) {
		@SuppressWarnings("unchecked")
		ServiceTracker<T, T> tracker = (ServiceTracker<T, T>) TRACKERS.computeIfAbsent(type, Services::open);
		if (tracker == null) {
			return null;
		}
		T service = tracker.getService();
		if (service != null) {
			return service;
		}
		try {
			return tracker.waitForService(TimeUnit.SECONDS.toMillis(5));
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return null;
		}
	}

	private static ServiceTracker<?, ?> open(Class<?> type) {
		BundleContext context = context();
		if (context == null) {
			return null; // the bundle is not active: no service to give
		}
		ServiceTracker<?, ?> tracker = new ServiceTracker<>(context, type, null);
		tracker.open();
		return tracker;
	}

	private static BundleContext context() {
		Bundle bundle = FrameworkUtil.getBundle(Services.class);
		return bundle == null ? null : bundle.getBundleContext();
	}
}
