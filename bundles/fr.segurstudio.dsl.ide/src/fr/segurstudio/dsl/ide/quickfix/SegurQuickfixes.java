package fr.segurstudio.dsl.ide.quickfix;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Issue;

import fr.segurstudio.dsl.DossierTexts;
import fr.segurstudio.dsl.linking.FrenchLinkingMessages;
import fr.segurstudio.dsl.model.TextEdit;
import fr.segurstudio.dsl.model.TextLiterals;
import fr.segurstudio.dsl.segurDsl.DemandeText;
import fr.segurstudio.model.dossier.NumerosEditeur;
import fr.segurstudio.validation.IssueCodes;

/**
 * Quick fixes for the frequent errors of a .segur text, as text edits an editor applies (independent of
 * any UI): upper-case a name, pad a numeroEditeur, rename a piece to its nomenclature name, set a
 * mandataire field to null, take the suggested operator code, write a field's canonical spelling, correct a
 * misspelt field name.
 */
public class SegurQuickfixes {

	/** A fix: its French label and the edits that make it. */
	public record QuickFix(String label, List<TextEdit> edits) {
	}

	/**
	 * The codes this class may fix (when the issue carries the data the fix needs): a cheap test for a
	 * Problems view that asks every marker whether it has a resolution.
	 */
	public static final java.util.Set<String> CODES = java.util.Set.of(IssueCodes.MAJUSCULES, IssueCodes.LONGUEUR, IssueCodes.CHIFFRES,
			IssueCodes.PJ_NOM, IssueCodes.NULL_ATTENDU, IssueCodes.VIDE_ATTENDU, IssueCodes.TEXTE_VIDE, IssueCodes.RESERVE_ASP,
			IssueCodes.VALEUR, IssueCodes.OPERATEUR, fr.segurstudio.dsl.validation.IssueCodes.CHAMP_INCONNU,
			fr.segurstudio.dsl.validation.IssueCodes.VARIANTE);

	public List<QuickFix> fixes(DossierTexts.Parsed parsed, Issue issue) {
		List<QuickFix> fixes = new ArrayList<>();
		if (issue.getCode() == null || issue.getOffset() == null || parsed.resource().getParseResult() == null) {
			return fixes;
		}
		INode root = parsed.resource().getParseResult().getRootNode();
		ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(root, issue.getOffset());
		String text = leaf == null ? "" : leaf.getText();
		int offset = issue.getOffset();
		int length = issue.getLength();
		String data = issue.getData() != null && issue.getData().length > 0 ? issue.getData()[0] : null;
		switch (issue.getCode()) {
		case IssueCodes.MAJUSCULES -> {
			if (data != null) {
				fixes.add(new QuickFix("Mettre en majuscules", List.of(new TextEdit(offset, length, TextLiterals.string(data)))));
			}
		}
		case IssueCodes.LONGUEUR, IssueCodes.CHIFFRES -> {
			String digits = text.replace("\"", "");
			if (isNumeroEditeur(parsed, offset) && digits.matches("\\d{1,4}")) {
				String padded = "\"" + NumerosEditeur.pad(digits) + "\"";
				fixes.add(new QuickFix("Compléter le numéro éditeur : " + padded, List.of(new TextEdit(offset, length, padded))));
			}
		}
		case IssueCodes.PJ_NOM -> {
			if (data != null) {
				fixes.add(new QuickFix("Renommer en « " + data + " »", List.of(new TextEdit(offset, length, TextLiterals.string(data)))));
			}
		}
		case IssueCodes.NULL_ATTENDU, IssueCodes.VIDE_ATTENDU, IssueCodes.TEXTE_VIDE, IssueCodes.RESERVE_ASP -> {
			if ("null".equals(data)) {
				fixes.add(new QuickFix("Mettre à null", List.of(new TextEdit(offset, length, "null"))));
			}
		}
		case IssueCodes.VALEUR -> {
			if (data != null) {
				fixes.add(new QuickFix("Remplacer par « " + data + " »", List.of(new TextEdit(offset, length, TextLiterals.string(data)))));
			}
		}
		case IssueCodes.OPERATEUR -> {
			if (data != null) {
				fixes.add(new QuickFix("Remplacer par « " + data + " »", List.of(new TextEdit(offset, length, TextLiterals.code(data)))));
			}
		}
		case fr.segurstudio.dsl.validation.IssueCodes.CHAMP_INCONNU -> {
			if (data != null) {
				fixes.add(new QuickFix("Corriger en « " + data + " »", List.of(new TextEdit(offset, length, data))));
			}
		}
		case fr.segurstudio.dsl.validation.IssueCodes.VARIANTE -> {
			if (data != null) {
				fixes.add(new QuickFix("Écrire « " + data + " »", List.of(new TextEdit(offset, length, data))));
			}
		}
		default -> {
			// no fix known for this code
		}
		}
		return fixes;
	}

	/** True when the offset is the number of a request (demande "1" { ... }). */
	private static boolean isNumeroEditeur(DossierTexts.Parsed parsed, int offset) {
		EObject object = objectAt(parsed, offset);
		return object instanceof DemandeText;
	}

	private static EObject objectAt(DossierTexts.Parsed parsed, int offset) {
		ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(parsed.resource().getParseResult().getRootNode(), offset);
		return leaf == null ? null : NodeModelUtils.findActualSemanticObjectFor(leaf);
	}
}
