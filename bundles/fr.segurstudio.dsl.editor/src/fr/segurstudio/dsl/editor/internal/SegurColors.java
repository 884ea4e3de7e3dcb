package fr.segurstudio.dsl.editor.internal;

import java.util.Map;

import org.eclipse.jface.resource.ColorRegistry;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Control;

import fr.segurstudio.dsl.ide.highlighting.SegurHighlighting;

/**
 * The colours of the words of a .segur text, theme-aware: a light and a dark palette, chosen from the
 * editor's own background (what the theme gave the text widget), shared through JFace's colour registry.
 */
public final class SegurColors {

	public static final String KEYWORD = "segur.motcle";
	public static final String COMMENT = "segur.commentaire";
	public static final String STRING = "segur.texte";

	/** Style id → (light RGB, dark RGB, bold). */
	private record Style(RGB light, RGB dark, boolean bold) {
	}

	private static final Map<String, Style> STYLES = Map.of(
			KEYWORD, new Style(new RGB(127, 0, 85), new RGB(204, 108, 182), true),
			COMMENT, new Style(new RGB(63, 127, 95), new RGB(128, 160, 128), false),
			STRING, new Style(new RGB(42, 0, 255), new RGB(150, 180, 255), false),
			SegurHighlighting.CHAMP, new Style(new RGB(0, 0, 192), new RGB(102, 179, 255), false),
			SegurHighlighting.CODE, new Style(new RGB(128, 64, 0), new RGB(230, 180, 90), true),
			SegurHighlighting.DATE, new Style(new RGB(0, 128, 128), new RGB(100, 210, 200), false),
			SegurHighlighting.NOMBRE, new Style(new RGB(160, 0, 0), new RGB(255, 140, 140), false),
			SegurHighlighting.COULOIR, new Style(new RGB(128, 0, 128), new RGB(220, 150, 255), true),
			SegurHighlighting.DEMANDE, new Style(new RGB(0, 96, 0), new RGB(140, 220, 120), true));

	private final boolean dark;

	public SegurColors(boolean dark) {
		this.dark = dark;
	}

	/** The palette for this control's background. */
	public static SegurColors of(Control control) {
		RGB background = control == null || control.isDisposed() ? new RGB(255, 255, 255) : control.getBackground().getRGB();
		double luminance = 0.299 * background.red + 0.587 * background.green + 0.114 * background.blue;
		return new SegurColors(luminance < 128);
	}

	public boolean isDark() {
		return dark;
	}

	/** The colour of a style id, null for an unknown id. */
	public Color color(String style) {
		Style found = STYLES.get(style);
		if (found == null) {
			return null;
		}
		ColorRegistry registry = JFaceResources.getColorRegistry();
		String key = "fr.segurstudio.dsl.editor." + style + (dark ? ".sombre" : ".clair");
		if (!registry.hasValueFor(key)) {
			registry.put(key, dark ? found.dark() : found.light());
		}
		return registry.get(key);
	}

	public int fontStyle(String style) {
		Style found = STYLES.get(style);
		return found != null && found.bold() ? SWT.BOLD : SWT.NORMAL;
	}
}
