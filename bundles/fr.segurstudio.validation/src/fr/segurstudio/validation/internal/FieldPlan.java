package fr.segurstudio.validation.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EStructuralFeature;

import fr.segurstudio.model.asp.AspAnnotation;
import fr.segurstudio.model.asp.AspClassMapping;
import fr.segurstudio.model.asp.AspFeatureMapping;

/**
 * What to check on one feature, compiled once per EClass from its .ecore annotations (lengths, formats,
 * code lists, conditions), so that checking 10,000 requests reads no annotation.
 */
record FieldPlan(AspFeatureMapping mapping, EStructuralFeature feature, String key, Kind kind, AspFeatureMapping.Length length,
		Format format, String codeList, Set<String> values, Condition nullUnless, Condition requiredWhen, Condition optionalWhen,
		Condition emptyWhen, boolean optional, boolean nullable, boolean exportNull, boolean renumber, boolean mayBeEmpty) {

	enum Kind {
		STRING, STRINGS, BOOLEAN, ENUM, AMOUNT, DATE, INTEGER, OBJECT, OBJECTS, OTHER
	}

	enum Format {
		NONE, DIGITS, UPPER, EMAIL, SIRET, FINESS, RPPS
	}

	private static final Map<EClass, List<FieldPlan>> PLANS = new ConcurrentHashMap<>();

	static List<FieldPlan> of(EClass eClass) {
		return PLANS.computeIfAbsent(eClass, FieldPlan::compile);
	}

	private static List<FieldPlan> compile(EClass eClass) {
		List<FieldPlan> plans = new ArrayList<>();
		for (AspFeatureMapping m : AspClassMapping.of(eClass).features()) {
			String format = m.format();
			plans.add(new FieldPlan(m, m.feature(), m.key(), kind(m.feature()), m.length(),
					format == null ? Format.NONE : Format.valueOf(format.toUpperCase(java.util.Locale.ROOT)), m.codeList(), m.values(),
					Condition.of(m.detail(AspAnnotation.NULL_UNLESS)), Condition.of(m.detail(AspAnnotation.REQUIRED_WHEN)),
					Condition.of(m.detail(AspAnnotation.OPTIONAL_WHEN)), Condition.of(m.detail(AspAnnotation.EMPTY_WHEN)),
					m.flag(AspAnnotation.OPTIONAL), m.flag(AspAnnotation.NULLABLE), m.isExportNull(), m.isRenumbered(),
					m.flag(AspAnnotation.MAY_BE_EMPTY)));
		}
		return List.copyOf(plans);
	}

	private static Kind kind(EStructuralFeature feature) {
		if (!(feature instanceof EAttribute attribute)) {
			return feature.isMany() ? Kind.OBJECTS : Kind.OBJECT;
		}
		Class<?> type = attribute.getEAttributeType().getInstanceClass();
		if (attribute.getEAttributeType() instanceof EEnum) {
			return Kind.ENUM;
		}
		if (type == String.class) {
			return attribute.isMany() ? Kind.STRINGS : Kind.STRING;
		}
		if (type == Boolean.class || type == boolean.class) {
			return Kind.BOOLEAN;
		}
		if (type == BigDecimal.class) {
			return Kind.AMOUNT;
		}
		if (type == LocalDate.class) {
			return Kind.DATE;
		}
		if (type == Integer.class || type == int.class) {
			return Kind.INTEGER;
		}
		return Kind.OTHER;
	}

	boolean isList() {
		return kind == Kind.STRINGS || kind == Kind.OBJECTS;
	}
}
