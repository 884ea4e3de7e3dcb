package fr.segurstudio.model.issue;

/** ERROR rejects (a file at the structure stage, a request at the format stage); WARNING never does. */
public enum Severity {
	ERROR, WARNING
}
