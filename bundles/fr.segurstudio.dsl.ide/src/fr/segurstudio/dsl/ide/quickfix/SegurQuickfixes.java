package fr.segurstudio.dsl.ide.quickfix;

import static fr.segurstudio.dsl.validation.IssueCodes.CHAMP_INCONNU;
import static fr.segurstudio.dsl.validation.IssueCodes.VARIANTE;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Issue;

import fr.segurstudio.dsl.DossierTexts;
import fr.segurstudio.dsl.model.TextEdit;
import fr.segurstudio.dsl.model.TextLiterals;
import fr.segurstudio.dsl.segurDsl.DemandeText;
import fr.segurstudio.model.dossier.NumerosEditeur;
import fr.segurstudio.validation.IssueCodes;

/**
 * Quick fixes for the frequent errors of a .segur text, as text edits an editor applies (independent of
 * any UI): upper-case a name, pad a numeroEditeur, rename a piece to its nomenclature name, set a
 * mandataire field to null, take the suggested operator code, write a field's canonical spelling, correct a
 * misspelt field name. Each fix is declared once, for the issue codes it answers ({@link #fixer}); which codes
 * have a fix is read from those declarations ({@link #hasFix}), never kept apart.
 */
public class SegurQuickfixes {

	/** A fix: its French label and the edits that make it. */
	public record QuickFix(String label, List<TextEdit> edits) {
	}

	/** An issue where it stands in the text: its range, the text of the token there, the issue's first datum. */
	private record Site(DossierTexts.Parsed parsed, int offset, int length, String text, String data) {

		/** The issue's range replaced by {@code by}. */
		QuickFix replace(String label, String by) {
			return new QuickFix(label, List.of(new TextEdit(offset, length, by)));
		}
	}

	/** The fix of an issue at its site; null when the issue does not carry what the fix needs. */
	@FunctionalInterface
	private interface Fixer {
		QuickFix fix(Site site);
	}

	private static final Map<String, Fixer> BY_CODE = new HashMap<>();

	static {
		fixer(site -> site.data == null ? null : site.replace("Mettre en majuscules", TextLiterals.string(site.data)), IssueCodes.MAJUSCULES);
		fixer(SegurQuickfixes::padNumero, IssueCodes.LONGUEUR, IssueCodes.CHIFFRES);
		fixer(site -> site.data == null ? null : site.replace("Renommer en « " + site.data + " »", TextLiterals.string(site.data)), IssueCodes.PJ_NOM);
		fixer(site -> "null".equals(site.data) ? site.replace("Mettre à null", "null") : null, IssueCodes.NULL_ATTENDU, IssueCodes.VIDE_ATTENDU,
				IssueCodes.TEXTE_VIDE, IssueCodes.RESERVE_ASP);
		fixer(site -> site.data == null ? null : site.replace("Remplacer par « " + site.data + " »", TextLiterals.string(site.data)), IssueCodes.VALEUR);
		fixer(site -> site.data == null ? null : site.replace("Remplacer par « " + site.data + " »", TextLiterals.code(site.data)), IssueCodes.OPERATEUR);
		fixer(site -> site.data == null ? null : site.replace("Corriger en « " + site.data + " »", site.data), CHAMP_INCONNU);
		fixer(site -> site.data == null ? null : site.replace("Écrire « " + site.data + " »", site.data), VARIANTE);
	}

	/** Declares the fix of issues of these codes. */
	private static void fixer(Fixer fixer, String... codes) {
		for (String code : codes) {
			if (BY_CODE.put(code, fixer) != null) {
				throw new IllegalStateException("two quick fixes for " + code);
			}
		}
	}

	/**
	 * Whether issues of this code may have a fix (when they carry the data the fix needs): a cheap test, without
	 * parsing, for a Problems view that asks every marker whether it has a resolution.
	 */
	public static boolean hasFix(String code) {
		return code != null && BY_CODE.containsKey(code);
	}

	/** The issue codes that have a fix. */
	public static Set<String> fixedCodes() {
		return Set.copyOf(BY_CODE.keySet());
	}

	public List<QuickFix> fixes(DossierTexts.Parsed parsed, Issue issue) {
		Fixer fixer = issue.getCode() == null ? null : BY_CODE.get(issue.getCode());
		if (fixer == null || issue.getOffset() == null || parsed.resource().getParseResult() == null) {
			return List.of();
		}
		INode root = parsed.resource().getParseResult().getRootNode();
		ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(root, issue.getOffset());
		String data = issue.getData() != null && issue.getData().length > 0 ? issue.getData()[0] : null;
		QuickFix fix = fixer.fix(new Site(parsed, issue.getOffset(), issue.getLength(), leaf == null ? "" : leaf.getText(), data));
		return fix == null ? List.of() : List.of(fix);
	}

	/** A request's number written with fewer than five digits, given its leading zeros. */
	private static QuickFix padNumero(Site site) {
		String digits = site.text.replace("\"", "");
		if (!isNumeroEditeur(site.parsed, site.offset) || !digits.matches("\\d{1,4}")) {
			return null;
		}
		String padded = "\"" + NumerosEditeur.pad(digits) + "\"";
		return site.replace("Compléter le numéro éditeur : " + padded, padded);
	}

	/** True when the offset is the number of a request (demande "1" { ... }). */
	private static boolean isNumeroEditeur(DossierTexts.Parsed parsed, int offset) {
		ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(parsed.resource().getParseResult().getRootNode(), offset);
		EObject object = leaf == null ? null : NodeModelUtils.findActualSemanticObjectFor(leaf);
		return object instanceof DemandeText;
	}
}
