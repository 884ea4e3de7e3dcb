package fr.segurstudio.validation;

import fr.segurstudio.model.core.Demande;
import fr.segurstudio.model.core.Dossier;

/**
 * A rule of the validator that is logic rather than data (lengths, formats, key spellings and
 * enumerations are data of the .ecore and of the couloir's declaration). A couloir declares its own in
 * its plugin.xml ({@code <rule class="..."/>} in its {@code <couloir>}); core rules never name a couloir.
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
