package fr.segurstudio.ui.dossier.pages;

import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.List;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;

import fr.segurstudio.forms.swt.FormHandle;

/**
 * The keyboard between the requests table and the request's form: Enter (or a double click) on a request puts the
 * focus in its form's first field; Escape in a field of the form commits what it holds and gives the focus back to the
 * table, where the same request is still selected. Escape is taken by a display filter on {@code SWT.Traverse}
 * (a form's widgets are made and remade as requests of other kinds are shown), and left alone while a popup of the
 * window shows a list: a list of suggestions closes first.
 */
final class FormKeys {

	private final Table table;
	private final Composite formHost;
	/** The form shown, or null. */
	private final Supplier<FormHandle> form;
	private final Listener escape = this::escape;

	FormKeys(Table table, Composite formHost, Supplier<FormHandle> form) {
		this.table = table;
		this.formHost = formHost;
		this.form = form;
		table.addListener(SWT.DefaultSelection, e -> focusForm());
		// GTK activates a row on Return only where its own cursor is, which a selection made by a command (Nouvelle
		// demande, a problem's double click) does not move: Return is read here too
		table.addListener(SWT.KeyDown, e -> {
			if (e.character == SWT.CR || e.keyCode == SWT.KEYPAD_CR) {
				focusForm();
			}
		});
		table.getDisplay().addFilter(SWT.Traverse, escape);
		table.addListener(SWT.Dispose, e -> e.display.removeFilter(SWT.Traverse, escape));
	}

	/** The focus in the first field of the form shown; false when there is none. */
	boolean focusForm() {
		FormHandle shown = form.get();
		if (shown == null || shown.input() == null) {
			return false;
		}
		Control first = firstField(shown.control());
		return first != null ? first.setFocus() : shown.control().setFocus();
	}

	/** Whether this control (the focus, null: none) is in the form. */
	boolean isInForm(Control control) {
		for (Control c = control; c != null; c = c.getParent()) {
			if (c == formHost) {
				return true;
			}
		}
		return false;
	}

	/** The first control in the tab order that takes a value (a text, a list, a check box), or null. */
	private static Control firstField(Composite parent) {
		for (Control child : parent.getTabList()) {
			if (!child.isVisible() || !child.isEnabled()) {
				continue;
			}
			if (child instanceof Text text && text.getEditable() || child instanceof Combo || child instanceof Button button && (button.getStyle() & SWT.CHECK) != 0) {
				return child;
			}
			if (child instanceof Composite composite && !(child instanceof Table)) {
				Control inside = firstField(composite);
				if (inside != null) {
					return inside;
				}
			}
		}
		return null;
	}

	private static boolean hasList(Composite parent) {
		for (Control child : parent.getChildren()) {
			if (child instanceof Table || child instanceof List
					|| child instanceof Composite composite && hasList(composite)) {
				return true;
			}
		}
		return false;
	}

	private void escape(Event event) {
		FormHandle shown = form.get();
		if (event.detail != SWT.TRAVERSE_ESCAPE || shown == null || !(event.widget instanceof Control control) || control.isDisposed()
				|| !isInForm(control)) {
			return;
		}
		for (Shell popup : control.getShell().getShells()) {
			if (popup.isVisible() && hasList(popup)) {
				return; // a list of suggestions: Escape closes it (a tooltip shown meanwhile does not count)
			}
		}
		event.doit = false;
		event.detail = SWT.TRAVERSE_NONE;
		shown.commit();
		table.setFocus();
		table.showSelection();
	}
}
