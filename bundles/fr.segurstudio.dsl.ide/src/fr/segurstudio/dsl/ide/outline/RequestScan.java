package fr.segurstudio.dsl.ide.outline;

import java.util.ArrayList;
import java.util.List;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.CommonToken;
import org.antlr.runtime.Token;

import fr.segurstudio.dsl.parser.antlr.internal.InternalSegurLexer;

/**
 * The requests of a .segur text as a light scan of its tokens finds them, whatever syntax errors it holds: each
 * {@code demande "NNNNN" {} header, and the request's extent by matching braces. Xtext's recovery drops what follows
 * an error it cannot resume from (a brace missing in request 00013 hid every later request from the outline and from
 * « Aller à la demande »); the outline takes its requests from here when the parse has errors. The language's own
 * lexer cuts the text, so a brace or the word {@code demande} inside a string, a comment or a JSON value is not taken
 * for one. A header met while a request is still open (its closing brace missing) ends that request.
 */
public final class RequestScan {

	/** A request header found: its numeroEditeur (null when the header has none) and the text range of the request. */
	public record Request(String numeroEditeur, int offset, int length) {
	}

	private RequestScan() {
	}

	public static List<Request> scan(String text) {
		List<CommonToken> tokens = significantTokens(text);
		List<Request> requests = new ArrayList<>();
		int depth = 0;
		int openDepth = -1; // the depth inside the open request, -1: none open
		int start = 0;
		String number = null;
		int lastEnd = 0;
		for (int i = 0; i < tokens.size(); i++) {
			CommonToken token = tokens.get(i);
			String word = token.getText();
			int header = headerLength(tokens, i);
			if (header > 0) {
				if (openDepth >= 0) {
					requests.add(new Request(number, start, lastEnd - start));
				}
				start = token.getStartIndex();
				number = header == 3 ? unquote(tokens.get(i + 1).getText()) : null;
				depth++;
				openDepth = depth;
				i += header - 1;
				lastEnd = tokens.get(i).getStopIndex() + 1;
				continue;
			}
			if ("{".equals(word)) {
				depth++;
			} else if ("}".equals(word)) {
				if (openDepth >= 0 && depth == openDepth) {
					requests.add(new Request(number, start, token.getStopIndex() + 1 - start));
					openDepth = -1;
				}
				depth = Math.max(0, depth - 1);
			}
			lastEnd = token.getStopIndex() + 1;
		}
		if (openDepth >= 0) {
			requests.add(new Request(number, start, lastEnd - start));
		}
		return requests;
	}

	/** The tokens of a request header at {@code i}: 3 for {@code demande "NNNNN" {}, 2 for {@code demande {}, else 0. */
	private static int headerLength(List<CommonToken> tokens, int i) {
		if (!"demande".equals(tokens.get(i).getText()) || tokens.get(i).getType() == InternalSegurLexer.RULE_ID) {
			return 0;
		}
		if (i + 1 < tokens.size() && "{".equals(tokens.get(i + 1).getText())) {
			return 2;
		}
		if (i + 2 < tokens.size() && tokens.get(i + 1).getType() == InternalSegurLexer.RULE_STRING && "{".equals(tokens.get(i + 2).getText())) {
			return 3;
		}
		return 0;
	}

	/** The text's tokens, without spaces and comments. */
	private static List<CommonToken> significantTokens(String text) {
		InternalSegurLexer lexer = new InternalSegurLexer(new ANTLRStringStream(text));
		List<CommonToken> tokens = new ArrayList<>();
		for (Token token = lexer.nextToken(); token.getType() != Token.EOF; token = lexer.nextToken()) {
			int type = token.getType();
			if (type != InternalSegurLexer.RULE_WS && type != InternalSegurLexer.RULE_SL_COMMENT && type != InternalSegurLexer.RULE_ML_COMMENT
					&& token instanceof CommonToken common) {
				tokens.add(common);
			}
		}
		return tokens;
	}

	private static String unquote(String string) {
		String inner = string.length() >= 2 ? string.substring(1, string.length() - 1) : string;
		return inner.replaceAll("\\\\(.)", "$1");
	}
}
