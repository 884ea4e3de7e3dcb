package fr.segurstudio.ui.tests;

import java.util.stream.Collectors;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

import fr.segurstudio.ui.bot.Bot;
import fr.segurstudio.ui.files.DiskChangeDialog;

/** What a dialog says and shows, and its buttons, for the tests of the questions about files. */
final class Dialogs {

	private Dialogs() {
	}

	/** The texts of its labels, one per line. */
	static String said(Shell dialog) {
		return Bot.findAll(dialog, Label.class, label -> true).stream().map(Label::getText).collect(Collectors.joining("\n"));
	}

	/** The texts its compare shows, both sides. */
	static String compared(Shell dialog) {
		return Bot.findAll(dialog, StyledText.class, text -> true).stream().map(StyledText::getText).collect(Collectors.joining("\n"));
	}

	/**
	 * Enter, pressed as a user does once the dialog is up: brought to the front (as a click into it would), and once
	 * it is the active window with its default button focused, the window's Return traversal, which activates its
	 * default as the key does (on GTK a control's own Return traversal does nothing: only the shell's activates the
	 * default; and a key posted to the X server under Xvfb does not reach a dialog opened inside another's event
	 * loop). It runs from the dialog's own event loop, not from inside its opening; a dialog Enter did not close is
	 * closed (its opener must not hang).
	 *
	 * @return to run once the dialog's opener has returned: fails when Enter did not close the dialog
	 */
	static Runnable pressEnter(Bot bot, Shell dialog) {
		String title = dialog.getText();
		Display display = dialog.getDisplay();
		String[] failure = new String[1];
		long end = System.currentTimeMillis() + Bot.TIMEOUT_MS;
		Runnable[] step = new Runnable[1];
		step[0] = () -> {
			if (dialog.isDisposed()) {
				failure[0] = "« " + title + " » closed before Enter";
				return;
			}
			boolean ready = display.getActiveShell() == dialog && dialog.getDefaultButton() != null
					&& display.getFocusControl() == dialog.getDefaultButton();
			if (!ready && System.currentTimeMillis() < end) {
				dialog.forceActive();
				display.timerExec(50, step[0]);
				return;
			}
			if (!ready) {
				failure[0] = "« " + title + " » never active with its default button focused; focus: " + display.getFocusControl();
				dialog.close();
				return;
			}
			dialog.traverse(SWT.TRAVERSE_RETURN);
			display.timerExec(3_000, () -> {
				if (!dialog.isDisposed()) {
					failure[0] = "Enter did not close « " + title + " »";
					dialog.close();
				}
			});
		};
		display.timerExec(50, step[0]);
		return () -> {
			if (failure[0] != null) {
				throw new AssertionError(failure[0]);
			}
		};
	}

	/** Asserts the default button is the one of a choice, and clicks it, as the user does. */
	static void clickDefault(Bot bot, Shell dialog, DiskChangeDialog.Choice expected) {
		Button button = dialog.getDefaultButton();
		if (button != choice(dialog, expected)) {
			throw new AssertionError("the default button of « " + dialog.getText() + " » is « " + (button == null ? null : button.getText())
					+ " », not the choice " + expected);
		}
		bot.click(button);
	}

	/** The button of a choice of a {@link DiskChangeDialog}. */
	static Button choice(Shell dialog, DiskChangeDialog.Choice choice) {
		return Bot.findAll(dialog, Button.class, b -> choice.name().equals(b.getData(DiskChangeDialog.CHOICE_KEY))).get(0);
	}
}
