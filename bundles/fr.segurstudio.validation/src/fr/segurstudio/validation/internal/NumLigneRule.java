package fr.segurstudio.validation.internal;

import fr.segurstudio.model.asp.RawValues;
import fr.segurstudio.model.core.Demande;
import fr.segurstudio.model.core.Dossier;
import fr.segurstudio.model.core.SegurPackage;
import fr.segurstudio.validation.IssueCodes;
import fr.segurstudio.validation.Rule;
import fr.segurstudio.validation.RuleContext;

/**
 * Seed §3.2 numLigne: starts at 1 in each file and is incremented (checked when the file gave one: a number other
 * than the request's place is kept as written, see {@link RawValues#keepNumbering}).
 */
final class NumLigneRule implements Rule {

	@Override
	public void checkDossier(Dossier dossier, RuleContext context) {
		int expected = 1;
		for (Demande demande : dossier.getDemandes()) {
			// as written (a number kept as written too); null or another form is the reader's to report
			String numLigne = RawValues.text(demande, SegurPackage.Literals.DEMANDE__NUM_LIGNE);
			if (numLigne != null && numLigne.matches("-?\\d{1,9}") && !numLigne.equals(String.valueOf(expected))) {
				context.error(IssueCodes.NUM_LIGNE, "numLigne vaut " + numLigne + " ; attendu " + expected
						+ " (les demandes d'un fichier sont numérotées 1, 2, 3…)", demande, SegurPackage.Literals.DEMANDE__NUM_LIGNE, -1);
			}
			expected++;
		}
	}
}
