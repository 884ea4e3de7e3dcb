package fr.segurstudio.ui.tests;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Decorations;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;

/**
 * Every text a user sees in a shell or a menu (titles, labels, buttons, hints, tooltips, tabs, tree and table headers
 * and rows, menu items down their submenus), and the English words among them ({@code english-words.txt}). What is
 * no English is left out: an accelerator (GTK draws it in the user's language), a key sequence in a key binding or
 * a table's cell (keys keep their formal names), file names and paths, JSON keys (camelCase), a text the user typed
 * (text fields, the editors' text).
 */
final class VisibleTexts {

	/** A text and where it was seen. */
	record Seen(String where, String text) {
	}

	private static final Set<String> ENGLISH = read("english-words.txt");
	/**
	 * Paths, file and JSON names (a.b, a/b), camelCase keys, key sequences (Ctrl+Shift+L), names and values between
	 * « », a message's argument ({0,number,integer}).
	 */
	private static final Pattern NOT_WORDS = Pattern.compile("\\S*[./\\\\]\\S+|\\b[a-z]+[A-Z]\\w*\\b|\\b(?:Ctrl|Shift|Alt|Command|Maj|M[1-4])\\+\\S+"
			+ "|«[^»]*»|\\{\\d+(?:,[^{}]*)?\\}");
	/** Letters and digits: UTF-16BE is no English "be". */
	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
	/** A whole text that is a key sequence (the key assist's and the Keys page's): keys keep their formal names. */
	private static final String KEY_STROKE = "(?:(?:Ctrl|Shift|Alt|Command|M[1-4])\\+)*"
			+ "(?:Home|End|Insert|Delete|Backspace|Enter|Return|Esc|Escape|Tab|Space|Page ?Up|Page ?Down|Arrow ?\\w+|Numpad_\\w+|F\\d+|\\S)";
	private static final Pattern KEY_SEQUENCE = Pattern.compile(KEY_STROKE + "(?:\\s+" + KEY_STROKE + ")*");

	private final List<Seen> seen = new ArrayList<>();

	List<Seen> seen() {
		return seen;
	}

	/** The English words seen, one line each: where, the word, the text. */
	List<String> english() {
		Set<String> found = new LinkedHashSet<>();
		for (Seen s : seen) {
			for (String word : englishWords(s.text())) {
				found.add(s.where() + " : « " + word + " » dans « " + s.text() + " »");
			}
		}
		return List.copyOf(found);
	}

	static List<String> englishWords(String text) {
		List<String> words = new ArrayList<>();
		Matcher m = WORD.matcher(NOT_WORDS.matcher(text).replaceAll(" "));
		while (m.find()) {
			if (ENGLISH.contains(m.group().toLowerCase(Locale.ROOT))) {
				words.add(m.group());
			}
		}
		return words;
	}

	void add(String where, String text) {
		if (text != null && !text.isBlank()) {
			seen.add(new Seen(where, shown(text)));
		}
	}

	/** A label as it shows: without its mnemonic's {@code &} and the accelerator after a tab. */
	static String shown(String label) {
		int tab = label.indexOf('\t');
		return (tab >= 0 ? label.substring(0, tab) : label).replace("&", "");
	}

	/** A cell of a tree or table: a key sequence there (key assist, Keys page) is none of the words checked. */
	private void cell(String where, String text) {
		if (text != null && !isKeySequence(text)) {
			add(where, text);
		}
	}

	/** A whole text that names keys (Ctrl+Shift+L, Arrow Up): keys keep their formal names. */
	static boolean isKeySequence(String text) {
		return KEY_SEQUENCE.matcher(text.strip()).matches();
	}

	/** A control and all it contains, with its menu bar when it is a shell. */
	void control(String where, Control control) {
		if (control.isDisposed() || !control.isVisible()) {
			return;
		}
		add(where, control.getToolTipText());
		switch (control) {
			case Decorations d -> {
				add(where, d.getText());
				if (d.getMenuBar() != null) {
					menu(where + " > barre de menus", d.getMenuBar());
				}
			}
			case Button b -> add(where, b.getText());
			case Label l -> add(where, l.getText());
			case CLabel l -> add(where, l.getText());
			case Link l -> add(where, l.getText().replaceAll("</?a[^>]*>", ""));
			case Group g -> add(where, g.getText());
			case Text t -> add(where, t.getMessage()); // its hint; the text itself is the user's
			case Combo c -> List.of(c.getItems()).forEach(i -> add(where, i));
			case StyledText t -> {
				// an editor's text is the user's
			}
			case Tree t -> tree(where, t);
			case Table t -> table(where, t);
			case ToolBar t -> {
				for (ToolItem item : t.getItems()) {
					add(where, item.getText());
					add(where, item.getToolTipText());
				}
			}
			case CTabFolder f -> {
				for (CTabItem item : f.getItems()) {
					add(where, item.getText());
					add(where, item.getToolTipText());
				}
			}
			default -> {
				// a composite's children below
			}
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				control(where, child);
			}
		}
	}

	private void tree(String where, Tree tree) {
		for (TreeColumn column : tree.getColumns()) {
			add(where, column.getText());
			add(where, column.getToolTipText());
		}
		for (TreeItem item : tree.getItems()) {
			treeItem(where, item, Math.max(1, tree.getColumnCount()));
		}
	}

	private void treeItem(String where, TreeItem item, int columns) {
		for (int i = 0; i < columns; i++) {
			cell(where, item.getText(i));
		}
		if (item.getExpanded()) {
			for (TreeItem child : item.getItems()) {
				treeItem(where, child, columns);
			}
		}
	}

	private void table(String where, Table table) {
		for (TableColumn column : table.getColumns()) {
			add(where, column.getText());
			add(where, column.getToolTipText());
		}
		int columns = Math.max(1, table.getColumnCount());
		for (TableItem item : table.getItems()) {
			for (int i = 0; i < columns; i++) {
				cell(where, item.getText(i));
			}
		}
	}

	/** A menu's items, as the workbench fills them when the menu shows, and their submenus'. */
	void menu(String where, Menu menu) {
		menu.notifyListeners(SWT.Show, new Event());
		for (MenuItem item : menu.getItems()) {
			if ((item.getStyle() & SWT.SEPARATOR) != 0) {
				continue;
			}
			add(where, item.getText());
			add(where, item.getToolTipText());
			if (item.getMenu() != null) {
				menu(where + " > " + item.getText().replace("&", ""), item.getMenu());
			}
		}
		menu.notifyListeners(SWT.Hide, new Event());
	}

	private static Set<String> read(String name) {
		try (InputStream in = VisibleTexts.class.getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalStateException(name + " is missing from the test bundle");
			}
			Set<String> words = new LinkedHashSet<>();
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				String word = line.strip();
				if (!word.isEmpty() && !word.startsWith("#")) {
					words.add(word.toLowerCase(Locale.ROOT));
				}
			}
			return words;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
