package fr.segurstudio.validation.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.segurstudio.model.asp.Condition;
import fr.segurstudio.model.core.Demande;
import fr.segurstudio.model.core.PieceJustificative;
import fr.segurstudio.model.core.SegurPackage;
import fr.segurstudio.model.couloir.Couloir;
import fr.segurstudio.model.couloir.TypePiece;
import fr.segurstudio.model.dossier.NumerosEditeur;
import fr.segurstudio.model.issue.Echo;
import fr.segurstudio.validation.IssueCodes;
import fr.segurstudio.validation.Rule;
import fr.segurstudio.validation.RuleContext;

/**
 * The supporting documents of a request against its couloir's declaration: how many of each type
 * (seeds §3.1: one purchase order, no more), expected pieces (a PREUVE_HT under the HT regime), and
 * names following the nomenclature of §3.3 for this request's numeroEditeur, type and format.
 */
final class PiecesRule implements Rule {

	@Override
	public void checkDemande(Demande demande, RuleContext context) {
		Couloir couloir = context.couloir();
		if (couloir == null) {
			return;
		}
		List<PieceJustificative> pieces = demande.getPiecesJustificatives();
		Map<String, Integer> counts = new HashMap<>();
		Set<String> names = new HashSet<>();
		for (PieceJustificative piece : pieces) {
			counts.merge(String.valueOf(piece.getTypeFichier()), 1, Integer::sum);
			checkName(demande, piece, couloir, context);
			if (piece.getNomFichier() != null && !names.add(piece.getNomFichier())) {
				context.error(IssueCodes.PJ_DOUBLE, "« nomFichier » : " + Echo.quote(piece.getNomFichier())
						+ " est déjà le nom d'une autre pièce de la demande", piece, SegurPackage.Literals.PIECE_JUSTIFICATIVE__NOM_FICHIER, -1);
			}
		}
		for (TypePiece type : couloir.typesPieces()) {
			int count = counts.getOrDefault(type.type(), 0);
			if (count < type.min()) {
				context.error(IssueCodes.PJ_NOMBRE, "il manque " + (type.min() == 1 ? "la pièce" : type.min() + " pièces") + " « " + type.label()
						+ " » (typeFichier " + type.type() + ") : une demande en porte " + bounds(type), demande,
						SegurPackage.Literals.DEMANDE__PIECES_JUSTIFICATIVES, -1);
			} else if (count > type.max()) {
				context.error(IssueCodes.PJ_NOMBRE, count + " pièces « " + type.label() + " » (typeFichier " + type.type()
						+ ") : une demande en porte " + bounds(type), demande, SegurPackage.Literals.DEMANDE__PIECES_JUSTIFICATIVES, -1);
			} else if (count == 0 && type.expectedWhen() != null && Condition.of(type.expectedWhen()).holds(demande)) {
				context.warning(IssueCodes.PJ_ATTENDUE, "pièce « " + type.label() + " » (typeFichier " + type.type() + ") attendue quand "
						+ Condition.of(type.expectedWhen()).describe(), demande, SegurPackage.Literals.DEMANDE__PIECES_JUSTIFICATIVES, -1);
			}
		}
	}

	private static String bounds(TypePiece type) {
		if (type.min() == type.max()) {
			return type.min() == 1 ? "une et une seule" : "exactement " + type.min();
		}
		return type.max() == Integer.MAX_VALUE ? "au moins " + type.min() : "de " + type.min() + " à " + type.max();
	}

	/** Seed §3.3: CodeCouloir-Logiciel-Va1-CodeTypeFichier-NuméroEditeurDeLaDemande.format. */
	private static void checkName(Demande demande, PieceJustificative piece, Couloir couloir, RuleContext context) {
		TypePiece type = couloir.typePiece(piece.getTypeFichier()).orElse(null);
		if (type == null || !piece.isSetFormatFichier() || NumerosEditeur.parse(demande.getNumeroEditeur()) < 0
				|| piece.getNomFichier() == null || piece.getNomFichier().isBlank()) {
			return; // the missing or wrong value is reported on its own field
		}
		String expected = couloir.nomPiece(type, piece.getFormatFichier(), demande.getNumeroEditeur());
		if (!expected.equals(piece.getNomFichier())) {
			context.error(IssueCodes.PJ_NOM, "« nomFichier » : " + Echo.quote(piece.getNomFichier()) + " ne suit pas la nomenclature ; attendu « "
					+ expected + " » (couloir-logiciel-vague-code du type-numeroEditeur.format)", piece,
					SegurPackage.Literals.PIECE_JUSTIFICATIVE__NOM_FICHIER, -1, expected);
		}
	}
}
