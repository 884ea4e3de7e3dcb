package fr.segurstudio.cli.tests;

import static fr.segurstudio.cli.tests.CliRun.segurIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

import fr.segurstudio.testing.Golden;

/**
 * Two requests with one numeroEditeur in a dossier, as a merge without Ségur Studio's driver leaves them
 * (GitHub's merge button): validate reports an error that names both, for every couloir, in JSON and in text.
 */
class DuplicateNumberCliTest {

	@TempDir
	Path dir;

	/** The golden .segur with its request twice, the second a copy under the same number. */
	static String twoRequests(String segur) {
		int start = segur.indexOf("  demande \"00001\" {");
		int end = segur.lastIndexOf("}");
		String block = segur.substring(start, end);
		return segur.substring(0, end) + "\n" + block + segur.substring(end);
	}

	private static List<String> duplicates(CliRun run) {
		return run.stdout().lines().filter(l -> l.endsWith("[numeroEditeur.double]")).toList();
	}

	@ParameterizedTest
	@EnumSource(Golden.class)
	void aJsonFileWithTwoRequestsOfOneNumber(Golden golden) throws IOException {
		String json = Fixtures.twoRequests(golden.text(), "00001", "00001");
		Fixtures.write(dir, "fusion.json", json);
		CliRun run = segurIn(dir, "validate", "fusion.json");
		assertEquals(1, run.exitCode, run.stdout());
		List<String> errors = duplicates(run);
		int second = lineOf(json, "\"numeroEditeur\": \"00001\"", 2);
		assertEquals(List.of("fusion.json:" + second + ":" + column(json, second) + ": erreur : demande 00001 (ligne 2) : numeroEditeur 00001 déjà utilisé par la demande 00001 (ligne 1) : chaque demande a son numéro, et une demande rejetée revient avec un nouveau numéro [numeroEditeur.double]"),
				errors, run.stdout());
	}

	@ParameterizedTest
	@EnumSource(Golden.class)
	void aSegurDossierWithTwoRequestsOfOneNumber(Golden golden) throws IOException {
		String text = twoRequests(golden.segurText());
		Fixtures.write(dir, "fusion.segur", text);
		CliRun run = segurIn(dir, "validate", "fusion.segur");
		assertEquals(1, run.exitCode, run.stdout());
		List<String> errors = duplicates(run);
		int first = lineOf(text, "demande \"00001\"", 1);
		int second = lineOf(text, "demande \"00001\"", 2);
		assertEquals(1, errors.size(), run.stdout());
		assertTrue(errors.get(0).startsWith("fusion.segur:" + second + ":"), errors + " at line " + second);
		assertTrue(errors.get(0).contains(": demande 00001 : numeroEditeur 00001 déjà utilisé par la demande 00001 (1re du dossier) : "),
				errors + ": the first named by its place, not by a « ligne » a text has at line " + first);
	}

	@ParameterizedTest
	@EnumSource(Golden.class)
	void theFirstIsNamedByItsPlaceWhereverItStands(Golden golden) throws IOException {
		String segur = golden.segurText();
		int start = segur.indexOf("  demande \"00001\" {");
		int end = segur.lastIndexOf("}");
		String block = segur.substring(start, end);
		// 00001, 00002, 00003, 00002: the fourth repeats the second
		String text = segur.substring(0, end) + "\n" + block.replace("\"00001\"", "\"00002\"") + "\n" + block.replace("\"00001\"", "\"00003\"") + "\n"
				+ block.replace("\"00001\"", "\"00002\"") + segur.substring(end);
		Fixtures.write(dir, "fusion.segur", text);
		CliRun run = segurIn(dir, "validate", "fusion.segur");
		assertEquals(1, run.exitCode, run.stdout());
		List<String> errors = duplicates(run);
		assertEquals(1, errors.size(), run.stdout());
		assertTrue(errors.get(0).startsWith("fusion.segur:" + lineOf(text, "demande \"00002\"", 2) + ":"), errors.toString());
		assertTrue(errors.get(0).contains(": demande 00002 : numeroEditeur 00002 déjà utilisé par la demande 00002 (2e du dossier) : "), errors.toString());
	}

	/** The 1-based line of the n-th occurrence of the text. */
	static int lineOf(String content, String text, int n) {
		int at = -1;
		for (int i = 0; i < n; i++) {
			at = content.indexOf(text, at + 1);
		}
		assertTrue(at >= 0, text);
		return (int) content.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
	}

	private static int column(String content, int line) {
		String text = content.lines().skip(line - 1).findFirst().orElseThrow();
		return text.indexOf("\"00001\"") + 1;
	}
}
