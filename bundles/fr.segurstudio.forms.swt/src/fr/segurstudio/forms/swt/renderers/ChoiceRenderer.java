package fr.segurstudio.forms.swt.renderers;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

import fr.segurstudio.forms.Choice;
import fr.segurstudio.forms.swt.ControlInfo;
import fr.segurstudio.forms.swt.ControlRenderer;
import fr.segurstudio.forms.swt.ControlRendererFactory;
import fr.segurstudio.forms.swt.internal.Messages;
import fr.segurstudio.model.asp.ValueKind;

/**
 * A value from a short closed list — an enumeration (regimeTVA, formatFichier, commandePour), the couloir's
 * supporting-document types, a seed's closed set — as a read-only combo of the data's choices, in the data's order,
 * with their labels. An empty entry « (non renseigné) » is offered where the seed lets the value be empty now (and
 * shown while it is). A value outside the list (read from a file) is shown as it is, marked, until changed.
 */
public class ChoiceRenderer extends ControlRenderer {

	/** Longer lists are searched, not scrolled: {@link CodeRenderer}. */
	public static final int MAX_CHOICES = 30;

	public static final ControlRendererFactory FACTORY = ControlRendererFactory.of(info -> {
		if (info.many()) {
			return ControlRendererFactory.NOT_APPLICABLE;
		}
		if (info.hinted("combo") && !info.choices().isEmpty()) {
			return 30;
		}
		if (!info.choices().isEmpty() && info.choices().size() <= MAX_CHOICES) {
			return 25;
		}
		return info.kind() == ValueKind.ENUMERATION ? 20 : ControlRendererFactory.NOT_APPLICABLE;
	}, ChoiceRenderer::new);

	private Combo combo;
	/** The code of each item; null for the empty entry. */
	private final List<String> codes = new ArrayList<>();
	private boolean updating;
	/** The items shown (asking the combo costs a round trip to GTK). */
	private List<String> shownItems = List.of();

	public ChoiceRenderer(ControlInfo info) {
		super(info);
	}

	@Override
	protected Control createEditor(Composite parent) {
		combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
		context.toolkit().adapt(combo, false, false);
		combo.setVisibleItemCount(Math.min(MAX_CHOICES, info.choices().size() + 1));
		GC gc = new GC(combo);
		int width = 120;
		try {
			for (Choice choice : info.choices()) {
				width = Math.max(width, gc.textExtent(choice.display()).x);
			}
		} finally {
			gc.dispose();
		}
		GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.CENTER).hint(width + 50, SWT.DEFAULT).applyTo(combo);
		combo.addListener(SWT.Selection, e -> selected());
		return combo;
	}

	private void selected() {
		if (updating) {
			return;
		}
		int index = combo.getSelectionIndex();
		String code = index < 0 ? null : codes.get(index);
		Object value = code == null ? null : info.kind() == ValueKind.TEXT ? code : info.kind().parse(code, (EAttribute) node.feature());
		if (set(value) == null) {
			refresh();
		}
	}

	@Override
	protected void refresh() {
		Object value = value();
		String current = value == null ? null : info.kind().format(value);
		List<String> items = new ArrayList<>();
		codes.clear();
		if (value == null || !node.isRequired()) {
			codes.add(null);
			items.add(Messages.emptyChoice);
		}
		boolean known = current == null;
		for (Choice choice : info.choices()) {
			codes.add(choice.code());
			items.add(choice.display());
			known |= choice.code().equals(current);
		}
		if (!known) {
			codes.add(current);
			items.add(current + " (" + Messages.codeUnknown + ")");
		}
		updating = true;
		try {
			if (!items.equals(shownItems)) {
				combo.setItems(items.toArray(String[]::new));
				shownItems = items;
			}
			int index = codes.indexOf(current);
			if (combo.getSelectionIndex() != index) {
				combo.select(index);
			}
		} finally {
			updating = false;
		}
	}

	@Override
	public void updateState() {
		super.updateState();
		refresh(); // the empty entry comes and goes with the required state
	}

	/** The code shown (for tests): null for the empty entry. */
	public String shown() {
		int index = combo.getSelectionIndex();
		return index < 0 ? null : codes.get(index);
	}

	/** Chooses the item of this code, as a click would (for tests). */
	public void choose(String code) {
		combo.select(codes.indexOf(code));
		selected();
	}
}
