package fr.segurstudio.dsl.editor.internal;

import java.util.Set;

import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.rules.IRule;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.IWordDetector;
import org.eclipse.jface.text.rules.RuleBasedScanner;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.jface.text.rules.WordRule;

/** The lexical colouring of the default partition: the language's keywords, from its grammar (the rest is semantic). */
final class SegurSyntax {

	private SegurSyntax() {
	}

	static RuleBasedScanner keywords(SegurColors colors, Set<String> keywords) {
		RuleBasedScanner scanner = new RuleBasedScanner();
		IToken keyword = new Token(new TextAttribute(colors.color(SegurColors.KEYWORD), null, colors.fontStyle(SegurColors.KEYWORD)));
		WordRule words = new WordRule(new IWordDetector() {
			@Override
			public boolean isWordStart(char c) {
				return Character.isLetter(c) || c == '_';
			}

			@Override
			public boolean isWordPart(char c) {
				return Character.isLetterOrDigit(c) || c == '_' || c == '-';
			}
		}, Token.UNDEFINED);
		for (String word : keywords) {
			words.addWord(word, keyword);
		}
		scanner.setRules(new IRule[] { words });
		return scanner;
	}

	static RuleBasedScanner single(SegurColors colors, String style) {
		RuleBasedScanner scanner = new RuleBasedScanner();
		scanner.setDefaultReturnToken(new Token(new TextAttribute(colors.color(style), null, colors.fontStyle(style))));
		return scanner;
	}
}
