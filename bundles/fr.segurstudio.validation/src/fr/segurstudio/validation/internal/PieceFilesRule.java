package fr.segurstudio.validation.internal;

import java.nio.file.Path;

import fr.segurstudio.json.deposit.PieceFiles;
import fr.segurstudio.model.core.Demande;
import fr.segurstudio.model.core.Dossier;
import fr.segurstudio.model.core.PieceJustificative;
import fr.segurstudio.model.core.SegurPackage;
import fr.segurstudio.validation.Rule;
import fr.segurstudio.validation.RuleContext;

/**
 * The attached files themselves, when the context says where they lie: present, 3 Mo at most (seed
 * §2.1), and really the PDF, PNG or JPG that formatFichier says — the checks of {@link PieceFiles}, which
 * the export makes too, with the same codes and words. Errors: the export refuses such a piece.
 */
final class PieceFilesRule implements Rule {

	@Override
	public void checkDemande(Demande demande, RuleContext context) {
		if (context.context().directories() == null || !(demande.eContainer() instanceof Dossier dossier)) {
			return;
		}
		Path directory = context.context().directories().apply(dossier);
		for (PieceJustificative piece : demande.getPiecesJustificatives()) {
			if (piece.getChemin() != null && !piece.getChemin().isBlank()) {
				check(piece, directory, context);
			}
		}
	}

	private static void check(PieceJustificative piece, Path directory, RuleContext context) {
		PieceFiles.Located located = PieceFiles.locate(piece.getChemin(), directory, context.context().piecesOutsideAllowed());
		PieceFiles.Problem problem = located.problem() != null ? located.problem()
				: PieceFiles.check(piece.getChemin(), located.file(), piece.isSetFormatFichier() ? piece.getFormatFichier() : null);
		if (problem != null) {
			context.error(problem.code(), problem.message(), piece, SegurPackage.Literals.PIECE_JUSTIFICATIVE__CHEMIN, -1);
		}
	}
}
