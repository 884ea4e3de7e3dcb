package fr.segurstudio.model.extension;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionPoint;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IRegistryEventListener;
import org.eclipse.core.runtime.RegistryFactory;

/**
 * The contributions to one extension point, read on first use and read again after plug-ins come or go: the one
 * way the Ségur Studio bundles read the extension registry. Each element is turned into an item by the caller's
 * {@link ElementReader}; an element that cannot be read is left out with a French problem (also logged), the
 * others stay. Thread-safe: concurrent first uses read once, and a change of the plug-ins during a read is never
 * lost (that read is not kept).
 *
 * @param <T> what one element contributes
 */
public final class ExtensionReader<T> {

	/** What one element of the extension point contributes. */
	@FunctionalInterface
	public interface ElementReader<T> {
		/**
		 * The element's item, or null when it contributes nothing here.
		 *
		 * @throws Refused with a French message when the contribution does not hold; any other exception (a class
		 *                 that cannot be created) is reported with the plug-in's name
		 */
		T read(IConfigurationElement element) throws Exception;
	}

	/** A contribution that does not hold; its messages, in French, say where and what is wrong, one line each. */
	public static final class Refused extends Exception {
		private static final long serialVersionUID = 1L;
		private final List<String> messages;

		public Refused(String message) {
			this(List.of(message));
		}

		public Refused(List<String> messages) {
			super(String.join("\n", messages));
			this.messages = List.copyOf(messages);
		}

		public List<String> messages() {
			return messages;
		}
	}

	/** What the extension point holds: the items in the registry's order, and what could not be read. */
	public record Contributions<T>(List<T> items, List<String> problems) {
		public Contributions {
			items = List.copyOf(items);
			problems = List.copyOf(problems);
		}
	}

	private final IExtensionRegistry registry;
	private final String point;
	private final ElementReader<T> reader;
	private final AtomicLong changes = new AtomicLong();
	private final Listener listener = new Listener();
	private volatile Contributions<T> current;

	private ExtensionReader(IExtensionRegistry registry, String point, ElementReader<T> reader) {
		this.registry = registry;
		this.point = Objects.requireNonNull(point);
		this.reader = Objects.requireNonNull(reader);
		if (registry != null) {
			registry.addListener(listener, point);
		}
	}

	/** A reader of the platform's extension registry; outside OSGi (no registry) the point holds nothing. */
	public static <T> ExtensionReader<T> of(String point, ElementReader<T> reader) {
		return new ExtensionReader<>(RegistryFactory.getRegistry(), point, reader);
	}

	/** A reader of this extension registry (a DS reference); null: the point holds nothing. */
	public static <T> ExtensionReader<T> of(IExtensionRegistry registry, String point, ElementReader<T> reader) {
		return new ExtensionReader<>(registry, point, reader);
	}

	/** The contributions, read on the first call and after each change of the plug-ins. */
	public Contributions<T> get() {
		Contributions<T> read = current;
		if (read != null) {
			return read;
		}
		synchronized (this) {
			read = current;
			if (read == null) {
				long before = changes.get();
				read = read();
				if (changes.get() == before) { // else the plug-ins changed while reading: the next call reads again
					current = read;
				}
			}
			return read;
		}
	}

	/** Stops following the plug-ins (a DS component's deactivation); what was read stays. */
	public void close() {
		if (registry != null) {
			registry.removeListener(listener);
		}
	}

	/** Where a problem of this element comes from, for messages: « dans le plug-in fr.segurstudio.couloir.bio ». */
	public static String where(IConfigurationElement element) {
		return "dans le plug-in " + element.getContributor().getName();
	}

	private Contributions<T> read() {
		List<T> items = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		IConfigurationElement[] elements = registry == null ? new IConfigurationElement[0] : registry.getConfigurationElementsFor(point);
		for (IConfigurationElement element : elements) {
			try {
				T item = reader.read(element);
				if (item != null) {
					items.add(item);
				}
			} catch (Refused e) {
				problems.addAll(e.messages());
				e.messages().forEach(ILog.of(ExtensionReader.class)::warn);
			} catch (Exception | LinkageError e) { // a class that cannot be created or that fails: the plug-in's mistake
				String problem = "Contribution <" + element.getName() + "> à " + point + " illisible " + where(element) + " : "
						+ e.getMessage();
				problems.add(problem);
				ILog.of(ExtensionReader.class).error(problem, e);
			}
		}
		return new Contributions<>(items, problems);
	}

	private final class Listener implements IRegistryEventListener {
		private void changed() {
			changes.incrementAndGet();
			current = null;
		}

		@Override
		public void added(IExtension[] extensions) {
			changed();
		}

		@Override
		public void removed(IExtension[] extensions) {
			changed();
		}

		@Override
		public void added(IExtensionPoint[] extensionPoints) {
			changed();
		}

		@Override
		public void removed(IExtensionPoint[] extensionPoints) {
			changed();
		}
	}
}
