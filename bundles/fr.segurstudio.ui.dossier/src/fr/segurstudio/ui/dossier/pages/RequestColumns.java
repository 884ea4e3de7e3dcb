package fr.segurstudio.ui.dossier.pages;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.ScrollBar;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;

import fr.segurstudio.ui.dossier.pages.RequestRows.Column;

/**
 * The columns of the requests table: which are shown, their widths and their order, chosen by the user (the header's
 * context menu, or *Colonnes…*) and remembered per couloir ({@link PageSettings}). SWT has no hidden column: a
 * hidden one is 0 pixels wide and cannot be resized, its width kept to show it again. Until the user sets any width,
 * the columns share the table's width in the proportions of their defaults, so that every column is in sight in the
 * pane the sash gives (at 1280×800 the pane is narrower than the titles: they are cut short rather than hidden).
 */
final class RequestColumns {

	/** A fitted column's least width: a few characters of its value, its title cut short. */
	private static final int MINIMUM_WIDTH = 40;

	private final Table table;
	private final Map<Column, TableColumn> columns = new EnumMap<>(Column.class);
	private final Map<Column, Integer> defaults = new EnumMap<>(Column.class);
	/** The width a hidden column has when shown again. */
	private final Map<Column, Integer> widths = new EnumMap<>(Column.class);
	private final Map<Column, Boolean> shown = new EnumMap<>(Column.class);
	private final Menu headerMenu;
	/** A width was set by the user (a column's border dragged) or remembered: the columns no longer fit the table. */
	private boolean userWidths;
	/** The width each column was last given here: GTK tells a column's new width late, after the call that set it. */
	private final Map<Column, Integer> assigned = new EnumMap<>(Column.class);

	RequestColumns(Table table) {
		this.table = table;
		MenuManager manager = new MenuManager();
		manager.setRemoveAllWhenShown(true);
		manager.addMenuListener(menu -> {
			for (Column id : columns.keySet()) {
				menu.add(toggle(id));
			}
		});
		headerMenu = manager.createContextMenu(table);
		table.addListener(SWT.Dispose, e -> manager.dispose());
		table.addListener(SWT.Resize, e -> fit());
	}

	/** A column of the table, {@code width} pixels wide by default. */
	void add(Column id, TableColumn column, int width) {
		columns.put(id, column);
		defaults.put(id, width);
		widths.put(id, width);
		shown.put(id, true);
		setWidth(id, width);
		column.addListener(SWT.Resize, e -> {
			// GTK stretches the last column over the rest of the table: its width is not the user's doing
			if (isVisible(id) && column.getWidth() > 0 && !isLast(id)) {
				widths.put(id, column.getWidth());
				userWidths |= Math.abs(column.getWidth() - assigned.getOrDefault(id, -1)) > 1;
			}
		});
	}

	List<Column> ids() {
		return List.copyOf(columns.keySet());
	}

	String title(Column id) {
		return columns.get(id).getText();
	}

	TableColumn column(Column id) {
		return columns.get(id);
	}

	boolean isVisible(Column id) {
		return shown.getOrDefault(id, false);
	}

	/** The columns shown, in the table's order. */
	List<Column> visible() {
		List<Column> visible = new ArrayList<>();
		for (int index : table.getColumnOrder()) {
			Column id = Column.values()[index];
			if (isVisible(id)) {
				visible.add(id);
			}
		}
		return visible;
	}

	private boolean isLast(Column id) {
		List<Column> visible = visible();
		return !visible.isEmpty() && visible.get(visible.size() - 1) == id;
	}

	/** Shows or hides a column; the last one shown stays. */
	void setVisible(Column id, boolean visible) {
		if (isVisible(id) == visible || (!visible && visible().size() <= 1)) {
			return;
		}
		TableColumn column = columns.get(id);
		shown.put(id, visible);
		column.setResizable(visible);
		setWidth(id, visible ? widths.get(id) : 0);
		if (visible) {
			table.showColumn(column);
		}
	}

	/** Shows exactly these columns (at least one). */
	void show(List<Column> visible) {
		if (visible.isEmpty()) {
			return;
		}
		for (Column id : visible) {
			setVisible(id, true);
		}
		for (Column id : columns.keySet()) {
			if (!visible.contains(id)) {
				setVisible(id, false);
			}
		}
	}

	private IAction toggle(Column id) {
		IAction action = new Action(title(id), IAction.AS_CHECK_BOX) {
			@Override
			public void run() {
				setVisible(id, isChecked());
			}
		};
		action.setChecked(isVisible(id));
		action.setEnabled(!isVisible(id) || visible().size() > 1);
		return action;
	}

	/**
	 * The header's own context menu (the columns, checked when shown) where the click was on the header, else the
	 * rows' menu: the table has one menu at a time, chosen as the menu is asked for.
	 */
	void menus(Menu rowsMenu) {
		table.setMenu(rowsMenu);
		table.addListener(SWT.MenuDetect, e -> table.setMenu(isHeader(e) ? headerMenu : rowsMenu));
	}

	/** The header's menu (tests). */
	Menu headerMenu() {
		return headerMenu;
	}

	/** Whether a menu asked for at this event's place of the screen is the header's. */
	private boolean isHeader(Event event) {
		if (event.detail != SWT.MENU_MOUSE || !table.getHeaderVisible()) {
			return false;
		}
		// from the widget's bounds in its parent: on GTK the table's own coordinates start below the header
		Point at = table.getDisplay().map(null, table.getParent(), event.x, event.y);
		Rectangle bounds = table.getBounds();
		int top = bounds.y + table.getBorderWidth();
		return at.y >= top && at.y < top + table.getHeaderHeight();
	}

	private void setWidth(Column id, int width) {
		assigned.put(id, width);
		if (width > 0) {
			widths.put(id, width);
		}
		columns.get(id).setWidth(width);
	}

	/**
	 * Until the user sets a width (or one is remembered): the columns shown share the table's width in proportion of
	 * their defaults.
	 */
	void fit() {
		int available = table.getClientArea().width;
		ScrollBar bar = table.getVerticalBar();
		if (bar != null && !bar.isVisible()) {
			available -= bar.getSize().x; // the rows to come may bring it, and it takes its width from the columns'
		}
		if (userWidths || available <= 0) {
			return;
		}
		int total = 0;
		for (Column id : visible()) {
			total += defaults.get(id);
		}
		if (total == 0) {
			return;
		}
		for (Column id : visible()) {
			int width = total <= available ? defaults.get(id) : Math.max(MINIMUM_WIDTH, defaults.get(id) * available / total);
			setWidth(id, width);
		}
	}

	/** Widths, order and the columns shown, as remembered for this couloir (ignored unless whole and sound). */
	void restore(PageSettings settings) {
		int n = columns.size();
		int[] saved = settings.getInts(PageSettings.WIDTHS, n);
		if (saved != null) {
			userWidths = true;
			for (Column id : columns.keySet()) {
				int width = saved[id.ordinal()];
				if (width > 0) {
					widths.put(id, width);
					setWidth(id, width);
				}
			}
		}
		int[] order = settings.getInts(PageSettings.ORDER, n);
		if (order != null && isPermutation(order)) {
			table.setColumnOrder(order);
		}
		List<Column> visible = new ArrayList<>(columns.keySet());
		for (String name : settings.getArray(PageSettings.HIDDEN)) {
			for (Column id : Column.values()) {
				if (id.name().equals(name)) {
					visible.remove(id);
				}
			}
		}
		show(visible);
	}

	/** What the user chose; widths only when the user set one (else they fit the table next time too). */
	void save(PageSettings settings) {
		int[] saved = new int[userWidths ? columns.size() : 0];
		for (int i = 0; i < saved.length; i++) {
			saved[i] = widths.get(Column.values()[i]);
		}
		settings.put(PageSettings.WIDTHS, saved);
		settings.put(PageSettings.ORDER, table.getColumnOrder());
		settings.put(PageSettings.HIDDEN, columns.keySet().stream().filter(id -> !isVisible(id)).map(Column::name).toArray(String[]::new));
	}

	private static boolean isPermutation(int[] order) {
		boolean[] seen = new boolean[order.length];
		for (int index : order) {
			if (index >= order.length || seen[index]) {
				return false;
			}
			seen[index] = true;
		}
		return true;
	}
}
