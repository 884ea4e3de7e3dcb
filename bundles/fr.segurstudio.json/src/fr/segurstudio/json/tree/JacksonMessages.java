package fr.segurstudio.json.tree;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jackson's parser messages in French, for users: the cause and what probably went wrong
 * ("caractère inattendu « x » à la ligne 3, colonne 7 ; une virgule manque ?"). No English reaches a
 * user: a message not recognised here becomes a generic French one.
 */
final class JacksonMessages {

	private static final Pattern CHARACTER = Pattern.compile("Unexpected character \\('(.+?)' \\(code (\\d+)\\)\\)");
	private static final Pattern CTRL = Pattern.compile("\\(CTRL-CHAR, code (\\d+)\\)");
	private static final Pattern TOKEN = Pattern.compile("(?:Unrecognized|Non-standard) token '(.*?)'");
	private static final Pattern CLOSE = Pattern.compile("Unexpected close marker '(.)': expected '(.)'");
	private static final Pattern ESCAPE = Pattern.compile("Unrecognized character escape '(.+?)'");

	/** The input stops before the document ends. */
	static final String TRUNCATED = "fin de fichier inattendue (fichier tronqué, ou accolade ou crochet fermant manquant ?)";

	private JacksonMessages() {
	}

	/** " à la ligne 3, colonne 7". */
	static String at(JsonValue.Position position) {
		return " à la ligne " + position.line() + ", colonne " + position.column();
	}

	/** What was read, in French. */
	static String french(Exception e, int maxDepth, int maxString, int maxNumber) {
		String m = message(e);
		Matcher character = CHARACTER.matcher(m);
		if (character.find()) {
			int code = Integer.parseInt(character.group(2));
			return "caractère inattendu " + shown(code, character.group(1));
		}
		Matcher ctrl = CTRL.matcher(m);
		if (ctrl.find()) {
			return "caractère de contrôle (code " + ctrl.group(1) + ") dans un texte : il doit s'écrire échappé (\\n, \\t, \\u0000…)";
		}
		Matcher token = TOKEN.matcher(m);
		if (token.find()) {
			String word = token.group(1);
			return "mot inconnu « " + (word.length() > 40 ? word.substring(0, 37) + "…" : word) + " »";
		}
		Matcher close = CLOSE.matcher(m);
		if (close.find()) {
			return "« " + close.group(1) + " » inattendu : « " + close.group(2) + " » est attendu pour fermer "
					+ ("}".equals(close.group(2)) ? "l'objet ouvert plus haut" : "le tableau ouvert plus haut");
		}
		Matcher escape = ESCAPE.matcher(m);
		if (escape.find()) {
			return "séquence d'échappement inconnue « \\" + escape.group(1) + " » dans un texte";
		}
		if (m.contains("end-of-input")) {
			return m.contains("closing quote") ? "fin de fichier au milieu d'un texte (guillemet fermant manquant, fichier tronqué ?)"
					: TRUNCATED;
		}
		if (m.contains("nesting depth")) {
			return "imbrication trop profonde (plus de " + maxDepth + " niveaux)";
		}
		if (m.contains("String value length")) {
			return "texte trop long (plus de " + maxString + " caractères)";
		}
		if (m.contains("Number value length") || m.contains("Number length")) {
			return "nombre trop long (plus de " + maxNumber + " chiffres)";
		}
		if (m.contains("Leading zeroes")) {
			return "nombre commençant par un zéro";
		}
		if (m.contains("Invalid numeric value") || m.contains("numeric value")) {
			return "nombre mal écrit";
		}
		if (m.contains("UTF-8") || m.contains("UTF8")) {
			return "le fichier n'est pas en UTF-8";
		}
		return "syntaxe JSON incorrecte";
	}

	/** What probably went wrong: " ; une virgule manque ?", or "". */
	static String hint(Exception e) {
		String m = message(e);
		if (m.contains("comma to separate")) {
			return " ; une virgule manque ?";
		}
		if (m.contains("double-quote to start field name")) {
			return " ; un nom de clé entre guillemets est attendu (virgule en trop avant « } » ?)";
		}
		if (m.contains("colon to separate")) {
			return " ; deux-points (:) attendu entre la clé et sa valeur";
		}
		if (m.contains("comment")) {
			return " ; le JSON n'a pas de commentaires";
		}
		if (m.contains("Leading zeroes")) {
			return " ; un identifiant (SIRET, FINESS…) s'écrit entre guillemets";
		}
		if (m.contains("Non-standard token")) {
			return " ; NaN et Infinity ne sont pas des nombres JSON";
		}
		Matcher character = CHARACTER.matcher(m);
		if (character.find() && "39".equals(character.group(2))) {
			return " ; les textes s'écrivent entre guillemets doubles \"…\"";
		}
		if (m.contains("expected a value") || m.contains("expected a valid value") || m.contains("Unrecognized token")) {
			return " ; une valeur est attendue : texte entre guillemets, nombre, true, false, null, objet ou tableau (virgule en trop ?)";
		}
		return "";
	}

	private static String shown(int code, String character) {
		if (code < 0x20 || code == 0x7F) {
			return "(caractère de contrôle, code " + code + ")";
		}
		return "« " + character + " »";
	}

	private static String message(Exception e) {
		return e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
	}
}
