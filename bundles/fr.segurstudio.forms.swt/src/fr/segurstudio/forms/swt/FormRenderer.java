package fr.segurstudio.forms.swt;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;

import fr.segurstudio.forms.FormCommands;
import fr.segurstudio.forms.FormState;
import fr.segurstudio.forms.view.View;

/**
 * Renders a view (complete: {@code ViewRegistry.view}) as SWT widgets with the look of an Eclipse form
 * ({@code org.eclipse.ui.forms}' toolkit), every change an EMF.Edit command on the caller's editing domain.
 * What replaces EMF Forms, which is not on Maven Central.
 */
public final class FormRenderer {

	private FormRenderer() {
	}

	/**
	 * The form of {@code view} in {@code parent}, showing {@code input} (may be null: nothing yet). When the parent has a
	 * GridLayout, the form fills it.
	 */
	public static FormHandle render(Composite parent, View view, EObject input, EditingDomain domain, FormOptions options) {
		FormToolkit own = options.toolkit() == null ? new FormToolkit(parent.getDisplay()) : null;
		FormToolkit toolkit = own != null ? own : options.toolkit();
		ScrolledForm scrolled = null;
		Composite root;
		if (options.scrolled()) {
			scrolled = toolkit.createScrolledForm(parent);
			root = scrolled.getBody();
			if (parent.getLayout() instanceof GridLayout) {
				GridDataFactory.fillDefaults().grab(true, true).applyTo(scrolled);
			}
		} else {
			root = toolkit.createComposite(parent);
			if (parent.getLayout() instanceof GridLayout) {
				GridDataFactory.fillDefaults().grab(true, false).applyTo(root);
			}
		}
		GridLayoutFactory.fillDefaults().numColumns(2).margins(4, 4).spacing(8, 5).applyTo(root);
		FormState state = new FormState(view, options.context());
		FormCommands commands = new FormCommands(domain, options.context());
		FormHandle[] handle = new FormHandle[1];
		RenderContext.Layouts layouts = new RenderContext.Layouts() {
			@Override
			public void changed(org.eclipse.swt.widgets.Control control) {
				if (handle[0] != null) {
					handle[0].changed(control);
				}
			}

			@Override
			public void layout(boolean all) {
				if (handle[0] != null) {
					handle[0].relayout(all);
				}
			}
		};
		RenderContext context = new RenderContext(toolkit, state, commands, options, layouts, () -> {
			if (handle[0] != null) {
				handle[0].edited();
			}
		});
		handle[0] = new FormHandle(state, root, scrolled, own, context, c -> new FormBody(root, state, c, options.renderers()));
		handle[0].setInput(input);
		return handle[0];
	}
}
