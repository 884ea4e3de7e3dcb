package fr.segurstudio.ui.bot;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import fr.segurstudio.forms.swt.WidgetKeys;

/**
 * What a test can assert of a screen's layout: the controls shown, those cut (a label or a button narrower or lower
 * than its text needs — a wrapping one measured at its width —, anything beyond the visible right edge), the length
 * counters shown beside empty fields.
 */
public final class Layouts {

	private Layouts() {
	}

	/** The controls shown under {@code parent} (visible, with a width), depth first. */
	public static List<Control> shown(Composite parent) {
		List<Control> all = new ArrayList<>();
		for (Control child : parent.getChildren()) {
			if (!child.isVisible() || child.getSize().x == 0) {
				continue;
			}
			all.add(child);
			if (child instanceof Composite composite) {
				all.addAll(shown(composite));
			}
		}
		return all;
	}

	/** The right edge, on the screen, of a composite's client area (what a scrolled form shows). */
	public static int visibleRight(Composite composite) {
		Rectangle area = composite.getClientArea();
		return composite.toDisplay(area.x + area.width, 0).x;
	}

	/** The controls under {@code root} that are cut, described; empty when none is. */
	public static List<String> cut(Composite root, int right) {
		List<String> cut = new ArrayList<>();
		for (Control control : shown(root)) {
			Rectangle bounds = control.getBounds();
			int controlRight = control.getParent().toDisplay(bounds.x + bounds.width, 0).x;
			if (controlRight > right + 1) {
				cut.add(describe(control) + " ends at " + controlRight + " > " + right);
			}
			boolean label = control instanceof Label l && !l.getText().isEmpty();
			boolean button = control instanceof Button b && (b.getStyle() & (SWT.PUSH | SWT.CHECK | SWT.RADIO)) != 0 && !b.getText().isEmpty();
			if (label || button) {
				boolean wraps = (control.getStyle() & SWT.WRAP) != 0;
				Point wanted = control.computeSize(wraps ? bounds.width : SWT.DEFAULT, SWT.DEFAULT);
				if (wanted.x > bounds.width + 1 || wanted.y > bounds.height + 1) {
					cut.add(describe(control) + " needs " + wanted + " in " + bounds.width + "×" + bounds.height);
				}
			}
		}
		return cut;
	}

	/** The length counters (keys {@code ….compteur}) that show something beside an empty field. */
	public static List<String> countersOfEmptyFields(Composite root) {
		List<String> wrong = new ArrayList<>();
		for (Control control : shown(root)) {
			if (control.getData(WidgetKeys.KEY) instanceof String key && key.endsWith(".compteur") && control instanceof Label counter
					&& control.getParent().getChildren()[0] instanceof Text field && field.getText().isEmpty() && !counter.getText().isEmpty()) {
				wrong.add(key + " « " + counter.getText() + " »");
			}
		}
		return wrong;
	}

	/** A control as a failure names it: its class, its key, its text. */
	public static String describe(Control control) {
		Object key = control.getData(WidgetKeys.KEY);
		String text = control instanceof Label l ? l.getText() : control instanceof Button b ? b.getText() : "";
		return control.getClass().getSimpleName() + (key != null ? " " + key : "") + (text.isEmpty() ? "" : " « " + text + " »");
	}
}
