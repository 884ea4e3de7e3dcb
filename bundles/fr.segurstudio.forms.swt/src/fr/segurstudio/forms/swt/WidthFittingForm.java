package fr.segurstudio.forms.swt;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Layout;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Scrollable;
import org.eclipse.ui.forms.IFormColors;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ILayoutExtension;
import org.eclipse.ui.forms.widgets.ScrolledForm;

/**
 * A form that scrolls up and down only and fits its width: its fields shrink and its labels wrap to the width it is
 * given, instead of the form growing sideways and cutting them. ui.forms passes the visible width down to a body whose
 * layout is an {@link ILayoutExtension} only, hence {@link #content()}; and a scrolled form asks its parent for
 * no more than a small size, so that the pane holding it (beside the requests' table) decides its width. The mouse
 * wheel scrolls the form under the pointer, over its fields too (a text field or a combo would otherwise keep it).
 */
final class WidthFittingForm extends ScrolledForm {

	/** The size asked of the parent: the pane decides (the content scrolls). */
	private static final Point SMALL = new Point(200, 120);

	private final Listener wheel = this::wheel;

	WidthFittingForm(Composite parent, FormToolkit toolkit) {
		super(parent, SWT.V_SCROLL | SWT.H_SCROLL | toolkit.getOrientation());
		setExpandHorizontal(true);
		setExpandVertical(true);
		setBackground(toolkit.getColors().getBackground());
		setForeground(toolkit.getColors().getColor(IFormColors.TITLE));
		getDisplay().addFilter(SWT.MouseVerticalWheel, wheel);
		addListener(SWT.Dispose, e -> getDisplay().removeFilter(SWT.MouseVerticalWheel, wheel));
	}

	@Override
	public Point computeSize(int wHint, int hHint, boolean changed) {
		return new Point(wHint == SWT.DEFAULT ? SMALL.x : wHint, hHint == SWT.DEFAULT ? SMALL.y : hHint);
	}

	/** A wheel turned over a field of this form that has no scrolling of its own scrolls the form. */
	private void wheel(Event event) {
		if (!(event.widget instanceof Control control) || control.isDisposed() || !isVisible() || scrollsItself(control)) {
			return;
		}
		for (Control c = control; c != null; c = c.getParent()) {
			if (c == this) {
				Point origin = getOrigin();
				int step = Math.max(getVerticalBar().getIncrement(), 20) * 3;
				setOrigin(origin.x, Math.max(0, origin.y - event.count / Math.max(1, Math.abs(event.count)) * step));
				event.doit = false;
				return;
			}
			if (c instanceof ScrolledForm) {
				return; // another form inside this one scrolls by itself
			}
		}
	}

	/** A table, a list, a multi-line text scroll their own content; the form itself scrolls as ScrolledComposite does. */
	private boolean scrollsItself(Control control) {
		return control == this || control instanceof Scrollable s && s.getVerticalBar() != null && s.getVerticalBar().isVisible();
	}

	/**
	 * The form's content, filling the body: the body's layout, an {@link ILayoutExtension}, so that ui.forms computes it
	 * for the visible width rather than for its widest (then the content's grid shrinks its grabbing columns and wraps
	 * its labels). {@link org.eclipse.swt.layout.GridLayout} is final, hence a composite in between.
	 */
	Composite content() {
		Composite body = getBody();
		if (body.getChildren().length == 0) {
			body.setLayout(new FitLayout());
			return new Composite(body, SWT.NONE);
		}
		return (Composite) body.getChildren()[0];
	}

	/** Lays out one child over the whole composite, its size computed for the width given. */
	private static final class FitLayout extends Layout implements ILayoutExtension {

		@Override
		protected Point computeSize(Composite composite, int wHint, int hHint, boolean flushCache) {
			return composite.getChildren()[0].computeSize(wHint, hHint, flushCache);
		}

		@Override
		protected void layout(Composite composite, boolean flushCache) {
			Rectangle area = composite.getClientArea();
			composite.getChildren()[0].setBounds(area);
		}

		@Override
		public int computeMinimumWidth(Composite parent, boolean changed) {
			return computeSize(parent, 0, SWT.DEFAULT, changed).x;
		}

		@Override
		public int computeMaximumWidth(Composite parent, boolean changed) {
			return computeSize(parent, SWT.DEFAULT, SWT.DEFAULT, changed).x;
		}
	}
}
