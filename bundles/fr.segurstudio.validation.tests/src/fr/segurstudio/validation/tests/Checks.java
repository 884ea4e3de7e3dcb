package fr.segurstudio.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import fr.segurstudio.model.core.Demande;
import fr.segurstudio.model.core.Dossier;
import fr.segurstudio.model.couloir.CouloirRegistry;
import fr.segurstudio.model.issue.Issue;
import fr.segurstudio.model.issue.Severity;
import fr.segurstudio.testing.SeedExamples;
import fr.segurstudio.testing.Services;
import fr.segurstudio.validation.DossierValidator;
import fr.segurstudio.validation.ValidationContext;

/** Validation of the seeds' examples changed one value at a time. */
final class Checks {

	static final List<String> CHECK_DIGITS = List.of("siret.cle", "finess.cle", "rpps.cle");

	private Checks() {
	}

	static SeedExamples examples() {
		return new SeedExamples(Services.get(CouloirRegistry.class));
	}

	static List<Issue> validate(Dossier dossier) {
		return validate(dossier, ValidationContext.ALONE);
	}

	static List<Issue> validate(Dossier dossier, ValidationContext context) {
		return Services.get(DossierValidator.class).validate(dossier, context);
	}

	static Demande first(Dossier dossier) {
		return dossier.getDemandes().get(0);
	}

	/** The issues other than the check-digit warnings the seeds' dummy numbers always raise. */
	static List<Issue> significant(List<Issue> issues) {
		return issues.stream().filter(i -> !CHECK_DIGITS.contains(i.code())).collect(Collectors.toList());
	}

	/** Exactly one significant issue, of this code and severity; returns it. */
	static Issue only(Dossier dossier, String code, Severity severity) {
		List<Issue> issues = significant(validate(dossier));
		assertEquals(1, issues.size(), describe(issues));
		Issue issue = issues.get(0);
		assertEquals(code, issue.code(), describe(issues));
		assertEquals(severity, issue.severity(), describe(issues));
		return issue;
	}

	static Issue onlyError(Dossier dossier, String code) {
		return only(dossier, code, Severity.ERROR);
	}

	static void accepted(Dossier dossier) {
		List<Issue> issues = significant(validate(dossier));
		assertTrue(issues.isEmpty(), describe(issues));
	}

	static String describe(List<Issue> issues) {
		return issues.stream().map(i -> i.severity() + " " + i.code() + " " + i.message()).collect(Collectors.joining("\n"));
	}
}
