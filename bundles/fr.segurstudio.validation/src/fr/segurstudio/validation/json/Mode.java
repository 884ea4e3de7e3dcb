package fr.segurstudio.validation.json;

/** How much to report. */
public enum Mode {
	/** Like the portal: the check of a request stops at its first error (seed §1.2, step 5.b); warnings left out. */
	ASP,
	/** Every issue of every request, for editing. */
	ALL
}
