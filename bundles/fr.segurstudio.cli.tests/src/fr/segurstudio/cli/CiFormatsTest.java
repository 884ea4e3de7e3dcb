package fr.segurstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.segurstudio.couloir.rad.rules.ClientIdentifieRule;

/** The pieces of the CI formats: the rules' table, GitHub's escaping, XML text, relative URIs. */
class CiFormatsTest {

	/** The codes validate may report: the validator's, the JSON importer's (not the deposit's), the text language's, the couloirs'. */
	private static List<String> codes() throws IllegalAccessException {
		List<String> codes = new ArrayList<>();
		for (Class<?> table : List.of(fr.segurstudio.validation.IssueCodes.class, fr.segurstudio.json.IssueCodes.class,
				fr.segurstudio.dsl.validation.IssueCodes.class)) {
			for (Field field : table.getFields()) {
				if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
					codes.add((String) field.get(null));
				}
			}
		}
		codes.removeIf(code -> code.startsWith("depot."));
		codes.add(ClientIdentifieRule.CODE);
		return codes;
	}

	@Test
	void everyCodeHasAFrenchDescriptionAndTheTableNoOtherCode() throws IllegalAccessException {
		List<String> codes = codes();
		assertTrue(codes.size() > 60, codes.toString());
		for (String code : codes) {
			assertTrue(RuleDescriptions.all().containsKey(code), "rules.properties: add « " + code + " = <description en français> »");
			assertFalse(RuleDescriptions.of(code).isBlank(), code);
		}
		assertEquals(codes.stream().sorted().distinct().toList(), List.copyOf(RuleDescriptions.all().keySet()), "a code of the table no rule reports");
		assertEquals("numeroEditeur de deux demandes : chaque demande a le sien", RuleDescriptions.of("numeroEditeur.double"));
		assertEquals("fic.regle-maison", RuleDescriptions.of("fic.regle-maison"), "a plug-in's code: its id");
	}

	@Test
	void githubEscapesAsItsWorkflowCommandsRead() {
		assertEquals("100%25 %0D%0Afin :, a", GithubAnnotations.data("100% \r\nfin :, a"));
		assertEquals("a%2Cb%3Ac%25d%0A", GithubAnnotations.property("a,b:c%d\n"));
		assertEquals("%2525", GithubAnnotations.data("%25"), "escaped once, in one pass over %");
	}

	@Test
	void xmlTextHoldsEveryString() {
		assertEquals("&lt;a b=&quot;1&quot; c=&apos;2&apos;&gt;&amp;amp;", JunitReport.xml("<a b=\"1\" c='2'>&amp;"));
		assertEquals("\uFFFD\t\n\uFFFD\uFFFDé\uD83D\uDE00", JunitReport.xml("\u0000\t\n\u001b\uD800é\uD83D\uDE00"));
	}

	@Test
	void pathsAreRelativeToTheWorkingDirectoryAndUrisEncoded() {
		Path work = Path.of("/depot/ci");
		assertEquals("dossiers/a.segur", Findings.relativePath("dossiers/a.segur", work));
		assertEquals("dossiers/a.segur", Findings.relativePath("/depot/ci/dossiers/./a.segur", work));
		assertEquals("../autre/a.segur", Findings.relativePath("/depot/autre/a.segur", work));
		assertEquals("dossiers/mon%20dossier%23%25.segur", Findings.uri("dossiers/mon dossier#%.segur"));
		assertEquals("%C3%A9t%C3%A9.segur", Findings.uri("été.segur"));
		assertEquals("./a:b.segur", Findings.uri("a:b.segur"), "not a scheme");
	}
}
