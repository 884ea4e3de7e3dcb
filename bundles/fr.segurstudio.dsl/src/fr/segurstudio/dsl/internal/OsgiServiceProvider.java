package fr.segurstudio.dsl.internal;

import java.util.concurrent.TimeUnit;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import com.google.inject.Provider;

/** An OSGi service for Guice: the couloir registry and the validator come from DS, as everywhere else. */
public final class OsgiServiceProvider<T> implements Provider<T> {

	private final Class<T> type;
	private ServiceTracker<T, T> tracker;

	public OsgiServiceProvider(Class<T> type) {
		this.type = type;
	}

	@Override
	public synchronized T get() {
		if (tracker == null) {
			Bundle bundle = FrameworkUtil.getBundle(OsgiServiceProvider.class);
			if (bundle == null || bundle.getBundleContext() == null) {
				throw new IllegalStateException(type.getName() + " is an OSGi service: the text syntax runs inside OSGi");
			}
			tracker = new ServiceTracker<>(bundle.getBundleContext(), type, null);
			tracker.open();
		}
		try {
			T service = tracker.waitForService(TimeUnit.SECONDS.toMillis(10));
			if (service == null) {
				throw new IllegalStateException("service OSGi absent : " + type.getName());
			}
			return service;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}
}
