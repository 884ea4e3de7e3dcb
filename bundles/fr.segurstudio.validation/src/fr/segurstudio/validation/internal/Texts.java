package fr.segurstudio.validation.internal;

/** Small helpers for French messages. */
final class Texts {

	private Texts() {
	}

	/** « value », cut when long (a 10 MB string stays a short message). */
	static String quote(Object value) {
		String text = String.valueOf(value);
		return "« " + (text.length() <= 60 ? text : text.substring(0, 57) + "... (" + text.length() + " caractères)") + " »";
	}

	static String characters(int n) {
		return n + (n > 1 ? " caractères" : " caractère");
	}
}
