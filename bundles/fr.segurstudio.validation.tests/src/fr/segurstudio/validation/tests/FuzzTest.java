package fr.segurstudio.validation.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.segurstudio.json.AspImporter;
import fr.segurstudio.json.ImportResult;
import fr.segurstudio.model.couloir.CouloirRegistry;
import fr.segurstudio.testing.Golden;
import fr.segurstudio.testing.Services;
import fr.segurstudio.validation.DossierValidator;
import fr.segurstudio.validation.ValidationContext;
import fr.segurstudio.validation.json.FileReport;
import fr.segurstudio.validation.json.FileValidator;
import fr.segurstudio.validation.json.Mode;
import fr.segurstudio.validation.json.PortalAnswer;
import fr.segurstudio.validation.json.ReportJson;

/**
 * Bad input never crashes the JSON entry point: random mutations of the golden files go through the
 * importer, both controls, the JSON report and the portal's answer. {@code -Dsegur.fuzz.cases=100000}
 * (./build.sh verify -Dsegur.fuzz.cases=100000) runs the long version; the suite runs a short one.
 */
class FuzzTest {

	@Test
	void mutatedFilesNeverCrash() throws Exception {
		int cases = Integer.getInteger("segur.fuzz.cases", 2000);
		long seed = Long.getLong("segur.fuzz.seed", 20261122L);
		AspImporter importer = Services.get(AspImporter.class);
		FileValidator validator = new FileValidator(Services.get(DossierValidator.class), Services.get(CouloirRegistry.class));
		JsonMutator mutator = new JsonMutator(seed);
		List<Golden> goldens = Golden.all();
		int readable = 0;
		int accepted = 0;
		long start = System.nanoTime();
		for (int i = 0; i < cases; i++) {
			Golden golden = goldens.get(i % goldens.size());
			byte[] input = mutator.mutate(golden.text());
			try {
				ImportResult imported = importer.read(input, "fuzz.json", null);
				for (Mode mode : Mode.values()) {
					FileReport report = validator.validate(imported, mode, ValidationContext.ALONE);
					ReportJson.write(List.of(report), new ByteArrayOutputStream());
					PortalAnswer.toBytes(report);
					if (!report.accepted()) {
						assertTrue(report.errors().stream().anyMatch(e -> e.isError()), "a rejected file says why");
					}
					if (mode == Mode.ALL && report.accepted()) {
						accepted++;
					}
				}
				readable += imported.readable() ? 1 : 0;
			} catch (Throwable e) {
				throw new AssertionError("case " + i + " (seed " + seed + ") crashed on:\n" + new String(input, java.nio.charset.StandardCharsets.UTF_8), e);
			}
		}
		System.out.printf("fuzz: %d cases in %.1f s (seed %d): %d readable JSON, %d accepted at the structure stage%n", cases,
				(System.nanoTime() - start) / 1e9, seed, readable, accepted);
		assertFalse(readable == 0 || readable == cases, "mutations produce both readable and unreadable files");
	}
}
