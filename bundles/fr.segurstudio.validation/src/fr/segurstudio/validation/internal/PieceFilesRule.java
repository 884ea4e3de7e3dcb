package fr.segurstudio.validation.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import fr.segurstudio.json.deposit.PieceFiles;
import fr.segurstudio.model.core.Demande;
import fr.segurstudio.model.core.Dossier;
import fr.segurstudio.model.core.FormatFichier;
import fr.segurstudio.model.core.PieceJustificative;
import fr.segurstudio.model.core.SegurPackage;
import fr.segurstudio.validation.IssueCodes;
import fr.segurstudio.validation.Rule;
import fr.segurstudio.validation.RuleContext;

/**
 * The attached files themselves, when the context says where they lie: present, 3 Mo at most (seed
 * §2.1), and really the PDF, PNG or JPG that formatFichier says (read from their first bytes). The
 * export refuses such a piece: these are errors.
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
		try {
			Path file = directory == null ? Path.of(piece.getChemin()) : directory.resolve(piece.getChemin());
			if (!Files.isRegularFile(file)) {
				context.error(IssueCodes.PJ_FICHIER_ABSENT, "fichier joint " + Texts.quote(piece.getChemin()) + " introuvable (" + file + ")",
						piece, SegurPackage.Literals.PIECE_JUSTIFICATIVE__CHEMIN, -1);
				return;
			}
			long size = Files.size(file);
			if (size > PieceFiles.MAX_BYTES) {
				context.error(IssueCodes.PJ_FICHIER_TAILLE, "fichier joint " + Texts.quote(piece.getChemin()) + " : " + size
						+ " octets ; une pièce pèse 3 Mo (" + PieceFiles.MAX_BYTES + " octets) au plus", piece,
						SegurPackage.Literals.PIECE_JUSTIFICATIVE__CHEMIN, -1);
				return;
			}
			FormatFichier actual = PieceFiles.sniff(file);
			if (actual == null || piece.isSetFormatFichier() && actual != piece.getFormatFichier()) {
				context.error(IssueCodes.PJ_FICHIER_TYPE, "fichier joint " + Texts.quote(piece.getChemin()) + " : "
						+ (actual == null ? "ni PDF, ni PNG, ni JPG" : "c'est un " + actual + ", formatFichier dit " + piece.getFormatFichier()),
						piece, SegurPackage.Literals.PIECE_JUSTIFICATIVE__CHEMIN, -1);
			}
		} catch (IOException | InvalidPathException e) {
			context.error(IssueCodes.PJ_FICHIER_ABSENT, "fichier joint " + Texts.quote(piece.getChemin()) + " illisible : " + e.getMessage(),
					piece, SegurPackage.Literals.PIECE_JUSTIFICATIVE__CHEMIN, -1);
		}
	}
}
