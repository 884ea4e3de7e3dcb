package fr.segurstudio.model.couloir.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import fr.segurstudio.model.couloir.CodeList;
import fr.segurstudio.model.couloir.Couloir;
import fr.segurstudio.model.couloir.CouloirFolders;
import fr.segurstudio.model.couloir.CouloirOrigin;
import fr.segurstudio.model.couloir.CouloirRegistry;
import fr.segurstudio.model.couloir.internal.DataCouloirLoader.Loaded;
import fr.segurstudio.model.extension.ExtensionReader;
import fr.segurstudio.model.extension.ExtensionReader.Contributions;

/**
 * The couloir registry as an OSGi service: the plug-ins' declarations (read from the extension registry on first use
 * and again when plug-ins come or go) and the couloirs dropped as data into the couloirs folders
 * ({@link CouloirFolders}; read on first use and again by {@link #refresh()}). A declaration that does not hold is
 * left out and reported, the others stay available. One id, one couloir: a plug-in's wins over a folder's, the
 * install's folder's over the user's, and the one left out is reported.
 */
@Component(service = CouloirRegistry.class)
public final class ExtensionCouloirRegistry implements CouloirRegistry {

	/** What the plug-ins declare and the folders hold, merged. */
	private record Snapshot(Contributions<Object> compiled, DataCouloirs.State data, Map<String, Couloir> couloirs, List<Couloir> list,
			Map<String, CodeList> codeLists, List<String> problems) {
	}

	@Reference
	private IExtensionRegistry extensionRegistry;
	private ExtensionReader<Object> compiled;
	private final DataCouloirs data;
	private volatile Snapshot snapshot;

	public ExtensionCouloirRegistry() {
		this.data = new DataCouloirs(CouloirFolders::folders);
	}

	/** Outside DS (tools, tests): reads this extension registry and these couloirs folders. */
	public ExtensionCouloirRegistry(IExtensionRegistry extensionRegistry, Supplier<List<Path>> folders) {
		this.extensionRegistry = extensionRegistry;
		this.data = new DataCouloirs(folders);
		activate();
	}

	@Activate
	void activate() {
		compiled = ExtensionReader.of(extensionRegistry, EXTENSION_POINT, ExtensionCouloirRegistry::declaration);
	}

	@Deactivate
	void deactivate() {
		compiled.close();
	}

	private static Object declaration(IConfigurationElement element) throws ExtensionReader.Refused {
		PluginDeclaration declaration = new PluginDeclaration(element);
		try {
			return switch (element.getName()) {
			case "couloir" -> CouloirDeclarations.couloir(declaration, CouloirDeclarations.REGISTERED,
					CouloirOrigin.plugin(element.getContributor().getName()));
			case "codeList" -> CouloirDeclarations.codeList(declaration);
			default -> throw new ExtensionReader.Refused("Élément inconnu <" + element.getName() + "> " + ExtensionReader.where(element));
			};
		} catch (CouloirDeclarations.InvalidDeclaration e) {
			throw new ExtensionReader.Refused(e.problems());
		}
	}

	@Override
	public List<Couloir> couloirs() {
		return snapshot().list;
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

	@Override
	public boolean refresh() {
		Snapshot before = snapshot();
		data.refresh(knownCodeLists(before.compiled));
		return snapshot() != before;
	}

	private Snapshot snapshot() {
		Contributions<Object> plugins = compiled.get();
		DataCouloirs.State folders = data.state(knownCodeLists(plugins));
		Snapshot current = snapshot;
		if (current != null && current.compiled == plugins && current.data == folders) {
			return current;
		}
		synchronized (this) {
			current = snapshot;
			if (current == null || current.compiled != plugins || current.data != folders) {
				current = merge(plugins, folders);
				snapshot = current;
			}
			return current;
		}
	}

	private static Predicate<String> knownCodeLists(Contributions<Object> plugins) {
		return id -> plugins.items().stream().anyMatch(item -> item instanceof CodeList list && list.id().equals(id));
	}

	private static Snapshot merge(Contributions<Object> plugins, DataCouloirs.State folders) {
		List<String> problems = new ArrayList<>(plugins.problems());
		Map<String, CodeList> codeLists = new LinkedHashMap<>();
		List<Couloir> declared = new ArrayList<>();
		for (Object item : plugins.items()) {
			if (item instanceof Couloir couloir) {
				declared.add(couloir);
			} else if (item instanceof CodeList list) {
				codeLists.put(list.id(), list);
			}
		}
		declared.sort(Comparator.comparing(Couloir::id));
		Map<String, Couloir> byId = new LinkedHashMap<>();
		for (Couloir couloir : declared) {
			Couloir previous = byId.putIfAbsent(couloir.id(), couloir);
			if (previous != null) {
				problems.add("Le couloir " + couloir.id() + " est déclaré deux fois (" + previous.contributor() + ", " + couloir.contributor()
						+ ") : seule la première déclaration est retenue");
			}
		}
		List<String> dataProblems = new ArrayList<>(folders.problems());
		for (Loaded loaded : folders.loaded()) {
			dataProblems.addAll(loaded.problems());
			Couloir couloir = loaded.couloir();
			if (couloir == null) {
				dataProblems.add("Le couloir " + loaded.source().origin().ofThe() + " est ignoré : corrigez "
						+ (loaded.problems().size() > 1 ? "les problèmes ci-dessus" : "le problème ci-dessus"));
				continue;
			}
			Couloir previous = byId.get(couloir.id());
			if (previous != null) {
				dataProblems.add("Le couloir " + couloir.id() + " " + couloir.origin().ofThe() + " est ignoré : " + previous.origin().the()
						+ " déclare déjà ce couloir" + (previous.origin().isData() ? "" : " (un couloir compilé l'emporte)"));
				continue;
			}
			String clash = clash(loaded.codeLists(), codeLists);
			if (clash != null) {
				dataProblems.add("Le couloir " + couloir.id() + " " + couloir.origin().ofThe() + " est ignoré : sa liste de codes « " + clash
						+ " » existe déjà avec d'autres codes ; donnez-lui un autre identifiant");
				continue;
			}
			loaded.codeLists().forEach(list -> codeLists.putIfAbsent(list.id(), list));
			byId.put(couloir.id(), couloir);
		}
		dataProblems.forEach(ILog.of(ExtensionCouloirRegistry.class)::warn);
		problems.addAll(dataProblems);
		List<Couloir> list = byId.values().stream().sorted(Comparator.comparing(Couloir::id)).toList();
		Map<String, Couloir> sorted = new LinkedHashMap<>();
		list.forEach(c -> sorted.put(c.id(), c));
		return new Snapshot(plugins, folders, sorted, list, codeLists, List.copyOf(problems));
	}

	/** The id of one of these lists that is declared already with other codes, or null. */
	private static String clash(List<CodeList> own, Map<String, CodeList> declared) {
		for (CodeList list : own) {
			CodeList other = declared.get(list.id());
			if (other != null && !other.entries().equals(list.entries())) {
				return list.id();
			}
		}
		return null;
	}
}
