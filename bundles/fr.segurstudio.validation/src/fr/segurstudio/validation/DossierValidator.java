package fr.segurstudio.validation;

import java.util.List;

import fr.segurstudio.model.core.Dossier;
import fr.segurstudio.model.issue.Issue;

/**
 * Checks a dossier as the ASP portal checks its requests (seeds §1.2, §3.2, §3.3), and more (check
 * digits, referencing profiles, numbers and sites used twice, attached files). An OSGi service; the same
 * checks serve the forms, the text editor and the JSON files. Issues come in the order of the seeds'
 * tables, request by request, each attached to the model object and feature it concerns.
 */
public interface DossierValidator {

	List<Issue> validate(Dossier dossier, ValidationContext context);
}
