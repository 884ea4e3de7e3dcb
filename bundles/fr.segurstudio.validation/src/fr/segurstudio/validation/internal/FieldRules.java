package fr.segurstudio.validation.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;

import fr.segurstudio.model.asp.AspValues;
import fr.segurstudio.model.core.Demande;
import fr.segurstudio.model.core.StatutDemande;
import fr.segurstudio.model.couloir.CodeList;
import fr.segurstudio.model.couloir.Couloir;
import fr.segurstudio.model.couloir.TypePiece;
import fr.segurstudio.validation.IssueCodes;
import fr.segurstudio.validation.RuleContext;

/**
 * The checks that are data: every mapped feature of every object, in the order of the seed's table,
 * against what its .ecore annotations say (seeds §3.2): present when "Obligatoire", null or empty when a
 * condition says so, the VARCHAR length (=N, <N), digits, UPPER CASE, e-mail shape, closed values, code
 * lists, amounts with two decimals. The first failing check of a value is the one reported.
 */
final class FieldRules {

	private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@]+\\.[^\\s@]{2,}");
	private static final Pattern FINESS = Pattern.compile("(\\d{2}|2A|2B)\\d{7}");
	static final String TYPES_PIECES = "typesPieces";

	private FieldRules() {
	}

	/** Checks an object and, unless {@code deep} is false, the objects it contains. */
	static void check(EObject object, RuleContext context, boolean deep) {
		for (FieldPlan plan : FieldPlan.of(object.eClass())) {
			if (!deep && (plan.kind() == FieldPlan.Kind.OBJECT || plan.kind() == FieldPlan.Kind.OBJECTS)) {
				continue;
			}
			checkFeature(object, plan, context, deep);
		}
	}

	private static void checkFeature(EObject object, FieldPlan plan, RuleContext context, boolean deep) {
		Object value = plan.feature().isUnsettable() && !object.eIsSet(plan.feature()) ? null : object.eGet(plan.feature());
		boolean absent = isAbsent(plan, value);
		if (plan.renumber()) {
			return;
		}
		if (plan.exportNull()) {
			if (!absent && !answeredByThePortal(object)) {
				context.error(IssueCodes.RESERVE_ASP, "« " + plan.key() + " » est rempli par l'ASP : null pour une nouvelle demande (lu : "
						+ Texts.quote(value) + ")", object, plan.feature(), -1);
			}
			return;
		}
		if (plan.emptyWhen() != null && plan.emptyWhen().holds(object)) {
			if (!isEmpty(plan, value)) {
				context.error(IssueCodes.VIDE_ATTENDU, "« " + plan.key() + " » doit être " + emptyForm(plan) + " quand "
						+ plan.emptyWhen().describe(), object, plan.feature(), -1);
			}
			return;
		}
		if (plan.nullUnless() != null && !plan.nullUnless().holds(object)) {
			if (!absent) {
				context.error(IssueCodes.NULL_ATTENDU, "« " + plan.key() + " » doit valoir null sauf si " + plan.nullUnless().describe()
						+ " (lu : " + Texts.quote(value) + ")", object, plan.feature(), -1);
			}
			return;
		}
		if (absent) {
			if (required(plan, object)) {
				context.error(IssueCodes.OBLIGATOIRE, "« " + plan.key() + " » est obligatoire" + requiredWhy(plan) + (plan.isList() ? " (au moins une valeur)" : ""),
						object, plan.feature(), -1);
			}
			return;
		}
		switch (plan.kind()) {
		case STRING -> checkString(object, plan, (String) value, -1, context);
		case STRINGS -> {
			List<?> list = (List<?>) value;
			for (int i = 0; i < list.size(); i++) {
				checkString(object, plan, (String) list.get(i), i, context);
			}
		}
		case AMOUNT -> checkAmount(object, plan, (BigDecimal) value, context);
		case OBJECT -> {
			if (deep) {
				check((EObject) value, context, true);
			}
		}
		case OBJECTS -> {
			if (deep) {
				for (Object child : (List<?>) value) {
					check((EObject) child, context, true);
				}
			}
		}
		default -> {
			// typed values (booleans, enumerations, dates, integers) are right by construction
		}
		}
	}

	/** A returned request keeps what the portal wrote in its reserved fields. */
	private static boolean answeredByThePortal(EObject object) {
		return object instanceof Demande demande
				&& (demande.getStatut() == StatutDemande.ACCEPTEE || demande.getStatut() == StatutDemande.REJETEE);
	}

	static boolean required(FieldPlan plan, EObject object) {
		if (plan.nullUnless() != null) {
			return plan.nullUnless().holds(object);
		}
		if (plan.requiredWhen() != null) {
			return plan.requiredWhen().holds(object);
		}
		if (plan.optionalWhen() != null) {
			return !plan.optionalWhen().holds(object);
		}
		return !plan.optional() && !plan.nullable() && !(plan.isList() && plan.mayBeEmpty());
	}

	private static String requiredWhy(FieldPlan plan) {
		if (plan.nullUnless() != null) {
			return " quand " + plan.nullUnless().describe();
		}
		if (plan.requiredWhen() != null) {
			return " quand " + plan.requiredWhen().describe();
		}
		if (plan.optionalWhen() != null) {
			return " sauf si " + plan.optionalWhen().describe();
		}
		return "";
	}

	/** No value: null, a blank text, an empty list. */
	private static boolean isAbsent(FieldPlan plan, Object value) {
		return value == null || value instanceof String s && s.isBlank() || value instanceof List<?> list && list.isEmpty();
	}

	/** What "à ne pas renseigner" accepts: no value, false, an object without any value. */
	private static boolean isEmpty(FieldPlan plan, Object value) {
		if (isAbsent(plan, value) || Boolean.FALSE.equals(value)) {
			return true;
		}
		if (value instanceof EObject object) {
			for (FieldPlan child : FieldPlan.of(object.eClass())) {
				Object v = child.feature().isUnsettable() && !object.eIsSet(child.feature()) ? null : object.eGet(child.feature());
				if (!isEmpty(child, v)) {
					return false;
				}
			}
			return true;
		}
		return false;
	}

	private static String emptyForm(FieldPlan plan) {
		return switch (plan.kind()) {
		case OBJECTS, STRINGS -> "vide ([])";
		case OBJECT -> "vide ({})";
		case BOOLEAN -> "null ou false (à ne pas renseigner)";
		default -> "null (à ne pas renseigner)";
		};
	}

	private static void checkString(EObject object, FieldPlan plan, String value, int index, RuleContext context) {
		String key = index < 0 ? plan.key() : plan.key() + "[" + index + "]";
		if (!plan.values().isEmpty() && !plan.values().contains(value)) {
			context.error(IssueCodes.VALEUR, "« " + key + " » : " + Texts.quote(value) + " n'est pas permis ; valeur attendue : "
					+ String.join(", ", plan.values()), object, plan.feature(), index);
			return;
		}
		if (plan.codeList() != null && !checkCode(object, plan, value, index, key, context)) {
			return;
		}
		if (plan.length() != null && !plan.length().accepts(value)) {
			int n = value.codePointCount(0, value.length());
			String expected = plan.length().exact() ? Texts.characters(plan.length().value()) + " exactement"
					: "moins de " + plan.length().value() + " caractères (" + (plan.length().value() - 1) + " au plus)";
			context.error(IssueCodes.LONGUEUR, "« " + key + " » : " + Texts.quote(value) + " a " + Texts.characters(n) + " ; attendu : "
					+ expected, object, plan.feature(), index);
			return;
		}
		checkFormat(object, plan, value, index, key, context);
	}

	private static boolean checkCode(EObject object, FieldPlan plan, String value, int index, String key, RuleContext context) {
		Couloir couloir = context.couloir();
		if (TYPES_PIECES.equals(plan.codeList())) {
			if (couloir != null && couloir.typePiece(value).isEmpty()) {
				context.error(IssueCodes.PJ_TYPE, "« " + key + " » : " + Texts.quote(value) + " n'est pas un type de pièce du couloir "
						+ couloir.id() + " ; types permis : " + String.join(", ", couloir.typesPieces().stream().map(TypePiece::type).toList()),
						object, plan.feature(), index);
				return false;
			}
			return true;
		}
		CodeList list = context.registry().codeList(plan.codeList()).orElse(null);
		if (list != null && !list.contains(value)) {
			String close = closest(list, value);
			context.error(IssueCodes.OPERATEUR, "« " + key + " » : " + Texts.quote(value) + " n'est pas un code de la liste « " + list.label()
					+ " » (section 4 des documents de l'ASP)" + (close == null ? "" : " ; vouliez-vous dire « " + close + " » ?"),
					object, plan.feature(), index);
			return false;
		}
		return true;
	}

	/** The code that differs only by case, spaces, dots or underscores (OCR-damaged "CH 20" for "CH _20"). */
	private static String closest(CodeList list, String value) {
		String wanted = normalize(value);
		for (String code : list.codes()) {
			if (normalize(code).equals(wanted)) {
				return code;
			}
		}
		return null;
	}

	private static String normalize(String code) {
		return code.toUpperCase(Locale.ROOT).replace('Ô', 'O').replaceAll("[\\s._-]", "");
	}

	private static void checkFormat(EObject object, FieldPlan plan, String value, int index, String key, RuleContext context) {
		switch (plan.format()) {
		case DIGITS, SIRET, RPPS -> {
			if (!value.chars().allMatch(c -> c >= '0' && c <= '9')) {
				context.error(IssueCodes.CHIFFRES, "« " + key + " » : " + Texts.quote(value) + " ne doit contenir que des chiffres",
						object, plan.feature(), index);
			} else if (plan.format() == FieldPlan.Format.SIRET && !CheckDigits.siret(value)) {
				context.warning(IssueCodes.SIRET_CLE, "« " + key + " » : " + Texts.quote(value)
						+ " n'a pas une clé de contrôle de SIRET valide (algorithme de Luhn) : vérifiez-le", object, plan.feature(), index);
			} else if (plan.format() == FieldPlan.Format.RPPS && !CheckDigits.rpps(value)) {
				context.warning(IssueCodes.RPPS_CLE, "« " + key + " » : " + Texts.quote(value)
						+ " n'a pas une clé de contrôle de RPPS valide (algorithme de Luhn) : vérifiez-le", object, plan.feature(), index);
			}
		}
		case FINESS -> {
			if (!FINESS.matcher(value).matches()) {
				context.error(IssueCodes.FINESS, "« " + key + " » : " + Texts.quote(value)
						+ " n'est pas un FINESS : 9 chiffres (2A ou 2B en tête pour la Corse)", object, plan.feature(), index);
			} else if (!CheckDigits.finess(value)) {
				context.warning(IssueCodes.FINESS_CLE, "« " + key + " » : " + Texts.quote(value)
						+ " n'a pas une clé de contrôle de FINESS valide (algorithme de Luhn) : vérifiez-le", object, plan.feature(), index);
			}
		}
		case UPPER -> {
			if (value.chars().anyMatch(Character::isLowerCase)) {
				context.error(IssueCodes.MAJUSCULES, "« " + key + " » : " + Texts.quote(value) + " doit être en MAJUSCULES ("
						+ value.toUpperCase(Locale.FRENCH) + ")", object, plan.feature(), index);
			}
		}
		case EMAIL -> {
			if (!EMAIL.matcher(value).matches()) {
				context.error(IssueCodes.EMAIL, "« " + key + " » : " + Texts.quote(value) + " n'est pas une adresse électronique (nom@domaine.fr)",
						object, plan.feature(), index);
			}
		}
		case NONE -> {
			// no shape given by the seed (telephone numbers...)
		}
		}
	}

	private static void checkAmount(EObject object, FieldPlan plan, BigDecimal value, RuleContext context) {
		if (!AspValues.isPlausible(value) || !AspValues.hasCentsOnly(value)) {
			context.error(IssueCodes.MONTANT_DECIMALES, "« " + plan.key() + " » : " + value.toString()
					+ " : 2 chiffres après le point au plus (montant en euros, au centime)", object, plan.feature(), -1);
		} else if (value.signum() <= 0) {
			context.warning(IssueCodes.MONTANT_POSITIF, "« " + plan.key() + " » : " + AspValues.formatMontant(value)
					+ " : un montant de prestation est positif", object, plan.feature(), -1);
		}
	}
}
