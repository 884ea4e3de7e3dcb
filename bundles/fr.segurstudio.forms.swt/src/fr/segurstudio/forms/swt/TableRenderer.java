package fr.segurstudio.forms.swt;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.Section;

import fr.segurstudio.forms.DefaultViews;
import fr.segurstudio.forms.FormChange;
import fr.segurstudio.forms.FormState;
import fr.segurstudio.forms.FormState.Node;
import fr.segurstudio.forms.swt.internal.Decorations;
import fr.segurstudio.forms.swt.internal.Messages;
import fr.segurstudio.forms.view.Control;
import fr.segurstudio.forms.view.Table;
import fr.segurstudio.model.asp.AspClassMapping;
import fr.segurstudio.model.asp.AspFeatureMapping;
import fr.segurstudio.model.asp.AspPaths;
import fr.segurstudio.model.asp.ValueKind;
import fr.segurstudio.model.issue.Issue;

/**
 * A contained list of objects (EtablissementsClients, liberal, radLiberauxClients, piecesJustificatives): its rows
 * with the view's columns, buttons to add, remove and move them (one command each), and under it the selected
 * row's own form (master/detail), built once and rebound to each selected row.
 */
final class TableRenderer {

	private static final int VISIBLE_ROWS = 4;

	private final Node node;
	private final Table table;
	private final RenderContext context;
	private final RendererRegistry registry;
	private final FormState detailState;
	private Section title;
	private Composite body;
	private TableViewer viewer;
	private Button add;
	private Button remove;
	private Button up;
	private Button down;
	private Composite detailComposite;
	private Label noRow;
	private FormBody detail;
	private ControlDecoration decoration;
	private EObject owner;
	private List<Issue> issues = List.of();
	private boolean widened;
	private String shownTitle;

	TableRenderer(Node node, RenderContext context, RendererRegistry registry) {
		this.node = node;
		this.table = (Table) node.element();
		this.context = context;
		this.registry = registry;
		this.detailState = context.state().newDetail(table);
	}

	/** Creates the widgets in {@code parent} (two columns), the client of the table's {@code section}. */
	void create(Composite parent, Section section) {
		var toolkit = context.toolkit();
		title = section;
		title.setToolTipText("JSON : " + node.key());
		body = toolkit.createComposite(parent);
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(6, 4).applyTo(body);
		int indent = FieldDecorationRegistry.getDefault().getMaximumDecorationWidth();
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).indent(indent, 0).applyTo(body);

		viewer = new TableViewer(body, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
		org.eclipse.swt.widgets.Table widget = viewer.getTable();
		toolkit.adapt(widget, false, false);
		widget.setHeaderVisible(true);
		widget.setLinesVisible(true);
		widget.setData(WidgetKeys.KEY, node.key());
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		EClass elementClass = table.getDetail().getRootEClass();
		boolean first = true;
		for (String column : table.getColumns()) {
			addColumn(elementClass.getEStructuralFeature(column), first);
			first = false;
		}
		int height = widget.getHeaderHeight() + widget.getItemHeight() * VISIBLE_ROWS;
		GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, height).applyTo(widget);
		viewer.addSelectionChangedListener(e -> selectionChanged());
		ColumnViewerToolTipSupport.enableFor(viewer);

		Composite buttons = toolkit.createComposite(body);
		GridLayoutFactory.fillDefaults().spacing(0, 3).applyTo(buttons);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
		add = button(buttons, Messages.add, Messages.addRow, "ajouter");
		remove = button(buttons, Messages.remove, Messages.removeRow, "supprimer");
		up = button(buttons, Messages.up, null, "monter");
		down = button(buttons, Messages.down, null, "descendre");
		add.addListener(SWT.Selection, e -> addRow());
		remove.addListener(SWT.Selection, e -> removeRows());
		up.addListener(SWT.Selection, e -> move(-1));
		down.addListener(SWT.Selection, e -> move(1));

		decoration = new ControlDecoration(widget, SWT.LEFT | SWT.TOP);
		decoration.hide();

		// the selected row's form, framed and under its table
		detailComposite = toolkit.createComposite(parent, SWT.BORDER);
		GridLayoutFactory.fillDefaults().numColumns(2).margins(8, 6).spacing(8, 5).applyTo(detailComposite);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).indent(indent, 0).applyTo(detailComposite);
		toolkit.paintBordersFor(detailComposite);
		noRow = toolkit.createLabel(detailComposite, Messages.noRow);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(noRow);
		detail = new FormBody(detailComposite, detailState, context.detail(detailState), registry);
	}

	private Button button(Composite parent, String text, String tip, String id) {
		return context.button(parent, text, tip, node.key() + "." + id);
	}

	private void addColumn(EStructuralFeature feature, boolean first) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		String title = columnTitle(feature);
		column.getColumn().setText(title);
		GC gc = new GC(viewer.getTable());
		try {
			column.getColumn().setWidth(Math.max(gc.textExtent(title).x + 40, first ? 110 : 90));
		} finally {
			gc.dispose();
		}
		AspFeatureMapping mapping = AspClassMapping.of(feature.getEContainingClass()).byFeature(feature);
		ValueKind kind = mapping != null ? mapping.kind() : ValueKind.of(feature);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				Object value = ((EObject) element).eGet(feature);
				if (value instanceof List<?> list) {
					return String.join(", ", list.stream().map(kind::format).toList());
				}
				return value == null ? "" : kind.format(value);
			}

			@Override
			public Image getImage(Object element) {
				return first ? rowImage((EObject) element) : null;
			}

			@Override
			public String getToolTipText(Object element) {
				return first ? rowTip((EObject) element) : null;
			}
		});
	}

	/** The title of a column: the label the row form gives the feature, else its humanised key. */
	private String columnTitle(EStructuralFeature feature) {
		for (var it = table.getDetail().eAllContents(); it.hasNext();) {
			if (it.next() instanceof Control control && feature.getName().equals(control.getPath()) && control.getLabel() != null) {
				return control.getLabel();
			}
		}
		AspFeatureMapping mapping = AspClassMapping.of(feature.getEContainingClass()).byFeature(feature);
		return DefaultViews.label(mapping != null ? mapping.key() : feature.getName());
	}

	Node node() {
		return node;
	}

	EObject owner() {
		return owner;
	}

	@SuppressWarnings("unchecked")
	private List<EObject> rows() {
		return owner == null ? List.of() : (List<EObject>) owner.eGet(node.feature());
	}

	/** Shows the rows of another object (or none), the first one selected. */
	void bind(EObject newOwner) {
		detail.commit();
		owner = newOwner;
		viewer.getTable().setData(WidgetKeys.PATH, owner == null ? node.key() : AspPaths.of(owner, node.feature(), -1));
		viewer.setInput(rows());
		List<EObject> rows = rows();
		if (!widened && !rows.isEmpty()) {
			widen(); // once: packing the columns at every request shown would cost more than the rest of a switch
			widened = true;
		}
		select(rows.isEmpty() ? null : rows.get(0));
		decorate();
	}

	/** Columns as wide as their title (bold) and their longest value. */
	private void widen() {
		for (var column : viewer.getTable().getColumns()) {
			int width = column.getWidth();
			column.pack();
			if (column.getWidth() < width) {
				column.setWidth(width);
			}
		}
	}

	private void select(EObject row) {
		viewer.setSelection(row == null ? StructuredSelection.EMPTY : new StructuredSelection(row), true);
		selectionChanged();
	}

	private EObject selected() {
		IStructuredSelection selection = viewer.getStructuredSelection();
		return selection.size() == 1 ? (EObject) selection.getFirstElement() : null;
	}

	private void selectionChanged() {
		EObject row = selected();
		if (row != detailState.input()) {
			detail.commit();
			detailState.setInput(row);
			detail.bind();
			if (FormBody.show(noRow, row == null)) {
				context.changed(noRow);
				context.layoutChanged();
			}
		}
		updateButtons();
	}

	private void updateButtons() {
		boolean editable = node.isEnabled() && owner != null;
		List<EObject> rows = rows();
		IStructuredSelection selection = viewer.getStructuredSelection();
		EObject row = selected();
		int index = row == null ? -1 : rows.indexOf(row);
		add.setEnabled(node.isEnabled());
		remove.setEnabled(editable && !selection.isEmpty());
		up.setEnabled(editable && index > 0);
		down.setEnabled(editable && index >= 0 && index < rows.size() - 1);
	}

	private String label(String pattern) {
		return NLS.bind(pattern, table.getLabel());
	}

	private void addRow() {
		EObject row = context.commands().newElement(node);
		context.execute(context.commands().add(context.state(), node, label(Messages.commandAdd), List.of(row), -1));
		select(row);
	}

	private void removeRows() {
		List<?> chosen = viewer.getStructuredSelection().toList();
		int index = chosen.isEmpty() ? -1 : rows().indexOf(chosen.get(0));
		context.execute(context.commands().remove(context.state(), node, label(Messages.commandRemove), new ArrayList<>(chosen)));
		List<EObject> rows = rows();
		select(rows.isEmpty() ? null : rows.get(Math.min(Math.max(index, 0), rows.size() - 1)));
	}

	private void move(int delta) {
		EObject row = selected();
		int index = rows().indexOf(row);
		FormChange change = context.commands().move(context.state(), node, label(Messages.commandMove), row, index + delta);
		context.execute(change);
		select(row);
	}

	void modelChanged(Notification notification) {
		if (owner == null) {
			return;
		}
		if (notification.getNotifier() == owner && notification.getFeature() == node.feature()) {
			viewer.refresh();
			selectionChanged();
			return;
		}
		EObject row = rowOf(notification.getNotifier());
		if (row != null) {
			viewer.update(row, null);
		}
	}

	/** The row (an element of the list) that holds this object, or null. */
	private EObject rowOf(Object object) {
		for (EObject o = object instanceof EObject e ? e : null; o != null; o = o.eContainer()) {
			if (o.eContainer() == owner && o.eContainingFeature() == node.feature()) {
				return o;
			}
		}
		return null;
	}

	void updateState() {
		String text = table.getLabel() + (node.isRequired() ? Messages.required : "");
		if (!text.equals(shownTitle)) {
			title.setText(text);
			shownTitle = text;
			context.changed(title);
		}
		updateButtons();
		decorate();
	}

	void showIssues(List<Issue> all) {
		if (all == issues) {
			return; // the same issues (a new row shown: its form takes them on bind)
		}
		issues = all;
		viewer.refresh(true);
		decorate();
		detail.showIssues(all);
	}

	private Image rowImage(EObject row) {
		boolean warning = false;
		for (Issue issue : issues) {
			if (within(issue.target(), row)) {
				if (issue.isError()) {
					return Decorations.image(true);
				}
				warning = true;
			}
		}
		return warning ? Decorations.image(false) : null;
	}

	private String rowTip(EObject row) {
		List<String> messages = issues.stream().filter(i -> within(i.target(), row)).map(Issue::message).toList();
		return messages.isEmpty() ? null : String.join("\n", messages);
	}

	private static boolean within(EObject object, EObject row) {
		for (EObject o = object; o != null; o = o.eContainer()) {
			if (o == row) {
				return true;
			}
		}
		return false;
	}

	/** The table's own issues (the list as a whole: empty, one too many), and a word about its rows'. */
	private void decorate() {
		List<String> messages = new ArrayList<>();
		boolean error = false;
		int inRows = 0;
		for (Issue issue : issues) {
			if (owner != null && issue.target() == owner && issue.feature() == node.feature()) {
				messages.add(issue.message());
				error |= issue.isError();
			} else if (rowOf(issue.target()) != null) {
				inRows++;
				error |= issue.isError();
			}
		}
		if (inRows > 0) {
			messages.add(NLS.bind(Messages.rowProblems, inRows));
		}
		Decorations.show(decoration, messages, error, isShown());
	}

	/** Shown when the rules say so, and while an issue is about the list itself (doctors kept under a STRUCTURE order). */
	boolean isShown() {
		return node.isVisible() || owner != null && issues.stream().anyMatch(i -> i.target() == owner && i.feature() == node.feature());
	}

	boolean isDecorated() {
		return decoration.isVisible();
	}

	/** True when the value is the table's list, or lies in one of its rows. */
	boolean contains(EObject object, EStructuralFeature feature) {
		return owner != null && (object == owner && feature == node.feature() || rowOf(object) != null);
	}

	boolean reveal(EObject object, EStructuralFeature feature, int index) {
		if (object == owner && feature == node.feature()) {
			if (index >= 0 && index < rows().size()) {
				select(rows().get(index));
			}
			return viewer.getTable().setFocus();
		}
		EObject row = rowOf(object);
		select(row);
		if (object == row && feature == null) {
			return viewer.getTable().setFocus();
		}
		return detail.reveal(object, feature, index);
	}

	TableViewer viewer() {
		return viewer;
	}

	void commit() {
		detail.commit();
	}

	List<ControlRenderer> detailRenderers() {
		return detail.renderers();
	}

	List<TableRenderer> detailTables() {
		return detail.tables();
	}

	void dispose() {
		detail.dispose();
		decoration.dispose();
		context.state().removeDetail(detailState);
	}
}
