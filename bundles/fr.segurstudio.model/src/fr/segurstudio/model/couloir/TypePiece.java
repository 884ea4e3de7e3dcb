package fr.segurstudio.model.couloir;

/**
 * A supporting-document type a couloir accepts (seed §3.2 typeFichier, §3.3 CodeTypeFichier).
 *
 * @param type  value of typeFichier, e.g. BON_COMMANDE
 * @param code  CodeTypeFichier used in the file name, e.g. BDC
 * @param label French label shown to users
 * @param min   how many a request must carry at least
 * @param max   how many a request may carry at most ({@link Integer#MAX_VALUE} when unbounded)
 * @param seed  where the seed says so
 * @param expectedWhen condition on the request (e.g. {@code commande.regimeTVA=HT}) under which a piece of
 *              this type is expected, or null
 */
public record TypePiece(String type, String code, String label, int min, int max, String seed, String expectedWhen) {
}
