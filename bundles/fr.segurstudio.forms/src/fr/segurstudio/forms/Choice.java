package fr.segurstudio.forms;

/**
 * One value a control may take from a closed list: its code as the model holds it (an enumeration literal, an
 * operator code such as {@code CH _20}, a typeFichier) and its French label ({@code MAILIZ}), which may equal the code.
 */
public record Choice(String code, String label) {

	/** "MAI_15 — MAILIZ", or the code alone when the label says nothing more. */
	public String display() {
		return label == null || label.isEmpty() || label.equals(code) ? code : code + " — " + label;
	}
}
