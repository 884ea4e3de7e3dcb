package fr.segurstudio.forms.swt;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.forms.events.ExpansionAdapter;
import org.eclipse.ui.forms.IFormColors;
import org.eclipse.ui.forms.events.ExpansionEvent;
import org.eclipse.ui.forms.widgets.Section;

import fr.segurstudio.forms.FormState;
import fr.segurstudio.forms.FormState.Node;
import fr.segurstudio.forms.view.Element;
import fr.segurstudio.forms.view.Group;
import fr.segurstudio.forms.view.Table;
import fr.segurstudio.model.issue.Issue;

/**
 * The widgets of one view for one state: a form's own, or the form of a table's selected row. Groups are sections
 * (a title bar at the first level, a bold title below), controls rows of a two-column grid (the label; the editor
 * with its counter or unit), tables ({@link TableRenderer}) sections too. Built once; {@link #bind} shows the state's current input in the same
 * widgets.
 */
final class FormBody implements FormState.Listener {

	private final FormState state;
	private final RenderContext context;
	private final List<ControlRenderer> renderers = new ArrayList<>();
	private final List<TableRenderer> tables = new ArrayList<>();
	private final Map<Element, Section> sections = new IdentityHashMap<>();
	private final Map<Element, ControlRenderer> byElement = new IdentityHashMap<>();

	FormBody(Composite parent, FormState state, RenderContext context, RendererRegistry registry) {
		this.state = state;
		this.context = context;
		build(parent, state.nodes().get(0), registry, 0);
		state.addListener(this);
	}

	private void build(Composite parent, Node container, RendererRegistry registry, int depth) {
		for (Node node : state.nodes()) {
			if (node.parent() != container) {
				continue;
			}
			Element element = node.element();
			if (element instanceof Group group) {
				Composite client = section(parent, group, depth);
				build(client, node, registry, depth + 1);
			} else if (element instanceof Table) {
				Composite client = section(parent, element, depth);
				TableRenderer table = new TableRenderer(node, context, registry);
				table.create(client, sections.get(element));
				tables.add(table);
			} else {
				ControlInfo info = ControlInfo.of(node, state.choices(node));
				ControlRendererFactory factory = registry.best(info);
				if (factory == null) {
					continue;
				}
				ControlRenderer renderer = factory.create(info);
				renderer.create(parent, context);
				renderers.add(renderer);
				byElement.put(element, renderer);
			}
		}
	}

	/**
	 * A group, or a table, as a section: a bold title, underlined at the first level; folded when the view says so. No
	 * TITLE_BAR: ui.forms paints that bar into a new image at every paint, which made a form's paint cost hundreds of
	 * milliseconds (the benchmark's first figures); a separator line costs nothing.
	 */
	private Composite section(Composite parent, Element element, int depth) {
		boolean collapsible = element instanceof Group group && group.isCollapsible();
		boolean collapsed = collapsible && ((Group) element).isCollapsed();
		int style = Section.NO_TITLE_FOCUS_BOX;
		if (collapsible) {
			style |= Section.TWISTIE;
		}
		if (!collapsed) {
			style |= Section.EXPANDED;
		}
		Section section = context.toolkit().createSection(parent, style);
		section.setText(element.getLabel() == null ? "" : element.getLabel());
		section.setTitleBarForeground(context.toolkit().getColors().getColor(IFormColors.TITLE));
		section.setForeground(context.toolkit().getColors().getColor(IFormColors.TITLE));
		if (depth == 0) {
			Composite separator = context.toolkit().createCompositeSeparator(section);
			GridDataFactory.fillDefaults().hint(SWT.DEFAULT, 2).applyTo(separator);
			section.setSeparatorControl(separator);
		}
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).indent(0, depth == 0 ? 6 : 4).applyTo(section);
		Composite client = context.toolkit().createComposite(section);
		GridLayoutFactory.fillDefaults().numColumns(2).margins(depth == 0 ? 6 : 0, depth == 0 ? 6 : 3).spacing(8, 5).applyTo(client);
		section.setClient(client);
		section.addExpansionListener(new ExpansionAdapter() {
			@Override
			public void expansionStateChanged(ExpansionEvent e) {
				context.relayout();
			}
		});
		context.toolkit().paintBordersFor(client);
		sections.put(element, section);
		return client;
	}

	FormState state() {
		return state;
	}

	/** Shows the state's input (after {@link FormState#setInput}) in the same widgets. */
	void bind() {
		updateState(null);
		for (ControlRenderer renderer : renderers) {
			renderer.bind(state.owner(renderer.node()));
		}
		for (TableRenderer table : tables) {
			table.bind(state.owner(table.node()));
		}
		showIssues(context.issues());
	}

	@Override
	public void modelChanged(Notification notification) {
		if (notification.getFeature() instanceof EReference reference && reference.isContainment()) {
			renderers.forEach(renderer -> renderer.rawValuesChanged(notification));
			// an object was created or removed on a path (the structure of an order): renderers follow their owner
			for (ControlRenderer renderer : renderers) {
				EObject owner = state.owner(renderer.node());
				if (owner != renderer.owner()) {
					renderer.bind(owner);
				}
			}
			for (TableRenderer table : tables) {
				EObject owner = state.owner(table.node());
				if (owner != table.owner()) {
					table.bind(owner);
				}
			}
		}
		for (TableRenderer table : tables) {
			table.modelChanged(notification); // the controls' values follow through their bindings
		}
	}

	@Override
	public void stateChanged(Set<Element> changed) {
		updateState(changed);
		context.layoutChanged();
	}

	/** Shows, hides, enables what changed (null: everything). */
	private void updateState(Set<Element> changed) {
		for (Map.Entry<Element, Section> entry : sections.entrySet()) {
			if ((changed == null || changed.contains(entry.getKey())) && show(entry.getValue(), shown(entry.getKey()))) {
				context.changed(entry.getValue());
			}
		}
		for (ControlRenderer renderer : renderers) {
			if (changed == null || changed.contains(renderer.node().element())) {
				renderer.updateState();
			}
		}
		for (TableRenderer table : tables) {
			if (changed == null || changed.contains(table.node().element())) {
				table.updateState();
			}
		}
	}

	/** Shows or hides a widget and its place in the grid; true when that changed something. */
	static boolean show(Control control, boolean visible) {
		boolean changed = control.getVisible() != visible;
		if (changed) {
			control.setVisible(visible);
		}
		if (control.getLayoutData() instanceof GridData data && data.exclude == visible) {
			data.exclude = !visible;
			changed = true;
		}
		return changed;
	}

	void showIssues(List<Issue> issues) {
		for (ControlRenderer renderer : renderers) {
			renderer.showIssues(issues);
		}
		for (TableRenderer table : tables) {
			table.showIssues(issues);
		}
		for (Map.Entry<Element, Section> entry : sections.entrySet()) {
			if (show(entry.getValue(), shown(entry.getKey()))) {
				context.changed(entry.getValue());
			}
		}
		context.layoutChanged();
	}

	/** A section is shown when its rules say so, or to show a value with an issue that lies in it (see {@link ControlRenderer#isShown}). */
	private boolean shown(Element section) {
		if (state.isVisible(section)) {
			return true;
		}
		for (ControlRenderer renderer : renderers) {
			if (renderer.isShown() && !renderer.node().isVisible() && within(renderer.node(), section)) {
				return true;
			}
		}
		for (TableRenderer table : tables) {
			if (table.isShown() && !table.node().isVisible() && within(table.node(), section)) {
				return true;
			}
		}
		return false;
	}

	private static boolean within(Node node, Element section) {
		for (Node n = node; n != null; n = n.parent()) {
			if (n.element() == section) {
				return true;
			}
		}
		return false;
	}

	/** Shows and focuses the editor of a value (in a table's row form when it is a row's); false when this form has none. */
	boolean reveal(EObject object, EStructuralFeature feature, int index) {
		for (ControlRenderer renderer : renderers) {
			if (renderer.owner() == object && object != null && renderer.feature() == feature && renderer.isShown()) {
				expand(renderer.node());
				context.layoutChanged();
				return renderer.reveal(index);
			}
		}
		for (TableRenderer table : tables) {
			if (table.node().isVisible() && table.contains(object, feature)) {
				expand(table.node());
				context.layoutChanged();
				return table.reveal(object, feature, index);
			}
		}
		return false;
	}

	private void expand(Node node) {
		for (Node n = node.parent(); n != null; n = n.parent()) {
			Section section = sections.get(n.element());
			if (section != null && !section.isExpanded()) {
				section.setExpanded(true);
			}
		}
	}

	void commit() {
		for (ControlRenderer renderer : renderers) {
			renderer.commit();
		}
		for (TableRenderer table : tables) {
			table.commit();
		}
	}

	List<ControlRenderer> renderers() {
		List<ControlRenderer> all = new ArrayList<>(renderers);
		for (TableRenderer table : tables) {
			all.addAll(table.detailRenderers());
		}
		return all;
	}

	List<TableRenderer> tables() {
		List<TableRenderer> all = new ArrayList<>(tables);
		for (TableRenderer table : tables) {
			all.addAll(table.detailTables());
		}
		return all;
	}

	Section section(Element element) {
		return sections.get(element);
	}

	void dispose() {
		state.removeListener(this);
		renderers.forEach(ControlRenderer::dispose);
		tables.forEach(TableRenderer::dispose);
	}
}
