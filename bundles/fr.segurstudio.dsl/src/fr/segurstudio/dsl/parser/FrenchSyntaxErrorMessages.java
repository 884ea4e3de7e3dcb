package fr.segurstudio.dsl.parser;

import fr.segurstudio.dsl.validation.IssueCodes;
import org.antlr.runtime.EarlyExitException;
import org.antlr.runtime.MismatchedTokenException;
import org.antlr.runtime.NoViableAltException;
import org.antlr.runtime.RecognitionException;
import org.antlr.runtime.Token;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;

/** Syntax errors in French, saying what was found and, when the parser knows, what was expected. */
public class FrenchSyntaxErrorMessages extends SyntaxErrorMessageProvider {


	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
		RecognitionException e = context.getRecognitionException();
		String found = e == null || e.token == null ? null : describe(e.token);
		String message;
		if (e instanceof MismatchedTokenException mismatch && mismatch.expecting >= 0 && context.getTokenNames() != null
				&& mismatch.expecting < context.getTokenNames().length) {
			message = "attendu " + expected(context.getTokenNames()[mismatch.expecting]) + (found == null ? "" : ", trouvé " + found);
		} else if (e instanceof NoViableAltException || e instanceof EarlyExitException) {
			message = found == null ? "texte incomplet" : found + " n'a pas sa place ici";
		} else if (found != null) {
			message = found + " inattendu";
		} else {
			message = "syntaxe incorrecte";
		}
		return new SyntaxErrorMessage(message + hint(found), IssueCodes.SYNTAXE);
	}

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IValueConverterErrorContext context) {
		return new SyntaxErrorMessage("valeur illisible : " + context.getDefaultMessage(), IssueCodes.SYNTAXE);
	}

	private static String describe(Token token) {
		if (token.getType() == Token.EOF) {
			return "la fin du fichier";
		}
		String text = token.getText();
		return text == null ? "un symbole" : "« " + (text.length() > 40 ? text.substring(0, 37) + "..." : text) + " »";
	}

	/** ANTLR names keywords 'dossier' and terminals RULE_STRING. */
	private static String expected(String tokenName) {
		if (tokenName.startsWith("'") && tokenName.endsWith("'")) {
			return "« " + tokenName.substring(1, tokenName.length() - 1) + " »";
		}
		return switch (tokenName) {
		case "RULE_STRING" -> "un texte entre guillemets";
		case "RULE_ID" -> "un nom";
		case "RULE_NUMBER" -> "un nombre";
		case "RULE_DATE" -> "une date JJ/MM/AAAA";
		case "EOF" -> "la fin du fichier";
		default -> tokenName;
		};
	}

	private static String hint(String found) {
		if ("la fin du fichier".equals(found)) {
			return " (une accolade } manque ?)";
		}
		return "";
	}
}
