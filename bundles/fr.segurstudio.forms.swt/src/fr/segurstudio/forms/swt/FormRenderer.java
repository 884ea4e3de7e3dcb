package fr.segurstudio.forms.swt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.databinding.DataBindingContext;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.databinding.swt.DisplayRealm;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import fr.segurstudio.forms.FormCommands;
import fr.segurstudio.forms.FormState;
import fr.segurstudio.forms.view.View;

/**
 * Renders a view (complete: {@code ViewRegistry.view}) as SWT widgets with the look of an Eclipse form
 * ({@code org.eclipse.ui.forms}' toolkit), bound to the model through JFace data binding (one binding context per
 * form), every change an EMF.Edit command on the caller's editing domain. What replaces EMF Forms, which is not on
 * Maven Central. An OSGi service (DS), like the rest of the core: it chooses among the renderer factories
 * registered as services ({@link ControlRendererFactory}) and those the extension point contributes.
 */
@Component(service = FormRenderer.class)
public final class FormRenderer {

	private final List<ControlRendererFactory> factories = new CopyOnWriteArrayList<>();

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
	void addFactory(ControlRendererFactory factory) {
		factories.add(factory);
	}

	void removeFactory(ControlRendererFactory factory) {
		factories.remove(factory);
	}

	/**
	 * The renderers a form chooses from now: the factory services, this bundle's built-in ones first (another
	 * plug-in's win the ties), then those contributed through the extension point.
	 */
	public RendererRegistry renderers() {
		List<ControlRendererFactory> all = new ArrayList<>();
		var own = FrameworkUtil.getBundle(FormRenderer.class);
		factories.stream().filter(f -> FrameworkUtil.getBundle(f.getClass()) == own).forEach(all::add);
		factories.stream().filter(f -> FrameworkUtil.getBundle(f.getClass()) != own).forEach(all::add);
		all.addAll(RendererRegistry.contributed());
		return RendererRegistry.of(all);
	}

	/**
	 * The form of {@code view} in {@code parent}, showing {@code input} (may be null: nothing yet). When the parent has a
	 * GridLayout, the form fills it.
	 */
	public FormHandle render(Composite parent, View view, EObject input, EditingDomain domain, FormOptions options) {
		FormToolkit own = options.toolkit() == null ? new FormToolkit(parent.getDisplay()) : null;
		FormToolkit toolkit = own != null ? own : options.toolkit();
		ScrolledForm scrolled = null;
		Composite root;
		if (options.scrolled()) {
			WidthFittingForm fitting = new WidthFittingForm(parent, toolkit);
			root = fitting.content();
			toolkit.adapt(root);
			scrolled = fitting;

			if (parent.getLayout() instanceof GridLayout) {
				GridDataFactory.fillDefaults().grab(true, true).applyTo(scrolled);
			}
		} else {
			root = toolkit.createComposite(parent);
			if (parent.getLayout() instanceof GridLayout) {
				GridDataFactory.fillDefaults().grab(true, false).applyTo(root);
			}
		}
		GridLayout layout = new GridLayout(2, false);
		layout.marginWidth = layout.marginHeight = 4;
		layout.horizontalSpacing = 8;
		layout.verticalSpacing = 5;
		root.setLayout(layout);
		FormState state = new FormState(view, options.context());
		FormCommands commands = new FormCommands(domain, options.context());
		FormHandle[] handle = new FormHandle[1];
		RenderContext.Layouts layouts = new RenderContext.Layouts() {
			@Override
			public void changed(Control control) {
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
		RenderContext context = new RenderContext(toolkit, state, commands, options, layouts,
				new DataBindingContext(DisplayRealm.getRealm(parent.getDisplay())));
		RendererRegistry registry = options.renderers() != null ? options.renderers() : renderers();
		handle[0] = new FormHandle(state, root, scrolled, own, context, c -> new FormBody(root, state, c, registry));
		handle[0].setInput(input);
		return handle[0];
	}
}
