package fr.segurstudio.forms.swt.renderers;

import org.eclipse.core.databinding.Binding;
import org.eclipse.core.databinding.UpdateValueStrategy;
import org.eclipse.core.databinding.conversion.IConverter;
import org.eclipse.core.databinding.observable.value.IObservableValue;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.databinding.swt.WidgetValueProperty;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.osgi.service.component.annotations.Component;

import fr.segurstudio.forms.swt.ControlInfo;
import fr.segurstudio.forms.swt.ControlRenderer;
import fr.segurstudio.forms.swt.ControlRendererFactory;
import fr.segurstudio.forms.swt.internal.Messages;
import fr.segurstudio.model.asp.ValueKind;

/**
 * A Boolean, as a check box carrying its label. The model's Boolean may be null — a new request's answers all are,
 * and the seed writes some "à ne pas renseigner" —, and null is not false: it is shown as the box's third,
 * undetermined state with « (non renseigné) » after the label, never as an unticked box the user would take for a
 * "non". A click on an unanswered box answers oui, the next non; where the seed lets the answer be empty now (not
 * required), a third click goes back to « non renseigné ». Each click is one command. The box shows the model's
 * value through a binding; a click is not the box's own state (that state has three values, a click goes round
 * them) but a value written to the model.
 */
public class BooleanRenderer extends ControlRenderer {

	/** Booleans. */
	@Component(service = ControlRendererFactory.class)
	public static final class Factory extends ControlRendererFactory.Of {
		public Factory() {
			super(info -> !info.many() && info.kind() == ValueKind.BOOLEAN ? 20 : NOT_APPLICABLE, BooleanRenderer::new);
		}
	}

	/** A check box's state as a value: ticked, unticked, or undetermined (grayed) for null. */
	private static final class TriState extends WidgetValueProperty<Button, Boolean> {
		@Override
		public Object getValueType() {
			return Boolean.class;
		}

		@Override
		protected Boolean doGetValue(Button box) {
			return box.getGrayed() ? null : box.getSelection();
		}

		@Override
		protected void doSetValue(Button box, Boolean answer) {
			box.setGrayed(answer == null);
			box.setSelection(answer == null || answer);
		}
	}

	private Button button;
	private Binding binding;
	private String label = "";
	private String shownText;

	public BooleanRenderer(ControlInfo info) {
		super(info);
	}

	@Override
	protected boolean spansLabel() {
		return true;
	}

	@Override
	protected Control createEditor(Composite parent) {
		// a long question wraps in a narrow form rather than being cut
		button = context.toolkit().createButton(parent, node.element().getLabel(), SWT.CHECK | SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(button);
		button.addListener(SWT.Selection, e -> clicked());
		return button;
	}

	@Override
	protected void bindEditor() {
		binding = bind(new TriState().observe(button), UpdateValueStrategy.never(), new UpdateValueStrategy<Object, Boolean>() {
			{
				setConverter(IConverter.create(Object.class, Boolean.class, v -> (Boolean) v));
			}

			@Override
			protected IStatus doSet(IObservableValue<? super Boolean> target, Boolean answer) {
				IStatus status = super.doSet(target, answer);
				updateText(answer);
				return status;
			}
		});
	}

	private void clicked() {
		Object current = value();
		Boolean next;
		if (current == null) {
			next = Boolean.TRUE;
		} else if (Boolean.TRUE.equals(current)) {
			next = Boolean.FALSE;
		} else {
			next = node.isRequired() ? Boolean.TRUE : null;
		}
		value.setValue(next);
		binding.updateModelToTarget(); // the box toggled itself on the click: it shows the model's answer again
	}

	@Override
	protected void setSpanningLabel(String text) {
		label = text;
		updateText(value() instanceof Boolean answer ? answer : null);
	}

	private void updateText(Boolean answer) {
		boolean unanswered = answer == null;
		String text = label + (unanswered ? " (" + Messages.notFilled + ")" : "");
		if (!text.equals(shownText)) {
			button.setText(text);
			shownText = text;
			context.changed(button);
			context.layoutChanged();
		}
		button.setToolTipText(!node.isRequired() ? Messages.booleanNullable : unanswered ? Messages.booleanUnset : null);
	}

	/** The state shown: null for « non renseigné » (for tests). */
	public Boolean shown() {
		return button.getGrayed() ? null : button.getSelection();
	}
}
