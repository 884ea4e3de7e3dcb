package fr.segurstudio.forms.swt;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.databinding.DataBindingContext;
import org.eclipse.core.databinding.observable.value.IObservableValue;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.forms.widgets.FormToolkit;

import fr.segurstudio.forms.FormChange;
import fr.segurstudio.forms.FormCommands;
import fr.segurstudio.forms.FormState;
import fr.segurstudio.forms.FormState.Node;
import fr.segurstudio.forms.swt.internal.FormValueProperty;
import fr.segurstudio.model.issue.Issue;

/**
 * What the renderers of one form (or of a table's row form) share: the toolkit that gives the widgets their look,
 * the form's state, the commands of its editing domain, the form's data binding context, the issues shown.
 * Renderers change the model only through {@link #execute}: one notification of the command stack per change.
 */
public final class RenderContext {

	private final FormToolkit toolkit;
	private final FormState state;
	private final FormCommands commands;
	private final FormOptions options;
	private final Layouts layouts;
	private final DataBindingContext bindings;
	/** The form's own parts, for a table's row form; null for the form's. */
	private final RenderContext parent;
	private List<Issue> issues = List.of();

	/** How the form lays itself out again: all of it, or only where widgets changed. */
	interface Layouts {
		void changed(Control control);

		void layout(boolean all);
	}

	RenderContext(FormToolkit toolkit, FormState state, FormCommands commands, FormOptions options, Layouts layouts, DataBindingContext bindings) {
		this(toolkit, state, commands, options, layouts, bindings, null);
	}

	private RenderContext(FormToolkit toolkit, FormState state, FormCommands commands, FormOptions options, Layouts layouts,
			DataBindingContext bindings, RenderContext parent) {
		this.parent = parent;
		this.toolkit = toolkit;
		this.state = state;
		this.commands = commands;
		this.options = options;
		this.layouts = layouts;
		this.bindings = bindings;
	}

	/** The same form's parts for the row form of a table (its own state, the form's bindings). */
	RenderContext detail(FormState detailState) {
		return new RenderContext(toolkit, detailState, commands, options, layouts, bindings, this);
	}

	public FormToolkit toolkit() {
		return toolkit;
	}

	public FormState state() {
		return state;
	}

	public FormCommands commands() {
		return commands;
	}

	public FormOptions options() {
		return options;
	}

	/** The form's data binding context: one per form, its row forms' included, disposed with the form. */
	public DataBindingContext bindings() {
		return bindings;
	}

	/** A node's value in this context's state, as an observable value whose changes {@code writer} makes commands of. */
	public IObservableValue<Object> observe(Node node, Consumer<Object> writer) {
		return new FormValueProperty(node, writer).observe(bindings.getValidationRealm(), state);
	}

	/**
	 * Runs a change on the domain's command stack (null: nothing to do). Returns the command on top of the stack that
	 * holds it now — the change itself, or the change it {@link FormChange#continuing continues} when the stack merged
	 * it —, or null when it did not run.
	 */
	public FormChange execute(FormChange change) {
		if (change == null) {
			return null;
		}
		CommandStack stack = commands.domain().getCommandStack();
		stack.execute(change);
		Command top = stack.getUndoCommand();
		return top == change || top != null && top == change.continued() ? (FormChange) top : null;
	}

	/** A push button of the form, named for tests and tools ({@link WidgetKeys#KEY}: a list's {@code liberal.ajouter}). */
	public Button button(Composite parent, String text, String tip, String key) {
		Button button = toolkit.createButton(parent, text, SWT.PUSH);
		button.setToolTipText(tip);
		button.setData(WidgetKeys.KEY, key);
		GridDataFactory.fillDefaults().applyTo(button);
		return button;
	}

	/** This widget was shown or hidden, or its size changed (a longer label): the next {@link #layoutChanged} lays out its parents. */
	public void changed(Control control) {
		layouts.changed(control);
	}

	/** Lays out the parents of the widgets that {@link #changed} (a few milliseconds, not a whole layout of the form). */
	public void layoutChanged() {
		layouts.layout(false);
	}

	/** Lays the whole form out again (a section folded or unfolded). */
	public void relayout() {
		layouts.layout(true);
	}

	/** The issues the form shows (those of the whole form, for a row form too). */
	public List<Issue> issues() {
		return parent != null ? parent.issues() : issues;
	}

	void setIssues(List<Issue> issues) {
		this.issues = issues;
	}
}
