package fr.segurstudio.forms.swt;

import org.eclipse.ui.forms.widgets.FormToolkit;

import fr.segurstudio.forms.FormContext;

/** How a form is rendered; every setting has a default. */
public final class FormOptions {

	/** A text field commits what was typed after this pause (ms), on focus-out or Enter; later edits join that command. */
	public static final int DEFAULT_COMMIT_DELAY = 700;

	private FormContext context = FormContext.NONE;
	private FormToolkit toolkit;
	private int commitDelay = DEFAULT_COMMIT_DELAY;
	private RendererRegistry renderers;
	private boolean scrolled = true;

	public static FormOptions defaults() {
		return new FormOptions();
	}

	/** The dossier's couloir and the code lists (the couloir's concrete classes, its supporting-document types, the operator codes). */
	public FormOptions context(FormContext formContext) {
		this.context = formContext;
		return this;
	}

	/** The toolkit of the page the form lives in (its colours and borders); by default the form makes and disposes its own. */
	public FormOptions toolkit(FormToolkit formToolkit) {
		this.toolkit = formToolkit;
		return this;
	}

	public FormOptions commitDelay(int milliseconds) {
		this.commitDelay = milliseconds;
		return this;
	}

	/** The renderers to choose from; by default those of the {@link FormRenderer} (its factory services and the contributed ones). */
	public FormOptions renderers(RendererRegistry registry) {
		this.renderers = registry;
		return this;
	}

	/** False: the form lays its sections directly in the parent, which scrolls itself. */
	public FormOptions scrolled(boolean scroll) {
		this.scrolled = scroll;
		return this;
	}

	public FormContext context() {
		return context;
	}

	public FormToolkit toolkit() {
		return toolkit;
	}

	public int commitDelay() {
		return commitDelay;
	}

	/** The renderers given, or null for the form renderer's own. */
	public RendererRegistry renderers() {
		return renderers;
	}

	public boolean scrolled() {
		return scrolled;
	}
}
