package fr.segurstudio.forms.swt.renderers;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import org.osgi.service.component.annotations.Component;

import fr.segurstudio.forms.swt.ControlInfo;
import fr.segurstudio.forms.swt.ControlRenderer;
import fr.segurstudio.forms.swt.ControlRendererFactory;
import fr.segurstudio.forms.swt.internal.Messages;
import fr.segurstudio.model.asp.ValueKind;

/**
 * An amount in euros (the model holds a BigDecimal). Typed the French way or the seed's: {@code 1 075,00},
 * {@code 1075,5}, {@code 1.075,00}, {@code 1075.00}, {@code 1075 €}; shown as the ASP JSON writes it, with two
 * decimals ({@code 1075.00}) once the field is left, so that what the form shows is what the portal receives. A
 * third decimal is kept (the validator refuses it); what is not a number is not a value.
 */
public class AmountRenderer extends TextRenderer {

	/** Amounts in euros. */
	@Component(service = ControlRendererFactory.class)
	public static final class Factory extends ControlRendererFactory.Of {
		public Factory() {
			super(info -> !info.many() && info.kind() == ValueKind.AMOUNT ? 20 : NOT_APPLICABLE, AmountRenderer::new);
		}
	}

	public AmountRenderer(ControlInfo info) {
		super(info);
	}

	@Override
	protected int style() {
		return SWT.RIGHT;
	}

	@Override
	protected String hint() {
		return Messages.amountHint;
	}

	@Override
	protected int fixedWidth() {
		return 110;
	}

	@Override
	protected Control createExtra(Composite parent) {
		Label unit = context.toolkit().createLabel(parent, Messages.amountUnit);
		GridDataFactory.swtDefaults().applyTo(unit);
		return unit;
	}

	/** Spaces (thin or not) and the euro sign go; a comma is the decimal point, and dots before it group thousands. */
	@Override
	protected String normalise(String typed) {
		String t = typed.replace("€", "").replaceAll("[\\s\\u00A0\\u202F]", "");
		if (t.indexOf(',') >= 0) {
			t = t.replace(".", "").replace(',', '.');
		}
		return t;
	}
}
