package fr.segurstudio.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import fr.segurstudio.json.AspImporter;
import fr.segurstudio.model.couloir.CouloirRegistry;
import fr.segurstudio.model.issue.Issue;
import fr.segurstudio.testing.Golden;
import fr.segurstudio.testing.Services;
import fr.segurstudio.validation.DossierValidator;
import fr.segurstudio.validation.ValidationContext;
import fr.segurstudio.validation.json.FileReport;
import fr.segurstudio.validation.json.FileValidator;
import fr.segurstudio.validation.json.Mode;

/** The seeds' three examples (§3.1), with their dummy identifiers, give no error, only check-digit warnings. */
class SeedExamplesValidationTest {

	@ParameterizedTest
	@EnumSource(Golden.class)
	void theModelOfTheExampleHasNoError(Golden golden) {
		List<Issue> issues = Checks.validate(golden.example(Checks.examples()));
		assertEquals(List.of(), Checks.significant(issues), Checks.describe(issues));
		assertTrue(issues.stream().allMatch(i -> Checks.CHECK_DIGITS.contains(i.code()) && !i.isError()), Checks.describe(issues));
	}

	@ParameterizedTest
	@EnumSource(Golden.class)
	void theFileOfTheExampleIsAcceptedByBothControls(Golden golden) {
		FileValidator validator = new FileValidator(Services.get(DossierValidator.class), Services.get(CouloirRegistry.class));
		for (Mode mode : Mode.values()) {
			FileReport report = validator.validate(Services.get(AspImporter.class).read(golden.bytes(), golden.fileName(), null), mode,
					ValidationContext.ALONE);
			assertTrue(report.accepted(), report.errors().toString());
			assertFalse(report.hasErrors());
			assertEquals(1, report.requests().size());
			assertEquals("ACCEPTEE", report.requests().get(0).status());
		}
	}
}
