package fr.segurstudio.validation;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

import fr.segurstudio.model.core.Dossier;

/**
 * What the validator knows beyond the dossier it checks.
 *
 * @param otherDossiers  dossiers checked with this one (numeroEditeur unique per vendor, a site financed once per ANS);
 *                       neither the collection nor its dossiers may change while the context is used (the
 *                       validator indexes them once per collection): after an edit, make a new context
 * @param profils        the referencing profiles declared per ANS number
 * @param directories    the folder each dossier's attached file paths start from, or null when
 *                       attached files are not to be checked
 * @param usersDossiers  true when the other dossiers are the user's own (a numeroEditeur they use is an
 *                       error); false when they are only other files checked at the same time (a warning:
 *                       independent files, the seeds' examples for one, may well all start at 00001)
 * @param piecesOutsideAllowed the user allows attached files outside their dossier's folder, or symbolic
 *                       links ({@code --pieces-hors-dossier}); refused otherwise
 */
public record ValidationContext(Collection<Dossier> otherDossiers, ProfilsDeclares profils, Function<Dossier, Path> directories,
		boolean usersDossiers, boolean piecesOutsideAllowed) {

	public ValidationContext(Collection<Dossier> otherDossiers, ProfilsDeclares profils, Function<Dossier, Path> directories,
			boolean usersDossiers) {
		this(otherDossiers, profils, directories, usersDossiers, false);
	}

	/** Nothing beyond the dossier: no other dossier, no declared profile, attached files not checked. */
	public static final ValidationContext ALONE = new ValidationContext(List.of(), ProfilsDeclares.NONE, null, true);

	/** The dossiers of the user's workspace: numbers they use are taken. */
	public ValidationContext withUsersDossiers(Collection<Dossier> others) {
		return new ValidationContext(others, profils, directories, true, piecesOutsideAllowed);
	}
}
