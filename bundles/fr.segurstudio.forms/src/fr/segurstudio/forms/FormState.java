package fr.segurstudio.forms;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EContentAdapter;

import fr.segurstudio.forms.view.Container;
import fr.segurstudio.forms.view.Control;
import fr.segurstudio.forms.view.Element;
import fr.segurstudio.forms.view.EnableRule;
import fr.segurstudio.forms.view.Group;
import fr.segurstudio.forms.view.Rule;
import fr.segurstudio.forms.view.ShowRule;
import fr.segurstudio.forms.view.Table;
import fr.segurstudio.forms.view.View;
import fr.segurstudio.model.asp.AspClassMapping;
import fr.segurstudio.model.asp.AspFeatureMapping;
import fr.segurstudio.model.asp.Condition;
import fr.segurstudio.model.asp.FieldValues;

/**
 * What a form shows of one object right now, without any widget: for each element of a (complete) view, the
 * object holding its value, whether it is visible, enabled and required, its length constraint and its choices.
 * Re-evaluated when anything in the object's containment tree changes (an {@link EContentAdapter} on the input:
 * a condition may read the container, {@code ../isMandataire}, or a child, {@code piecesJustificatives.typeFichier});
 * a re-evaluation costs a few dozen condition reads, and listeners hear only of the elements whose state changed.
 * The form of a table's selected row is a detail state ({@link #newDetail}), told of the same changes.
 * Not thread-safe: used on the thread that changes the model (the UI's).
 */
public final class FormState {

	/** Told of the changes, on the thread that made them. */
	public interface Listener {
		/** A value of the input's tree changed: a command, its undo, another page. */
		default void modelChanged(Notification notification) {
		}

		/** These elements were shown or hidden, enabled or disabled, or became required or optional. */
		default void stateChanged(Set<Element> changed) {
		}
	}

	/** One element of the view and what holds for it now. */
	public static final class Node {
		private final Element element;
		private final Node parent;
		private final FeaturePath path;
		private final AspFeatureMapping mapping;
		/** The class of the objects the element's path starts from. */
		private final EClass scopeClass;
		private boolean visible;
		private boolean enabled;
		private boolean required;
		/** Its place in {@link FormState#nodes()}. */
		private int index;

		Node(Element element, Node parent, FeaturePath path, EClass scopeClass) {
			this.element = element;
			this.parent = parent;
			this.path = path;
			this.scopeClass = scopeClass;
			EStructuralFeature feature = path == null ? null : path.feature();
			this.mapping = feature == null ? null : AspClassMapping.of(feature.getEContainingClass()).byFeature(feature);
		}

		public Element element() {
			return element;
		}

		public Node parent() {
			return parent;
		}

		/** The path of its value from its container's object; null for a container without one. */
		public FeaturePath path() {
			return path;
		}

		/** The feature of its value; null for a container without a path. */
		public EStructuralFeature feature() {
			return path == null ? null : path.feature();
		}

		/** How the value is written in the ASP JSON; null for a feature the JSON does not carry (or none). */
		public AspFeatureMapping mapping() {
			return mapping;
		}

		public EClass scopeClass() {
			return scopeClass;
		}

		public boolean isVisible() {
			return visible;
		}

		public boolean isEnabled() {
			return enabled;
		}

		public boolean isRequired() {
			return required;
		}

		/** The JSON key of its value, or the feature name, or null. */
		public String key() {
			return mapping != null ? mapping.key() : path != null ? path.feature().getName() : null;
		}

		@Override
		public String toString() {
			return element.eClass().getName() + (path != null ? " " + path : "") + (visible ? "" : " (masqué)");
		}
	}

	private final View view;
	private final FormContext context;
	/** The state this one is the detail of; null for a form's own state. */
	private final FormState parent;
	private final boolean detail;
	private final List<Node> nodes = new ArrayList<>();
	private final Map<Element, Node> byElement = new IdentityHashMap<>();
	private final List<FormState> details = new CopyOnWriteArrayList<>();
	private final List<Listener> listeners = new CopyOnWriteArrayList<>();
	private final EContentAdapter adapter = new EContentAdapter() {
		@Override
		public void notifyChanged(Notification notification) {
			super.notifyChanged(notification);
			if (!notification.isTouch() && notification.getEventType() != Notification.REMOVING_ADAPTER) {
				changed(notification);
			}
		}
	};
	private EObject input;

	/** The state of a complete view ({@link Views#complete}, {@link ViewRegistry#view}); no input yet. */
	public FormState(View view, FormContext context) {
		this(view, context, null);
	}

	private FormState(View view, FormContext context, FormState parent) {
		this.view = view;
		this.context = context;
		this.parent = parent;
		this.detail = parent != null;
		Node root = new Node(view, null, null, view.getRootEClass());
		add(root);
		addChildren(view, root, view.getRootEClass());
	}

	private void add(Node node) {
		node.index = nodes.size();
		nodes.add(node);
		byElement.put(node.element, node);
	}

	private void addChildren(Container container, Node parent, EClass scope) {
		for (Element element : container.getChildren()) {
			if (element instanceof Group group && group.getPath() == null) {
				Node node = new Node(group, parent, null, scope);
				add(node);
				addChildren(group, node, scope);
				continue;
			}
			String text = element instanceof Control c ? c.getPath() : element instanceof Group g ? g.getPath() : ((Table) element).getPath();
			FeaturePath path = FeaturePath.parse(scope, text, context::concreteClass);
			Node node = new Node(element, parent, path, scope);
			add(node);
			if (element instanceof Group group) {
				addChildren(group, node, FeaturePath.concreteType((EReference) path.feature(), context::concreteClass));
			}
		}
	}

	/** The state of a table's selected row: its input is set by whoever shows the row; told of this state's changes. */
	public FormState newDetail(Table table) {
		FormState state = new FormState(table.getDetail(), context, this);
		details.add(state);
		return state;
	}

	/** Stops a detail state from hearing of changes. */
	public void removeDetail(FormState state) {
		details.remove(state);
	}

	public View view() {
		return view;
	}

	public FormContext context() {
		return context;
	}

	public EObject input() {
		return input;
	}

	/** The input of the form this state belongs to (its own input, or that of the state it is the detail of). */
	public EObject root() {
		return parent == null ? input : parent.root();
	}

	/** The features from the input to the node's value, through the paths of its groups. */
	public List<EStructuralFeature> features(Node node) {
		List<EStructuralFeature> features = new ArrayList<>();
		for (Node n = node; n != null; n = n.parent) {
			if (n.path != null) {
				features.addAll(0, n.path.features());
			}
		}
		return features;
	}

	/** Shows another object (of the view's class, or null): listens to its tree and evaluates the rules on it. */
	public void setInput(EObject newInput) {
		if (newInput == input) {
			return;
		}
		if (!detail && input != null) {
			input.eAdapters().remove(adapter);
		}
		input = newInput;
		if (!detail && input != null) {
			input.eAdapters().add(adapter);
		}
		refresh();
	}

	public void addListener(Listener listener) {
		listeners.add(listener);
	}

	public void removeListener(Listener listener) {
		listeners.remove(listener);
	}

	/** Every element, containers before their children, in the view's order. */
	public List<Node> nodes() {
		return Collections.unmodifiableList(nodes);
	}

	public Node node(Element element) {
		return byElement.get(element);
	}

	/** The node of the first element bound to this path ({@code beneficiaires.nomMandataire}, from the input), or null. */
	public Node find(String path) {
		for (Node node : nodes) {
			if (node.path != null && path.equals(fullPath(node))) {
				return node;
			}
		}
		return null;
	}

	private static String fullPath(Node node) {
		String prefix = node.parent == null ? "" : fullPath(node.parent);
		if (node.path == null) {
			return prefix;
		}
		return prefix.isEmpty() ? node.path.toString() : prefix + "." + node.path;
	}

	/** The object a container's children start from (the input, a contained object); null when absent. */
	public EObject objectOf(Node node) {
		if (node.parent == null) {
			return input;
		}
		EObject scope = objectOf(node.parent);
		if (node.path == null) {
			return scope;
		}
		return scope == null ? null : node.path.feature() instanceof EReference reference && reference.isContainment() && !reference.isMany()
				? node.path.target(scope) : scope;
	}

	/** The object holding the node's value now; null when an object on its path does not exist yet. */
	public EObject owner(Node node) {
		if (node.path == null) {
			return objectOf(node);
		}
		EObject scope = objectOf(node.parent);
		return scope == null ? null : node.path.owner(scope);
	}

	/** The value as the seeds read it (null for an unset feature); null when its owner does not exist. */
	public Object value(Node node) {
		EObject owner = owner(node);
		return owner == null || node.feature() == null ? null : FieldValues.get(owner, node.feature());
	}

	/** The values the node's feature may take ({@link FormContext#choices}); empty when open. */
	public List<Choice> choices(Node node) {
		return node.feature() == null ? List.of() : context.choices(node.feature(), node.mapping);
	}

	public boolean isVisible(Element element) {
		Node node = byElement.get(element);
		return node != null && node.visible;
	}

	public boolean isEnabled(Element element) {
		Node node = byElement.get(element);
		return node != null && node.enabled;
	}

	public boolean isRequired(Element element) {
		Node node = byElement.get(element);
		return node != null && node.required;
	}

	/** The controls shown right now, in order. */
	public List<Node> visibleControls() {
		return nodes.stream().filter(n -> n.visible && n.element instanceof Control).toList();
	}

	/** Evaluates every rule again; tells the listeners which elements changed. */
	public void refresh() {
		Set<Element> changed = evaluate();
		if (!changed.isEmpty()) {
			for (Listener listener : listeners) {
				listener.stateChanged(changed);
			}
		}
	}

	/**
	 * Visible when its container is and every show rule says so; a group none of whose children is visible is
	 * hidden too (the mandataire's group when the mandataire fields are). Enabled likewise with the enable rules,
	 * unless read-only. Required as the seed says ({@link AspFeatureMapping#isRequired}).
	 */
	private Set<Element> evaluate() {
		int size = nodes.size();
		boolean[] visible = new boolean[size];
		boolean[] enabled = new boolean[size];
		boolean[] required = new boolean[size];
		if (input != null) {
			for (int i = 0; i < size; i++) {
				Node node = nodes.get(i);
				int parent = node.parent == null ? -1 : node.parent.index;
				EObject target = owner(node);
				visible[i] = (parent < 0 || visible[parent]) && rulesAllow(node.element, ShowRule.class, target);
				enabled[i] = (parent < 0 || enabled[parent]) && !(node.element instanceof Control c && c.isReadOnly())
						&& rulesAllow(node.element, EnableRule.class, target);
				required[i] = node.mapping != null && node.mapping.isRequired(target);
			}
			boolean[] visibleChild = new boolean[size];
			for (int i = size - 1; i > 0; i--) {
				Node node = nodes.get(i);
				if (node.element instanceof Group group && !group.getChildren().isEmpty() && !visibleChild[i]) {
					visible[i] = false;
				}
				if (visible[i]) {
					visibleChild[node.parent.index] = true;
				}
			}
		}
		Set<Element> changed = new LinkedHashSet<>();
		for (int i = 0; i < size; i++) {
			Node node = nodes.get(i);
			if (visible[i] != node.visible || enabled[i] != node.enabled || required[i] != node.required) {
				node.visible = visible[i];
				node.enabled = enabled[i];
				node.required = required[i];
				changed.add(node.element);
			}
		}
		return changed;
	}

	private static boolean rulesAllow(Element element, Class<? extends Rule> kind, EObject target) {
		for (Rule rule : element.getRules()) {
			if (kind.isInstance(rule)) {
				Condition condition = Condition.of(rule.getCondition());
				boolean holds = condition != null && condition.holds(target);
				boolean inverted = rule instanceof ShowRule show ? show.isHide() : ((EnableRule) rule).isDisable();
				if (holds == inverted) {
					return false;
				}
			}
		}
		return true;
	}

	private void changed(Notification notification) {
		Set<Element> changed = evaluate();
		for (Listener listener : listeners) {
			listener.modelChanged(notification);
		}
		if (!changed.isEmpty()) {
			for (Listener listener : listeners) {
				listener.stateChanged(changed);
			}
		}
		for (FormState state : details) {
			state.changed(notification);
		}
	}

	/** Stops listening to the input. */
	public void dispose() {
		setInput(null);
		listeners.clear();
		details.clear();
	}
}
