package fr.segurstudio.validation.internal;

import java.util.List;

import fr.segurstudio.model.couloir.Couloir;
import fr.segurstudio.model.extension.ExtensionReader;
import fr.segurstudio.validation.Rule;

/**
 * The rules contributed to the extension point {@code fr.segurstudio.validation.rules}, created on first use and
 * again when plug-ins come or go. A rule that cannot be created is logged and left out: the other checks still run.
 */
final class RuleRegistry {

	static final String EXTENSION_POINT = "fr.segurstudio.validation.rules";

	private record Contributed(String couloir, Rule rule) {
		boolean applies(Couloir c) {
			return couloir == null || couloir.equals(c.id()) || couloir.equals(c.code());
		}
	}

	private final ExtensionReader<Contributed> contributions = ExtensionReader.of(EXTENSION_POINT, element -> {
		if (!(element.createExecutableExtension("class") instanceof Rule rule)) {
			throw new ExtensionReader.Refused("Règle « " + element.getAttribute("class") + " » " + ExtensionReader.where(element)
					+ " : la classe n'est pas une " + Rule.class.getName());
		}
		String couloir = element.getAttribute("couloir");
		return new Contributed(couloir == null || couloir.isBlank() ? null : couloir.trim(), rule);
	});

	/** The contributed rules that check this couloir's dossiers. */
	List<Rule> rulesFor(Couloir couloir) {
		return contributions.get().items().stream().filter(c -> c.applies(couloir)).map(Contributed::rule).toList();
	}

	/** Stops following the plug-ins (the validator's deactivation). */
	void close() {
		contributions.close();
	}
}
