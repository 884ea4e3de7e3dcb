package fr.segurstudio.validation.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.RegistryFactory;

import fr.segurstudio.model.couloir.Couloir;
import fr.segurstudio.validation.Rule;

/**
 * The rules contributed to the extension point {@code fr.segurstudio.validation.rules}, created once on
 * first use. A rule that cannot be created is logged and left out: the other checks still run.
 */
final class RuleRegistry {

	static final String EXTENSION_POINT = "fr.segurstudio.validation.rules";

	private record Contributed(String couloir, Rule rule) {
		boolean applies(Couloir c) {
			return couloir == null || couloir.equals(c.id()) || couloir.equals(c.code());
		}
	}

	private volatile List<Contributed> rules;

	/** The contributed rules that check this couloir's dossiers. */
	List<Rule> rulesFor(Couloir couloir) {
		return contributed().stream().filter(c -> c.applies(couloir)).map(Contributed::rule).toList();
	}

	private List<Contributed> contributed() {
		List<Contributed> read = rules;
		if (read == null) {
			synchronized (this) {
				read = rules;
				if (read == null) {
					read = read();
					rules = read;
				}
			}
		}
		return read;
	}

	private static List<Contributed> read() {
		List<Contributed> list = new ArrayList<>();
		if (RegistryFactory.getRegistry() == null) {
			return list; // outside OSGi: only the core rules
		}
		for (IConfigurationElement element : RegistryFactory.getRegistry().getConfigurationElementsFor(EXTENSION_POINT)) {
			try {
				if (element.createExecutableExtension("class") instanceof Rule rule) {
					String couloir = element.getAttribute("couloir");
					list.add(new Contributed(couloir == null || couloir.isBlank() ? null : couloir.trim(), rule));
				}
			} catch (CoreException | RuntimeException | LinkageError e) {
				ILog.of(RuleRegistry.class).error("Règle « " + element.getAttribute("class") + " » du plug-in "
						+ element.getContributor().getName() + " impossible à créer", e);
			}
		}
		return List.copyOf(list);
	}
}
