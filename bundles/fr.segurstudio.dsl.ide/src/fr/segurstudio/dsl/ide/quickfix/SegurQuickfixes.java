package fr.segurstudio.dsl.ide.quickfix;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Issue;

import fr.segurstudio.dsl.DossierTexts;
import fr.segurstudio.dsl.linking.FrenchLinkingMessages;
import fr.segurstudio.dsl.model.DossierBuilder;
import fr.segurstudio.dsl.model.TextEdit;
import fr.segurstudio.dsl.segurDsl.DemandeText;
import fr.segurstudio.dsl.segurDsl.Entry;
import fr.segurstudio.model.core.Demande;
import fr.segurstudio.model.core.PieceJustificative;
import fr.segurstudio.model.couloir.Couloir;
import fr.segurstudio.model.couloir.TypePiece;
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

	private static final Pattern SUGGESTED = Pattern.compile("vouliez-vous dire « (.+) » \\?");

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
		switch (issue.getCode()) {
		case IssueCodes.MAJUSCULES -> fixes.add(new QuickFix("Mettre en majuscules",
				List.of(new TextEdit(offset, length, text.toUpperCase(Locale.FRENCH)))));
		case IssueCodes.LONGUEUR, IssueCodes.CHIFFRES -> {
			String digits = text.replace("\"", "");
			if (isNumeroEditeur(parsed, offset) && digits.matches("\\d{1,4}")) {
				String padded = "\"" + "0".repeat(5 - digits.length()) + digits + "\"";
				fixes.add(new QuickFix("Compléter le numéro éditeur : " + padded, List.of(new TextEdit(offset, length, padded))));
			}
		}
		case IssueCodes.PJ_NOM -> {
			String expected = expectedPieceName(parsed, offset);
			if (expected != null) {
				fixes.add(new QuickFix("Renommer en « " + expected + " »", List.of(new TextEdit(offset, length, "\"" + expected + "\""))));
			}
		}
		case IssueCodes.NULL_ATTENDU, IssueCodes.VIDE_ATTENDU -> fixes.add(new QuickFix("Mettre à null",
				List.of(new TextEdit(offset, length, "null"))));
		case IssueCodes.OPERATEUR -> {
			Matcher matcher = SUGGESTED.matcher(issue.getMessage());
			if (matcher.find()) {
				String code = matcher.group(1);
				String written = code.matches("[A-Za-z_][A-Za-z_0-9]*") ? code : "\"" + code + "\"";
				fixes.add(new QuickFix("Remplacer par « " + code + " »", List.of(new TextEdit(offset, length, written))));
			}
		}
		case FrenchLinkingMessages.CHAMP_INCONNU -> {
			if (issue.getData() != null && issue.getData().length > 0) {
				fixes.add(new QuickFix("Corriger en « " + issue.getData()[0] + " »", List.of(new TextEdit(offset, length, issue.getData()[0]))));
			}
		}
		case DossierBuilder.VARIANTE -> {
			if (issue.getData() != null && issue.getData().length > 0) {
				fixes.add(new QuickFix("Écrire « " + issue.getData()[0] + " »", List.of(new TextEdit(offset, length, issue.getData()[0]))));
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

	/** The nomenclature name of the piece whose nomFichier is at the offset (seed §3.3). */
	private static String expectedPieceName(DossierTexts.Parsed parsed, int offset) {
		EObject object = objectAt(parsed, offset);
		Entry entry = object instanceof Entry e ? e : object != null && object.eContainer() instanceof Entry e ? e : null;
		if (entry == null || parsed.built() == null) {
			return null;
		}
		EObject piece = parsed.built().trace().objectAround(entry);
		Couloir couloir = parsed.built().couloir();
		if (!(piece instanceof PieceJustificative p) || couloir == null || !(p.eContainer() instanceof Demande demande) || !p.isSetFormatFichier()) {
			return null;
		}
		TypePiece type = couloir.typePiece(p.getTypeFichier()).orElse(null);
		return type == null ? null : couloir.nomPiece(type, p.getFormatFichier(), demande.getNumeroEditeur());
	}

	private static EObject objectAt(DossierTexts.Parsed parsed, int offset) {
		ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(parsed.resource().getParseResult().getRootNode(), offset);
		return leaf == null ? null : NodeModelUtils.findActualSemanticObjectFor(leaf);
	}
}
