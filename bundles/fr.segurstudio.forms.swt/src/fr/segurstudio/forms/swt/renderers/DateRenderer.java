package fr.segurstudio.forms.swt.renderers;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.osgi.service.component.annotations.Component;

import fr.segurstudio.forms.swt.ControlInfo;
import fr.segurstudio.forms.swt.ControlRenderer;
import fr.segurstudio.forms.swt.ControlRendererFactory;
import fr.segurstudio.forms.swt.internal.Messages;
import fr.segurstudio.model.asp.ValueKind;

/**
 * A date, written JJ/MM/AAAA as in the seeds. Also read: one-digit days and months (1/3/2022), dashes or dots
 * (14-03-2022, 14.03.2022) and eight digits (14032022); shown as 14/03/2022 once the field is left. A date that
 * does not exist (31/02/2022) is not a value: the field says why and the model keeps its date.
 */
public class DateRenderer extends TextRenderer {

	/** Dates. */
	@Component(service = ControlRendererFactory.class)
	public static final class Factory extends ControlRendererFactory.Of {
		public Factory() {
			super(info -> !info.many() && info.kind() == ValueKind.DATE ? 20 : NOT_APPLICABLE, DateRenderer::new);
		}
	}

	private static final Pattern SEPARATED = Pattern.compile("(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{4})");
	private static final Pattern DIGITS = Pattern.compile("(\\d{2})(\\d{2})(\\d{4})");

	public DateRenderer(ControlInfo info) {
		super(info);
	}

	@Override
	protected String hint() {
		return Messages.dateHint;
	}

	@Override
	protected int fixedWidth() {
		return 90;
	}

	@Override
	protected String normalise(String typed) {
		String t = typed.trim();
		Matcher m = SEPARATED.matcher(t);
		if (!m.matches()) {
			m = DIGITS.matcher(t);
			if (!m.matches()) {
				return t;
			}
		}
		return pad(m.group(1)) + "/" + pad(m.group(2)) + "/" + m.group(3);
	}

	private static String pad(String part) {
		return part.length() == 1 ? "0" + part : part;
	}
}
