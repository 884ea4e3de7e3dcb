package fr.segurstudio.forms.swt.renderers;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.fieldassist.TextContentAdapter;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.osgi.service.component.annotations.Component;

import fr.segurstudio.forms.Choice;
import fr.segurstudio.forms.swt.ControlInfo;
import fr.segurstudio.forms.swt.ControlRenderer;
import fr.segurstudio.forms.swt.ControlRendererFactory;
import fr.segurstudio.forms.swt.internal.Messages;

/**
 * A code from a long list — the 355 messaging operators of seed §4 — typed in a text field that proposes, as one
 * types or on Ctrl+Space, the codes whose code or label contains what was typed (case and accents aside:
 * {@code mailiz}, {@code hop}, {@code CH _2}); choosing one writes its exact code ({@code CH _20}, spaces and
 * accents included) and commits it ({@link ChoiceProposals}). Beside the field, the label of the code shown, or that it is not in the list.
 */
public class CodeRenderer extends TextRenderer {

	/** Codes of a long list, or where the view asks for proposals. */
	@Component(service = ControlRendererFactory.class)
	public static final class Factory extends ControlRendererFactory.Of {
		public Factory() {
			super(CodeRenderer::score, CodeRenderer::new);
		}
	}

	private static int score(ControlInfo info) {
		if (info.many() || info.choices().isEmpty()) {
			return ControlRendererFactory.NOT_APPLICABLE;
		}
		if (info.hinted("proposals")) {
			return 30;
		}
		return info.choices().size() > ChoiceRenderer.MAX_CHOICES ? 25 : ControlRendererFactory.NOT_APPLICABLE;
	}

	private final Map<String, String> labels = new HashMap<>();
	private final ChoiceProposals proposals;
	private Label meaning;

	public CodeRenderer(ControlInfo info) {
		super(info);
		for (Choice choice : info.choices()) {
			labels.put(choice.code(), choice.label());
		}
		proposals = new ChoiceProposals(info.choices());
	}

	@Override
	protected Control createEditor(Composite parent) {
		Control editor = super.createEditor(parent);
		proposals.attach(text, new TextContentAdapter()).addContentProposalListener(proposal -> commit());
		return editor;
	}

	@Override
	protected String hint() {
		return Messages.codeHint;
	}

	@Override
	protected int fixedWidth() {
		return 170;
	}

	@Override
	protected Control createExtra(Composite parent) {
		meaning = context.toolkit().createLabel(parent, "", SWT.WRAP);
		// the code's label shrinks (and wraps) with the form, the field keeps its width
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).hint(220, SWT.DEFAULT).minSize(MIN_EDITOR_WIDTH, SWT.DEFAULT)
				.applyTo(meaning);
		return meaning;
	}

	@Override
	protected void shown(Object value) {
		super.shown(value);
		String label = value == null ? "" : labels.get(value.toString());
		boolean unknown = value != null && label == null;
		meaning.setText(unknown ? Messages.codeUnknown : label);
		meaning.setForeground(unknown ? meaning.getDisplay().getSystemColor(SWT.COLOR_RED) : null);
	}

	/** What the proposals offer for a text (for tests): their codes. */
	public List<String> proposals(String typed) {
		return proposals.codes(typed);
	}

	/** The label shown beside the field (for tests). */
	public String meaning() {
		return meaning.getText();
	}
}
