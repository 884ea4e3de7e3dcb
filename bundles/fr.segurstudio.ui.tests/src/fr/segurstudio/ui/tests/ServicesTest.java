package fr.segurstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.framework.hooks.service.ListenerHook;

import fr.segurstudio.model.couloir.CouloirRegistry;
import fr.segurstudio.ui.Services;
import fr.segurstudio.workspace.MarkerOwners;

/**
 * The UI reaches the core's services through {@link Services}: asked again and again through a day's work (each
 * editor opened, each validation, each marker claim), it must not leave a service listener behind per call. The
 * framework's listener hook counts the listeners the UI bundle has on a service type.
 */
class ServicesTest {

	@Test
	void repeatedCallsAddNoServiceListener() {
		BundleContext ui = FrameworkUtil.getBundle(Services.class).getBundleContext();
		List<String> added = new ArrayList<>();
		ListenerHook hook = new ListenerHook() {
			@Override
			public void added(Collection<ListenerInfo> listeners) {
				for (ListenerInfo info : listeners) {
					if (info.getBundleContext() == ui && info.getFilter() != null && !info.isRemoved()) {
						added.add(info.getFilter());
					}
				}
			}

			@Override
			public void removed(Collection<ListenerInfo> listeners) {
				for (ListenerInfo info : listeners) {
					if (info.getBundleContext() == ui && info.getFilter() != null) {
						added.remove(info.getFilter());
					}
				}
			}
		};
		MarkerOwners first = Services.get(MarkerOwners.class);
		assertNotNull(first);
		ServiceRegistration<ListenerHook> registration = ui.registerService(ListenerHook.class, hook, null);
		try {
			int before = count(added, MarkerOwners.class);
			for (int i = 0; i < 200; i++) {
				assertSame(first, Services.get(MarkerOwners.class));
				assertNotNull(Services.get(CouloirRegistry.class));
			}
			int after = count(added, MarkerOwners.class);
			assertTrue(after <= before + 1 && after <= 1,
					"service listeners of the UI on MarkerOwners: " + before + " before 200 calls, " + after + " after");
			assertTrue(count(added, CouloirRegistry.class) <= 1, "listeners on CouloirRegistry: " + count(added, CouloirRegistry.class));
		} finally {
			registration.unregister();
		}
	}

	private static int count(List<String> filters, Class<?> type) {
		return (int) filters.stream().filter(f -> f.contains("=" + type.getName() + ")")).count();
	}
}
