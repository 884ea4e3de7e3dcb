package fr.segurstudio.forms.swt;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.core.databinding.DataBindingContext;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;

import fr.segurstudio.forms.FormState;
import fr.segurstudio.forms.view.Group;
import fr.segurstudio.forms.view.View;
import fr.segurstudio.model.issue.Issue;

/**
 * A rendered form: show another object of the same class ({@link #setInput}, the same widgets rebound), its
 * issues ({@link #showIssues}), the editor of a value ({@link #reveal}). Its changes to the model are commands of
 * the editing domain's stack: listen to the stack to hear of them, once each. UI thread only.
 */
public final class FormHandle {

	private final FormState state;
	private final FormBody body;
	private final Composite root;
	private final ScrolledForm scrolled;
	private final FormToolkit ownToolkit;
	private final RenderContext context;
	private boolean binding;
	private boolean bound;
	private boolean layoutNeeded;
	/** Widgets shown, hidden or resized since the last layout; the whole form when {@link #fullLayout}. */
	private final List<Control> changedWidgets = new ArrayList<>();
	private boolean fullLayout;

	FormHandle(FormState state, Composite root, ScrolledForm scrolled, FormToolkit ownToolkit, RenderContext context,
			Function<RenderContext, FormBody> body) {
		this.state = state;
		this.root = root;
		this.scrolled = scrolled;
		this.ownToolkit = ownToolkit;
		this.context = context;
		this.body = body.apply(context);
	}

	/**
	 * Shows another object of the view's class (or none) in the same widgets, after committing what was being typed.
	 * Costs a few milliseconds: no widget is created.
	 */
	public void setInput(EObject input) {
		if (bound && input == state.input()) {
			return;
		}
		boolean first = !bound;
		bound = true;
		body.commit();
		binding = true;
		layoutNeeded |= first;
		fullLayout |= first;
		try {
			state.setInput(input);
			body.bind();
		} finally {
			binding = false;
		}
		if (layoutNeeded) {
			layout();
		}
	}

	public EObject input() {
		return state.input();
	}

	/**
	 * Marks the editors of the issues' values (target, feature; a list's rows by index) with an error or warning
	 * decoration whose tooltip is the French message; rows of tables get an image. Replaces the previous issues.
	 */
	public void showIssues(List<Issue> issues) {
		context.setIssues(List.copyOf(issues));
		body.showIssues(context.issues());
	}

	/**
	 * Shows and focuses the editor of a value (selecting its row in a table, expanding its sections, scrolling to it);
	 * false when the form has no visible editor for it.
	 */
	public boolean reveal(EObject object, EStructuralFeature feature, int index) {
		boolean revealed = body.reveal(object, feature, index);
		if (revealed && scrolled != null) {
			scrolled.showControl(root.getDisplay().getFocusControl());
		}
		return revealed;
	}

	/** Commits what a text field holds and has not committed yet (before a save, an undo from a menu). */
	public void commit() {
		body.commit();
	}

	void changed(Control control) {
		changedWidgets.add(control);
	}

	void relayout(boolean all) {
		fullLayout |= all;
		if (binding) {
			layoutNeeded = true;
		} else {
			layout();
		}
	}

	/**
	 * Lays out what changed: the parents of the widgets shown or hidden (SWT's {@code layout(Control[])}, whose
	 * caches elsewhere stay), then the scrolled form's size; the whole form only when a section was folded or on the
	 * first input. A full layout of a request's form costs tens of milliseconds, a partial one a few.
	 */
	private void layout() {
		layoutNeeded = false;
		boolean all = fullLayout;
		fullLayout = false;
		Control[] widgets = changedWidgets.stream().filter(c -> !c.isDisposed()).toArray(Control[]::new);
		changedWidgets.clear();
		if (root.isDisposed() || !all && widgets.length == 0) {
			return;
		}
		if (control().getSize().x == 0) {
			return; // not laid out yet (a form just rendered in a page being built): its parent's layout lays it out
		}
		if (!all) {
			root.layout(widgets, SWT.NONE);
		}
		if (scrolled != null) {
			scrolled.reflow(all);
		} else if (all) {
			root.layout(true, true);
		}
	}

	/** The form's top composite (the scrolled form, or the parent's composite holding the sections). */
	public Composite control() {
		return scrolled != null ? scrolled : root;
	}

	public FormState state() {
		return state;
	}

	public View view() {
		return state.view();
	}

	/** The renderers of every control, those of the tables' row forms included (for tests and tools). */
	public List<ControlRenderer> renderers() {
		return body.renderers();
	}

	/** The renderer of the first control whose JSON key this is, or null. */
	public ControlRenderer renderer(String key) {
		return body.renderers().stream().filter(r -> key.equals(r.node().key())).findFirst().orElse(null);
	}

	/** The table of this JSON key ({@code EtablissementsClients}), or null. */
	public TableViewer table(String key) {
		return body.tables().stream().filter(t -> key.equals(t.node().key())).map(TableRenderer::viewer).findFirst().orElse(null);
	}

	/** True when the table of this key marks an issue on the list itself or says its rows have some. */
	public boolean isTableDecorated(String key) {
		return body.tables().stream().filter(t -> key.equals(t.node().key())).anyMatch(TableRenderer::isDecorated);
	}

	/** The section of a group of the view, or null. */
	public Section section(Group group) {
		return body.section(group);
	}

	/** The form's data binding context (its widgets bound to the model's values). */
	public DataBindingContext bindings() {
		return context.bindings();
	}

	public void dispose() {
		body.commit();
		body.dispose();
		context.bindings().dispose();
		state.dispose();
		if (!control().isDisposed()) {
			control().dispose();
		}
		if (ownToolkit != null) {
			ownToolkit.dispose();
		}
	}
}
