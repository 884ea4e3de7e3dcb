package fr.segurstudio.cli;

import org.eclipse.osgi.util.NLS;

/** Texts of the command line; French in messages.properties, other languages in messages_xx.properties. */
public final class Messages extends NLS {

	public static String usage;
	public static String usageCommands;
	public static String usageFooter;
	public static String unknownCommand;
	public static String version;
	public static String internalError;
	public static String helpSummary;
	public static String helpHelp;
	public static String couloirsSummary;
	public static String couloirsHelp;
	public static String couloirsNone;
	public static String couloirsProblem;
	public static String unexpectedArgument;

	static {
		NLS.initializeMessages("fr.segurstudio.cli.messages", Messages.class);
	}

	private Messages() {
	}
}
