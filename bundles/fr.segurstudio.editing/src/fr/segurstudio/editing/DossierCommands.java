package fr.segurstudio.editing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;

import fr.segurstudio.json.deposit.DepositResult;
import fr.segurstudio.json.deposit.PieceFiles;
import fr.segurstudio.model.asp.RawValues;
import fr.segurstudio.model.core.Demande;
import fr.segurstudio.model.core.Dossier;
import fr.segurstudio.model.core.FormatFichier;
import fr.segurstudio.model.core.PieceJustificative;
import fr.segurstudio.model.core.RawValue;
import fr.segurstudio.model.core.SegurFactory;
import fr.segurstudio.model.core.SegurPackage;
import fr.segurstudio.model.core.StatutDemande;
import fr.segurstudio.model.couloir.Couloir;
import fr.segurstudio.model.couloir.TypePiece;
import fr.segurstudio.model.dossier.NumerosEditeur;

/**
 * The changes an editor makes to a dossier, as EMF commands of the session's editing domain (execute
 * them on its command stack: one undo each). Numbers follow the seeds (§3.2 numeroEditeur: unique, never
 * reused — a deleted request's number stays taken) and pieces the nomenclature (§3.3).
 */
public final class DossierCommands {

	private final DossierSession session;

	DossierCommands(DossierSession session) {
		this.session = session;
	}

	private Dossier dossier() {
		return session.dossier();
	}

	/** A new draft request with the next free numeroEditeur, the couloir's required pieces named after it. */
	public Command newDemande() {
		Couloir couloir = session.couloir();
		Demande demande = couloir.newDemande();
		String numero = NumerosEditeur.next(dossier());
		demande.setNumeroEditeur(numero);
		for (TypePiece type : couloir.typesPieces()) {
			for (int i = 0; i < type.min(); i++) {
				demande.getPiecesJustificatives().add(piece(couloir, type, FormatFichier.PDF, numero));
			}
		}
		return added(demande, dossier().getDemandes().size(), numero, "Nouvelle demande " + numero);
	}

	/** A copy of a request, right after it, as a new draft: a new number, its pieces renamed, no file attached. */
	/** What a duplicate does not take from its source. */
	private static final List<EStructuralFeature> RESET = List.of(SegurPackage.Literals.DEMANDE__NUMERO_EDITEUR, SegurPackage.Literals.DEMANDE__NUM_LIGNE,
			SegurPackage.Literals.DEMANDE__NUMERO_ASP, SegurPackage.Literals.DEMANDE__CODE_TRAITEMENT, SegurPackage.Literals.DEMANDE__LIBELLE_TRAITEMENT);

	public Command duplicate(Demande source) {
		return duplicate(List.of(source));
	}

	/**
	 * A copy of each request right after it, as new drafts with new numbers (each its own, none handed out twice):
	 * one command, one undo.
	 */
	public Command duplicate(List<Demande> sources) {
		Set<String> handedOut = new HashSet<>();
		CompoundCommand command = new CompoundCommand(sources.size() == 1 ? "Dupliquer la demande " + sources.get(0).getNumeroEditeur()
				: "Dupliquer " + sources.size() + " demandes");
		List<Demande> inOrder = new ArrayList<>(sources);
		inOrder.sort(Comparator.comparingInt(dossier().getDemandes()::indexOf)); // numbers handed out in the dossier's order
		List<Command> additions = new ArrayList<>();
		for (Demande source : inOrder) {
			String numero = NumerosEditeur.next(dossier(), handedOut);
			handedOut.add(numero);
			additions.add(added(copy(source, numero), dossier().getDemandes().indexOf(source) + 1, numero, null));
		}
		// the last first: each copy goes at the index its source gives before the command
		Collections.reverse(additions);
		additions.forEach(command::append);
		return command;
	}

	private Demande copy(Demande source, String numero) {
		Couloir couloir = session.couloir();
		Demande copy = EcoreUtil.copy(source);
		copy.setNumeroEditeur(numero);
		copy.setStatut(StatutDemande.BROUILLON);
		copy.setFichierDepot(null);
		copy.setDateDepot(null);
		copy.getAnciensNumeros().clear();
		copy.setNumeroASP(null);
		copy.setCodeTraitement(null);
		copy.setLibelleTraitement(null);
		// what the portal wrote of the source, and its number, even as written, is not the copy's
		copy.getRawValues().removeIf(raw -> raw.getOwner() == copy && RESET.contains(raw.getFeature()));
		for (PieceJustificative piece : copy.getPiecesJustificatives()) {
			piece.setChemin(null); // the source's purchase order is not this one's
			TypePiece type = couloir.typePiece(piece.getTypeFichier()).orElse(null);
			if (type != null && piece.isSetFormatFichier()) {
				piece.setNomFichier(couloir.nomPiece(type, piece.getFormatFichier(), numero));
			}
		}
		return copy;
	}

	private Command added(Demande demande, int index, String numero, String label) {
		CompoundCommand command = new CompoundCommand(label);
		command.append(AddCommand.create(session.domain(), dossier(), SegurPackage.Literals.DOSSIER__DEMANDES, demande, index));
		command.append(AddCommand.create(session.domain(), dossier(), SegurPackage.Literals.DOSSIER__NUMEROS_EDITEUR_UTILISES, numero));
		return command;
	}

	/** Removes requests; their numbers stay taken, so that none is handed out again. */
	public Command delete(Collection<Demande> demandes) {
		CompoundCommand command = new CompoundCommand(demandes.size() == 1 ? "Supprimer la demande" : "Supprimer " + demandes.size() + " demandes");
		command.append(RemoveCommand.create(session.domain(), dossier(), SegurPackage.Literals.DOSSIER__DEMANDES, demandes));
		List<String> numbers = new ArrayList<>();
		for (Demande demande : demandes) {
			String numero = demande.getNumeroEditeur();
			if (numero != null && !dossier().getNumerosEditeurUtilises().contains(numero)) {
				numbers.add(numero);
			}
		}
		if (!numbers.isEmpty()) {
			command.append(AddCommand.create(session.domain(), dossier(), SegurPackage.Literals.DOSSIER__NUMEROS_EDITEUR_UTILISES, numbers));
		}
		return command;
	}

	/**
	 * A value set, null meaning "no value" (an unsettable feature is unset then, as the readers do); it replaces what
	 * the file had written there and the model kept as written ({@link RawValues#replacedBy}).
	 */
	public Command set(EObject owner, EStructuralFeature feature, Object value) {
		Object written = value == null && feature.isUnsettable() ? SetCommand.UNSET_VALUE : value;
		Command set = SetCommand.create(session.domain(), owner, feature, written);
		List<RawValue> replaced = RawValues.replacedBy(owner, feature);
		if (replaced.isEmpty()) {
			return set;
		}
		EObject holder = RawValues.holder(owner);
		CompoundCommand command = new CompoundCommand(set.getLabel());
		command.append(set);
		command.append(RemoveCommand.create(session.domain(), holder, RawValues.holding(holder), replaced));
		return command;
	}

	/** What a deposit returned: the requests it wrote are DEPOSEE, with their file and day. */
	public Command applyStatusChanges(List<DepositResult.StatusChange> changes) {
		CompoundCommand command = new CompoundCommand("Dépôt");
		for (DepositResult.StatusChange change : changes) {
			command.append(set(change.demande(), SegurPackage.Literals.DEMANDE__STATUT, change.statut()));
			command.append(set(change.demande(), SegurPackage.Literals.DEMANDE__FICHIER_DEPOT, change.fichierDepot()));
			command.append(set(change.demande(), SegurPackage.Literals.DEMANDE__DATE_DEPOT, change.date()));
		}
		return command;
	}

	/**
	 * Attaches a file as a supporting document of a type: its format read from its first bytes, its name
	 * the nomenclature's, its path relative to the dossier's folder when it lies under it.
	 *
	 * @throws IOException when the file is not a PDF, PNG or JPG, or cannot be read
	 */
	public Command attachPiece(Demande demande, Path file, TypePiece type) throws IOException {
		FormatFichier format = PieceFiles.sniff(file);
		if (format == null) {
			throw new IOException(file.getFileName() + " n'est ni un PDF, ni un PNG, ni un JPG");
		}
		PieceJustificative piece = piece(session.couloir(), type, format, demande.getNumeroEditeur());
		Path folder = session.file().toAbsolutePath().getParent();
		Path absolute = file.toAbsolutePath().normalize();
		piece.setChemin(absolute.startsWith(folder) ? folder.relativize(absolute).toString() : absolute.toString());
		return AddCommand.create(session.domain(), demande, SegurPackage.Literals.DEMANDE__PIECES_JUSTIFICATIVES, piece);
	}

	private static PieceJustificative piece(Couloir couloir, TypePiece type, FormatFichier format, String numero) {
		PieceJustificative piece = SegurFactory.eINSTANCE.createPieceJustificative();
		piece.setTypeFichier(type.type());
		piece.setFormatFichier(format);
		piece.setNomFichier(couloir.nomPiece(type, format, numero));
		return piece;
	}
}
