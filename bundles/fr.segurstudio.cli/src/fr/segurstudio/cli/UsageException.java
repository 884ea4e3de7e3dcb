package fr.segurstudio.cli;

/** A command line that cannot be understood; its message, in French, says what is expected (exit code 2). */
public final class UsageException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public UsageException(String message) {
		super(message);
	}
}
