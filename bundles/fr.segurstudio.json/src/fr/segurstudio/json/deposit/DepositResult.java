package fr.segurstudio.json.deposit;

import java.time.LocalDate;
import java.util.List;

import fr.segurstudio.model.issue.Issue;

/**
 * What a deposit wrote, file by file (the content of the manifests), and the problems met: when one is
 * an error, nothing was written.
 */
public record DepositResult(List<File> files, List<Issue> problems) {

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
}
