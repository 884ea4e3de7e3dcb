package fr.segurstudio.dsl.model;

import fr.segurstudio.dsl.validation.IssueCodes;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

import com.google.inject.Inject;

import fr.segurstudio.dsl.segurDsl.Block;
import fr.segurstudio.dsl.segurDsl.BooleanValue;
import fr.segurstudio.dsl.segurDsl.DateValue;
import fr.segurstudio.dsl.segurDsl.DemandeText;
import fr.segurstudio.dsl.segurDsl.DossierText;
import fr.segurstudio.dsl.segurDsl.Entry;
import fr.segurstudio.dsl.segurDsl.ListValue;
import fr.segurstudio.dsl.segurDsl.Member;
import fr.segurstudio.dsl.segurDsl.NameValue;
import fr.segurstudio.dsl.segurDsl.NullValue;
import fr.segurstudio.dsl.segurDsl.NumberValue;
import fr.segurstudio.dsl.segurDsl.Scalar;
import fr.segurstudio.dsl.segurDsl.SegurDslPackage;
import fr.segurstudio.dsl.segurDsl.StringValue;
import fr.segurstudio.dsl.segurDsl.Value;
import fr.segurstudio.model.asp.AspClassMapping;
import fr.segurstudio.model.asp.AspFeatureMapping;
import fr.segurstudio.model.asp.ValueKind;
import fr.segurstudio.model.core.Demande;
import fr.segurstudio.model.core.Dossier;
import fr.segurstudio.model.core.SegurFactory;
import fr.segurstudio.model.couloir.Couloir;
import fr.segurstudio.model.issue.Severity;

/**
 * Reads the syntax tree of a .segur text into the model: each entry sets the feature it names, its value
 * converted by the feature's type (a number keeps its zeros in a text field, a date is checked against the
 * calendar). A value that does not fit is reported on its text and left out; the rest is read.
 */
public class DossierBuilder {

	@Inject
	private TextStructure structure;

	public BuiltDossier build(DossierText text) {
		return new Run(text).build();
	}

	private final class Run {
		private final DossierText text;
		private final Trace trace = new Trace();
		private final List<TextProblem> problems = new ArrayList<>();
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
					demandeText.getEntries().forEach(entry -> apply(demande, entry));
				}
			}
			return new BuiltDossier(text, dossier, couloir, trace, List.copyOf(problems));
		}

		private void apply(EObject target, Entry entry) {
			EStructuralFeature feature = entry.getFeature();
			if (feature == null || feature.eIsProxy() || !feature.getEContainingClass().isSuperTypeOf(target.eClass())) {
				return; // an unknown name: reported by the linker
			}
			if (!feature.isMany() && trace.entry(target, feature) != null) {
				problem(entry, SegurDslPackage.Literals.ENTRY__FEATURE, IssueCodes.DOUBLE, "« " + TextStructure.name(feature)
						+ " » est déjà renseigné plus haut ; seule la première valeur est lue");
				return;
			}
			trace.entry(target, feature, entry);
			Value value = entry.getValue();
			if (value == null) {
				return; // a syntax error, reported by the parser
			}
			if (feature instanceof EReference reference) {
				reference(target, reference, entry, value);
			} else if (feature.isMany()) {
				list(target, (EAttribute) feature, entry, value);
			} else if (value instanceof Scalar scalar) {
				Object converted = scalar instanceof NullValue ? null : convert((EAttribute) feature, scalar, entry, -1);
				if (converted != null || scalar instanceof NullValue) {
					if (converted == null && feature.isUnsettable()) {
						target.eUnset(feature);
					} else {
						target.eSet(feature, converted);
					}
				}
			} else {
				problem(entry, SegurDslPackage.Literals.ENTRY__VALUE, IssueCodes.TYPE, "« " + TextStructure.name(feature) + " » attend "
						+ ValueKind.of(feature).expectation(feature));
			}
		}

		@SuppressWarnings("unchecked")
		private void reference(EObject target, EReference reference, Entry entry, Value value) {
			String name = TextStructure.name(reference);
			if (value instanceof NullValue && !reference.isMany()) {
				target.eSet(reference, null);
				return;
			}
			if (value instanceof ListValue list && list.getItems().isEmpty() && reference.isMany()) {
				return; // [] : explicitly empty
			}
			if (!(value instanceof Block block)) {
				problem(entry, SegurDslPackage.Literals.ENTRY__VALUE, IssueCodes.TYPE, "« " + name + " » attend un bloc { ... }");
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
			} else {
				target.eSet(reference, child);
			}
			block.getEntries().forEach(e -> apply(child, e));
		}

		@SuppressWarnings("unchecked")
		private void list(EObject target, EAttribute attribute, Entry entry, Value value) {
			if (!(value instanceof ListValue list)) {
				problem(entry, SegurDslPackage.Literals.ENTRY__VALUE, IssueCodes.TYPE, "« " + TextStructure.name(attribute)
						+ " » attend une liste [ ... ], par exemple [\"111111111\", \"111111112\"]");
				return;
			}
			EList<Object> values = (EList<Object>) target.eGet(attribute);
			for (int i = 0; i < list.getItems().size(); i++) {
				Scalar item = list.getItems().get(i);
				Object converted = item instanceof NullValue ? null : convert(attribute, item, list, i);
				if (converted != null) {
					values.add(converted);
				} else if (item instanceof NullValue) {
					problem(list, SegurDslPackage.Literals.LIST_VALUE__ITEMS, i, IssueCodes.TYPE, "null n'a pas sa place dans une liste");
				}
			}
		}

		/**
		 * The value of a scalar for this attribute, or null after reporting why it does not fit: the token
		 * must be of a form the value kind takes (a text field also takes a number, a date or a name as
		 * written, so that 00001 keeps its zeros), then its text is read as the kind reads it.
		 */
		private Object convert(EAttribute attribute, Scalar scalar, EObject node, int index) {
			ValueKind kind = ValueKind.of(attribute);
			String text = tokenText(kind, scalar);
			if (text != null) {
				try {
					return kind.parse(text, attribute);
				} catch (IllegalArgumentException e) {
					if (kind == ValueKind.DATE) {
						report(node, index, attribute, "« " + TextStructure.name(attribute) + " » : " + e.getMessage());
						return null;
					}
				}
			}
			report(node, index, attribute, "« " + TextStructure.name(attribute) + " » attend " + kind.expectation(attribute));
			return null;
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
