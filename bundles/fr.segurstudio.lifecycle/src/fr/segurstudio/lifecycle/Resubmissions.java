package fr.segurstudio.lifecycle;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;

import fr.segurstudio.editing.DossierSession;
import fr.segurstudio.model.core.AncienNumero;
import fr.segurstudio.model.core.Demande;
import fr.segurstudio.model.core.Dossier;
import fr.segurstudio.model.core.PieceJustificative;
import fr.segurstudio.model.core.SegurFactory;
import fr.segurstudio.model.core.SegurPackage;
import fr.segurstudio.model.core.StatutDemande;
import fr.segurstudio.model.couloir.Couloir;
import fr.segurstudio.model.couloir.TypePiece;
import fr.segurstudio.model.dossier.NumerosEditeur;
import fr.segurstudio.model.issue.Echo;
import fr.segurstudio.model.issue.Issue;
import fr.segurstudio.model.issue.Severity;
import fr.segurstudio.model.issue.SourceLocation;

/**
 * Rejected requests made drafts again for another deposit (seed §1.2 step 5.b: « elles peuvent être
 * resoumises … avec un nouveau numéro éditeur »; §3.2 numeroEditeur: « si la demande est rejetée, un nouveau
 * numéro unique doit être généré »): each gets a number the vendor never used, keeps its former number with
 * its deposit and rejection in {@code anciensNumeros}, and its supporting documents are renamed after the
 * new number (§3.3 nomenclature).
 */
public final class Resubmissions {

	/** One request renumbered. */
	public record Renumbering(Demande demande, String ancien, String nouveau) {
	}

	/**
	 * The command of a session, what it renumbers, and the requests it cannot (all 99,999 numbers used: an
	 * error of the input, said in French; such a request stays REJETEE).
	 */
	public record Application(Command command, List<Renumbering> renumberings, List<Issue> problems) {
	}

	private Resubmissions() {
	}

	/**
	 * Prepares the resubmission of every REJETEE request of the session's dossier.
	 *
	 * @param alsoUsed numbers used by the vendor's other dossiers (never handed out here); the numbers handed
	 *                 out are added to it, so that one call over several dossiers never gives one twice
	 */
	public static Application prepare(DossierSession session, Set<String> alsoUsed) {
		Dossier dossier = session.dossier();
		Couloir couloir = session.couloir();
		Changes changes = new Changes(session, "Resoumettre les demandes rejetées");
		List<Renumbering> renumberings = new ArrayList<>();
		List<String> handedOut = new ArrayList<>();
		List<Issue> problems = new ArrayList<>();
		Set<String> retired = new HashSet<>(dossier.getNumerosEditeurUtilises());
		for (Demande demande : dossier.getDemandes()) {
			if (DepositRecords.statut(demande) != StatutDemande.REJETEE) {
				continue;
			}
			String ancien = demande.getNumeroEditeur();
			String nouveau;
			try {
				nouveau = NumerosEditeur.next(dossier, alsoUsed);
			} catch (NumerosEditeur.Exhausted e) {
				problems.add(new Issue(Severity.ERROR, IssueCodes.NUMEROS_EPUISES, "demande " + Echo.text(ancien) + " : les "
						+ NumerosEditeur.MAX + " numéros éditeur de l'éditeur (SIRET " + Echo.text(dossier.getSIRET()) + ", ANS "
						+ Echo.text(dossier.getNumeroAns()) + ") sont tous utilisés dans ses dossiers : elle ne peut pas recevoir de nouveau"
						+ " numéro (seed §3.2, un numéro par demande, jamais réutilisé) et reste REJETEE", demande,
						SegurPackage.Literals.DEMANDE__NUMERO_EDITEUR, -1, SourceLocation.UNKNOWN));
				continue;
			}
			handedOut.add(nouveau);
			alsoUsed.add(nouveau);
			AncienNumero history = SegurFactory.eINSTANCE.createAncienNumero();
			history.setNumeroEditeur(ancien);
			history.setFichierDepot(demande.getFichierDepot());
			history.setDateDepot(demande.getDateDepot());
			history.setCodeTraitement(demande.getCodeTraitement());
			history.setLibelleTraitement(demande.getLibelleTraitement());
			changes.append(AddCommand.create(session.domain(), demande, SegurPackage.Literals.DEMANDE__ANCIENS_NUMEROS, history));
			changes.set(demande, SegurPackage.Literals.DEMANDE__NUMERO_EDITEUR, nouveau);
			changes.set(demande, SegurPackage.Literals.DEMANDE__STATUT, StatutDemande.BROUILLON);
			changes.set(demande, SegurPackage.Literals.DEMANDE__FICHIER_DEPOT, null);
			changes.set(demande, SegurPackage.Literals.DEMANDE__DATE_DEPOT, null);
			changes.set(demande, SegurPackage.Literals.DEMANDE__NUMERO_ASP, null);
			changes.set(demande, SegurPackage.Literals.DEMANDE__CODE_TRAITEMENT, null);
			changes.set(demande, SegurPackage.Literals.DEMANDE__LIBELLE_TRAITEMENT, null);
			for (PieceJustificative piece : demande.getPiecesJustificatives()) {
				changes.set(piece, SegurPackage.Literals.PIECE_JUSTIFICATIVE__NOM_FICHIER, renamed(couloir, piece, ancien, nouveau));
			}
			renumberings.add(new Renumbering(demande, ancien, nouveau));
			if (ancien != null && !retired.contains(ancien)) {
				changes.append(AddCommand.create(session.domain(), dossier, SegurPackage.Literals.DOSSIER__NUMEROS_EDITEUR_UTILISES, ancien));
				retired.add(ancien);
			}
		}
		if (!handedOut.isEmpty()) {
			changes.append(AddCommand.create(session.domain(), dossier, SegurPackage.Literals.DOSSIER__NUMEROS_EDITEUR_UTILISES, handedOut));
		}
		return new Application(changes.command(), renumberings, List.copyOf(problems));
	}

	/**
	 * True when two dossiers are the same vendor's, whose numbers must never meet (seed §3.2: numeroEditeur
	 * unique): the same SIRET, or the same ANS referencing number.
	 */
	public static boolean sameVendor(Dossier a, Dossier b) {
		return a != null && b != null && (a.getSIRET() != null && Objects.equals(a.getSIRET(), b.getSIRET())
				|| a.getNumeroAns() != null && Objects.equals(a.getNumeroAns(), b.getNumeroAns()));
	}

	/** Every number a dossier used (for {@code alsoUsed}). */
	public static Set<String> used(Dossier dossier) {
		return NumerosEditeur.usedNumbers(dossier);
	}

	/**
	 * The piece's name for the new number: the nomenclature's when its type and format are known, else its
	 * name with the old number replaced.
	 */
	public static String renamed(Couloir couloir, PieceJustificative piece, String ancien, String nouveau) {
		TypePiece type = couloir == null || piece.getTypeFichier() == null ? null : couloir.typePiece(piece.getTypeFichier()).orElse(null);
		if (type != null && piece.isSetFormatFichier() && piece.getFormatFichier() != null) {
			return couloir.nomPiece(type, piece.getFormatFichier(), nouveau);
		}
		String name = piece.getNomFichier();
		return name == null || ancien == null ? name : name.replace(ancien, nouveau);
	}
}
