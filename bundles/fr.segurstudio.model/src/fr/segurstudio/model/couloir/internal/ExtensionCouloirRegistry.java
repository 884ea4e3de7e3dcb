package fr.segurstudio.model.couloir.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionPoint;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IRegistryEventListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import fr.segurstudio.model.couloir.CodeList;
import fr.segurstudio.model.couloir.Couloir;
import fr.segurstudio.model.couloir.CouloirRegistry;

/**
 * The couloir registry as an OSGi service, read from the extension registry on first use and read
 * again when plug-ins come or go. A declaration that cannot be read is left out and reported; the
 * others stay available.
 */
@Component(service = CouloirRegistry.class)
public final class ExtensionCouloirRegistry implements CouloirRegistry, IRegistryEventListener {

	private record Snapshot(Map<String, Couloir> couloirs, Map<String, CodeList> codeLists, List<String> problems) {
	}

	@Reference
	private IExtensionRegistry extensionRegistry;
	private volatile Snapshot snapshot;

	public ExtensionCouloirRegistry() {
	}

	/** Outside DS (tools, tests): reads this extension registry. */
	public ExtensionCouloirRegistry(IExtensionRegistry extensionRegistry) {
		this.extensionRegistry = extensionRegistry;
	}

	@Activate
	void activate() {
		extensionRegistry.addListener(this, EXTENSION_POINT);
	}

	@Deactivate
	void deactivate() {
		extensionRegistry.removeListener(this);
	}

	@Override
	public List<Couloir> couloirs() {
		return List.copyOf(snapshot().couloirs.values());
	}

	@Override
	public Optional<Couloir> couloir(String id) {
		return Optional.ofNullable(snapshot().couloirs.get(id));
	}

	@Override
	public Optional<CodeList> codeList(String id) {
		return Optional.ofNullable(snapshot().codeLists.get(id));
	}

	@Override
	public List<String> problems() {
		return snapshot().problems;
	}

	private Snapshot snapshot() {
		Snapshot current = snapshot;
		if (current == null) {
			synchronized (this) {
				current = snapshot;
				if (current == null) {
					current = read();
					snapshot = current;
				}
			}
		}
		return current;
	}

	private Snapshot read() {
		List<Couloir> couloirs = new ArrayList<>();
		Map<String, CodeList> codeLists = new LinkedHashMap<>();
		List<String> problems = new ArrayList<>();
		for (IConfigurationElement element : extensionRegistry.getConfigurationElementsFor(EXTENSION_POINT)) {
			try {
				switch (element.getName()) {
				case "couloir" -> couloirs.add(CouloirDeclarations.couloir(element));
				case "codeList" -> {
					CodeList list = CouloirDeclarations.codeList(element);
					codeLists.put(list.id(), list);
				}
				default -> problems.add("Élément inconnu <" + element.getName() + "> dans le plug-in "
						+ element.getContributor().getName());
				}
			} catch (CouloirDeclarations.InvalidDeclaration e) {
				problems.add(e.getMessage());
			}
		}
		couloirs.sort(Comparator.comparing(Couloir::id));
		Map<String, Couloir> byId = new LinkedHashMap<>();
		for (Couloir couloir : couloirs) {
			Couloir previous = byId.putIfAbsent(couloir.id(), couloir);
			if (previous != null) {
				problems.add("Le couloir " + couloir.id() + " est déclaré deux fois (" + previous.contributor() + ", "
						+ couloir.contributor() + ") : seule la première déclaration est retenue");
			}
		}
		problems.forEach(problem -> ILog.of(getClass()).warn(problem));
		return new Snapshot(byId, codeLists, List.copyOf(problems));
	}

	private void invalidate() {
		snapshot = null;
	}

	@Override
	public void added(IExtension[] extensions) {
		invalidate();
	}

	@Override
	public void removed(IExtension[] extensions) {
		invalidate();
	}

	@Override
	public void added(IExtensionPoint[] extensionPoints) {
		invalidate();
	}

	@Override
	public void removed(IExtensionPoint[] extensionPoints) {
		invalidate();
	}
}
