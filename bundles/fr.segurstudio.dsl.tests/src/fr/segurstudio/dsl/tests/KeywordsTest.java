package fr.segurstudio.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

import fr.segurstudio.dsl.ide.highlighting.SegurKeywords;

/** The words the text editor colours as keywords as the user types are the grammar's, not a list kept by hand. */
class KeywordsTest {

	@Test
	void theKeywordsAreTheGrammarsWords() {
		Set<String> words = Texts.service().injector().getInstance(SegurKeywords.class).words();
		assertEquals(Set.of("dossier", "demande", "true", "false", "null", "absent"), words, "Segur.xtext's words, without its punctuation");
	}
}
