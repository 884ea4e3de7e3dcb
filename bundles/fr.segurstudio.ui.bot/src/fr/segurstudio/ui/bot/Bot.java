package fr.segurstudio.ui.bot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.NotEnabledException;
import org.eclipse.core.commands.NotHandledException;
import org.eclipse.core.commands.common.NotDefinedException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Item;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.swt.widgets.Widget;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.keys.IBindingService;

import fr.segurstudio.forms.swt.WidgetKeys;

/**
 * A small robot for UI tests on the real workbench (SWTBot is not on Maven Central): it finds widgets by
 * their data key {@link WidgetKeys#KEY} (the JSON key the form renderers tag their controls with), by text or
 * tooltip; types, clicks, selects; posts real key events ({@link Display#post}, through XTEST under Xvfb);
 * runs workbench commands; waits for conditions; and drives modal dialogs from a timer that runs inside
 * their event loop. Every method runs on the UI thread (Tycho's {@code useUIThread}).
 */
public final class Bot {

	public static final long TIMEOUT_MS = 20_000;

	private final Display display;

	public Bot() {
		display = Display.getCurrent();
		if (display == null) {
			throw new IllegalStateException("the bot runs on the SWT UI thread");
		}
	}

	public Display display() {
		return display;
	}

	// waiting

	/** Processes events until the condition gives a value (not null, not false); fails after {@link #TIMEOUT_MS}. */
	public <T> T waitFor(String what, Supplier<T> condition) {
		return waitFor(what, TIMEOUT_MS, condition);
	}

	public <T> T waitFor(String what, long timeoutMs, Supplier<T> condition) {
		return waitFor(what, timeoutMs, 50, condition);
	}

	/** With the condition asked every {@code pollMs} of events (a benchmark's few milliseconds, not a test's 50). */
	public <T> T waitFor(String what, long timeoutMs, long pollMs, Supplier<T> condition) {
		long end = System.currentTimeMillis() + timeoutMs;
		while (true) {
			T value = condition.get();
			if (value != null && !Boolean.FALSE.equals(value)) {
				return value;
			}
			if (System.currentTimeMillis() > end) {
				throw new AssertionError("waited " + timeoutMs + " ms for " + what);
			}
			pump(pollMs);
		}
	}

	/** Processes events for a while (layouts, async runnables, decorations...). */
	public void pump(long ms) {
		long end = System.currentTimeMillis() + ms;
		while (System.currentTimeMillis() < end) {
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> {
					// wakes sleep() up
				});
				display.sleep();
			}
		}
		while (display.readAndDispatch()) {
			// what is left
		}
	}

	// finding

	/** The visible shell of this title, waiting for it. */
	public Shell shell(String title) {
		return waitFor("shell « " + title + " »", () -> shellNow(title));
	}

	private Shell shellNow(String title) {
		return Arrays.stream(display.getShells()).filter(s -> !s.isDisposed() && s.isVisible() && title.equals(s.getText())).findFirst()
				.orElse(null);
	}

	/** The workbench window's shell. */
	public Shell mainShell() {
		return waitFor("the workbench window", () -> PlatformUI.getWorkbench().getActiveWorkbenchWindow() == null ? null
				: PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell());
	}

	/** The first widget of this type under root that matches, waiting for it. */
	public <T extends Widget> T find(Composite root, Class<T> type, Predicate<? super T> matcher, String what) {
		return waitFor(what, () -> findAll(root, type, matcher).stream().findFirst().orElse(null));
	}

	/** Every control of this type under root (root included) that matches, now. */
	public static <T extends Widget> List<T> findAll(Control root, Class<T> type, Predicate<? super T> matcher) {
		List<T> found = new ArrayList<>();
		collect(root, type, matcher, found);
		return found;
	}

	private static <T extends Widget> void collect(Control control, Class<T> type, Predicate<? super T> matcher, List<T> found) {
		if (control.isDisposed()) {
			return;
		}
		if (type.isInstance(control) && matcher.test(type.cast(control))) {
			found.add(type.cast(control));
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collect(child, type, matcher, found);
			}
		}
	}

	/** The control tagged with this key ({@code widget.setData(WidgetKeys.KEY, key)}). */
	public Control byKey(Composite root, String key) {
		return find(root, Control.class, withKey(key), "control of key « " + key + " »");
	}

	/** The button of this label (mnemonic and trailing dots ignored). */
	public Button button(Composite root, String label) {
		return find(root, Button.class, withText(label), "button « " + label + " »");
	}

	/** The text field that follows the label of this text. */
	public Text textAfterLabel(Composite root, String label) {
		Label found = find(root, Label.class, withText(label), "label « " + label + " »");
		Control[] siblings = found.getParent().getChildren();
		for (int i = Arrays.asList(siblings).indexOf(found) + 1; i < siblings.length; i++) {
			if (siblings[i] instanceof Text text) {
				return text;
			}
		}
		throw new AssertionError("no text field after the label « " + label + " »");
	}

	public static Predicate<Widget> withKey(String key) {
		return w -> key.equals(w.getData(WidgetKeys.KEY));
	}

	public static Predicate<Widget> withText(String text) {
		return w -> text.equals(plain(textOf(w)));
	}

	public static Predicate<Widget> withTooltip(String tooltip) {
		return w -> w instanceof Control c && tooltip.equals(c.getToolTipText());
	}

	/** A label as shown: without its mnemonic ampersand, its accelerator (after a tab). */
	public static String plain(String text) {
		if (text == null) {
			return null;
		}
		int tab = text.indexOf('\t');
		return (tab >= 0 ? text.substring(0, tab) : text).replace("&&", "\u0000").replace("&", "").replace("\u0000", "&");
	}

	private static String textOf(Widget w) {
		return switch (w) {
			case Button b -> b.getText();
			case Label l -> l.getText();
			case Text t -> t.getText();
			case Item i -> i.getText();
			case Shell s -> s.getText();
			default -> null;
		};
	}

	// acting

	/** A push, check or radio button pressed as a click does (selection changed, then the event). */
	public void click(Button button) {
		if ((button.getStyle() & (SWT.CHECK | SWT.TOGGLE)) != 0) {
			button.setSelection(!button.getSelection());
		} else if ((button.getStyle() & SWT.RADIO) != 0) {
			button.setSelection(true);
		}
		button.notifyListeners(SWT.Selection, new Event());
		pump(0);
	}

	/** Replaces a field's text as typing does (focus, modify events, focus out). */
	public void type(Text text, String value) {
		text.setFocus();
		text.setText(value);
		text.notifyListeners(SWT.DefaultSelection, new Event());
		pump(0);
	}

	public void select(Combo combo, String item) {
		int index = Arrays.asList(combo.getItems()).indexOf(item);
		if (index < 0) {
			throw new AssertionError("« " + item + " » not in " + Arrays.toString(combo.getItems()));
		}
		combo.select(index);
		combo.notifyListeners(SWT.Selection, new Event());
		pump(0);
	}

	/** The row whose first column reads this text, selected as a click does. */
	public TableItem select(Table table, String firstColumn) {
		TableItem item = waitFor("row « " + firstColumn + " »",
				() -> Arrays.stream(table.getItems()).filter(i -> firstColumn.equals(i.getText())).findFirst().orElse(null));
		table.setSelection(item);
		Event event = new Event();
		event.item = item;
		table.notifyListeners(SWT.Selection, event);
		pump(0);
		return item;
	}

	/** The rows whose first column reads these texts, selected together as a click and Ctrl+clicks do. */
	public List<TableItem> select(Table table, String first, String... more) {
		List<String> texts = new ArrayList<>(List.of(first));
		texts.addAll(List.of(more));
		List<TableItem> items = new ArrayList<>();
		for (String text : texts) {
			items.add(waitFor("row « " + text + " »", () -> Arrays.stream(table.getItems()).filter(i -> text.equals(i.getText())).findFirst().orElse(null)));
		}
		table.setSelection(items.toArray(TableItem[]::new));
		Event event = new Event();
		event.item = items.get(items.size() - 1);
		table.notifyListeners(SWT.Selection, event);
		pump(0);
		return items;
	}

	/** The row of a check list whose first column says this, checked, as a click on its box does. */
	public void check(Table table, String text) {
		TableItem item = Arrays.stream(table.getItems()).filter(i -> text.equals(i.getText(0))).findFirst()
				.orElseThrow(() -> new AssertionError(text + " not offered"));
		item.setChecked(true);
		Event event = new Event();
		event.item = item;
		event.detail = SWT.CHECK;
		table.notifyListeners(SWT.Selection, event);
		pump(0);
	}

	/**
	 * A real click of the mouse on a column's header (posted to the OS, as {@link #keys} posts keys): what a user
	 * does to sort a table; the table is scrolled to the column first.
	 */
	public void click(TableColumn column) {
		Table table = column.getParent();
		table.showColumn(column); // as a user scrolls to it first
		// GTK scrolls when it gets to it: the header's place is known once the column is in the table's visible part
		Point at = waitFor("column « " + column.getText() + " » on screen", () -> {
			int x = table.getHorizontalBar() == null ? 0 : -table.getHorizontalBar().getSelection();
			for (int index : table.getColumnOrder()) {
				TableColumn shown = table.getColumn(index);
				if (shown == column) {
					break;
				}
				x += shown.getWidth();
			}
			int inside = x + Math.min(column.getWidth() / 2, 30);
			if (inside < 0 || inside >= table.getClientArea().width) {
				return null;
			}
			// from the widget's own bounds: on GTK the table's coordinates start below its header, at the first row
			Rectangle bounds = display.map(table.getParent(), null, table.getBounds());
			int border = table.getBorderWidth();
			return new Point(bounds.x + border + inside, bounds.y + border + Math.max(1, table.getHeaderHeight() / 2));
		});
		mouse(SWT.MouseMove, at, 0);
		mouse(SWT.MouseDown, at, 1);
		mouse(SWT.MouseUp, at, 1);
		pump(200);
	}

	private void mouse(int type, Point at, int button) {
		Event event = new Event();
		event.type = type;
		event.x = at.x;
		event.y = at.y;
		event.button = button;
		if (!display.post(event)) {
			throw new AssertionError("Display.post refused a mouse event (no XTEST?)");
		}
		pump(20);
	}

	/**
	 * The tree item reached by expanding items whose text starts with each label in turn; selected. An item
	 * whose children are not there yet (read in the background) is expanded again until they come.
	 */
	public TreeItem select(Tree tree, String... path) {
		TreeItem item = null;
		for (String label : path) {
			TreeItem parent = item;
			item = waitFor("tree item « " + label + " »", () -> {
				if (parent != null && !parent.getExpanded()) {
					expand(parent);
				}
				TreeItem[] level = parent == null ? tree.getItems() : parent.getItems();
				return Arrays.stream(level).filter(i -> !i.isDisposed() && i.getText().startsWith(label)).findFirst().orElse(null);
			});
			expand(item);
		}
		tree.setSelection(Objects.requireNonNull(item));
		Event event = new Event();
		event.item = item;
		tree.notifyListeners(SWT.Selection, event);
		pump(0);
		return item;
	}

	/** Expands a tree item as a click on its arrow does (the viewer creates the children on the event). */
	public void expand(TreeItem item) {
		if (!item.getExpanded()) {
			Event event = new Event();
			event.item = item;
			item.getParent().notifyListeners(SWT.Expand, event);
			item.setExpanded(true);
			pump(100);
		}
	}

	private static final String CONTROL_KEYS = new String(new char[] { SWT.BS, SWT.TAB, SWT.CR, SWT.LF, SWT.ESC, SWT.DEL });

	/**
	 * Real key strokes, posted to the OS ({@link Display#post}), as a user types them: modifiers
	 * ({@code SWT.CTRL | SWT.SHIFT}) held around the key (a character or an {@code SWT.ARROW_LEFT}...).
	 */
	public void keys(int modifiers, int key) {
		int[] mods = { SWT.CTRL, SWT.SHIFT, SWT.ALT };
		for (int mod : mods) {
			if ((modifiers & mod) != 0) {
				post(SWT.KeyDown, mod, '\0');
			}
		}
		// Return, BackSpace, Tab, Escape and Delete are posted by their key code (SWT's key table maps them to the keys):
		// as a bare character, GTK finds no key for them and nothing reaches the widget
		int keyCode = key >= 0x10000 || CONTROL_KEYS.indexOf(key) >= 0 ? key : 0;
		post(SWT.KeyDown, keyCode, key < 0x10000 ? (char) key : '\0');
		post(SWT.KeyUp, keyCode, key < 0x10000 ? (char) key : '\0');
		for (int i = mods.length - 1; i >= 0; i--) {
			if ((modifiers & mods[i]) != 0) {
				post(SWT.KeyUp, mods[i], '\0');
			}
		}
		pump(200);
	}

	/**
	 * Characters typed at a fast typist's pace: each key posted to the OS, then {@code msPerKey} of events
	 * handled before the next one (no pause of the length {@link #keys} leaves).
	 */
	public void typeAtPace(CharSequence characters, long msPerKey) {
		for (int i = 0; i < characters.length(); i++) {
			char c = characters.charAt(i);
			post(SWT.KeyDown, 0, c);
			post(SWT.KeyUp, 0, c);
			pump(Math.max(0, msPerKey - 20));
		}
	}

	private void post(int type, int keyCode, char character) {
		Event event = new Event();
		event.type = type;
		event.keyCode = keyCode;
		event.character = character;
		if (!display.post(event)) {
			throw new AssertionError("Display.post refused a key event (no XTEST?)");
		}
		pump(10);
	}

	// the workbench

	/** Runs a workbench command by id, as its menu item or key binding would. */
	public Object command(String commandId) {
		IHandlerService handlers = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getService(IHandlerService.class);
		try {
			return handlers.executeCommand(commandId, null);
		} catch (ExecutionException | NotDefinedException | NotEnabledException | NotHandledException e) {
			throw new AssertionError("command " + commandId + ": " + e, e);
		}
	}

	/**
	 * Runs a command as soon as it is enabled (Undo/Redo follow the operation history, Save the dirty flag: their
	 * enablement comes with the events of the change).
	 */
	public void commandWhenEnabled(String commandId) {
		IHandlerService handlers = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getService(IHandlerService.class);
		waitFor("command " + commandId + " enabled and run", () -> {
			try {
				handlers.executeCommand(commandId, null);
				return Boolean.TRUE;
			} catch (NotEnabledException | NotHandledException e) {
				return null;
			} catch (ExecutionException | NotDefinedException e) {
				throw new AssertionError("command " + commandId + ": " + e, e);
			}
		});
	}

	/** The key sequence bound to a command in the active scheme, as the menus show it ("Ctrl+Shift+S"), or null. */
	public String binding(String commandId) {
		IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
		return bindings.getBestActiveBindingFormattedFor(commandId);
	}

	/** Every key sequence bound to the command. */
	public List<String> bindings(String commandId) {
		IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
		return Arrays.stream(bindings.getActiveBindingsFor(commandId)).map(s -> s.format()).toList();
	}

	// modal dialogs

	/**
	 * Acts on a dialog while its own event loop runs: {@code opener} (which blocks in the dialog) is run,
	 * and {@code action} is run by a timer as soon as a visible shell of this title shows. Fails when the
	 * dialog never shows or the action fails.
	 */
	public void inDialog(String title, Runnable opener, Consumer<Shell> action) {
		inDialog("dialog « " + title + " »", shell -> title.equals(shell.getText()), opener, action);
	}

	/** The same for the first new visible shell that matches (a popup without title: the editor switcher...). */
	public void inDialog(String what, Predicate<Shell> which, Runnable opener, Consumer<Shell> action) {
		Throwable[] failure = new Throwable[1];
		boolean[] done = new boolean[1];
		long end = System.currentTimeMillis() + TIMEOUT_MS;
		List<Shell> before = Arrays.asList(display.getShells());
		Runnable[] poll = new Runnable[1];
		poll[0] = () -> {
			Shell dialog = Arrays.stream(display.getShells()).filter(sh -> !sh.isDisposed() && sh.isVisible() && !before.contains(sh) && which.test(sh))
					.findFirst().orElse(null);
			if (dialog == null && System.currentTimeMillis() < end) {
				display.timerExec(50, poll[0]);
				return;
			}
			if (dialog == null) {
				// another dialog opened instead: say which, and close it so that the opener returns (no hang)
				List<Shell> others = Arrays.stream(display.getShells()).filter(s -> !before.contains(s) && s.isVisible()).toList();
				failure[0] = new AssertionError(what + " did not open; open: " + others.stream().map(Shell::getText).toList());
				others.forEach(Shell::close);
				done[0] = true;
				return;
			}
			try {
				action.accept(dialog);
			} catch (Throwable t) {
				failure[0] = t;
				if (!dialog.isDisposed()) {
					dialog.close();
				}
			} finally {
				done[0] = true;
			}
		};
		display.timerExec(50, poll[0]);
		opener.run();
		waitFor(what + " handled", () -> done[0]);
		if (failure[0] instanceof AssertionError error) {
			throw error;
		}
		if (failure[0] != null) {
			throw new AssertionError(failure[0]);
		}
	}
}
