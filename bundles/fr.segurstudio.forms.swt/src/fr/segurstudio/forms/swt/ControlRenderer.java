package fr.segurstudio.forms.swt;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.core.databinding.Binding;
import org.eclipse.core.databinding.UpdateValueStrategy;
import org.eclipse.core.databinding.observable.value.IObservableValue;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import fr.segurstudio.forms.FormChange;
import fr.segurstudio.forms.FormState.Node;
import fr.segurstudio.forms.swt.internal.Decorations;
import fr.segurstudio.forms.swt.internal.Messages;
import fr.segurstudio.model.asp.AspClassMapping;
import fr.segurstudio.model.asp.AspFeatureMapping;
import fr.segurstudio.model.asp.AspPaths;
import fr.segurstudio.model.asp.RawValues;
import fr.segurstudio.model.core.RawValue;
import fr.segurstudio.model.issue.Echo;
import fr.segurstudio.model.issue.Issue;

/**
 * The widgets of one control of a view, created once and shown for one object after another ({@link #bind}): EMF
 * Forms' SWT renderer in small. A control takes one row of its container's two-column grid (the label; the editor
 * with what follows it, such as a length counter). Every widget that edits a value is tagged with the JSON key
 * ({@link WidgetKeys#KEY}) and the value's path ({@link WidgetKeys#PATH}, {@link AspPaths}) so that tests and tools
 * find it. Subclasses create the editor and bind it to {@link #value} in the form's data binding context: the model
 * shows in the widget, and what the user gives goes back as one command of the form ({@link #write}).
 */
public abstract class ControlRenderer {

	/** The widest a label stands (pixels): longer ones wrap. */
	static final int MAX_LABEL_WIDTH = 210;
	/** The narrowest an editor that shrinks with the form gets (pixels). */
	protected static final int MIN_EDITOR_WIDTH = 80;

	protected final ControlInfo info;
	protected final Node node;
	protected RenderContext context;
	/**
	 * The value of the object shown, as an observable of the form's data binding: read as the seeds read it, changed
	 * by the model's notifications, written through {@link #write}.
	 */
	protected IObservableValue<Object> value;
	private final List<Binding> bindings = new ArrayList<>();
	private EObject owner;
	private Label label;
	private Composite cell;
	private Control main;
	private Control extra;
	private ControlDecoration decoration;
	private String inputError;
	private List<Issue> issues = List.of();
	private String labelText;
	private String shownLabel;

	protected ControlRenderer(ControlInfo info) {
		this.info = info;
		this.node = info.node();
	}

	/**
	 * Creates the widgets in a row of {@code parent}'s two-column grid: the label, and a cell holding the editor and
	 * its extra (a length counter, a unit) right after it.
	 */
	public final void create(Composite parent, RenderContext renderContext) {
		this.context = renderContext;
		labelText = node.element().getLabel();
		if (!spansLabel()) {
			// measured with the required marker it may get; a long label wraps rather than widening the form
			label = context.toolkit().createLabel(parent, labelText + Messages.required, SWT.WRAP);
			int width = Math.min(label.computeSize(SWT.DEFAULT, SWT.DEFAULT).x, MAX_LABEL_WIDTH);
			label.setText(labelText);
			label.setToolTipText(labelTip());
			GridDataFactory.swtDefaults().align(SWT.FILL, labelAlignment()).hint(width, SWT.DEFAULT)
					.indent(0, labelAlignment() == SWT.BEGINNING ? 3 : 0).applyTo(label);
		}
		cell = context.toolkit().createComposite(parent);
		int indent = FieldDecorationRegistry.getDefault().getMaximumDecorationWidth();
		// room for the decoration on the left, for the toolkit's flat borders around the editor elsewhere
		GridLayoutFactory.fillDefaults().numColumns(2).extendedMargins(indent, 2, 2, 2).spacing(6, 0).applyTo(cell);
		GridDataFactory.fillDefaults().grab(true, false).span(spansLabel() ? 2 : 1, 1).applyTo(cell);
		main = createEditor(cell);
		if (main.getLayoutData() == null) {
			GridDataFactory.fillDefaults().grab(true, false).applyTo(main);
		}
		if (main.getLayoutData() instanceof GridData data && data.grabExcessHorizontalSpace) {
			data.minimumWidth = MIN_EDITOR_WIDTH; // shrinks with the form, down to this
		}
		extra = createExtra(cell);
		if (extra != null && extra.getLayoutData() == null) {
			GridDataFactory.swtDefaults().applyTo(extra);
		}
		if (extra == null && main.getLayoutData() instanceof GridData data) {
			data.horizontalSpan = 2;
		}
		context.toolkit().paintBordersFor(cell);
		decoration = new ControlDecoration(main, SWT.LEFT | SWT.TOP, cell);
		decoration.hide();
		decoration.setShowOnlyOnFocus(false);
		tagged().setData(WidgetKeys.KEY, node.key());
		value = context.observe(node, this::write);
		bindEditor();
	}

	/** Binds the editor's widgets to {@link #value} ({@link #bind(IObservableValue, UpdateValueStrategy, UpdateValueStrategy)}). */
	protected abstract void bindEditor();

	/**
	 * Binds a widget's value to the control's value in the form's binding context (one per form, disposed with it);
	 * the binding shows each object's value again when the form shows another one ({@link #bind(EObject)}).
	 */
	protected final <T> Binding bind(IObservableValue<T> target, UpdateValueStrategy<? super T, ? extends Object> toModel,
			UpdateValueStrategy<? super Object, ? extends T> toWidget) {
		Binding binding = context.bindings().bindValue(target, value, toModel, toWidget);
		bindings.add(binding);
		return binding;
	}

	/** Writes a value the user gave as one command of the form ({@link FormChange}); nothing when it is the value already. */
	protected void write(Object newValue) {
		context.execute(context.commands().set(context.state(), node, NLS.bind(Messages.commandSet, labelText), newValue));
	}

	/** The editing widget, made in {@code cell} (two columns: the editor, then its extra); it may set its own layout data. */
	protected abstract Control createEditor(Composite cell);

	/** What stands right after the editor (a counter, a unit); null for nothing. */
	protected Control createExtra(Composite cell) {
		return null;
	}

	/** True for an editor that carries its own label across the row (a check box). */
	protected boolean spansLabel() {
		return false;
	}

	/** Where the label stands against a tall editor (a list): at its top. */
	protected int labelAlignment() {
		return SWT.CENTER;
	}

	private String labelTip() {
		StringBuilder tip = new StringBuilder("JSON : ").append(node.key());
		if (node.mapping() != null && node.mapping().length() != null) {
			var length = node.mapping().length();
			tip.append(" — ").append(length.exact() ? NLS.bind(Messages.lengthExact, length.value()) : NLS.bind(Messages.lengthBelow, length.value() - 1));
		}
		return tip.toString();
	}

	/** The widget tagged with the key and path: the editor, or the part of it that holds the value (a list's table). */
	protected Control tagged() {
		return main;
	}

	/** Shows the value of another object (or of none), after committing what was typed for the previous one. */
	public void bind(EObject newOwner) {
		commit();
		owner = newOwner;
		inputError = null;
		tagged().setData(WidgetKeys.PATH, path());
		bindings.forEach(Binding::updateModelToTarget);
		decorate();
	}

	/** The object whose value is shown, or null when it does not exist yet. */
	public EObject owner() {
		return owner;
	}

	/** The feature whose value is shown. */
	public EStructuralFeature feature() {
		return node.feature();
	}

	public Node node() {
		return node;
	}

	/** The main editing widget. */
	public Control control() {
		return main;
	}

	/** The value as the seeds read it (null for an unset feature), or null when there is no object. */
	protected Object value() {
		return value.getValue();
	}

	/**
	 * The value (of the element {@code index}, -1 for the whole) that the file wrote in a form the field cannot hold and
	 * the model keeps as written ({@link RawValues}), or null: shown in the field, in error, until a value replaces it.
	 */
	protected RawValue raw(int index) {
		RawValue raw = owner == null ? null : RawValues.get(owner, node.feature(), index);
		return raw == null || RawValues.isAbsent(raw) ? null : raw;
	}

	/** What the field shows of a value (of the element {@code index}): its text, else the text of the value kept as written. */
	protected String shown(int index, Object value) {
		if (value != null) {
			return info.kind().format(value);
		}
		RawValue raw = raw(index);
		return raw == null ? "" : RawValues.display(raw);
	}

	/**
	 * A value kept as written was added or removed: when it is this control's, the editor shows again (its binding
	 * does not see it, the feature's value staying unset) and so does its decoration.
	 */
	void rawValuesChanged(Notification notification) {
		if (owner == null || !(notification.getNotifier() instanceof EObject holder) || notification.getFeature() != RawValues.holding(holder)) {
			return;
		}
		List<Object> changed = new ArrayList<>(); // the raw values added or removed: one, or a list of them
		for (Object old : new Object[] { notification.getOldValue(), notification.getNewValue() }) {
			if (old instanceof RawValue raw) {
				changed.add(raw);
			} else if (old instanceof List<?> list) {
				changed.addAll(list);
			}
		}
		if (changed.stream().anyMatch(o -> o instanceof RawValue raw && raw.getOwner() == owner && raw.getFeature() == node.feature())) {
			bindings.forEach(Binding::updateModelToTarget);
			decorate();
		}
	}

	/** Shows, hides, enables the widgets and marks the label as the node's state says now. */
	public void updateState() {
		boolean visible = isShown();
		for (Control control : widgets()) {
			if (FormBody.show(control, visible)) {
				context.changed(control);
			}
		}
		setEditable(node.isEnabled());
		String text = labelText + (node.isRequired() ? Messages.required : "");
		if (label != null && !text.equals(shownLabel)) {
			label.setText(text);
			shownLabel = text;
			context.changed(label);
		} else if (label == null) {
			setSpanningLabel(text);
		}
		if (visible) {
			decorate();
		} else {
			decoration.hide();
		}
	}

	/** The label of an editor that {@link #spansLabel}, with its required marker. */
	protected void setSpanningLabel(String text) {
	}

	/** Enables or disables editing (read-only values, enable rules). */
	protected void setEditable(boolean editable) {
		if (main.getEnabled() != editable) {
			main.setEnabled(editable);
		}
	}

	private List<Control> widgets() {
		return label == null ? List.of(cell) : List.of(label, cell);
	}

	/** Takes the issues about this value of its object (target, feature) among these. */
	public void showIssues(List<Issue> all) {
		List<Issue> mine = new ArrayList<>();
		for (Issue issue : all) {
			if (issue.target() == owner && owner != null && issue.feature() == node.feature()) {
				mine.add(issue);
			}
		}
		if (!mine.equals(issues)) {
			boolean shown = isShown();
			issues = mine;
			issuesChanged(mine);
			if (shown != isShown()) {
				updateState();
			}
			decorate();
		}
	}

	/**
	 * Shown when the rules say so, and also while an issue is about its value: a value the seed wants empty but that
	 * a file filled (the mandataire's name of an order without mandataire) stays in sight, with its error, until
	 * emptied — else neither the form nor {@code reveal} could reach it.
	 */
	public boolean isShown() {
		return node.isVisible() || !issues.isEmpty();
	}

	/** The issues about this value now. */
	public List<Issue> issues() {
		return issues;
	}

	/** For editors that show issues of single values of a list (their rows). */
	protected void issuesChanged(List<Issue> mine) {
	}

	/** What was typed cannot be a value (a date that does not exist): shown on the editor until the next value. */
	protected void setInputError(String message) {
		if (!Objects.equals(inputError, message)) {
			inputError = message;
			decorate();
		}
	}

	/** True while what was typed is not a value. */
	protected boolean hasInputError() {
		return inputError != null;
	}

	/** The decoration: the input error first, else the issues' messages (error or warning image). */
	private void decorate() {
		if (decoration == null) {
			return;
		}
		List<String> messages = new ArrayList<>();
		boolean error = inputError != null;
		if (inputError != null) {
			messages.add(inputError);
		}
		RawValue raw = raw(-1);
		if (raw != null && issues.isEmpty()) { // said by the validator's issue when there is one
			messages.add(NLS.bind(Messages.rawValue, Echo.quote(RawValues.display(raw))));
			error = true;
		}
		for (Issue issue : issues) {
			if (issue.index() < 0 || !showsIndexedIssues()) {
				messages.add(issue.message());
			}
			error |= issue.isError();
		}
		Decorations.show(decoration, messages, error, isShown());
	}

	/** True for an editor that marks the issues of a list's values on their rows. */
	protected boolean showsIndexedIssues() {
		return false;
	}

	/** True when an issue decoration is shown (for tests). */
	public boolean isDecorated() {
		return decoration.isVisible();
	}

	public String decorationText() {
		return decoration.getDescriptionText();
	}

	/** Shows and focuses the editor (and the value at {@code index} of a list). */
	public boolean reveal(int index) {
		return main.setFocus();
	}

	/** Commits what was typed and not yet committed (a text field's pending edit). */
	public void commit() {
	}

	/** The path of the value, from the dossier: {@code lignesImport[0].beneficiaires.structure.FINESSJuridique}. */
	protected String path() {
		if (owner != null) {
			return AspPaths.of(owner, node.feature(), -1);
		}
		// an object on the way does not exist yet: the path of the deepest one that does, then the keys
		List<EStructuralFeature> features = context.state().features(node);
		EObject current = context.state().input();
		int i = 0;
		while (current != null && i < features.size() - 1 && current.eGet(features.get(i)) instanceof EObject next) {
			current = next;
			i++;
		}
		if (current == null) {
			return node.key();
		}
		StringBuilder path = new StringBuilder(AspPaths.of(current));
		for (; i < features.size(); i++) {
			if (path.length() > 0) {
				path.append('.');
			}
			AspFeatureMapping mapping = AspClassMapping.of(features.get(i).getEContainingClass()).byFeature(features.get(i));
			path.append(mapping != null ? mapping.key() : features.get(i).getName());
		}
		return path.toString();
	}

	/** Releases what the widgets do not (bindings, decorations). */
	public void dispose() {
		bindings.forEach(Binding::dispose);
		value.dispose();
		decoration.dispose();
	}
}
