package fr.segurstudio.forms.swt;

import java.util.List;

import fr.segurstudio.forms.Choice;
import fr.segurstudio.forms.FormState.Node;
import fr.segurstudio.forms.view.Control;
import fr.segurstudio.model.asp.AspFeatureMapping;
import fr.segurstudio.model.asp.AspFeatureMapping.Format;
import fr.segurstudio.model.asp.ValueKind;

/**
 * What a renderer factory looks at to score a control: the kind of its values, whether it holds a list, the
 * seed's format and code list, the view's renderer hint, the choices the data gives.
 */
public record ControlInfo(Node node, ValueKind kind, boolean many, Format format, String codeList, String hint, List<Choice> choices) {

	/** What a control of a form state offers to score. */
	public static ControlInfo of(Node node, List<Choice> choices) {
		AspFeatureMapping mapping = node.mapping();
		ValueKind kind = mapping != null ? mapping.kind() : ValueKind.of(node.feature());
		Format format = mapping != null ? mapping.format() : Format.NONE;
		String codeList = mapping != null ? mapping.codeList() : null;
		return new ControlInfo(node, kind, node.feature().isMany(), format, codeList, ((Control) node.element()).getRenderer(), choices);
	}

	public AspFeatureMapping mapping() {
		return node.mapping();
	}

	/** The view asks for this renderer by name. */
	public boolean hinted(String name) {
		return name.equals(hint);
	}
}
