package fr.segurstudio.forms.swt.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import fr.segurstudio.forms.FormContext;
import fr.segurstudio.forms.ViewRegistry;
import fr.segurstudio.forms.swt.ControlRenderer;
import fr.segurstudio.forms.swt.FormHandle;
import fr.segurstudio.forms.swt.FormOptions;
import fr.segurstudio.forms.swt.FormRenderer;
import fr.segurstudio.forms.swt.WidgetKeys;
import fr.segurstudio.model.command.MergingCommandStack;
import fr.segurstudio.model.core.Demande;
import fr.segurstudio.model.core.Dossier;
import fr.segurstudio.model.couloir.CouloirRegistry;
import fr.segurstudio.testing.SeedExamples;
import fr.segurstudio.testing.Services;

/**
 * A form in a plain SWT shell, as the dossier editor shows it: the first request of a dossier, an editing domain
 * as the editor's (its stack merges a typing's commits), widgets found by their {@code segur.key}, keys and clicks posted as real events (XTEST under
 * Xvfb).
 */
final class Ui implements AutoCloseable {

	static final CouloirRegistry COULOIRS = Services.get(CouloirRegistry.class);
	static final ViewRegistry VIEWS = Services.get(ViewRegistry.class);
	static final FormRenderer RENDERER = Services.get(FormRenderer.class);
	static final SeedExamples SEEDS = new SeedExamples(COULOIRS);
	/** Short, so that tests do not wait long for a text's commit after a pause. */
	static final int COMMIT_DELAY = 150;
	private static final long TIMEOUT_MS = 5000;

	final Display display;
	final Shell shell;
	final Dossier dossier;
	final AdapterFactoryEditingDomain domain;
	final FormHandle form;

	private Ui(Dossier dossier, EObject input, int width, int height) {
		this.display = Display.getDefault();
		this.dossier = dossier;
		this.shell = new Shell(display);
		shell.setText("Ségur Studio — formulaire");
		shell.setLayout(new FillLayout());
		shell.setBounds(0, 0, width, height);
		this.domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(new ReflectiveItemProviderAdapterFactory()), new MergingCommandStack());
		FormContext context = new FormContext(COULOIRS, COULOIRS.couloirOf(dossier).orElseThrow());
		Composite parent = new Composite(shell, SWT.NONE);
		parent.setLayout(new FillLayout());
		this.form = RENDERER.render(parent, VIEWS.view(input.eClass(), context), input, domain,
				FormOptions.defaults().context(context).commitDelay(COMMIT_DELAY));
		shell.open();
		shell.forceActive();
		flush();
	}

	/** The form of the dossier's first request. */
	static Ui open(Dossier dossier) {
		return new Ui(dossier, dossier.getDemandes().get(0), 900, 1000);
	}

	static Ui open(Dossier dossier, int width, int height) {
		return new Ui(dossier, dossier.getDemandes().get(0), width, height);
	}

	Demande demande() {
		return (Demande) form.input();
	}

	MergingCommandStack stack() {
		return (MergingCommandStack) domain.getCommandStack();
	}

	/** The renderer of the control of this JSON key (in the form or a table's row form). */
	@SuppressWarnings("unchecked")
	<T extends ControlRenderer> T renderer(String key) {
		ControlRenderer renderer = form.renderer(key);
		assertNotNull(renderer, key);
		return (T) renderer;
	}

	/** The widgets tagged with this key ({@code segur.key}), in the order of the widget tree. */
	List<Control> widgets(String key) {
		List<Control> found = new ArrayList<>();
		collect(shell, key, found);
		return found;
	}

	Control widget(String key) {
		List<Control> found = widgets(key);
		assertNotNull(found.isEmpty() ? null : found.get(0), "no widget " + key);
		return found.get(0);
	}

	private static void collect(Control control, String key, List<Control> found) {
		if (key.equals(control.getData(WidgetKeys.KEY))) {
			found.add(control);
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collect(child, key, found);
			}
		}
	}

	/** Visible on screen: it and all its parents. */
	static boolean showing(Control control) {
		return control.isVisible();
	}

	/** Focuses the control (after selecting its text) and types, key by key. */
	void type(Control control, String text) {
		control.setFocus();
		if (control instanceof Text t) {
			t.selectAll();
		}
		flush();
		// the first key after a widget moved (scrolled to, just shown) may be eaten by GTK's input method: a Shift first
		Event shift = new Event();
		shift.type = SWT.KeyDown;
		shift.keyCode = SWT.SHIFT;
		display.post(shift);
		shift = new Event();
		shift.type = SWT.KeyUp;
		shift.keyCode = SWT.SHIFT;
		display.post(shift);
		flush();
		for (char c : text.toCharArray()) {
			key(c);
		}
		flush();
	}

	void key(char c) {
		Event down = new Event();
		down.type = SWT.KeyDown;
		down.character = c;
		down.keyCode = c == '\r' ? SWT.CR : c == '\b' ? SWT.BS : c;
		display.post(down);
		Event up = new Event();
		up.type = SWT.KeyUp;
		up.character = c;
		up.keyCode = down.keyCode;
		display.post(up);
		flush();
	}

	/** A real mouse click in the middle of the control. */
	void click(Control control) {
		Rectangle bounds = control.getBounds();
		Point center = control.getParent().toDisplay(bounds.x + Math.min(bounds.width / 2, 8), bounds.y + bounds.height / 2);
		Event move = new Event();
		move.type = SWT.MouseMove;
		move.x = center.x;
		move.y = center.y;
		display.post(move);
		flush();
		for (int type : new int[] { SWT.MouseDown, SWT.MouseUp }) {
			Event event = new Event();
			event.type = type;
			event.button = 1;
			display.post(event);
			flush();
		}
		flush();
	}

	/** Runs the event loop until the condition holds; fails after a few seconds. */
	void waitUntil(BooleanSupplier condition, String what) {
		long end = System.currentTimeMillis() + TIMEOUT_MS;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > end) {
				throw new AssertionError("still not: " + what);
			}
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> {
				});
				display.sleep();
			}
		}
	}

	/** Lets the pending events and timers run for a moment. */
	void flush() {
		long end = System.currentTimeMillis() + 30;
		do {
			while (display.readAndDispatch()) {
				// dispatch
			}
		} while (System.currentTimeMillis() < end);
	}

	/** Waits longer than a text's commit delay. */
	void pause() {
		long end = System.currentTimeMillis() + COMMIT_DELAY * 3L;
		while (System.currentTimeMillis() < end) {
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> {
				});
				display.sleep();
			}
		}
	}

	/** With {@code -Dsegur.forms.shots=DIR}: a PNG of the shell as the screen shows it. */
	void screenshot(String name) {
		String dir = System.getProperty("segur.forms.shots", "");
		if (dir.isBlank()) {
			return;
		}
		flush();
		Rectangle bounds = shell.getBounds();
		Image image = new Image(display, bounds.width, bounds.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, bounds.x, bounds.y);
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			Path target = Path.of(dir).resolve(name + ".png");
			Files.createDirectories(target.getParent());
			loader.save(target.toString(), SWT.IMAGE_PNG);
		} catch (IOException e) {
			throw new AssertionError(e);
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	@Override
	public void close() {
		form.dispose();
		shell.dispose();
		flush();
	}
}
