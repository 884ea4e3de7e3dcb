package fr.segurstudio.validation.json;

import java.util.List;

import fr.segurstudio.model.core.Demande;
import fr.segurstudio.model.core.Dossier;
import fr.segurstudio.model.issue.Issue;

/**
 * The result of checking one file, as the portal would give it: accepted or rejected at the structure
 * stage, then each request ACCEPTEE or REJETEE.
 *
 * @param couloir  BIO-SGL..., or null when not recognised
 * @param accepted false when the file is rejected at the structure stage
 * @param errors   file-level (structure) issues, warnings included
 * @param requests the requests, in file order (none when the file could not be read)
 * @param dossier  the model read from the file, or null
 */
public record FileReport(String file, String couloir, boolean accepted, List<Issue> errors, List<RequestReport> requests, Dossier dossier) {

	/** True when the file or one of its requests has an error. */
	public boolean hasErrors() {
		return !accepted || errors.stream().anyMatch(Issue::isError) || requests.stream().anyMatch(r -> !r.accepted());
	}

	/**
	 * One request's result; issue paths are relative to the request ({@code beneficiaires.liberal[0].RPPS}).
	 *
	 * @param numLigne as written in the file, else its position
	 */
	public record RequestReport(int numLigne, String numeroEditeur, boolean accepted, List<Issue> issues, Demande demande) {

		public String status() {
			return accepted ? "ACCEPTEE" : "REJETEE";
		}

		/** The error that rejects the request, or null. */
		public Issue firstError() {
			return issues.stream().filter(Issue::isError).findFirst().orElse(null);
		}
	}
}
