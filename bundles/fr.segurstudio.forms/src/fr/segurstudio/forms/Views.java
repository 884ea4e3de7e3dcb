package fr.segurstudio.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

import fr.segurstudio.forms.view.Container;
import fr.segurstudio.forms.view.Control;
import fr.segurstudio.forms.view.Element;
import fr.segurstudio.forms.view.Group;
import fr.segurstudio.forms.view.Rule;
import fr.segurstudio.forms.view.ShowRule;
import fr.segurstudio.forms.view.Table;
import fr.segurstudio.forms.view.View;
import fr.segurstudio.forms.view.ViewFactory;
import fr.segurstudio.model.asp.AspClassMapping;
import fr.segurstudio.model.asp.AspFeatureMapping;
import fr.segurstudio.model.asp.Condition;

/**
 * Completing and checking views. A view as written (contributed or default) leaves things to the data: a group
 * bound to a contained object without children shows that object's view, a table without detail its element
 * class's view, a missing label is the humanised key; and the rules of the .ecore annotations always apply
 * (a {@code nullUnless} feature is shown only when its condition holds, an {@code emptyWhen} one is hidden when
 * its condition holds). {@link #complete} writes all that into a copy, which is what forms render.
 */
public final class Views {

	/** Deeper than this, a class would contain itself: the nesting stops. */
	private static final int MAX_DEPTH = 8;
	/** Columns a table shows when its view names none. */
	private static final int DEFAULT_COLUMNS = 3;

	private Views() {
	}

	/** The view of a class as written: contributed, or the default one. */
	@FunctionalInterface
	public interface Source {
		View viewOf(EClass eClass);
	}

	/**
	 * A complete copy of {@code view} (of {@code eClass}): nested groups and table details filled from
	 * {@code source}, labels, default columns and the annotations' rules added; elements whose path names nothing
	 * are left out ({@link #check} reports them).
	 */
	public static View complete(View view, EClass eClass, Source source, FormContext context) {
		View copy = EcoreUtil.copy(view);
		if (copy.getRootEClass() == null || copy.getRootEClass().eIsProxy()) {
			copy.setRootEClass(eClass);
		}
		if (copy.getLabel() == null) {
			copy.setLabel(DefaultViews.label(eClass.getName()));
		}
		completeContainer(copy, copy.getRootEClass(), source, context, 0);
		return copy;
	}

	private static void completeContainer(Container container, EClass scope, Source source, FormContext context, int depth) {
		for (Element element : List.copyOf(container.getChildren())) {
			try {
				completeElement(element, scope, source, context, depth);
			} catch (IllegalArgumentException e) {
				container.getChildren().remove(element);
			}
		}
	}

	private static void completeElement(Element element, EClass scope, Source source, FormContext context, int depth) {
		if (element instanceof Control control) {
			FeaturePath path = FeaturePath.parse(scope, control.getPath(), context::concreteClass);
			labelAndRules(control, path);
		} else if (element instanceof Group group) {
			if (group.getPath() == null) {
				completeContainer(group, scope, source, context, depth);
				return;
			}
			FeaturePath path = FeaturePath.parse(scope, group.getPath(), context::concreteClass);
			EClass type = FeaturePath.concreteType(singleContainment(path), context::concreteClass);
			if (group.getChildren().isEmpty() && depth < MAX_DEPTH) {
				View embedded = source.viewOf(type);
				group.getChildren().addAll(EcoreUtil.copyAll(embedded.getChildren()));
				group.getRules().addAll(EcoreUtil.copyAll(embedded.getRules()));
				if (group.getLabel() == null) {
					group.setLabel(embedded.getLabel());
				}
			}
			labelAndRules(group, path);
			completeContainer(group, type, source, context, depth + 1);
		} else if (element instanceof Table table) {
			FeaturePath path = FeaturePath.parse(scope, table.getPath(), context::concreteClass);
			if (!(path.feature() instanceof EReference reference) || !reference.isContainment() || !reference.isMany()) {
				throw new IllegalArgumentException(table.getPath() + " n'est pas une liste d'objets contenus");
			}
			EClass type = FeaturePath.concreteType(reference, context::concreteClass);
			if (table.getDetail() == null && depth < MAX_DEPTH) {
				table.setDetail(EcoreUtil.copy(source.viewOf(type)));
			}
			if (table.getDetail() != null) {
				table.getDetail().setRootEClass(type);
				completeContainer(table.getDetail(), type, source, context, depth + 1);
			}
			if (table.getColumns().isEmpty()) {
				table.getColumns().addAll(defaultColumns(table.getDetail(), type));
			}
			labelAndRules(table, path);
		}
	}

	private static EReference singleContainment(FeaturePath path) {
		if (path.feature() instanceof EReference reference && reference.isContainment() && !reference.isMany()) {
			return reference;
		}
		throw new IllegalArgumentException(path + " n'est pas un objet contenu unique");
	}

	private static List<String> defaultColumns(View detail, EClass type) {
		List<String> columns = new ArrayList<>();
		if (detail == null) {
			return columns;
		}
		for (Control control : controlsOf(detail)) {
			EStructuralFeature feature = type.getEStructuralFeature(control.getPath());
			if (feature instanceof EAttribute && !feature.isMany() && columns.size() < DEFAULT_COLUMNS) {
				columns.add(feature.getName());
			}
		}
		return columns;
	}

	/**
	 * The label of the element of a complete view that shows this feature of the view's own object (a control, a group
	 * or a table, in the view or in its groups without a path), else the humanised JSON key of the feature.
	 */
	public static String label(View view, EStructuralFeature feature) {
		String label = labelIn(view, feature.getName());
		if (label != null) {
			return label;
		}
		AspFeatureMapping mapping = AspClassMapping.of(feature.getEContainingClass()).byFeature(feature);
		return DefaultViews.label(mapping != null ? mapping.key() : feature.getName());
	}

	private static String labelIn(Container container, String path) {
		for (Element element : container.getChildren()) {
			String elementPath = element instanceof Control c ? c.getPath() : element instanceof Group g ? g.getPath()
					: element instanceof Table t ? t.getPath() : null;
			if (path.equals(elementPath)) {
				return element.getLabel();
			}
			if (element instanceof Group group && group.getPath() == null) {
				String inGroup = labelIn(group, path);
				if (inGroup != null) {
					return inGroup;
				}
			}
		}
		return null;
	}

	/** The controls of a view that read the view's own object (not those of a group bound to a contained object). */
	private static List<Control> controlsOf(Container container) {
		List<Control> controls = new ArrayList<>();
		for (Element element : container.getChildren()) {
			if (element instanceof Control control) {
				controls.add(control);
			} else if (element instanceof Group group && group.getPath() == null) {
				controls.addAll(controlsOf(group));
			}
		}
		return controls;
	}

	private static void labelAndRules(Element element, FeaturePath path) {
		EStructuralFeature feature = path.feature();
		AspFeatureMapping mapping = AspClassMapping.of(feature.getEContainingClass()).byFeature(feature);
		if (element.getLabel() == null) {
			element.setLabel(DefaultViews.label(mapping != null ? mapping.key() : feature.getName()));
		}
		if (mapping == null) {
			return;
		}
		for (Rule rule : derivedRules(mapping)) {
			if (element.getRules().stream().noneMatch(r -> EcoreUtil.equals(r, rule))) {
				element.getRules().add(rule);
			}
		}
	}

	/**
	 * The rules the annotations of a feature give its element: {@code nullUnless} → shown when its condition
	 * holds; {@code emptyWhen} → hidden when its condition holds.
	 */
	public static List<Rule> derivedRules(AspFeatureMapping mapping) {
		List<Rule> rules = new ArrayList<>();
		if (mapping.nullUnless() != null) {
			rules.add(show(mapping.nullUnless(), false));
		}
		if (mapping.emptyWhen() != null) {
			rules.add(show(mapping.emptyWhen(), true));
		}
		return rules;
	}

	private static ShowRule show(Condition condition, boolean hide) {
		ShowRule rule = ViewFactory.eINSTANCE.createShowRule();
		rule.setCondition(condition.toString());
		rule.setHide(hide);
		return rule;
	}

	/**
	 * What is wrong in a view as written, in French, one line each: a class that does not exist, a path that
	 * names no feature or goes through something else than a contained object, a table that is not bound to a
	 * list of objects, a column or a condition naming a feature its class does not have.
	 */
	public static List<String> check(View view, UnaryOperator<EClass> concrete) {
		List<String> problems = new ArrayList<>();
		EClass root = view.getRootEClass();
		if (root == null || root.eIsProxy()) {
			problems.add("une vue ne désigne aucune classe existante (rootEClass "
					+ (root == null ? "absent" : EcoreUtil.getURI(root)) + ")");
			return problems;
		}
		String where = "vue " + root.getName();
		checkRules(view, root, where, problems);
		checkContainer(view, root, concrete, where, problems);
		return problems;
	}

	private static void checkContainer(Container container, EClass scope, UnaryOperator<EClass> concrete, String where,
			List<String> problems) {
		for (Element element : container.getChildren()) {
			try {
				checkElement(element, scope, concrete, where, problems);
			} catch (IllegalArgumentException e) {
				problems.add(where + " : " + describe(element) + " : " + e.getMessage());
			}
		}
	}

	private static void checkElement(Element element, EClass scope, UnaryOperator<EClass> concrete, String where, List<String> problems) {
		if (element instanceof Group group && group.getPath() == null) {
			checkRules(group, scope, where, problems);
			checkContainer(group, scope, concrete, where, problems);
			return;
		}
		String text = element instanceof Control c ? c.getPath() : element instanceof Group g ? g.getPath() : ((Table) element).getPath();
		FeaturePath path = FeaturePath.parse(scope, text, concrete);
		List<EStructuralFeature> features = path.features();
		EClass ownerClass = features.size() == 1 ? scope : FeaturePath.concreteType((EReference) features.get(features.size() - 2), concrete);
		checkRules(element, ownerClass, where, problems);
		if (element instanceof Control) {
			if (path.feature() instanceof EReference) {
				throw new IllegalArgumentException("« " + text + " » est un objet ou une liste d'objets : un groupe (Group) ou une table (Table) le montre");
			}
		} else if (element instanceof Group group) {
			EClass type = FeaturePath.concreteType(singleContainment(path), concrete);
			checkContainer(group, type, concrete, where, problems);
		} else if (element instanceof Table table) {
			if (!(path.feature() instanceof EReference reference) || !reference.isContainment() || !reference.isMany()) {
				throw new IllegalArgumentException("« " + text + " » n'est pas une liste d'objets contenus");
			}
			EClass type = FeaturePath.concreteType(reference, concrete);
			for (String column : table.getColumns()) {
				if (type.getEStructuralFeature(column) == null) {
					problems.add(where + " : " + describe(table) + " : la colonne « " + column + " » n'est pas une propriété de " + type.getName());
				}
			}
			if (table.getDetail() != null) {
				checkRules(table.getDetail(), type, where, problems);
				checkContainer(table.getDetail(), type, concrete, where + " > " + type.getName(), problems);
			}
		}
	}

	private static void checkRules(Element element, EClass ownerClass, String where, List<String> problems) {
		for (Rule rule : element.getRules()) {
			try {
				Condition condition = Condition.of(rule.getCondition());
				if (condition == null) {
					problems.add(where + " : " + describe(element) + " : une règle sans condition");
					continue;
				}
				for (String segment : condition.firstSegments()) {
					if (!segment.equals("..") && ownerClass.getEStructuralFeature(segment) == null) {
						problems.add(where + " : " + describe(element) + " : la condition « " + condition + " » lit « " + segment
								+ " », qui n'est pas une propriété de " + ownerClass.getName());
					}
				}
			} catch (IllegalArgumentException e) {
				problems.add(where + " : " + describe(element) + " : " + e.getMessage());
			}
		}
	}

	private static String describe(Element element) {
		String kind = element.eClass().getName();
		String path = element instanceof Control c ? c.getPath() : element instanceof Group g ? g.getPath() : element instanceof Table t ? t.getPath() : null;
		return kind + (path != null ? " « " + path + " »" : element.getLabel() != null ? " « " + element.getLabel() + " »" : "");
	}

	/** A source reading contributed views first, the default view otherwise. */
	public static Source withDefaults(Function<EClass, View> contributed) {
		return eClass -> {
			View view = contributed.apply(eClass);
			return view != null ? view : DefaultViews.of(eClass);
		};
	}
}
