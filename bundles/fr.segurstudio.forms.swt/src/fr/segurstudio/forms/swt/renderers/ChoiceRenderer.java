package fr.segurstudio.forms.swt.renderers;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.databinding.Binding;
import org.eclipse.core.databinding.UpdateValueStrategy;
import org.eclipse.core.databinding.conversion.IConverter;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.jface.databinding.swt.WidgetValueProperty;
import org.eclipse.jface.fieldassist.IControlContentAdapter;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.osgi.service.component.annotations.Component;

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
 * shown while it is). A value outside the list (read from a file) is shown as it is, marked, until changed. The
 * combo's selected code is bound to the value; choosing an item writes it (one command). Typing on the combo opens the
 * choices whose code or label contains what was typed ({@link ChoiceProposals}), as for the long lists.
 */
public class ChoiceRenderer extends ControlRenderer {

	/** Longer lists are searched, not scrolled: {@link CodeRenderer}. */
	public static final int MAX_CHOICES = 30;

	/** Short closed lists, enumerations, or where the view asks for a combo. */
	@Component(service = ControlRendererFactory.class)
	public static final class Factory extends ControlRendererFactory.Of {
		public Factory() {
			super(ChoiceRenderer::score, ChoiceRenderer::new);
		}
	}

	private static int score(ControlInfo info) {
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
	}

	/** The combo's value: the code of its selected item (null for the empty entry); setting one lays out the items it needs. */
	private final class SelectedCode extends WidgetValueProperty<Combo, String> {
		SelectedCode() {
			super(SWT.Selection);
		}

		@Override
		public Object getValueType() {
			return String.class;
		}

		@Override
		protected String doGetValue(Combo source) {
			int index = source.getSelectionIndex();
			return index < 0 ? null : codes.get(index);
		}

		@Override
		protected void doSetValue(Combo source, String code) {
			items(code);
			int index = codes.indexOf(code);
			if (source.getSelectionIndex() != index) {
				source.select(index);
			}
		}
	}

	private Combo combo;
	private Binding binding;
	/** The code of each item; null for the empty entry. */
	private final List<String> codes = new ArrayList<>();
	/** The items shown (asking the combo costs a round trip to GTK). */
	private List<String> shownItems = List.of();

	private ChoiceProposals proposals;
	/** What was typed on the combo since it got the focus or a value (it has no text of its own): the proposals' filter. */
	private final StringBuilder typed = new StringBuilder();

	public ChoiceRenderer(ControlInfo info) {
		super(info);
	}

	@Override
	protected Control createEditor(Composite parent) {
		combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
		context.toolkit().adapt(combo, false, false);
		proposals = new ChoiceProposals(info.choices());
		proposals.attach(combo, new Typed());
		combo.addListener(SWT.KeyDown, this::typing);
		combo.addListener(SWT.FocusOut, e -> typed.setLength(0));
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
		// its widest item's width, narrower when the form is (grabbing: it shrinks with the form)
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.BEGINNING, SWT.CENTER).hint(width + 50, SWT.DEFAULT).applyTo(combo);
		return combo;
	}

	@Override
	protected void bindEditor() {
		binding = bind(new SelectedCode().observe(combo), UpdateValueStrategy.create(IConverter.create(String.class, Object.class, this::valueOf)),
				UpdateValueStrategy.create(IConverter.create(Object.class, String.class, v -> v == null ? null : info.kind().format(v))));
	}

	private Object valueOf(String code) {
		return code == null ? null : info.kind() == ValueKind.TEXT ? code : info.kind().parse(code, (EAttribute) node.feature());
	}

	/** Letters and digits typed on the combo make the text the proposals search; BackSpace takes one back. */
	private void typing(Event event) {
		if (event.keyCode == SWT.BS && typed.length() > 0) {
			typed.setLength(typed.length() - 1);
		} else if (event.keyCode == SWT.ESC) {
			typed.setLength(0);
		} else if (event.character != 0 && (Character.isLetterOrDigit(event.character) || event.character == ' ' && typed.length() > 0
				|| "_-".indexOf(event.character) >= 0) && (event.stateMask & (SWT.CTRL | SWT.ALT)) == 0) {
			typed.append(event.character);
			event.doit = false; // not the combo's own jump to an item
		}
	}

	/** The combo's side of the proposals: the text typed on it; a proposal chosen selects its code, as a click would. */
	private final class Typed implements IControlContentAdapter {
		@Override
		public void setControlContents(Control control, String code, int cursorPosition) {
			typed.setLength(0);
			if (codes.contains(code)) {
				choose(code);
			}
		}

		@Override
		public void insertControlContents(Control control, String code, int cursorPosition) {
			setControlContents(control, code, cursorPosition);
		}

		@Override
		public String getControlContents(Control control) {
			return typed.toString();
		}

		@Override
		public int getCursorPosition(Control control) {
			return typed.length();
		}

		@Override
		public Rectangle getInsertionBounds(Control control) {
			Point size = control.getSize();
			return new Rectangle(0, 0, size.x, size.y);
		}

		@Override
		public void setCursorPosition(Control control, int index) {
			// the combo has no cursor
		}
	}

	/** The items for a current code: the empty entry where the value may be empty (or is), the choices, the code if unknown. */
	private void items(String current) {
		List<String> items = new ArrayList<>();
		codes.clear();
		if (current == null || !node.isRequired()) {
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
		if (!items.equals(shownItems)) {
			combo.setItems(items.toArray(String[]::new));
			shownItems = items;
		}
	}

	@Override
	public void updateState() {
		super.updateState();
		binding.updateModelToTarget(); // the empty entry comes and goes with the required state
	}

	/** The code shown (for tests): null for the empty entry. */
	public String shown() {
		int index = combo.getSelectionIndex();
		return index < 0 ? null : codes.get(index);
	}

	/** The codes proposed for a text typed on the combo (for tests). */
	public List<String> proposals(String text) {
		return proposals.codes(text);
	}

	/** What was typed on the combo (for tests). */
	public String typed() {
		return typed.toString();
	}

	/** Chooses the item of this code, as a click would (for tests). */
	public void choose(String code) {
		combo.select(codes.indexOf(code));
		combo.notifyListeners(SWT.Selection, new Event());
	}
}
