package fr.segurstudio.forms.swt;

import java.util.ArrayList;
import java.util.List;

import fr.segurstudio.model.extension.ExtensionReader;

/**
 * The renderer factories a form chooses from: for each control, the one with the highest score
 * ({@link ControlRendererFactory#score}); on a tie, the one added last (a contribution over a built-in). Immutable;
 * the {@link FormRenderer} service makes the current one from its factory services and the extension point's.
 */
public final class RendererRegistry {

	/** Extension point of contributed factories. */
	public static final String EXTENSION_POINT = "fr.segurstudio.forms.swt.renderers";

	/** The contributed factories, created on first use and again when plug-ins come or go. */
	private static final ExtensionReader<ControlRendererFactory> CONTRIBUTED = ExtensionReader.of(EXTENSION_POINT,
			element -> (ControlRendererFactory) element.createExecutableExtension("class"));

	private final List<ControlRendererFactory> factories;

	private RendererRegistry(List<ControlRendererFactory> factories) {
		this.factories = List.copyOf(factories);
	}

	/** A registry of these factories, in this order (the later ones win the ties). */
	public static RendererRegistry of(List<ControlRendererFactory> factories) {
		return new RendererRegistry(factories);
	}

	/** The factories the plug-ins contribute through the extension point. */
	public static List<ControlRendererFactory> contributed() {
		return CONTRIBUTED.get().items();
	}

	/** This registry and one more factory (which wins the ties). */
	public RendererRegistry with(ControlRendererFactory factory) {
		List<ControlRendererFactory> all = new ArrayList<>(factories);
		all.add(factory);
		return new RendererRegistry(all);
	}

	/** The factory that scores highest for the control, or null when none applies. */
	public ControlRendererFactory best(ControlInfo info) {
		ControlRendererFactory best = null;
		int bestScore = ControlRendererFactory.NOT_APPLICABLE;
		for (ControlRendererFactory factory : factories) {
			int score = factory.score(info);
			if (score != ControlRendererFactory.NOT_APPLICABLE && score >= bestScore) {
				best = factory;
				bestScore = score;
			}
		}
		return best;
	}

	public List<ControlRendererFactory> factories() {
		return factories;
	}
}
