package fr.segurstudio.validation.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;

import fr.segurstudio.model.asp.AspAnnotation;
import fr.segurstudio.model.asp.AspClassMapping;
import fr.segurstudio.model.asp.AspFeatureMapping;
import fr.segurstudio.model.asp.AspValues;
import fr.segurstudio.model.asp.Characters;
import fr.segurstudio.model.asp.FieldValues;
import fr.segurstudio.model.asp.RawValues;
import fr.segurstudio.model.asp.ValueKind;
import fr.segurstudio.json.RawJson;
import fr.segurstudio.model.core.Demande;
import fr.segurstudio.model.core.RawValue;
import fr.segurstudio.model.core.StatutDemande;
import fr.segurstudio.model.couloir.CodeList;
import fr.segurstudio.model.couloir.Couloir;
import fr.segurstudio.model.couloir.TypePiece;
import fr.segurstudio.model.issue.Echo;
import fr.segurstudio.model.issue.Severity;
import fr.segurstudio.validation.IssueCodes;
import fr.segurstudio.validation.RuleContext;

/**
 * The checks that are data: every mapped feature of every object, in the order of the seed's table,
 * against what its .ecore annotations say (seeds §3.2): present when "Obligatoire", null or empty when a
 * condition says so, the VARCHAR length (=N, <N), digits, UPPER CASE, e-mail shape, closed values, code
 * lists, amounts with two decimals. A blank text is never a value (the seeds write null for "no value").
 * The first failing check of a value is the one reported.
 */
final class FieldRules {

	/** The shape of an address; no space or invisible character anywhere in it ({@link Characters}). */
	private static final Pattern EMAIL = Pattern.compile("[^@]+@[^@]+\\.[^@]{2,}");
	private static final Pattern FINESS = Pattern.compile("(\\d{2}|2A|2B)\\d{7}");
	private static final Pattern CODE_NOISE = Pattern.compile("[\\s._-]");

	private FieldRules() {
	}

	/** Checks an object and, unless {@code deep} is false, the objects it contains. */
	static void check(EObject object, RuleContext context, boolean deep) {
		for (AspFeatureMapping mapping : AspClassMapping.of(object.eClass()).features()) {
			if (!deep && mapping.kind() == ValueKind.OBJECT) {
				// the objects are checked on their own; what was written instead of them is reported here
				RawValues.of(object, mapping.feature()).forEach(raw -> checkRaw(object, mapping, raw.getIndex(), raw.getJson(), context));
				continue;
			}
			checkFeature(object, mapping, context, deep);
		}
	}

	private static void checkFeature(EObject object, AspFeatureMapping m, RuleContext context, boolean deep) {
		List<RawValue> raws = RawValues.of(object, m.feature());
		RawValue whole = raws.stream().filter(raw -> raw.getIndex() < 0).findFirst().orElse(null);
		if (whole != null && !(RawValues.isAbsent(whole) && m.mayBeAbsent())) {
			checkRaw(object, m, -1, whole.getJson(), context);
			return; // the value is what was written: nothing else to check in it
		}
		// the elements of an array kept as written are the reader's to report, whatever the seed asks of the list
		raws.stream().filter(raw -> raw.getIndex() >= 0).forEach(raw -> checkRaw(object, m, raw.getIndex(), raw.getJson(), context));
		if (m.isRenumbered()) {
			return;
		}
		Object value = FieldValues.get(object, m.feature());
		boolean hasRawElements = raws.size() > (whole == null ? 0 : 1);
		boolean absent = FieldValues.isNull(value) && !hasRawElements;
		if (m.isExportNull()) {
			if (value != null && !answeredByThePortal(object)) {
				context.error(IssueCodes.RESERVE_ASP, "« " + m.key() + " » est rempli par l'ASP : il doit valoir null dans une nouvelle demande (lu : "
						+ Echo.text(value) + ")", object, m.feature(), -1, "null");
			}
			return;
		}
		if (m.emptyWhen() != null && m.emptyWhen().holds(object)) {
			if (!FieldValues.isEmptyForm(object, m)) {
				context.error(IssueCodes.VIDE_ATTENDU, "« " + m.key() + " » doit être " + emptyForm(m) + " quand " + m.emptyWhen().describe()
						+ read(object, m, value), object, m.feature(), -1, emptyLiteral(m));
			}
			if (deep) {
				rawsWithin(value, context); // a block the seed wants empty is not checked, but what it holds as written is said
			}
			return;
		}
		if (m.nullUnless() != null && !m.nullUnless().holds(object)) {
			if (!absent) {
				context.error(IssueCodes.NULL_ATTENDU, "« " + m.key() + " » doit valoir null sauf si " + m.nullUnless().describe() + " (lu : "
						+ Echo.text(value) + ")", object, m.feature(), -1, "null");
			}
			return;
		}
		if (FieldValues.isBlank(value)) {
			blank(object, m, context);
			return;
		}
		if (m.absentAs() != null && value == null && object.eIsSet(m.feature()) && !required(m, object)) {
			context.error(IssueCodes.VIDE_ATTENDU, "« " + m.key() + " » s'écrit " + m.absentAs() + " quand il est vide, pas null", object,
					m.feature(), -1, m.absentAs());
			return;
		}
		if (absent) {
			if (required(m, object)) {
				missing(object, m, context);
			}
			return;
		}
		switch (m.kind()) {
		case TEXT -> {
			if (m.isList()) {
				List<?> list = (List<?>) value;
				for (int i = 0; i < list.size(); i++) {
					if (list.get(i) == null) { // an element kept as written, reported above (a null in the list is one too)
						if (RawValues.get(object, m.feature(), i) == null) {
							checkRaw(object, m, i, "null", context);
						}
					} else {
						checkString(object, m, (String) list.get(i), i, context);
					}
				}
			} else {
				checkString(object, m, (String) value, -1, context);
			}
		}
		case AMOUNT -> checkAmount(object, m, (BigDecimal) value, context);
		case OBJECT -> {
			checkSingle(object, m, value, context);
			if (deep) {
				for (Object child : m.isList() ? (List<?>) value : List.of(value)) {
					check((EObject) child, context, true);
				}
			}
		}
		default -> {
			// booleans, enumerations, dates and integers are right by construction once read
		}
		}
	}

	/**
	 * A value kept as written ({@link RawValues}): reported with the importer's own words, where it stands (same
	 * code, message and data as when the file was read); a {@code -0.00} kept for its sign is a negative amount; a
	 * value of what the ASP fills is reported as such.
	 */
	private static void checkRaw(EObject object, AspFeatureMapping m, int index, String json, RuleContext context) {
		List<RawJson.Problem> problems = RawJson.problems(m, index, json);
		for (RawJson.Problem problem : problems) {
			context.report(Severity.ERROR, problem.code(), problem.message(), object, m.feature(), index, problem.data());
		}
		if (!problems.isEmpty() || json == null) {
			return;
		}
		if (m.isExportNull()) {
			if (!answeredByThePortal(object)) {
				context.error(IssueCodes.RESERVE_ASP, "« " + m.key() + " » est rempli par l'ASP : il doit valoir null dans une nouvelle demande (lu : "
						+ Echo.text(json) + ")", object, m.feature(), -1, "null");
			}
		} else if (m.kind() == ValueKind.AMOUNT && json.startsWith("-")) {
			// seed §3.2 montantSegurHT, the amount of a service: -0.00 is kept for its sign, which says "negative"
			context.error(IssueCodes.MONTANT_NEGATIF, "« " + m.key() + " » : " + Echo.text(json)
					+ " : un montant de prestation n'est pas négatif", object, m.feature(), -1);
		}
	}

	/** The values kept as written inside objects that are not checked further (a block the seed wants empty). */
	private static void rawsWithin(Object value, RuleContext context) {
		for (Object child : value instanceof List<?> list ? list : value == null ? List.of() : List.of(value)) {
			if (child instanceof EObject object) {
				List<EObject> objects = new ArrayList<>(List.of(object));
				object.eAllContents().forEachRemaining(objects::add);
				for (EObject o : objects) {
					for (AspFeatureMapping m : AspClassMapping.of(o.eClass()).features()) {
						RawValues.of(o, m.feature()).forEach(raw -> checkRaw(o, m, raw.getIndex(), raw.getJson(), context));
					}
				}
			}
		}
	}

	/** A required value that is not there; a fixed value (typeAction « C ») is named. */
	private static void missing(EObject object, AspFeatureMapping m, RuleContext context) {
		String fixed = m.fixedValue();
		if (fixed != null) {
			context.error(IssueCodes.VALEUR, "« " + m.key() + " » vaut « " + fixed + " », la seule valeur permise (lu : null)", object,
					m.feature(), -1, fixed);
			return;
		}
		context.error(IssueCodes.OBLIGATOIRE, "« " + m.key() + " » est obligatoire" + requiredWhy(m) + (m.isList() ? " (au moins une valeur)" : ""),
				object, m.feature(), -1);
	}

	/** "" or "   ": an error whatever the field; null is how the seeds write "no value". */
	private static void blank(EObject object, AspFeatureMapping m, RuleContext context) {
		String how = required(m, object) ? " : la valeur est obligatoire" + requiredWhy(m) : " : écrivez null quand la valeur manque";
		context.error(IssueCodes.TEXTE_VIDE, "« " + m.key() + " » : texte vide" + how, object, m.feature(), -1,
				required(m, object) ? null : "null");
	}

	/**
	 * How many clients an order has, against what its isClientUnique says (seed 002 §3.2 « true : le ou les
	 * établissement(s) bénéficiaire(s) appartiennent à une même structure juridique ; false : … à plusieurs structures
	 * juridiques distinctes », 003 « portée par un client unique », 004 « true : il y a un unique médecin »): the
	 * lists of clients say it with {@code singleWhen} and {@code severalWhen}; a warning either way, the seeds saying
	 * so in words only.
	 */
	private static void checkSingle(EObject object, AspFeatureMapping m, Object value, RuleContext context) {
		if (!m.isList()) {
			return;
		}
		int size = ((List<?>) value).size();
		if (m.singleWhen() != null && size > 1 && m.singleWhen().holds(object)) {
			context.warning(IssueCodes.UN_SEUL, m.singleWhen().describe() + " mais « " + m.key() + " » en cite " + size + " : un seul est attendu",
					object, m.feature(), -1);
		} else if (m.severalWhen() != null && size == 1 && m.severalWhen().holds(object)) {
			context.warning(IssueCodes.PLUSIEURS, m.severalWhen().describe() + " mais « " + m.key() + " » n'en cite qu'un : plusieurs sont attendus",
					object, m.feature(), -1);
		}
	}

	/** A returned request keeps what the portal wrote in its reserved fields. */
	private static boolean answeredByThePortal(EObject object) {
		return object instanceof Demande demande
				&& (demande.getStatut() == StatutDemande.ACCEPTEE || demande.getStatut() == StatutDemande.REJETEE);
	}

	static boolean required(AspFeatureMapping m, EObject object) {
		if (m.nullUnless() != null) {
			return m.nullUnless().holds(object);
		}
		if (m.requiredWhen() != null) {
			return m.requiredWhen().holds(object);
		}
		if (m.optionalWhen() != null) {
			return !m.optionalWhen().holds(object);
		}
		return !m.isOptional() && !m.isNullable() && !(m.isList() && m.mayBeEmpty());
	}

	private static String requiredWhy(AspFeatureMapping m) {
		if (m.nullUnless() != null) {
			return " quand " + m.nullUnless().describe();
		}
		if (m.requiredWhen() != null) {
			return " quand " + m.requiredWhen().describe();
		}
		if (m.optionalWhen() != null) {
			return " sauf si " + m.optionalWhen().describe();
		}
		return "";
	}

	private static String emptyForm(AspFeatureMapping m) {
		if (m.isList()) {
			return "vide ([])";
		}
		if (m.absentAs() != null) {
			return "vide (" + m.absentAs() + ")";
		}
		return m.kind() == ValueKind.BOOLEAN ? "null ou false (à ne pas renseigner)" : "null (à ne pas renseigner)";
	}

	private static String emptyLiteral(AspFeatureMapping m) {
		return m.isList() ? "[]" : m.absentAs() != null ? m.absentAs() : "null";
	}

	private static String read(EObject object, AspFeatureMapping m, Object value) {
		if (m.kind() == ValueKind.OBJECT) {
			return value == null ? " (lu : null)" : "";
		}
		return " (lu : " + Echo.text(m.isList() ? value : m.kind().format(value)) + ")";
	}

	private static void checkString(EObject object, AspFeatureMapping m, String value, int index, RuleContext context) {
		String key = index < 0 ? m.key() : m.key() + "[" + index + "]";
		if (Characters.isBlank(value)) {
			context.error(IssueCodes.TEXTE_VIDE, "« " + key + " » : texte vide dans la liste ; retirez-le", object, m.feature(), index);
			return;
		}
		int invisible = Characters.firstInvisible(value);
		if (invisible >= 0) {
			context.error(IssueCodes.INVISIBLE, "« " + key + " » : " + Echo.quote(value) + " contient le caractère " + Characters.describe(value.codePointAt(invisible))
					+ " en position " + (value.codePointCount(0, invisible) + 1) + " ; retirez-le", object, m.feature(), index,
					Characters.withoutInvisible(value));
			return;
		}
		if (!m.values().isEmpty() && !m.values().contains(value)) {
			context.error(IssueCodes.VALEUR, "« " + key + " » : " + Echo.quote(value) + " n'est pas permis ; valeur attendue : "
					+ String.join(", ", m.values()), object, m.feature(), index, m.fixedValue());
			return;
		}
		if (m.codeList() != null && !checkCode(object, m, value, index, key, context)) {
			return;
		}
		if (m.length() != null && !m.length().accepts(value)) {
			int n = value.codePointCount(0, value.length());
			String expected = m.length().exact() ? Echo.characters(m.length().value()) + " exactement"
					: "moins de " + m.length().value() + " caractères (" + (m.length().value() - 1) + " au plus)";
			context.error(IssueCodes.LONGUEUR, "« " + key + " » : " + Echo.quote(value) + " a " + Echo.characters(n) + " ; attendu : "
					+ expected, object, m.feature(), index);
			return;
		}
		checkFormat(object, m, value, index, key, context);
	}

	private static boolean checkCode(EObject object, AspFeatureMapping m, String value, int index, String key, RuleContext context) {
		Couloir couloir = context.couloir();
		if (AspAnnotation.TYPES_PIECES.equals(m.codeList())) {
			if (couloir != null && couloir.typePiece(value).isEmpty()) {
				context.error(IssueCodes.PJ_TYPE, "« " + key + " » : " + Echo.quote(value) + " n'est pas un type de pièce du couloir "
						+ couloir.id() + " ; types permis : " + String.join(", ", couloir.typesPieces().stream().map(TypePiece::type).toList()),
						object, m.feature(), index);
				return false;
			}
			return true;
		}
		CodeList list = context.registry().codeList(m.codeList()).orElse(null);
		if (list != null && !list.contains(value)) {
			String close = closest(list, value);
			context.error(IssueCodes.OPERATEUR, "« " + key + " » : " + Echo.quote(value) + " n'est pas un code de la liste « " + list.label()
					+ " » (section 4 des documents de l'ASP)" + (close == null ? "" : " ; vouliez-vous dire « " + close + " » ?"),
					object, m.feature(), index, close);
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
		return CODE_NOISE.matcher(code.toUpperCase(Locale.ROOT).replace('Ô', 'O')).replaceAll("");
	}

	private static void checkFormat(EObject object, AspFeatureMapping m, String value, int index, String key, RuleContext context) {
		switch (m.format()) {
		case DIGITS, SIRET, RPPS -> {
			if (!value.chars().allMatch(c -> c >= '0' && c <= '9')) {
				context.error(IssueCodes.CHIFFRES, "« " + key + " » : " + Echo.quote(value) + " ne doit contenir que des chiffres",
						object, m.feature(), index);
			} else if (m.format() == AspFeatureMapping.Format.SIRET && !CheckDigits.siret(value)) {
				context.warning(IssueCodes.SIRET_CLE, "« " + key + " » : " + Echo.quote(value)
						+ " n'a pas une clé de contrôle de SIRET valide (algorithme de Luhn) : vérifiez-le", object, m.feature(), index);
			} else if (m.format() == AspFeatureMapping.Format.RPPS && !CheckDigits.rpps(value)) {
				context.warning(IssueCodes.RPPS_CLE, "« " + key + " » : " + Echo.quote(value)
						+ " n'a pas une clé de contrôle de RPPS valide (algorithme de Luhn) : vérifiez-le", object, m.feature(), index);
			}
		}
		case FINESS -> {
			if (!FINESS.matcher(value).matches()) {
				context.error(IssueCodes.FINESS, "« " + key + " » : " + Echo.quote(value)
						+ " n'est pas un FINESS : 9 chiffres (2A ou 2B en tête pour la Corse)", object, m.feature(), index);
			} else if (!CheckDigits.finess(value)) {
				context.warning(IssueCodes.FINESS_CLE, "« " + key + " » : " + Echo.quote(value)
						+ " n'a pas une clé de contrôle de FINESS valide (algorithme de Luhn) : vérifiez-le", object, m.feature(), index);
			}
		}
		case UPPER -> {
			if (value.chars().anyMatch(Character::isLowerCase)) {
				String upper = value.toUpperCase(Locale.FRENCH);
				context.error(IssueCodes.MAJUSCULES, "« " + key + " » : " + Echo.quote(value) + " doit être en MAJUSCULES (" + Echo.text(upper)
						+ ")", object, m.feature(), index, upper);
			}
		}
		case EMAIL -> {
			if (Characters.hasSpaceOrInvisible(value) || !EMAIL.matcher(value).matches()) {
				context.error(IssueCodes.EMAIL, "« " + key + " » : " + Echo.quote(value) + " n'est pas une adresse électronique (nom@domaine.fr)",
						object, m.feature(), index);
			}
		}
		case NONE -> {
			// no shape given by the seed (telephone numbers...)
		}
		}
	}

	/** Seed §3.2 montantSegurHT: FLOAT with 2 decimals, the amount of a service: never negative. */
	private static void checkAmount(EObject object, AspFeatureMapping m, BigDecimal value, RuleContext context) {
		if (!AspValues.isPlausible(value) || !AspValues.hasCentsOnly(value)) {
			context.error(IssueCodes.MONTANT_DECIMALES, "« " + m.key() + " » : " + Echo.text(value.toString())
					+ " : 2 chiffres après le point au plus (montant en euros, au centime)", object, m.feature(), -1);
		} else if (value.signum() < 0) {
			context.error(IssueCodes.MONTANT_NEGATIF, "« " + m.key() + " » : " + AspValues.formatMontant(value)
					+ " : un montant de prestation n'est pas négatif", object, m.feature(), -1);
		} else if (value.signum() == 0) {
			context.warning(IssueCodes.MONTANT_POSITIF, "« " + m.key() + " » : " + AspValues.formatMontant(value)
					+ " : un montant de prestation est positif", object, m.feature(), -1);
		}
	}
}
