package fr.segurstudio.forms.swt;

import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * Makes the renderers of one kind of control (EMF Forms' renderer service, in small): for each control of a view,
 * the registry asks every factory its score and the highest wins. An OSGi service, as EMF Forms' renderer services
 * are: the built-in ones are DS components of this bundle, a plug-in registers its own the same way (or contributes
 * one through the extension point {@code fr.segurstudio.forms.swt.renderers}); {@link RendererRegistry#with} adds
 * one to a registry.
 */
public interface ControlRendererFactory {

	/** The score of a factory that cannot render the control. */
	int NOT_APPLICABLE = -1;

	/** How well this factory renders the control: {@link #NOT_APPLICABLE}, or higher when more specific (built-ins: 10 to 30). */
	int score(ControlInfo info);

	/** A new renderer of this control (its widgets are created later, by {@link ControlRenderer#create}). */
	ControlRenderer create(ControlInfo info);

	/** The factory of these two functions. */
	static ControlRendererFactory of(ToIntFunction<ControlInfo> score, Function<ControlInfo, ControlRenderer> create) {
		return new Of(score, create) {
		};
	}

	/** A factory made of two functions; a DS component extends it with a constructor giving them. */
	abstract class Of implements ControlRendererFactory {

		private final ToIntFunction<ControlInfo> score;
		private final Function<ControlInfo, ControlRenderer> create;

		protected Of(ToIntFunction<ControlInfo> score, Function<ControlInfo, ControlRenderer> create) {
			this.score = score;
			this.create = create;
		}

		@Override
		public int score(ControlInfo info) {
			return score.applyAsInt(info);
		}

		@Override
		public ControlRenderer create(ControlInfo info) {
			return create.apply(info);
		}
	}
}
