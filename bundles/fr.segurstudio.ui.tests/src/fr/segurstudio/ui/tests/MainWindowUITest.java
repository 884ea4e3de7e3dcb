package fr.segurstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;

import fr.segurstudio.testing.Services;

/** The real e4 application (Tycho UI harness, UI thread): the window, its menus and the About dialog. */
public class MainWindowUITest {

	private final Display display = Display.getCurrent();

	@Test
	public void mainWindowIsTitledSegurStudioWithFrenchMenus() {
		Shell window = mainWindow();
		assertEquals("Ségur Studio", window.getText());
		assertTrue(window.getSize().x >= 800 && window.getSize().y >= 600, "" + window.getSize());
		List<String> menus = Arrays.stream(window.getMenuBar().getItems()).map(MenuItem::getText).map(t -> t.replace("&", "")).toList();
		assertEquals(List.of("Fichier", "Aide"), menus);
		Menu file = window.getMenuBar().getItem(0).getMenu();
		file.notifyListeners(SWT.Show, new Event()); // e4 fills a menu when it is about to show
		assertTrue(file.getItemCount() > 0, "Fichier menu is empty");
		assertEquals("Quitter", file.getItem(0).getText().replace("&", "").split("\t")[0]);
	}

	@Test
	public void aboutListsTheInstalledCouloirs() {
		Shell window = mainWindow();
		IEclipseContext context = Services.get(IWorkbench.class).getApplication().getContext();
		ParameterizedCommand about = context.get(ECommandService.class).createCommand("org.eclipse.ui.help.aboutAction", null);
		// The dialog runs its own modal loop: read and close it from a timer that fires inside that loop.
		List<String> seen = new ArrayList<>();
		Runnable[] poll = new Runnable[1];
		poll[0] = () -> {
			Shell dialog = Arrays.stream(display.getShells())
					.filter(s -> s != window && s.isVisible() && "À propos de Ségur Studio".equals(s.getText())).findFirst().orElse(null);
			if (dialog == null) {
				display.timerExec(50, poll[0]);
			} else {
				seen.add(String.join("\n", labels(dialog)));
				dialog.close();
			}
		};
		display.timerExec(50, poll[0]);
		display.asyncExec(() -> context.get(EHandlerService.class).executeHandler(about));
		assertNotNull(waitFor(() -> seen.isEmpty() ? null : seen), "About dialog did not open");
		String text = seen.get(0);
		assertTrue(text.contains("BIO-SGL – Biologie médicale"), text);
		assertTrue(text.contains("MDV-LGC – Médecins de ville"), text);
		assertTrue(text.contains("RAD-RIS – Radiologie"), text);
	}

	private Shell mainWindow() {
		assertNotNull(display, "tests run on the SWT UI thread");
		Shell window = waitFor(() -> Arrays.stream(display.getShells()).filter(Shell::isVisible)
				.filter(s -> s.getMenuBar() != null).findFirst().orElse(null));
		assertNotNull(window, "the e4 window did not appear");
		return window;
	}

	private static List<String> labels(Composite parent) {
		List<String> texts = new ArrayList<>();
		for (Control child : parent.getChildren()) {
			if (child instanceof Label label) {
				texts.add(label.getText());
			} else if (child instanceof Composite composite) {
				texts.addAll(labels(composite));
			}
		}
		return texts;
	}

	private <T> T waitFor(Supplier<T> condition) {
		long end = System.currentTimeMillis() + 15_000;
		T value;
		while ((value = condition.get()) == null && System.currentTimeMillis() < end) {
			if (!display.readAndDispatch()) {
				display.timerExec(50, () -> {
					// wakes sleep() up so that the condition is polled even when no event comes
				});
				display.sleep();
			}
		}
		return value;
	}
}
