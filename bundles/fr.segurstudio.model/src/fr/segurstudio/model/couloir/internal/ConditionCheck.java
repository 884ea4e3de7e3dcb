package fr.segurstudio.model.couloir.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

import fr.segurstudio.model.asp.Condition;
import fr.segurstudio.model.asp.ValueKind;
import fr.segurstudio.model.core.SegurPackage;

/**
 * Whether a condition of a couloir's declaration or annotations ({@code commande.regimeTVA=HT},
 * {@code ../isMandataire=true}) can ever be read: each segment of its paths a feature of the classes reached
 * (through {@code ..}, the classes that contain them; for the core's abstract classes, the couloir's subclasses),
 * a value compared to what its feature can hold. A misspelt path reads null and silently never holds: here it is
 * a mistake with its place.
 */
final class ConditionCheck {

	private final List<EClass> classes = new ArrayList<>();

	/** The classes of the core metamodel and of these couloir packages. */
	ConditionCheck(List<EPackage> couloirPackages) {
		List<EPackage> packages = new ArrayList<>(couloirPackages);
		packages.add(0, SegurPackage.eINSTANCE);
		for (EPackage ePackage : packages) {
			collect(ePackage);
		}
	}

	private void collect(EPackage ePackage) {
		for (EClassifier classifier : ePackage.getEClassifiers()) {
			if (classifier instanceof EClass eClass) {
				classes.add(eClass);
			}
		}
		ePackage.getESubpackages().forEach(this::collect);
	}

	/** What is wrong with the condition read on objects of {@code owner}, in French; empty when it holds together. */
	List<String> problems(String text, EClass owner) {
		Condition condition;
		try {
			condition = Condition.of(text);
		} catch (IllegalArgumentException e) {
			return List.of("condition « " + text + " » illisible : chaque terme s'écrit chemin=valeur ou chemin!=valeur, joints par &");
		}
		List<String> problems = new ArrayList<>();
		for (Condition.Term term : condition.terms()) {
			String problem = problem(term, owner);
			if (problem != null) {
				problems.add("condition « " + text + " » : " + problem);
			}
		}
		return problems;
	}

	private String problem(Condition.Term term, EClass owner) {
		Set<EClass> current = Set.of(owner);
		boolean many = false;
		List<String> path = term.path();
		if (path.isEmpty()) {
			return "un chemin manque avant « " + (term.negated() ? "!=" : "=") + " »";
		}
		for (int i = 0; i < path.size(); i++) {
			String segment = path.get(i);
			if (segment.equals("..")) {
				Set<EClass> containers = containers(current);
				if (containers.isEmpty()) {
					return "« .. » : " + names(current) + " n'est contenu dans aucune classe";
				}
				current = containers;
				continue;
			}
			Set<EClass> next = new LinkedHashSet<>();
			EAttribute attribute = null;
			for (EClass eClass : widened(current)) {
				EStructuralFeature feature = eClass.getEStructuralFeature(segment);
				if (feature instanceof EReference reference) {
					next.add(reference.getEReferenceType());
					many = reference.isMany();
				} else if (feature instanceof EAttribute a) {
					attribute = a;
				}
			}
			if (next.isEmpty() && attribute == null) {
				return "« " + segment + " » n'est pas une propriété de " + names(current);
			}
			if (attribute != null) {
				if (i < path.size() - 1) {
					return "« " + segment + " » est une valeur, pas un bloc : « " + path.get(i + 1) + " » ne peut pas la suivre";
				}
				return valueProblem(attribute, term.expected());
			}
			current = next;
		}
		if (many) { // a list of blocks compares to [] (Condition: « a list to [] »)
			return "[]".equals(term.expected()) ? null : "le chemin mène à une liste de blocs, qui ne se compare qu'à []";
		}
		return "null".equals(term.expected()) ? null : "le chemin mène à un bloc, qui ne se compare qu'à null";
	}

	private static String valueProblem(EAttribute attribute, String expected) {
		if ("null".equals(expected)) {
			return null;
		}
		ValueKind kind = ValueKind.of(attribute);
		List<String> choices = kind.choices(attribute);
		if (!choices.isEmpty() && !choices.contains(expected)) {
			return "« " + expected + " » n'est pas une valeur de " + attribute.getName() + " ; valeurs possibles : "
					+ String.join(", ", choices) + ", null";
		}
		if (attribute.getEAttributeType() instanceof EEnum && choices.isEmpty()) {
			return attribute.getName() + " est une énumération sans valeur";
		}
		return null;
	}

	/** The classes and, for an abstract one, its subclasses (the couloir's beneficiaries of the core Beneficiaires). */
	private Set<EClass> widened(Set<EClass> current) {
		Set<EClass> all = new LinkedHashSet<>(current);
		for (EClass eClass : classes) {
			for (EClass c : current) {
				if (c.isSuperTypeOf(eClass)) {
					all.add(eClass);
				}
			}
		}
		return all;
	}

	/** The classes whose containment references can hold an object of one of these classes. */
	private Set<EClass> containers(Set<EClass> current) {
		Set<EClass> containers = new LinkedHashSet<>();
		for (EClass eClass : classes) {
			for (EReference reference : eClass.getEAllContainments()) {
				for (EClass c : current) {
					if (reference.getEReferenceType().isSuperTypeOf(c)) {
						containers.add(eClass);
					}
				}
			}
		}
		return containers;
	}

	private static String names(Set<EClass> classes) {
		return classes.stream().map(EClass::getName).collect(Collectors.joining(" ou "));
	}
}
