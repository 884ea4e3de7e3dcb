package fr.segurstudio.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EClass;

import fr.segurstudio.forms.view.Control;
import fr.segurstudio.forms.view.Group;
import fr.segurstudio.forms.view.Table;
import fr.segurstudio.forms.view.View;
import fr.segurstudio.forms.view.ViewFactory;
import fr.segurstudio.model.asp.AspClassMapping;
import fr.segurstudio.model.asp.AspFeatureMapping;

/**
 * The view of a class that no .view file arranges, derived from its .ecore: its JSON features in the order of
 * the seed's table ({@link AspClassMapping#features()}), a control per value or list of values, a group per
 * contained object (showing that object's own view) and a table per contained list; numLigne (renumbered in
 * each file) and fixed values (typeAction « C ») are left out, the values the ASP fills are read-only. The
 * rules of the annotations are added when a view is completed ({@link Views#complete}), so they apply to
 * contributed views as well.
 */
public final class DefaultViews {

	private static final ViewFactory FACTORY = ViewFactory.eINSTANCE;

	private DefaultViews() {
	}

	public static View of(EClass eClass) {
		View view = FACTORY.createView();
		view.setRootEClass(eClass);
		view.setLabel(label(eClass.getName()));
		for (AspFeatureMapping mapping : AspClassMapping.of(eClass).features()) {
			if (mapping.isRenumbered() || mapping.fixedValue() != null) {
				continue;
			}
			String name = mapping.feature().getName();
			if (mapping.isObject()) {
				Group group = FACTORY.createGroup();
				group.setPath(name);
				view.getChildren().add(group);
			} else if (mapping.isObjectList()) {
				Table table = FACTORY.createTable();
				table.setPath(name);
				view.getChildren().add(table);
			} else if (mapping.isValue()) {
				Control control = FACTORY.createControl();
				control.setPath(name);
				control.setReadOnly(mapping.isExportNull());
				view.getChildren().add(control);
			}
		}
		return view;
	}

	/**
	 * The label of a key no view names, its words separated: {@code numeroFINESSJuridique} → « Numero FINESS
	 * juridique », {@code isClientUnique} → « Client unique », {@code RPPS} → « RPPS ». Words start at a capital
	 * after a small letter or a digit, and at the last capital of a run followed by a small letter (FINESS|Juridique);
	 * a run of capitals is an acronym and kept, other words are lower-cased, the first is capitalised; a leading
	 * {@code is} of a boolean's key is dropped. No dictionary: accents and real French come from the .view files.
	 */
	public static String label(String key) {
		List<String> words = new ArrayList<>();
		StringBuilder word = new StringBuilder();
		for (int i = 0; i < key.length(); i++) {
			char c = key.charAt(i);
			if (c == '_' || c == ' ' || c == '-') {
				flush(words, word);
				continue;
			}
			if (word.length() > 0) {
				char previous = key.charAt(i - 1);
				boolean next = i + 1 < key.length() && Character.isLowerCase(key.charAt(i + 1));
				if (Character.isUpperCase(c) && (Character.isLowerCase(previous) || Character.isDigit(previous)
						|| Character.isUpperCase(previous) && next)) {
					flush(words, word);
				} else if (Character.isDigit(c) != Character.isDigit(previous)) {
					flush(words, word);
				}
			}
			word.append(c);
		}
		flush(words, word);
		if (words.size() > 1 && words.get(0).equals("is")) {
			words.remove(0);
		}
		StringBuilder label = new StringBuilder();
		for (String w : words) {
			boolean acronym = w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT));
			String shown = acronym ? w : w.toLowerCase(Locale.ROOT);
			if (label.length() == 0) {
				shown = Character.toUpperCase(shown.charAt(0)) + shown.substring(1);
			} else {
				label.append(' ');
			}
			label.append(shown);
		}
		return label.toString();
	}

	private static void flush(List<String> words, StringBuilder word) {
		if (word.length() > 0) {
			words.add(word.toString());
			word.setLength(0);
		}
	}
}
