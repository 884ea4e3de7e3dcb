package fr.segurstudio.lifecycle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.Command;

import fr.segurstudio.editing.DossierSession;
import fr.segurstudio.json.deposit.DepositResult;
import fr.segurstudio.model.core.Demande;
import fr.segurstudio.model.core.Dossier;
import fr.segurstudio.model.core.StatutDemande;

/**
 * A deposit recorded in the dossier it came from: which requests go out (only drafts: a DEPOSEE or
 * ACCEPTEE request deposited again would be paid twice, a REJETEE one needs a new number, seed §1.2 step
 * 5.b and §3.2 numeroEditeur), and the deposit's status changes as one command of the dossier's session.
 */
public final class DepositRecords {

	/** The requests left out of a deposit, by status, as their numeroEditeur. */
	public record Skipped(Map<StatutDemande, List<String>> byStatus) {

		public int count() {
			return byStatus.values().stream().mapToInt(List::size).sum();
		}

		public int count(StatutDemande statut) {
			return byStatus.getOrDefault(statut, List.of()).size();
		}

		public Skipped plus(Skipped other) {
			Map<StatutDemande, List<String>> sum = new EnumMap<>(StatutDemande.class);
			byStatus.forEach((k, v) -> sum.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
			other.byStatus.forEach((k, v) -> sum.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
			return new Skipped(sum);
		}

		public static Skipped none() {
			return new Skipped(new EnumMap<>(StatutDemande.class));
		}
	}

	/** A request deposited, as a deposit's journal keeps it: its number, the file it went into and the day. */
	public record Entry(String numeroEditeur, String fichierDepot, LocalDate dateDepot) {
	}

	private DepositRecords() {
	}

	/**
	 * The command that records deposited requests, found by number, in a session's dossier: only a draft
	 * becomes DEPOSEE (a request deposited already, or renumbered since, is left as it is). Null when nothing
	 * changes.
	 */
	public static Command command(DossierSession session, Collection<Entry> entries) {
		List<DepositResult.StatusChange> changes = new ArrayList<>();
		for (Entry entry : entries) {
			for (Demande demande : session.dossier() == null ? List.<Demande>of() : session.dossier().getDemandes()) {
				if (entry.numeroEditeur().equals(demande.getNumeroEditeur()) && statut(demande) == StatutDemande.BROUILLON) {
					changes.add(new DepositResult.StatusChange(demande, StatutDemande.DEPOSEE, entry.fichierDepot(), entry.dateDepot()));
				}
			}
		}
		return changes.isEmpty() ? null : session.commands().applyStatusChanges(changes);
	}

	/** The status of a request, a missing one being a draft's. */
	public static StatutDemande statut(Demande demande) {
		return demande.getStatut() == null ? StatutDemande.BROUILLON : demande.getStatut();
	}

	/**
	 * Removes from the dossier (a model read for the deposit, not an editor's) the requests that are not
	 * drafts, and says which.
	 */
	public static Skipped keepDrafts(Dossier dossier) {
		Map<StatutDemande, List<String>> skipped = new EnumMap<>(StatutDemande.class);
		List<Demande> out = new ArrayList<>();
		for (Demande demande : dossier.getDemandes()) {
			if (statut(demande) != StatutDemande.BROUILLON) {
				skipped.computeIfAbsent(statut(demande), s -> new ArrayList<>()).add(demande.getNumeroEditeur());
				out.add(demande);
			}
		}
		dossier.getDemandes().removeAll(out);
		return new Skipped(skipped);
	}

	/**
	 * The command that records a deposit in a session's dossier: DEPOSEE, the file and the day of each
	 * deposited request. The changes may be about another reading of the same file (the command line reads
	 * its inputs, then records into the file's session): requests are matched by numeroEditeur. Null when
	 * nothing changes.
	 */
	public static Command command(DossierSession session, List<DepositResult.StatusChange> changes) {
		List<DepositResult.StatusChange> mine = new ArrayList<>();
		for (DepositResult.StatusChange change : changes) {
			Demande demande = find(session.dossier(), change.demande());
			if (demande != null) {
				mine.add(new DepositResult.StatusChange(demande, change.statut(), change.fichierDepot(), change.date()));
			}
		}
		return mine.isEmpty() ? null : session.commands().applyStatusChanges(mine);
	}

	private static Demande find(Dossier dossier, Demande deposited) {
		if (dossier.getDemandes().contains(deposited)) {
			return deposited;
		}
		for (Demande demande : dossier.getDemandes()) {
			if (demande.getNumeroEditeur() != null && demande.getNumeroEditeur().equals(deposited.getNumeroEditeur())) {
				return demande;
			}
		}
		return null;
	}
}
