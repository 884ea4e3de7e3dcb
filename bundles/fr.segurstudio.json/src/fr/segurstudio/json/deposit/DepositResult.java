package fr.segurstudio.json.deposit;

import java.time.LocalDate;
import java.util.List;

import fr.segurstudio.model.core.Demande;
import fr.segurstudio.model.core.StatutDemande;
import fr.segurstudio.model.issue.Issue;

/**
 * What a deposit wrote, file by file (the content of the manifests), the problems met (when one is an
 * error, nothing was written) and the status each deposited request now has, for the caller to apply to
 * its model (the command line directly, the workbench as an undoable command).
 */
public record DepositResult(List<File> files, List<Issue> problems, List<StatusChange> statusChanges) {

	public boolean written() {
		return problems.stream().noneMatch(Issue::isError);
	}

	/**
	 * @param name       JSON-numeroAns-AAAAMMJJ-NNN.json
	 * @param containers the zips, or the folder, holding its supporting documents
	 */
	public record File(String name, String numeroAns, String typeLogiciel, LocalDate date, List<Request> requests,
			List<String> containers) {
	}

	public record Request(int numLigne, String numeroEditeur, List<Placement> pieces) {
	}

	/** A supporting document and the zip (or folder) it went into. */
	public record Placement(String nomFichier, String container) {
	}

	/** A request deposited in a file on a day: it is now DEPOSEE. */
	public record StatusChange(Demande demande, StatutDemande statut, String fichierDepot, LocalDate date) {

		/** Sets the status, file and day on the request (outside an editing domain). */
		public void apply() {
			demande.setStatut(statut);
			demande.setFichierDepot(fichierDepot);
			demande.setDateDepot(date);
		}
	}
}
