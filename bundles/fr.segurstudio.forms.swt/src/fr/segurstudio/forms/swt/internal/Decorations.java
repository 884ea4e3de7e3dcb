package fr.segurstudio.forms.swt.internal;

import java.util.List;

import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.swt.graphics.Image;

/** The error and warning marks of the forms: JFace's field decorations. */
public final class Decorations {

	private Decorations() {
	}

	/** The error or the warning image of the field decoration registry. */
	public static Image image(boolean error) {
		String id = error ? FieldDecorationRegistry.DEC_ERROR : FieldDecorationRegistry.DEC_WARNING;
		return FieldDecorationRegistry.getDefault().getFieldDecoration(id).getImage();
	}

	/** Shows the messages (one a line) on the decoration, or hides it when there are none or it should not show. */
	public static void show(ControlDecoration decoration, List<String> messages, boolean error, boolean shown) {
		if (messages.isEmpty() || !shown) {
			decoration.hide();
			return;
		}
		decoration.setImage(image(error));
		decoration.setDescriptionText(String.join("\n", messages));
		decoration.show();
	}
}
