package fr.segurstudio.forms.swt.renderers;

import java.util.Locale;
import java.util.Objects;

import org.eclipse.core.databinding.Binding;
import org.eclipse.core.databinding.UpdateValueStrategy;
import org.eclipse.core.databinding.conversion.IConverter;
import org.eclipse.core.databinding.observable.value.IObservableValue;
import org.eclipse.core.databinding.validation.ValidationStatus;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.databinding.swt.typed.WidgetProperties;
import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.SelectionAdapter;
import org.eclipse.swt.events.SelectionEvent;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.osgi.service.component.annotations.Component;

import fr.segurstudio.forms.FormChange;
import fr.segurstudio.forms.swt.ControlInfo;
import fr.segurstudio.forms.swt.ControlRenderer;
import fr.segurstudio.forms.swt.ControlRendererFactory;
import fr.segurstudio.forms.swt.FormOptions;
import fr.segurstudio.forms.swt.WidgetKeys;
import fr.segurstudio.forms.swt.internal.Messages;
import fr.segurstudio.model.asp.AspFeatureMapping.Format;
import fr.segurstudio.model.asp.Characters;
import fr.segurstudio.model.asp.AspFeatureMapping.Length;
import fr.segurstudio.model.asp.ValueKind;

/**
 * A value typed as text: VARCHAR, and the base of dates, amounts and codes. The field is bound to the value through
 * JFace data binding, the way EMF Forms binds its text controls: what is typed becomes a value when the user pauses
 * ({@link FormOptions#commitDelay}: the field's delayed observable), leaves the field or presses Enter; the edits of
 * one visit of the field merge into its first command ({@link FormChange#continuing}), so one undo takes the whole
 * edit back, and typing never waits for anything. What cannot be a value (an impossible date) is said on the field,
 * and the model keeps its value. Where the seed gives a length ({@code =9}, {@code <50}) a counter says how far the
 * text is ({@code 7/9}). A name the seed wants in UPPER CASE is written in upper case as it is typed (visible at
 * once, undone with the edit); a value already there in small letters (from a file) is left as it is, with an offer
 * to upper-case it (one command). An empty field is no value.
 */
public class TextRenderer extends ControlRenderer {

	/** Texts and integers. */
	@Component(service = ControlRendererFactory.class)
	public static final class Factory extends ControlRendererFactory.Of {
		public Factory() {
			super(info -> !info.many() && (info.kind() == ValueKind.TEXT || info.kind() == ValueKind.INTEGER) ? 10 : NOT_APPLICABLE, TextRenderer::new);
		}
	}

	protected Text text;
	private Label counter;
	private ControlDecoration upperOffer;
	/** What the field holds, told after a pause in the typing, or at once on Enter and when the field is left. */
	private IObservableValue<String> typed;
	private Binding binding;
	/** The model's value is being written into the field (not typed: not upper-cased). */
	private boolean showing;
	/** The field is being left: the value is shown in its own form even though the field still has the focus. */
	private boolean leaving;
	/** The command holding this visit's typing: the visit's later commits merge into it. */
	private FormChange typing;

	public TextRenderer(ControlInfo info) {
		super(info);
	}

	@Override
	protected Control createEditor(Composite parent) {
		text = context.toolkit().createText(parent, "", SWT.SINGLE | style());
		String hint = hint();
		if (hint != null) {
			text.setMessage(hint);
		}
		int width = fixedWidth();
		GridDataFactory.fillDefaults().grab(width < 0, false).align(width < 0 ? SWT.FILL : SWT.BEGINNING, SWT.CENTER)
				.hint(width < 0 ? 220 : width, SWT.DEFAULT).applyTo(text);
		if (info.format() == Format.UPPER) {
			text.addListener(SWT.Verify, e -> {
				if (!showing) { // typed or pasted, not the model's value shown
					e.text = e.text.toUpperCase(Locale.FRENCH);
				}
			});
			upperOffer = new ControlDecoration(text, SWT.RIGHT | SWT.TOP);
			upperOffer.setImage(FieldDecorationRegistry.getDefault().getFieldDecoration(FieldDecorationRegistry.DEC_INFORMATION).getImage());
			upperOffer.hide();
			upperOffer.addSelectionListener(new SelectionAdapter() {
				@Override
				public void widgetSelected(SelectionEvent e) {
					upperCase();
				}
			});
		}
		text.addListener(SWT.Modify, e -> updateCounter());
		text.addListener(SWT.DefaultSelection, e -> commit());
		text.addListener(SWT.FocusOut, e -> left());
		return text;
	}

	@Override
	protected void bindEditor() {
		typed = WidgetProperties.text(SWT.Modify).observeDelayed(context.options().commitDelay(), text);
		UpdateValueStrategy<String, Object> toModel = UpdateValueStrategy.create(IConverter.create(String.class, Object.class, this::parse));
		toModel.setAfterGetValidator(this::check);
		binding = bind(typed, toModel, new ToField());
		binding.getValidationStatus().addValueChangeListener(e -> {
			IStatus status = e.diff.getNewValue();
			setInputError(status.isOK() ? null : status.getMessage());
		});
	}

	/** More style bits for the text (SWT.RIGHT for amounts). */
	protected int style() {
		return SWT.NONE;
	}

	/** The grey hint of an empty field, or null. */
	protected String hint() {
		return info.format() == Format.UPPER ? Messages.upperHint : null;
	}

	/** The width of a field for a short value (an identifier of at most 15 characters, a date, an amount); -1: it grows with the form. */
	protected int fixedWidth() {
		Length length = length();
		return length == null || length.value() > 15 ? -1 : 120;
	}

	@Override
	protected Control createExtra(Composite parent) {
		if (length() == null) {
			return null;
		}
		// one width for every counter (up to 999/999), so that the fields before them end on one line
		counter = context.toolkit().createLabel(parent, NLS.bind(Messages.counter, "999", "999"));
		counter.setData(WidgetKeys.KEY, node.key() + ".compteur");
		GridDataFactory.swtDefaults().hint(counter.computeSize(SWT.DEFAULT, SWT.DEFAULT).x + 2, SWT.DEFAULT).applyTo(counter);
		counter.setText(""); // the width measured; an empty field counts nothing
		return counter;
	}

	private Length length() {
		return info.mapping() == null ? null : info.mapping().length();
	}

	private void updateCounter() {
		Length length = length();
		if (counter == null || length == null) {
			return;
		}
		String value = text.getText();
		int n = value.codePointCount(0, value.length());
		int max = length.exact() ? length.value() : length.value() - 1;
		counter.setText(n == 0 ? "" : NLS.bind(Messages.counter, n, max));
		boolean wrong = length.exact() ? n > 0 && n != max : n > max;
		counter.setForeground(wrong ? text.getDisplay().getSystemColor(SWT.COLOR_RED) : null);
	}

	/**
	 * What the model holds for the typed text; null for a field left blank (spaces and invisible characters only,
	 * {@link Characters#isBlank}). @throws IllegalArgumentException with a French reason
	 */
	protected Object parse(String typed) {
		if (Characters.isBlank(typed)) {
			return null;
		}
		return info.kind().parse(normalise(typed), (EAttribute) node.feature());
	}

	/** Whether the typed text can be a value: else the French reason, shown on the field. */
	private IStatus check(String typed) {
		try {
			parse(typed);
			return ValidationStatus.ok();
		} catch (IllegalArgumentException e) {
			return ValidationStatus.error(e.getMessage());
		}
	}

	/** The typed text in the value kind's canonical form, before {@link ValueKind#parse} (dates and amounts accept more). */
	protected String normalise(String typed) {
		return typed;
	}

	/** The text of a value (of the value kept as written when it has none). */
	protected String display(Object value) {
		return shown(-1, value);
	}

	/** Told each time the model's value is shown (or left as typed): what stands beside the field follows it. */
	protected void shown(Object value) {
		updateUpperOffer(value);
	}

	/** The typing of this visit joins the command of its first commit. */
	@Override
	protected void write(Object newValue) {
		FormChange change = context.commands().set(context.state(), node, NLS.bind(Messages.commandSet, node.element().getLabel()), newValue);
		if (change != null) {
			typing = context.execute(change.continuing(typing));
		}
	}

	/** What was typed and is still waiting for the pause becomes the value now. */
	@Override
	public void commit() {
		if (typed != null && !text.isDisposed()) {
			typed.getValue();
		}
	}

	/** Leaving the field ends the visit; the value is shown in its canonical form (1075.00 for 1 075) unless it was not one. */
	private void left() {
		commit();
		typing = null;
		if (!hasInputError()) {
			leaving = true;
			try {
				binding.updateModelToTarget();
			} finally {
				leaving = false;
			}
		}
	}

	/** The model's value into the field: its text, unless the user is typing a text that already means it (1 075,00). */
	private final class ToField extends UpdateValueStrategy<Object, String> {

		ToField() {
			setConverter(IConverter.create(Object.class, String.class, TextRenderer.this::display));
		}

		@Override
		protected IStatus doSet(IObservableValue<? super String> target, String shown) {
			Object model = value.getValue();
			shown(model);
			if (shown.equals(text.getText()) || !leaving && text.isFocusControl() && means(text.getText(), model)) {
				return ValidationStatus.ok();
			}
			showing = true;
			try {
				return super.doSet(target, shown);
			} finally {
				showing = false;
			}
		}
	}

	/** The text typed means this value already: the field is left as typed while it has the focus. */
	private boolean means(String typedText, Object model) {
		try {
			return Objects.equals(parse(typedText), model);
		} catch (IllegalArgumentException e) {
			return false;
		}
	}

	private void updateUpperOffer(Object value) {
		if (upperOffer == null) {
			return;
		}
		String upper = value instanceof String s ? s.toUpperCase(Locale.FRENCH) : null;
		if (upper != null && !upper.equals(value) && text.getEditable()) {
			upperOffer.setDescriptionText(NLS.bind(Messages.upperOffer, value, upper));
			upperOffer.show();
		} else {
			upperOffer.hide();
		}
	}

	private void upperCase() {
		if (value() instanceof String s) {
			context.execute(context.commands().set(context.state(), node, NLS.bind(Messages.commandUpper, node.element().getLabel()),
					s.toUpperCase(Locale.FRENCH)));
		}
	}

	@Override
	protected void setEditable(boolean editable) {
		if (text.getEditable() != editable) {
			text.setEditable(editable);
			text.setBackground(editable ? null : text.getDisplay().getSystemColor(SWT.COLOR_WIDGET_BACKGROUND));
		}
	}

	@Override
	public void bind(EObject newOwner) {
		super.bind(newOwner);
		typing = null;
	}

	@Override
	public boolean reveal(int index) {
		boolean focused = text.setFocus();
		text.selectAll();
		return focused;
	}

	/** True when the upper-case offer is shown (for tests). */
	public boolean offersUpperCase() {
		return upperOffer != null && upperOffer.isVisible();
	}

	@Override
	public void dispose() {
		if (upperOffer != null) {
			upperOffer.dispose();
		}
		super.dispose();
		typed.dispose();
	}
}
