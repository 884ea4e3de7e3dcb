package fr.segurstudio.validation;

import fr.segurstudio.model.core.Demande;
import fr.segurstudio.model.core.Dossier;

/**
 * A rule of the validator that is logic rather than data (lengths, formats, key spellings and
 * enumerations are data of the .ecore and of the couloir's declaration). A plug-in contributes its own to
 * the extension point {@code fr.segurstudio.validation.rules} ({@code <rule couloir="RAD-RIS" class="..."/>});
 * core rules never name a couloir.
 * Each reports under stable codes, citing its seed in its documentation.
 */
public interface Rule {

	/** Checks a dossier as a whole (its header, relations between its requests). */
	default void checkDossier(Dossier dossier, RuleContext context) {
	}

	/** Checks one request. */
	default void checkDemande(Demande demande, RuleContext context) {
	}
}
