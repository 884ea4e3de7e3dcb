package fr.segurstudio.ui.tests;

import java.util.stream.Collectors;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Button;
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
	 * Enter, pressed as a user does in the dialog (brought to the front first, as a click into it would): the default
	 * button's choice. A dialog Enter did not close is closed, and the test fails (it would hang its opener).
	 */
	static void pressEnter(Bot bot, Shell dialog) {
		String title = dialog.getText();
		dialog.forceActive();
		// a dialog still opening (the timer may fire inside its open) takes keys once it is the active window and its
		// default button has the focus
		bot.waitFor("the focus on the default button of « " + title + " »",
				() -> dialog.isDisposed() || dialog.getDisplay().getActiveShell() == dialog && dialog.getDefaultButton() != null
						&& dialog.getDisplay().getFocusControl() == dialog.getDefaultButton());
		// Enter's traversal from the focused control, as the key's is (a key posted to the X server under Xvfb does not
		// reach a dialog opened inside another's event loop here)
		if (!dialog.isDisposed()) {
			dialog.getDisplay().getFocusControl().traverse(SWT.TRAVERSE_RETURN);
		}
		long end = System.currentTimeMillis() + 2_000;
		while (!dialog.isDisposed() && System.currentTimeMillis() < end) {
			bot.pump(50);
		}
		if (!dialog.isDisposed()) {
			dialog.close();
			throw new AssertionError("Enter did not close « " + title + " »");
		}
	}

	/** The button of a choice of a {@link DiskChangeDialog}. */
	static Button choice(Shell dialog, DiskChangeDialog.Choice choice) {
		return Bot.findAll(dialog, Button.class, b -> choice.name().equals(b.getData(DiskChangeDialog.CHOICE_KEY))).get(0);
	}
}
