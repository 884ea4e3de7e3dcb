package fr.segurstudio.model.couloir.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EAnnotation;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

import fr.segurstudio.model.asp.AspAnnotation;
import fr.segurstudio.model.asp.AspClassMapping;
import fr.segurstudio.model.asp.AspFeatureMapping;

/**
 * The ASP annotations of a couloir folder's .ecore checked against their vocabulary ({@link AspAnnotation}): known
 * keys, lengths {@code =N} or {@code <N}, formats, declared code lists, true/false flags, conditions that can be
 * read, types the ASP JSON has a form for. A compiled couloir's mistakes here show in its own tests; a dropped
 * couloir's must show when it is loaded, with the line.
 */
final class AnnotationCheck {

	private static final Pattern LENGTH = Pattern.compile("\\s*[=<]\\s*[1-9][0-9]{0,5}\\s*");
	private static final List<Class<?>> VALUE_TYPES = List.of(String.class, Boolean.class, boolean.class, Integer.class, int.class,
			BigDecimal.class, LocalDate.class);

	private final EcoreFile ecore;
	private final Predicate<String> codeListKnown;
	private final ConditionCheck conditions;
	private final List<String> problems;

	private AnnotationCheck(EcoreFile ecore, Predicate<String> codeListKnown, List<String> problems) {
		this.ecore = ecore;
		this.codeListKnown = codeListKnown;
		this.conditions = new ConditionCheck(List.of(ecore.ePackage));
		this.problems = problems;
	}

	/** Adds to {@code problems} what is wrong in the annotations of the file's classes. */
	static void check(EcoreFile ecore, Predicate<String> codeListKnown, List<String> problems) {
		AnnotationCheck check = new AnnotationCheck(ecore, codeListKnown, problems);
		int before = problems.size();
		for (EClass eClass : ecore.classes()) {
			for (EStructuralFeature feature : eClass.getEStructuralFeatures()) {
				EAnnotation annotation = feature.getEAnnotation(AspAnnotation.SOURCE);
				if (annotation != null) {
					check.feature(eClass, feature, annotation);
				}
			}
			if (eClass.getEAnnotation(AspAnnotation.SOURCE) != null) {
				problems.add(ecore.where(eClass) + " : l'annotation " + AspAnnotation.SOURCE + " se met sur les propriétés, pas sur la classe "
						+ eClass.getName());
			}
		}
		if (problems.size() > before) {
			return;
		}
		for (EClass eClass : ecore.classes()) {
			try {
				AspClassMapping.of(eClass); // what the importer, the exporter and the validator will read: no check may miss it
			} catch (RuntimeException e) {
				problems.add(ecore.where(eClass) + " : annotations illisibles dans " + eClass.getName() + " (" + e.getMessage() + ")");
			}
		}
		if (problems.size() == before) {
			check.keys();
		}
	}

	private void feature(EClass owner, EStructuralFeature feature, EAnnotation annotation) {
		String name = EcoreFile.describe(feature);
		if (feature instanceof EReference reference && !reference.isContainment()) {
			problems.add(ecore.where(feature) + " : " + name + " est une référence non contenue : l'ASP JSON n'écrit que des blocs contenus (containment)");
		}
		if (feature instanceof EAttribute attribute) {
			EDataType type = attribute.getEAttributeType();
			if (!(type instanceof EEnum) && !VALUE_TYPES.contains(type.getInstanceClass())) {
				problems.add(ecore.where(feature) + " : le type « " + type.getName() + " » de " + name
						+ " n'a pas de forme dans l'ASP JSON ; types permis : EString, EBooleanObject, EIntegerObject, Date et Montant du modèle commun, une énumération");
			}
		}
		for (Map.Entry<String, String> detail : annotation.getDetails()) {
			String key = detail.getKey();
			String value = detail.getValue() == null ? "" : detail.getValue().trim();
			String where = ecore.where(annotation, key) + " : " + name + ", « " + key + " »";
			if (!AspAnnotation.KEYS.contains(key)) {
				problems.add(where + " : clé inconnue ; clés permises : " + String.join(", ", AspAnnotation.KEYS));
			} else if (AspAnnotation.FLAGS.contains(key)) {
				if (!value.equals("true") && !value.equals("false")) {
					problems.add(where + " : true ou false attendu, pas « " + value + " »");
				}
			} else if (AspAnnotation.CONDITIONS.contains(key)) {
				conditions.problems(value, owner).forEach(p -> problems.add(where + " : " + p));
			} else {
				String problem = problem(key, value, feature);
				if (problem != null) {
					problems.add(where + " : " + problem);
				}
			}
		}
	}

	private String problem(String key, String value, EStructuralFeature feature) {
		return switch (key) {
		case AspAnnotation.LENGTH -> LENGTH.matcher(value).matches() ? null : "=N (exactement N caractères) ou <N (moins de N) attendu, pas « " + value + " »";
		case AspAnnotation.FORMAT -> Arrays.stream(AspFeatureMapping.Format.values()).map(f -> f.name().toLowerCase(Locale.ROOT))
				.anyMatch(value::equals) ? null
						: "format inconnu « " + value + " » ; formats permis : " + String.join(", ", Arrays.stream(AspFeatureMapping.Format.values())
								.filter(f -> f != AspFeatureMapping.Format.NONE).map(f -> f.name().toLowerCase(Locale.ROOT)).toList());
		case AspAnnotation.CODE_LIST -> value.equals(AspAnnotation.TYPES_PIECES) || codeListKnown.test(value) ? null
				: "liste de codes « " + value + " » inconnue : déclarez-la (<codeList> de couloir.xml) ou écrivez " + AspAnnotation.TYPES_PIECES;
		case AspAnnotation.KEY, AspAnnotation.ALIASES, AspAnnotation.VALUES -> value.isEmpty() ? "valeur vide" : null;
		case AspAnnotation.ABSENT_AS -> feature instanceof EReference r && r.isContainment() && !r.isMany() && value.equals("{}") ? null
				: "seul {} est permis, sur un bloc contenu unique";
		default -> null;
		};
	}

	/** Two features of a class written under one JSON key would make the object ambiguous. */
	private void keys() {
		for (EClass eClass : ecore.classes()) {
			Map<String, AspFeatureMapping> seen = new HashMap<>();
			for (AspFeatureMapping mapping : AspClassMapping.of(eClass).features()) {
				for (String key : concat(mapping.key(), mapping.aliases())) {
					AspFeatureMapping other = seen.putIfAbsent(key, mapping);
					if (other != null && other != mapping) {
						problems.add(ecore.where(mapping.feature()) + " : la clé JSON « " + key + " » sert à " + other.feature().getName() + " et à "
								+ mapping.feature().getName() + " dans " + eClass.getName());
					}
				}
			}
		}
	}

	private static List<String> concat(String key, List<String> aliases) {
		return Stream.concat(Stream.of(key), aliases.stream()).toList();
	}
}
