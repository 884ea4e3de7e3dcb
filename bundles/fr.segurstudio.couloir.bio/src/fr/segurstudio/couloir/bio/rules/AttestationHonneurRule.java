package fr.segurstudio.couloir.bio.rules;

import fr.segurstudio.model.core.Demande;
import fr.segurstudio.model.core.PieceJustificative;
import fr.segurstudio.model.core.SegurPackage;
import fr.segurstudio.validation.Rule;
import fr.segurstudio.validation.RuleContext;

/**
 * Seed 002 §3.3: when a site is absent from the calculation file, the proof of the laboratory's
 * existence (PREUVE_ACT_BIO) comes « ainsi que » a sworn statement of non-zero activity
 * (ATTESTATION_HONNEUR). One without the other is a warning.
 */
public final class AttestationHonneurRule implements Rule {

	public static final String CODE = "bio.attestation-honneur";

	@Override
	public void checkDemande(Demande demande, RuleContext context) {
		boolean preuve = has(demande, "PREUVE_ACT_BIO");
		if (preuve && !has(demande, "ATTESTATION_HONNEUR")) {
			context.warning(CODE, "une preuve d'existence du laboratoire (PREUVE_ACT_BIO) va avec une attestation sur l'honneur d'activité non nulle"
					+ " (ATTESTATION_HONNEUR), absente", demande, SegurPackage.Literals.DEMANDE__PIECES_JUSTIFICATIVES, -1);
		}
	}

	private static boolean has(Demande demande, String type) {
		for (PieceJustificative piece : demande.getPiecesJustificatives()) {
			if (type.equals(piece.getTypeFichier())) {
				return true;
			}
		}
		return false;
	}
}
