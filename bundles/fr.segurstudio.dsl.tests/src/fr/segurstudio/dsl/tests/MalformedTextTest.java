package fr.segurstudio.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.segurstudio.dsl.DossierTexts;
import fr.segurstudio.dsl.ide.contentassist.SegurCompletion;
import fr.segurstudio.dsl.ide.outline.SegurOutline;
import fr.segurstudio.json.ImportResult;
import fr.segurstudio.testing.Golden;

/**
 * Random cuts and insertions of valid texts: the parser, the validator, the reader of the command line,
 * the outline and completion answer with problems, never with an exception. The number of cases follows
 * {@code -Dsegur.fuzz.cases} (a quarter of it: each case runs the whole language).
 */
class MalformedTextTest {

	private static final String[] INSERTIONS = { "{", "}", "[", "]", ",", "\"", "/*", "//", "null", "demande", "dossier", "-", "é",
			"\n", "00001", "14/13/2022", "99999999999999999999", "\"\\", "true", "commande {", "=", ":", "\u0000", "\t" };

	@Test
	void malformedTextNeverThrows(@TempDir Path dir) throws Exception {
		int cases = Math.max(100, Integer.getInteger("segur.fuzz.cases", 2000) / 4);
		long seed = Long.getLong("segur.fuzz.seed", 20221114L);
		Random random = new Random(seed);
		List<Golden> goldens = Golden.all();
		SegurCompletion completion = Texts.service().injector().getInstance(SegurCompletion.class);
		Path file = dir.resolve("fuzz.segur");
		int withErrors = 0;
		for (int i = 0; i < cases; i++) {
			String text = mutate(goldens.get(random.nextInt(goldens.size())).segurText(), random);
			try {
				DossierTexts.Parsed parsed = Texts.parse(text);
				List<Issue> issues = Texts.validate(parsed.resource());
				for (Issue issue : issues) {
					assertNotNull(issue.getMessage());
					assertFalse(issue.getMessage().isBlank());
					assertTrue(issue.getLineNumber() == null || issue.getLineNumber() >= 1);
				}
				withErrors += issues.isEmpty() ? 0 : 1;
				new SegurOutline().outline(parsed.resource());
				completion.complete(parsed.resource(), random.nextInt(text.length() + 1));
				Files.writeString(file, text);
				ImportResult read = Texts.service().read(file);
				assertNotNull(read.issues());
			} catch (RuntimeException | Error e) {
				if (e instanceof AssertionError) {
					throw e;
				}
				fail("case " + i + " (seed " + seed + ") threw " + e + " on:\n" + text, e);
			}
		}
		assertTrue(withErrors > cases / 2, "the mutations do break the texts: " + withErrors + "/" + cases);
	}

	/** One to three cuts or insertions at random places. */
	private static String mutate(String text, Random random) {
		StringBuilder result = new StringBuilder(text);
		int mutations = 1 + random.nextInt(3);
		for (int m = 0; m < mutations && result.length() > 0; m++) {
			int at = random.nextInt(result.length());
			switch (random.nextInt(3)) {
			case 0 -> result.delete(at, Math.min(result.length(), at + 1 + random.nextInt(40)));
			case 1 -> result.insert(at, INSERTIONS[random.nextInt(INSERTIONS.length)]);
			default -> result.setLength(at);
			}
		}
		return result.toString();
	}
}
