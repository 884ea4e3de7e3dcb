package fr.segurstudio.forms.swt;

import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.ui.forms.widgets.FormToolkit;

import fr.segurstudio.forms.FormChange;
import fr.segurstudio.forms.FormCommands;
import fr.segurstudio.forms.FormState;
import fr.segurstudio.model.issue.Issue;

/**
 * What the renderers of one form (or of a table's row form) share: the toolkit that gives the widgets their look,
 * the form's state, the commands of its editing domain, the issues shown. Renderers change the model only through
 * {@link #execute} and {@link #extend}.
 */
public final class RenderContext {

	private final FormToolkit toolkit;
	private final FormState state;
	private final FormCommands commands;
	private final FormOptions options;
	private final Layouts layouts;
	private final Runnable edited;
	/** The form's own parts, for a table's row form; null for the form's. */
	private final RenderContext parent;
	private List<Issue> issues = List.of();

	/** How the form lays itself out again: all of it, or only where widgets changed. */
	interface Layouts {
		void changed(org.eclipse.swt.widgets.Control control);

		void layout(boolean all);
	}

	RenderContext(FormToolkit toolkit, FormState state, FormCommands commands, FormOptions options, Layouts layouts, Runnable edited) {
		this(toolkit, state, commands, options, layouts, edited, null);
	}

	private RenderContext(FormToolkit toolkit, FormState state, FormCommands commands, FormOptions options, Layouts layouts, Runnable edited,
			RenderContext parent) {
		this.parent = parent;
		this.toolkit = toolkit;
		this.state = state;
		this.commands = commands;
		this.options = options;
		this.layouts = layouts;
		this.edited = edited;
	}

	/** The same form's parts for the row form of a table (its own state). */
	RenderContext detail(FormState detailState) {
		return new RenderContext(toolkit, detailState, commands, options, layouts, edited, this);
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

	/** Runs a change on the domain's command stack (null: nothing to do). */
	public void execute(FormChange change) {
		if (change != null) {
			commands.domain().getCommandStack().execute(change);
			edited.run();
		}
	}

	/**
	 * True when {@code change} is still the last command of the stack and nothing was saved since: a later edit of
	 * the same field may {@link #extend} it.
	 */
	public boolean isLast(Command change) {
		CommandStack stack = commands.domain().getCommandStack();
		return change != null && stack.getUndoCommand() == change && (!(stack instanceof BasicCommandStack basic) || basic.isSaveNeeded());
	}

	/** Applies {@code next} inside {@code last} (see {@link #isLast}): one undo for a field's whole edit. */
	public void extend(FormChange last, FormChange next) {
		if (next != null) {
			last.extend(next);
			edited.run();
		}
	}

	/** This widget was shown or hidden, or its size changed (a longer label): the next {@link #layoutChanged} lays out its parents. */
	public void changed(org.eclipse.swt.widgets.Control control) {
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
