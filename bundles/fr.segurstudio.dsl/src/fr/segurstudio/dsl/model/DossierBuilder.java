package fr.segurstudio.dsl.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

import com.google.inject.Inject;

import fr.segurstudio.dsl.segurDsl.AbsentValue;
import fr.segurstudio.dsl.segurDsl.Block;
import fr.segurstudio.dsl.segurDsl.BooleanValue;
import fr.segurstudio.dsl.segurDsl.DateValue;
import fr.segurstudio.dsl.segurDsl.DemandeText;
import fr.segurstudio.dsl.segurDsl.DossierText;
import fr.segurstudio.dsl.segurDsl.Entry;
import fr.segurstudio.dsl.segurDsl.JsonLiteral;
import fr.segurstudio.dsl.segurDsl.ListValue;
import fr.segurstudio.dsl.segurDsl.Member;
import fr.segurstudio.dsl.segurDsl.NameValue;
import fr.segurstudio.dsl.segurDsl.NullValue;
import fr.segurstudio.dsl.segurDsl.NumberValue;
import fr.segurstudio.dsl.segurDsl.Scalar;
import fr.segurstudio.dsl.segurDsl.SegurDslPackage;
import fr.segurstudio.dsl.segurDsl.StringValue;
import fr.segurstudio.dsl.segurDsl.Value;
import fr.segurstudio.dsl.validation.IssueCodes;
import fr.segurstudio.json.RawJson;
import fr.segurstudio.model.asp.AspClassMapping;
import fr.segurstudio.model.asp.AspFeatureMapping;
import fr.segurstudio.model.asp.RawValues;
import fr.segurstudio.model.asp.ValueKind;
import fr.segurstudio.model.core.Demande;
import fr.segurstudio.model.core.Dossier;
import fr.segurstudio.model.core.SegurFactory;
import fr.segurstudio.model.core.SegurPackage;
import fr.segurstudio.model.couloir.Couloir;
import fr.segurstudio.model.issue.Severity;

/**
 * Reads the syntax tree of a .segur text into the model: each entry sets the feature it names, its value
 * converted by the feature's type (a number keeps its zeros in a text field, a date is checked against the
 * calendar). A value of the ASP JSON that does not fit its feature is kept as written ({@link RawValues}), as the
 * JSON importer keeps it — the literal read as the JSON it stands for ({@code "2022-03-14"}, {@code `12345`},
 * {@code absent}) and judged by the importer's reader —, and the text's own words for it are reported; a value
 * of the application's own fields that does not fit is reported and left out.
 */
public class DossierBuilder {

	/** A JSON number as a NUMBER token may write it (no leading zero). */
	private static final Pattern JSON_NUMBER = Pattern.compile("-?(0|[1-9]\\d*)(\\.\\d+)?");

	@Inject
	private TextStructure structure;

	public BuiltDossier build(DossierText text) {
		return new Run(text).build();
	}

	private final class Run {
		private final DossierText text;
		private final Trace trace = new Trace();
		private final List<TextProblem> problems = new ArrayList<>();
		/** For each list of objects, the place in its array of the next element read (objects and values kept as written). */
		private final Map<EObject, Map<EStructuralFeature, Integer>> places = new IdentityHashMap<>();
		private Couloir couloir;

		Run(DossierText text) {
			this.text = text;
		}

		BuiltDossier build() {
			couloir = structure.couloir(text);
			Dossier dossier;
			if (couloir != null) {
				dossier = couloir.newDossier();
			} else {
				dossier = SegurFactory.eINSTANCE.createDossier();
				dossier.setCouloir(text.getCouloir());
				dossier.setLogiciel(text.getLogiciel());
				if (text.getCouloir() != null) {
					problems.add(new TextProblem(Severity.ERROR, IssueCodes.COULOIR, "couloir « " + text.getCouloir() + "-" + text.getLogiciel()
							+ " » non installé ; couloirs installés : " + structure.registry().couloirs().stream().map(Couloir::id)
									.collect(Collectors.joining(", ")),
							text, SegurDslPackage.Literals.DOSSIER_TEXT__COULOIR, -1));
				}
			}
			trace.node(dossier, text);
			for (Member member : text.getMembers()) {
				if (member instanceof Entry entry) {
					apply(dossier, entry);
				} else if (member instanceof DemandeText demandeText) {
					Demande demande = SegurFactory.eINSTANCE.createDemande();
					demande.setNumeroEditeur(demandeText.getNumeroEditeur());
					trace.node(demande, demandeText);
					dossier.getDemandes().add(demande);
					nextPlace(dossier, SegurPackage.Literals.DOSSIER__DEMANDES);
					demandeText.getEntries().forEach(entry -> apply(demande, entry));
					RawValues.keepNumbering(demande, dossier.getDemandes().size());
				}
			}
			return new BuiltDossier(text, dossier, couloir, trace, List.copyOf(problems));
		}

		private void apply(EObject target, Entry entry) {
			EStructuralFeature feature = entry.getFeature();
			if (feature == null || feature.eIsProxy() || !feature.getEContainingClass().isSuperTypeOf(target.eClass())) {
				return; // an unknown name: reported by the linker
			}
			if (!(feature instanceof EReference && feature.isMany()) && trace.entry(target, feature) != null) {
				problem(entry, SegurDslPackage.Literals.ENTRY__FEATURE, IssueCodes.DOUBLE, "« " + TextStructure.name(feature)
						+ " » est déjà renseigné plus haut ; seule la première valeur est lue");
				return;
			}
			trace.entry(target, feature, entry);
			Value value = entry.getValue();
			if (value == null) {
				return; // a syntax error, reported by the parser
			}
			AspFeatureMapping mapping = mapping(feature);
			if (value instanceof AbsentValue && mapping != null) {
				RawValues.hold(target, feature, -1, null); // the key the file did not have
			} else if (feature instanceof EReference reference) {
				reference(target, reference, entry, value);
			} else if (feature.isMany()) {
				list(target, (EAttribute) feature, entry, value);
			} else if (value instanceof Scalar scalar) {
				Object converted = convert(target, (EAttribute) feature, scalar, entry, -1);
				if (converted != RawJson.AS_WRITTEN && (converted != null || scalar instanceof NullValue)) {
					if (converted == null && feature.isUnsettable()) {
						target.eUnset(feature);
					} else {
						target.eSet(feature, converted);
					}
				}
			} else {
				boolean kept = mapping != null && holdable(value);
				problems.add(new TextProblem(Severity.ERROR, IssueCodes.TYPE, "« " + TextStructure.name(feature) + " » attend "
						+ ValueKind.of(feature).expectation(feature), entry, SegurDslPackage.Literals.ENTRY__VALUE, -1, kept ? feature : null, -1));
				if (kept) {
					RawValues.hold(target, feature, -1, json(value)); // a list where one value goes: kept as written
				}
			}
		}

		@SuppressWarnings("unchecked")
		private void reference(EObject target, EReference reference, Entry entry, Value value) {
			String name = TextStructure.name(reference);
			boolean mapped = mapping(reference) != null;
			if (reference.isMany() && value instanceof ListValue list) {
				for (int i = 0; i < list.getItems().size(); i++) { // elements of the array kept as written, at their place
					Scalar item = list.getItems().get(i);
					int place = nextPlace(target, reference);
					if (!holdable(item)) {
						problem(list, SegurDslPackage.Literals.LIST_VALUE__ITEMS, i, IssueCodes.TYPE,
								"« " + name + " » : écrivez chaque objet comme un bloc " + name + " { ... }");
					} else if (mapped) {
						RawValues.hold(target, reference, place, json(item));
					}
				}
				return; // [] : explicitly empty
			}
			if (value instanceof NullValue && !reference.isMany()) {
				target.eSet(reference, null);
				return;
			}
			if (!(value instanceof Block block)) {
				problems.add(new TextProblem(Severity.ERROR, IssueCodes.TYPE, "« " + name + " » attend un bloc { ... }", entry,
						SegurDslPackage.Literals.ENTRY__VALUE, -1, mapped && holdable(value) ? reference : null, -1));
				if (mapped && holdable(value)) {
					RawValues.hold(target, reference, -1, json(value)); // the value the file had instead of the block
				}
				return;
			}
			if (TextStructure.isRawOnly(reference)) {
				problem(entry, SegurDslPackage.Literals.ENTRY__VALUE, IssueCodes.TYPE, "« " + name + " » : une demande s'écrit demande \"NNNNN\" { ... }");
				return;
			}
			if (block.getEntries().isEmpty() && !reference.isMany() && isWrittenEmptyWhenAbsent(reference)) {
				target.eUnset(reference); // "structure {}": the seed's {} (MDV LIBERAL), as in the JSON
				return;
			}
			EClass type = structure.concrete(reference.getEReferenceType(), entry);
			if (type == null) {
				return; // no couloir: reported on the header
			}
			EObject child = EcoreUtil.create(type);
			trace.node(child, block);
			if (reference.isMany()) {
				((EList<EObject>) target.eGet(reference)).add(child);
				nextPlace(target, reference);
			} else {
				target.eSet(reference, child);
			}
			block.getEntries().forEach(e -> apply(child, e));
		}

		/** The place in its array of the next element of this list of objects; counts it. */
		private int nextPlace(EObject target, EStructuralFeature reference) {
			Map<EStructuralFeature, Integer> byFeature = places.computeIfAbsent(target, t -> new HashMap<>(4));
			int place = byFeature.getOrDefault(reference, 0);
			byFeature.put(reference, place + 1);
			return place;
		}

		@SuppressWarnings("unchecked")
		private void list(EObject target, EAttribute attribute, Entry entry, Value value) {
			boolean mapped = mapping(attribute) != null;
			if (!(value instanceof ListValue list)) {
				problems.add(new TextProblem(Severity.ERROR, IssueCodes.TYPE, "« " + TextStructure.name(attribute)
						+ " » attend une liste [ ... ], par exemple [\"111111111\", \"111111112\"]", entry, SegurDslPackage.Literals.ENTRY__VALUE, -1,
						mapped && holdable(value) ? attribute : null, -1));
				if (mapped && holdable(value)) {
					RawValues.hold(target, attribute, -1, json(value)); // the value the file had instead of an array
				}
				return;
			}
			EList<Object> values = (EList<Object>) target.eGet(attribute);
			for (int i = 0; i < list.getItems().size(); i++) {
				Scalar item = list.getItems().get(i);
				if (item instanceof NullValue) {
					problems.add(new TextProblem(Severity.ERROR, IssueCodes.TYPE, "null n'a pas sa place dans une liste", list,
							SegurDslPackage.Literals.LIST_VALUE__ITEMS, i, mapped ? attribute : null, values.size()));
				}
				Object converted = item instanceof NullValue ? RawJson.AS_WRITTEN : convert(target, attribute, item, list, i);
				if (converted == RawJson.AS_WRITTEN && mapped && holdable(item)) {
					values.add(null); // its place in the array, the element kept as written
					RawValues.hold(target, attribute, values.size() - 1, json(item));
				} else if (converted != null && converted != RawJson.AS_WRITTEN) {
					values.add(converted);
				}
			}
		}

		/**
		 * The value of a scalar for this attribute (the one of {@code target}, or its element {@code index}); or
		 * {@link RawJson#AS_WRITTEN} when it is kept as written — a value of the ASP JSON the importer would keep so;
		 * or null after reporting a value of the application's own fields that does not fit. A token of a form the
		 * value kind does not take is reported as before (a text field also takes a number, a date or a name as
		 * written, so that 00001 keeps its zeros); a number the kind takes but the seed does not ({@code 12.5} for an
		 * amount) is the validator's to report.
		 */
		private Object convert(EObject target, EAttribute attribute, Scalar scalar, EObject node, int index) {
			ValueKind kind = ValueKind.of(attribute);
			AspFeatureMapping mapping = mapping(attribute);
			if (mapping != null && !(scalar instanceof AbsentValue)) {
				String json = json(kind, scalar);
				Object read = RawJson.AS_WRITTEN;
				try {
					read = json == null ? RawJson.AS_WRITTEN : RawJson.read(mapping, json);
				} catch (IllegalArgumentException beyondTheReader) {
					json = null; // a number of more than 1000 digits: no JSON file could hold it
				}
				if (read != RawJson.AS_WRITTEN) {
					return read;
				}
				if (json == null) {
					report(node, index, attribute, scalar instanceof JsonLiteral literal ? "« " + TextStructure.name(attribute) + " » : `"
							+ literal.getValue() + "` n'est pas du JSON ; entre accents graves s'écrit une valeur telle qu'un fichier JSON l'a écrite"
							: problem(kind, scalar, attribute));
					return null;
				}
				if (!(scalar instanceof JsonLiteral) && !takes(kind, scalar, attribute)) {
					report(node, index, attribute, problem(kind, scalar, attribute));
				}
				if (index < 0) {
					RawValues.hold(target, attribute, -1, json);
				}
				return RawJson.AS_WRITTEN;
			}
			if (!takes(kind, scalar, attribute)) {
				report(node, index, attribute, problem(kind, scalar, attribute));
				return null;
			}
			return kind.parse(tokenText(kind, scalar), attribute);
		}

		/** True when the token is of a form the kind takes and its text reads as a value of the kind. */
		private boolean takes(ValueKind kind, Scalar scalar, EAttribute attribute) {
			String text = tokenText(kind, scalar);
			if (text == null) {
				return false;
			}
			try {
				kind.parse(text, attribute);
				return true;
			} catch (IllegalArgumentException e) {
				return false;
			}
		}

		/** What the text says of a token the kind does not take. */
		private String problem(ValueKind kind, Scalar scalar, EAttribute attribute) {
			String text = tokenText(kind, scalar);
			if (text != null && kind == ValueKind.DATE) {
				try {
					kind.parse(text, attribute);
				} catch (IllegalArgumentException e) {
					return "« " + TextStructure.name(attribute) + " » : " + e.getMessage();
				}
			}
			return "« " + TextStructure.name(attribute) + " » attend " + kind.expectation(attribute);
		}

		/** A value of the text that could not be read into this attribute. */
		private void report(EObject node, int index, EAttribute attribute, String message) {
			if (node instanceof ListValue list) {
				problems.add(new TextProblem(Severity.ERROR, IssueCodes.TYPE, message, list, SegurDslPackage.Literals.LIST_VALUE__ITEMS, index,
						attribute, index));
			} else {
				problems.add(new TextProblem(Severity.ERROR, IssueCodes.TYPE, message, node, SegurDslPackage.Literals.ENTRY__VALUE, -1,
						attribute, -1));
			}
		}

		private void problem(EObject node, EStructuralFeature nodeFeature, String code, String message) {
			problems.add(new TextProblem(Severity.ERROR, code, message, node, nodeFeature, -1));
		}

		private void problem(EObject node, EStructuralFeature nodeFeature, int index, String code, String message) {
			problems.add(new TextProblem(Severity.ERROR, code, message, node, nodeFeature, index));
		}
	}

	/** The JSON mapping of a feature, null for the application's own fields (status, attached file…). */
	private static AspFeatureMapping mapping(EStructuralFeature feature) {
		return AspClassMapping.of(feature.getEContainingClass()).byFeature(feature);
	}

	/** True when a value of the text can be kept as JSON: a scalar (JSON text that reads), or a list of them. */
	private static boolean holdable(Value value) {
		if (value instanceof ListValue list) {
			return list.getItems().stream().allMatch(DossierBuilder::holdable);
		}
		if (!(value instanceof Scalar scalar) || scalar instanceof AbsentValue) {
			return false;
		}
		String json = json(scalar);
		return json != null && RawJson.isJson(json);
	}

	/**
	 * The JSON a literal of the text stands for where a value of this kind goes: a text field takes a number, a date
	 * or a name as its text ({@code 00001}); elsewhere a number is a JSON number, a date or a name a JSON string;
	 * {@code `…`} is JSON as written. Null for a {@code `…`} that is not JSON.
	 */
	static String json(ValueKind kind, Scalar scalar) {
		if (kind == ValueKind.TEXT && (scalar instanceof NumberValue || scalar instanceof DateValue || scalar instanceof NameValue)) {
			return RawValues.jsonString(tokenText(kind, scalar));
		}
		return json(scalar);
	}

	/** The JSON of a literal by its own form ({@link #json(ValueKind, Scalar)} for a value of a field); null when it has none. */
	static String json(Value value) {
		return switch (value) {
		case StringValue v -> RawValues.jsonString(v.getValue());
		case NameValue v -> RawValues.jsonString(v.getValue());
		case DateValue v -> RawValues.jsonString(v.getValue());
		case NumberValue v -> JSON_NUMBER.matcher(v.getValue()).matches() ? v.getValue() : RawValues.jsonString(v.getValue());
		case BooleanValue v -> v.getValue();
		case NullValue v -> "null";
		case JsonLiteral v -> RawJson.isJson(v.getValue()) ? RawJson.text(RawJson.parse(v.getValue())) : null;
		case ListValue v -> v.getItems().stream().allMatch(item -> json(item) != null)
				? v.getItems().stream().map(DossierBuilder::json).collect(Collectors.joining(",", "[", "]")) : null;
		default -> null;
		};
	}

	/** The text of a token a value of this kind may be written with, or null when the token does not fit. */
	private static String tokenText(ValueKind kind, Scalar scalar) {
		return switch (kind) {
		case TEXT -> scalar instanceof StringValue v ? v.getValue() : scalar instanceof NameValue v ? v.getValue()
				: scalar instanceof NumberValue v ? v.getValue() : scalar instanceof DateValue v ? v.getValue() : null;
		case BOOLEAN -> scalar instanceof BooleanValue v ? v.getValue() : null;
		case AMOUNT, INTEGER -> scalar instanceof NumberValue v ? v.getValue() : null;
		case DATE -> scalar instanceof DateValue v ? v.getValue() : scalar instanceof StringValue v ? v.getValue() : null;
		case ENUMERATION -> scalar instanceof NameValue v ? v.getValue() : scalar instanceof StringValue v ? v.getValue() : null;
		case OBJECT -> null;
		};
	}

	/** A block the seed writes {} when absent (AspFeatureMapping#absentAs). */
	private static boolean isWrittenEmptyWhenAbsent(EReference reference) {
		AspFeatureMapping mapping = AspClassMapping.of(reference.getEContainingClass()).byFeature(reference);
		return mapping != null && "{}".equals(mapping.absentAs());
	}
}
