package fr.segurstudio.dsl.editor.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.eclipse.ui.dialogs.FilteredList;

import fr.segurstudio.dsl.ide.outline.SegurOutline;

/**
 * « Aller à la demande… »: the requests of the outline, found by any part of their numeroEditeur or of the
 * names and numbers of their blocks (typed in any case).
 */
public final class GotoRequestDialog extends ElementListSelectionDialog {

	/** A request and what it can be found by. */
	public record Choice(SegurOutline.Node node, String label) {
		@Override
		public String toString() {
			return label;
		}
	}

	public GotoRequestDialog(Shell parent, SegurOutline.Node root, String text) {
		super(parent, new LabelProvider());
		setTitle(Messages.gotoRequestTitle);
		setMessage(Messages.gotoRequestMessage);
		setMultipleSelection(false);
		setIgnoreCase(true);
		setMatchEmptyString(true);
		setElements(choices(root, text).toArray());
	}

	/** Quoted values with a letter in them: names, e-mail addresses (not the numbers, which are many). */
	private static final Pattern NAME = Pattern.compile("\"([^\"\\\n]*\\p{L}[^\"\\\n]*)\"");

	/** The requests of the outline, "00012 · DURAND · m.durand@…", from the request's text. */
	public static List<Choice> choices(SegurOutline.Node root, String text) {
		List<Choice> choices = new ArrayList<>();
		if (root == null) {
			return choices;
		}
		for (SegurOutline.Node request : root.children()) {
			StringBuilder label = new StringBuilder(request.label().replaceFirst("^demande ", ""));
			int end = Math.min(text.length(), request.offset() + request.length());
			if (request.offset() >= 0 && request.offset() < end) {
				Matcher names = NAME.matcher(text.substring(request.offset(), end));
				Set<String> seen = new LinkedHashSet<>();
				while (names.find() && seen.size() < 4) {
					if (!names.group(1).matches("[A-Z]+-[A-Z]+-.*\\.(pdf|PDF|png|PNG|jpg|JPG)")) {
						seen.add(names.group(1));
					}
				}
				seen.forEach(n -> label.append(" · ").append(n));
			}
			choices.add(new Choice(request, label.toString()));
		}
		return choices;
	}

	@Override
	protected FilteredList createFilteredList(Composite parent) {
		FilteredList list = super.createFilteredList(parent);
		list.setFilterMatcher(new FilteredList.FilterMatcher() {
			private String pattern = "";

			@Override
			public void setFilter(String filter, boolean ignoreCase, boolean ignoreWildCards) {
				pattern = filter == null ? "" : filter.strip().toLowerCase(Locale.ROOT);
			}

			@Override
			public boolean match(Object element) {
				return pattern.isEmpty() || element.toString().toLowerCase(Locale.ROOT).contains(pattern);
			}
		});
		return list;
	}

	/** The chosen request, or null. */
	public SegurOutline.Node chosen() {
		Object[] result = getResult();
		return result != null && result.length == 1 && result[0] instanceof Choice choice ? choice.node() : null;
	}
}
