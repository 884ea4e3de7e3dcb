package fr.segurstudio.forms.swt.renderers;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.databinding.UpdateValueStrategy;
import org.eclipse.core.databinding.conversion.IConverter;
import org.eclipse.core.databinding.observable.value.IObservableValue;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.jface.databinding.viewers.typed.ViewerProperties;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.osgi.service.component.annotations.Component;

import fr.segurstudio.forms.swt.ControlInfo;
import fr.segurstudio.forms.swt.ControlRenderer;
import fr.segurstudio.forms.swt.ControlRendererFactory;
import fr.segurstudio.forms.swt.WidgetKeys;
import fr.segurstudio.forms.swt.internal.Decorations;
import fr.segurstudio.forms.swt.internal.Messages;
import fr.segurstudio.model.asp.Characters;
import fr.segurstudio.model.asp.ValueKind;
import fr.segurstudio.model.issue.Issue;

/**
 * A list of values — the FINESS géographiques of a client (numeroFINESSGeos, FINESSGeo), the AM numbers of a
 * radiologist: one row per value, edited in place (double-click or Enter), an entry field to add values (several at
 * once when pasted with spaces, commas or new lines between them), buttons to remove and move them. Each is one
 * command (AddCommand, SetCommand at an index, RemoveCommand, MoveCommand). An issue about one value marks its row.
 * The rows are the list's values bound to the table's input: they follow the model (an edit, its undo).
 */
public class ValueListRenderer extends ControlRenderer {

	/** Lists of values (not of objects: those are tables). */
	@Component(service = ControlRendererFactory.class)
	public static final class Factory extends ControlRendererFactory.Of {
		public Factory() {
			super(info -> info.many() && info.kind() != ValueKind.OBJECT ? 20 : NOT_APPLICABLE, ValueListRenderer::new);
		}
	}

	/** A value with its place: rows of the viewer (the same value may stand twice in a list). */
	private record Item(int index, Object value) {
	}

	private Composite composite;
	private Text entry;
	private Button add;
	private TableViewer viewer;
	private Button remove;
	private Button up;
	private Button down;
	private List<Issue> rowIssues = List.of();

	public ValueListRenderer(ControlInfo info) {
		super(info);
	}

	@Override
	protected int labelAlignment() {
		return SWT.BEGINNING;
	}

	@Override
	protected Control createEditor(Composite parent) {
		var toolkit = context.toolkit();
		composite = toolkit.createComposite(parent);
		GridLayoutFactory.fillDefaults().numColumns(2).margins(1, 1).spacing(6, 3).applyTo(composite);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(composite);

		entry = toolkit.createText(composite, "", SWT.SINGLE);
		entry.setMessage(Messages.valueHint);
		entry.setData(WidgetKeys.KEY, node.key() + ".nouveau");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(entry);
		entry.addListener(SWT.DefaultSelection, e -> addTyped());
		add = button(composite, Messages.add, Messages.addValue, "ajouter");
		add.addListener(SWT.Selection, e -> addTyped());

		viewer = new TableViewer(composite, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
		toolkit.adapt(viewer.getTable(), false, false);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setWidth(200);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return shown(((Item) element).index(), ((Item) element).value());
			}

			@Override
			public Image getImage(Object element) {
				Issue issue = issueAt(((Item) element).index());
				return issue == null ? null : Decorations.image(issue.isError());
			}

			@Override
			public String getToolTipText(Object element) {
				Issue issue = issueAt(((Item) element).index());
				return issue == null ? null : issue.message();
			}
		});
		column.setEditingSupport(new EditingSupport(viewer) {
			@Override
			protected CellEditor getCellEditor(Object element) {
				return new TextCellEditor(viewer.getTable());
			}

			@Override
			protected boolean canEdit(Object element) {
				return node.isEnabled();
			}

			@Override
			protected Object getValue(Object element) {
				return shown(((Item) element).index(), ((Item) element).value());
			}

			@Override
			protected void setValue(Object element, Object value) {
				edit(((Item) element).index(), (String) value);
			}
		});
		ColumnViewerToolTipSupport.enableFor(viewer);
		int height = viewer.getTable().getItemHeight() * 3;
		GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, height).applyTo(viewer.getTable());
		viewer.addSelectionChangedListener(e -> updateButtons());

		Composite buttons = toolkit.createComposite(composite);
		GridLayoutFactory.fillDefaults().spacing(0, 3).applyTo(buttons);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
		remove = button(buttons, Messages.remove, null, "supprimer");
		up = button(buttons, Messages.up, null, "monter");
		down = button(buttons, Messages.down, null, "descendre");
		remove.addListener(SWT.Selection, e -> removeSelected());
		toolkit.paintBordersFor(composite);
		up.addListener(SWT.Selection, e -> move(-1));
		down.addListener(SWT.Selection, e -> move(1));
		return composite;
	}

	private Button button(Composite parent, String text, String tip, String id) {
		return context.button(parent, text, tip, node.key() + "." + id);
	}

	private List<?> values() {
		Object value = value();
		return value instanceof List<?> list ? list : List.of();
	}

	private String commandLabel(String pattern) {
		return NLS.bind(pattern, node.element().getLabel());
	}

	private Object parse(String typed) {
		return info.kind().parse(typed.trim(), (EAttribute) node.feature());
	}

	/** Adds what the entry field holds: one value, or several separated by spaces, commas, semicolons or new lines. */
	private void addTyped() {
		List<Object> values = new ArrayList<>();
		for (String part : entry.getText().split("[\\s,;]+")) {
			if (part.isEmpty()) {
				continue;
			}
			try {
				values.add(parse(part));
			} catch (IllegalArgumentException e) {
				setInputError(e.getMessage());
				return;
			}
		}
		setInputError(null);
		if (values.isEmpty()) {
			return;
		}
		context.execute(context.commands().add(context.state(), node, commandLabel(Messages.commandAdd), values, -1));
		entry.setText("");
		entry.setFocus();
	}

	private void edit(int index, String typed) {
		if (typed == null) {
			return;
		}
		if (Characters.isBlank(typed)) {
			context.execute(context.commands().remove(context.state(), node, commandLabel(Messages.commandRemove), List.of(values().get(index))));
			return;
		}
		try {
			Object value = parse(typed);
			setInputError(null);
			if (!value.equals(values().get(index)) || raw(index) != null) {
				context.execute(context.commands().setAt(context.state(), node, commandLabel(Messages.commandSet), index, value));
			}
		} catch (IllegalArgumentException e) {
			setInputError(e.getMessage());
		}
	}

	private List<Item> selection() {
		List<Item> items = new ArrayList<>();
		for (Object o : viewer.getStructuredSelection().toList()) {
			items.add((Item) o);
		}
		return items;
	}

	private void removeSelected() {
		List<Item> chosen = selection();
		if (chosen.isEmpty()) {
			return;
		}
		// RemoveCommand removes by value; the values at these places, repeated values included
		List<Object> removed = new ArrayList<>();
		chosen.forEach(item -> removed.add(item.value()));
		context.execute(context.commands().remove(context.state(), node, commandLabel(Messages.commandRemove), removed));
	}

	private void move(int delta) {
		List<Item> chosen = selection();
		if (chosen.size() != 1) {
			return;
		}
		Item item = chosen.get(0);
		int target = item.index() + delta;
		context.execute(context.commands().move(context.state(), node, commandLabel(Messages.commandMove), item.value(), target));
		Object[] items = (Object[]) viewer.getInput();
		if (target >= 0 && target < items.length) {
			viewer.setSelection(new StructuredSelection(items[target]));
		}
	}

	@Override
	protected void bindEditor() {
		bind(ViewerProperties.<TableViewer, Object>input().observe(viewer), UpdateValueStrategy.never(), new UpdateValueStrategy<Object, Object>() {
			{
				setConverter(IConverter.create(Object.class, Object.class, ValueListRenderer::items));
			}

			@Override
			protected IStatus doSet(IObservableValue<? super Object> target, Object rows) {
				IStatus status = super.doSet(target, rows);
				updateButtons();
				return status;
			}
		});
	}

	/** The rows of a list's values: each with its place (the same value may stand twice in a list). */
	private static Object[] items(Object list) {
		List<?> values = list instanceof List<?> l ? l : List.of();
		Object[] items = new Object[values.size()];
		for (int i = 0; i < items.length; i++) {
			items[i] = new Item(i, values.get(i));
		}
		return items;
	}

	private void updateButtons() {
		boolean editable = node.isEnabled();
		List<Item> chosen = selection();
		int size = values().size();
		entry.setEditable(editable);
		add.setEnabled(editable);
		remove.setEnabled(editable && !chosen.isEmpty());
		up.setEnabled(editable && chosen.size() == 1 && chosen.get(0).index() > 0);
		down.setEnabled(editable && chosen.size() == 1 && chosen.get(0).index() < size - 1);
	}

	@Override
	protected void setEditable(boolean editable) {
		updateButtons();
	}

	@Override
	protected Control tagged() {
		return viewer.getTable();
	}

	@Override
	protected boolean showsIndexedIssues() {
		return true;
	}

	@Override
	protected void issuesChanged(List<Issue> mine) {
		rowIssues = mine.stream().filter(i -> i.index() >= 0).toList();
		viewer.refresh(true);
	}

	private Issue issueAt(int index) {
		return rowIssues.stream().filter(i -> i.index() == index).findFirst().orElse(null);
	}

	@Override
	public boolean reveal(int index) {
		Object[] items = (Object[]) viewer.getInput();
		if (index >= 0 && items != null && index < items.length) {
			viewer.setSelection(new StructuredSelection(items[index]), true);
			return viewer.getTable().setFocus();
		}
		return entry.setFocus();
	}

	/** The values shown (for tests). */
	public List<String> shown() {
		List<String> shown = new ArrayList<>();
		for (Object item : (Object[]) viewer.getInput()) {
			shown.add(shown(((Item) item).index(), ((Item) item).value()));
		}
		return shown;
	}

	/** The entry field and the table (for tests). */
	public Text entry() {
		return entry;
	}

	public TableViewer viewer() {
		return viewer;
	}
}
