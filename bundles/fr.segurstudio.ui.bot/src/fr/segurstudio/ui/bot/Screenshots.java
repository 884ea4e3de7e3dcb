package fr.segurstudio.ui.bot;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * A JUnit 5 extension ({@code @ExtendWith(Screenshots.class)}) that saves the screen of a failed test
 * into {@code <segur.screenshots>/<class>.<test>.png} (default {@code target/screenshots}).
 */
public final class Screenshots implements TestWatcher {

	@Override
	public void testFailed(ExtensionContext context, Throwable cause) {
		String name = context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName();
		Path file = Path.of(System.getProperty("segur.screenshots", "target/screenshots")).resolve(name + ".png");
		Display display = Display.getDefault();
		display.syncExec(() -> save(display, file));
	}

	/** The whole screen as a PNG file. */
	public static void save(Display display, Path file) {
		save(display, file, display.getBounds());
	}

	/** A part of the screen (a 1280×800 window at the top left...) as a PNG file. */
	public static void save(Display display, Path file, Rectangle bounds) {
		try {
			Files.createDirectories(file.toAbsolutePath().getParent());
			Image image = new Image(display, bounds.width, bounds.height);
			GC gc = new GC(display);
			try {
				gc.copyArea(image, bounds.x, bounds.y);
			} finally {
				gc.dispose();
			}
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			loader.save(file.toString(), SWT.IMAGE_PNG);
			image.dispose();
			System.err.println("screenshot: " + file.toAbsolutePath());
		} catch (Exception e) {
			System.err.println("no screenshot (" + e + ")");
		}
	}
}
