package fr.segurstudio.forms.swt.renderers;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

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
 * required), a third click goes back to « non renseigné ». Each click is one command.
 */
public class BooleanRenderer extends ControlRenderer {

	public static final ControlRendererFactory FACTORY = ControlRendererFactory.of(
			info -> !info.many() && info.kind() == ValueKind.BOOLEAN ? 20 : ControlRendererFactory.NOT_APPLICABLE, BooleanRenderer::new);

	private Button button;
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
		button = context.toolkit().createButton(parent, node.element().getLabel(), SWT.CHECK);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(button);
		button.addListener(SWT.Selection, e -> clicked());
		return button;
	}

	private void clicked() {
		Object value = value();
		Boolean next;
		if (value == null) {
			next = Boolean.TRUE;
		} else if (Boolean.TRUE.equals(value)) {
			next = Boolean.FALSE;
		} else {
			next = node.isRequired() ? Boolean.TRUE : null;
		}
		if (set(next) == null) {
			refresh();
		}
	}

	@Override
	protected void refresh() {
		Object value = value();
		button.setGrayed(value == null);
		button.setSelection(value == null || Boolean.TRUE.equals(value));
		updateText();
	}

	@Override
	protected void setSpanningLabel(String text) {
		label = text;
		updateText();
	}

	private void updateText() {
		boolean unanswered = value() == null;
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
