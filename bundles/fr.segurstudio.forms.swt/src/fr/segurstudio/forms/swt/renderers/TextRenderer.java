package fr.segurstudio.forms.swt.renderers;

import java.util.Locale;
import java.util.Objects;

import org.eclipse.emf.ecore.EAttribute;
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

import fr.segurstudio.forms.FormChange;
import fr.segurstudio.forms.swt.ControlInfo;
import fr.segurstudio.forms.swt.ControlRenderer;
import fr.segurstudio.forms.swt.ControlRendererFactory;
import fr.segurstudio.forms.swt.internal.Messages;
import fr.segurstudio.model.asp.AspFeatureMapping.Format;
import fr.segurstudio.model.asp.Characters;
import fr.segurstudio.model.asp.AspFeatureMapping.Length;
import fr.segurstudio.model.asp.ValueKind;

/**
 * A value typed as text: VARCHAR, and the base of dates, amounts and codes. What is typed becomes a value when the
 * user pauses ({@link fr.segurstudio.forms.swt.FormOptions#commitDelay}), leaves the field or presses Enter; the
 * edits of one visit of the field are one command (a later commit joins the first: {@link FormChange#extend}), so
 * one undo takes the whole edit back, and typing never waits for anything. Where the seed gives a length
 * ({@code =9}, {@code <50}) a counter says how far the text is ({@code 7/9}). A name the seed wants in UPPER CASE is
 * written in upper case as it is typed (visible at once, undone with the edit); a value already there in small
 * letters (from a file) is left as it is, with an offer to upper-case it (one command). An empty field is no value.
 */
public class TextRenderer extends ControlRenderer {

	public static final ControlRendererFactory FACTORY = ControlRendererFactory.of(
			info -> !info.many() && (info.kind() == ValueKind.TEXT || info.kind() == ValueKind.INTEGER) ? 10 : ControlRendererFactory.NOT_APPLICABLE, TextRenderer::new);

	protected Text text;
	private Label counter;
	private ControlDecoration upperOffer;
	private boolean updating;
	private boolean dirty;
	private FormChange lastChange;
	private final Runnable pause = this::commit;

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
				if (!updating) { // typed or pasted, not the model's value shown
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
		text.addListener(SWT.Modify, e -> typed());
		text.addListener(SWT.FocusOut, e -> {
			commit();
			lastChange = null;
			if (!hasInputError()) {
				show(value()); // the canonical form of what was typed: 1075.00 for 1 075
			}
		});
		text.addListener(SWT.DefaultSelection, e -> commit());
		text.addListener(SWT.Dispose, e -> text.getDisplay().timerExec(-1, pause));
		return text;
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
		counter.setData(KEY, node.key() + ".compteur");
		GridDataFactory.swtDefaults().hint(counter.computeSize(SWT.DEFAULT, SWT.DEFAULT).x + 2, SWT.DEFAULT).applyTo(counter);
		return counter;
	}

	private Length length() {
		return info.mapping() == null ? null : info.mapping().length();
	}

	private void typed() {
		updateCounter();
		if (updating) {
			return;
		}
		dirty = true;
		text.getDisplay().timerExec(context.options().commitDelay(), pause);
	}

	private void updateCounter() {
		Length length = length();
		if (counter == null || length == null) {
			return;
		}
		String value = text.getText();
		int n = value.codePointCount(0, value.length());
		int max = length.exact() ? length.value() : length.value() - 1;
		counter.setText(NLS.bind(Messages.counter, n, max));
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

	/** The typed text in the value kind's canonical form, before {@link ValueKind#parse} (dates and amounts accept more). */
	protected String normalise(String typed) {
		return typed;
	}

	/** The text of a value (of the value kept as written when it has none). */
	protected String display(Object value) {
		return shown(-1, value);
	}

	@Override
	public void commit() {
		if (text == null || text.isDisposed()) {
			return;
		}
		text.getDisplay().timerExec(-1, pause);
		if (!dirty) {
			return;
		}
		dirty = false;
		Object value;
		try {
			value = parse(text.getText());
		} catch (IllegalArgumentException e) {
			setInputError(e.getMessage());
			return;
		}
		setInputError(null);
		FormChange next = context.commands().set(context.state(), node, NLS.bind(Messages.commandSet, node.element().getLabel()), value);
		if (next == null) {
			return;
		}
		if (context.isLast(lastChange)) {
			context.extend(lastChange, next);
		} else {
			context.execute(next);
			lastChange = next;
		}
	}

	@Override
	protected void refresh() {
		Object value = value();
		if (!(text.isFocusControl() && sameValue(value))) {
			show(value);
		}
		dirty = false;
		setInputError(null);
		updateCounter();
		updateUpperOffer(value);
	}

	private void show(Object value) {
		String shown = display(value);
		if (!shown.equals(text.getText())) {
			updating = true;
			try {
				text.setText(shown);
			} finally {
				updating = false;
			}
		}
		updateCounter();
	}

	/** The text typed means this value already (1 075,00 for 1075.00): the field is left as typed while it has the focus. */
	private boolean sameValue(Object value) {
		try {
			return Objects.equals(parse(text.getText()), value);
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
	public void bind(org.eclipse.emf.ecore.EObject newOwner) {
		super.bind(newOwner);
		lastChange = null;
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
	}
}
