package fr.segurstudio.dsl.ide.highlighting;

import java.util.Set;
import java.util.TreeSet;

import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;

import com.google.inject.Inject;

/**
 * The words of the language ({@code dossier}, {@code demande}, {@code true}, {@code false}, {@code null}), read from
 * its grammar: what an editor colours as keywords as the user types, before any parse. A keyword added to the
 * grammar is coloured without a change here.
 */
public class SegurKeywords {

	@Inject
	private IGrammarAccess grammar;

	/** The grammar's keywords that are words (its punctuation, braces and dashes left out). */
	public Set<String> words() {
		Set<String> words = new TreeSet<>();
		for (String keyword : GrammarUtil.getAllKeywords(grammar.getGrammar())) {
			if (!keyword.isEmpty() && Character.isLetter(keyword.charAt(0))) {
				words.add(keyword);
			}
		}
		return words;
	}
}
