package fr.segurstudio.json.deposit;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import fr.segurstudio.model.core.Demande;
import fr.segurstudio.model.core.Dossier;
import fr.segurstudio.model.issue.Issue;

/**
 * What a deposit will write, decided before anything is: the files with their names and requests, the
 * supporting documents of each request (checked), and the problems found. A plan with an error is not
 * written.
 */
public record DepositPlan(List<File> files, List<Issue> problems) {

	public boolean ok() {
		return problems.stream().noneMatch(Issue::isError);
	}

	/**
	 * One JSON file to write.
	 *
	 * @param name     JSON-numeroAns-AAAAMMJJ-NNN (without extension)
	 * @param header   the dossier whose header (numeroAns, SIRET) the file carries
	 * @param demandes in file order (numLigne 1..n)
	 * @param pieces   the checked supporting documents of each request
	 */
	public record File(String name, String numeroAns, String typeLogiciel, Dossier header, List<Demande> demandes,
			Map<Demande, List<Piece>> pieces) {
	}

	/** A supporting document: its nomenclature name, the file to copy and its size. */
	public record Piece(String name, Path file, long size) {
	}
}
