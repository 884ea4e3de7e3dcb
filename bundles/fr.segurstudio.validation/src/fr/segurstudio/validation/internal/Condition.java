package fr.segurstudio.validation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * The conditions written in the .ecore annotations ({@code isClientUnique=false & isMandataire=true},
 * {@code ../isMandataire=true}, {@code commande.regimeTVA=HT}): terms joined by {@code &}, each a path
 * ({@code ..} goes to the container, {@code .} down to a contained object) compared with {@code =} or
 * {@code !=} to true, false, null or an enumeration literal.
 */
final class Condition {

	private record Term(List<String> path, String expected, boolean negated) {
	}

	private static final Map<String, Condition> CACHE = new ConcurrentHashMap<>();

	private final String text;
	private final List<Term> terms;

	private Condition(String text) {
		this.text = text;
		List<Term> parsed = new ArrayList<>();
		for (String term : text.split("&")) {
			String t = term.trim();
			boolean negated = t.contains("!=");
			String[] sides = t.split(negated ? "!=" : "=", 2);
			if (sides.length != 2) {
				throw new IllegalArgumentException("condition illisible : " + text);
			}
			List<String> path = new ArrayList<>();
			for (String segment : sides[0].trim().split("/")) {
				if (segment.equals("..")) {
					path.add(segment);
					continue;
				}
				for (String part : segment.split("\\.")) {
					if (!part.isEmpty()) {
						path.add(part);
					}
				}
			}
			parsed.add(new Term(List.copyOf(path), sides[1].trim(), negated));
		}
		this.terms = List.copyOf(parsed);
	}

	/** The parsed condition, or null for null text. */
	static Condition of(String text) {
		return text == null ? null : CACHE.computeIfAbsent(text, Condition::new);
	}

	boolean holds(EObject object) {
		for (Term term : terms) {
			boolean equal = term.expected().equals(valueOf(object, term.path()));
			if (equal == term.negated()) {
				return false;
			}
		}
		return true;
	}

	private static String valueOf(EObject object, List<String> path) {
		Object current = object;
		for (String segment : path) {
			if (!(current instanceof EObject eObject)) {
				return "null";
			}
			if (segment.equals("..")) {
				current = eObject.eContainer();
				continue;
			}
			EStructuralFeature feature = eObject.eClass().getEStructuralFeature(segment);
			if (feature == null || feature.isMany()) {
				return "null";
			}
			current = eObject.eIsSet(feature) || !feature.isUnsettable() ? eObject.eGet(feature) : null;
		}
		if (current instanceof Enumerator literal) {
			return literal.getLiteral();
		}
		return String.valueOf(current);
	}

	/** In French, for messages: "isClientUnique vaut false et isMandataire vaut true". */
	String describe() {
		List<String> parts = new ArrayList<>();
		for (Term term : terms) {
			String name = term.path().get(term.path().size() - 1);
			parts.add(name + (term.negated() ? " ne vaut pas " : " vaut ") + term.expected());
		}
		return String.join(" et ", parts);
	}

	@Override
	public String toString() {
		return text;
	}
}
