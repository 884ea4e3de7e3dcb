package fr.segurstudio.model.asp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * The conditions written in the .ecore annotations and the couloirs' declarations
 * ({@code isClientUnique=false & isMandataire=true}, {@code ../isMandataire=true},
 * {@code commande.regimeTVA=HT}, {@code piecesJustificatives.typeFichier=PREUVE_ACT_BIO}): terms joined by
 * {@code &}, each a path ({@code ..} goes to the container, {@code .} down to a contained object; through a
 * list, the term holds when one of its elements matches) compared with {@code =} or {@code !=} to true,
 * false, null, an enumeration literal or a text, or a list to {@code []} (empty). Read by the validator, the
 * writer and the forms' rules.
 */
public final class Condition {

	/**
	 * One comparison of a condition: a path ({@code ..} for the container) compared with {@code =} or, negated,
	 * {@code !=} to the text of a value.
	 */
	public record Term(List<String> path, String expected, boolean negated) {
	}

	private static final Map<String, Condition> CACHE = new ConcurrentHashMap<>();
	/** What a list is compared with to say that it is empty. */
	private static final String EMPTY_LIST = "[]";

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
	public static Condition of(String text) {
		return text == null ? null : CACHE.computeIfAbsent(text, Condition::new);
	}

	public boolean holds(EObject object) {
		for (Term term : terms) {
			boolean equal = matches(object, term.path(), 0, term.expected());
			if (equal == term.negated()) {
				return false;
			}
		}
		return true;
	}

	/** The comparisons, all of which must hold (for the checks of a couloir's declaration). */
	public List<Term> terms() {
		return terms;
	}

	/** The features a condition reads on the object it is evaluated on (first segments), for the forms to listen to. */
	public List<String> firstSegments() {
		return terms.stream().map(t -> t.path().get(0)).distinct().toList();
	}

	private static boolean matches(Object current, List<String> path, int from, String expected) {
		for (int i = from; i < path.size(); i++) {
			if (!(current instanceof EObject eObject)) {
				return "null".equals(expected);
			}
			String segment = path.get(i);
			if (segment.equals("..")) {
				current = eObject.eContainer();
				continue;
			}
			EStructuralFeature feature = eObject.eClass().getEStructuralFeature(segment);
			if (feature == null) {
				return "null".equals(expected);
			}
			if (feature.isMany()) {
				if (EMPTY_LIST.equals(expected) && i == path.size() - 1) {
					return ((List<?>) eObject.eGet(feature)).isEmpty();
				}
				for (Object element : (List<?>) eObject.eGet(feature)) {
					if (matches(element, path, i + 1, expected)) {
						return true;
					}
				}
				return false;
			}
			current = eObject.eIsSet(feature) || !feature.isUnsettable() ? eObject.eGet(feature) : null;
		}
		return expected.equals(text(current));
	}

	private static String text(Object value) {
		if (value instanceof Enumerator literal) {
			return literal.getLiteral();
		}
		return String.valueOf(value);
	}

	/** In French, for messages: "isClientUnique vaut false et isMandataire vaut true". */
	public String describe() {
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
