package fr.segurstudio.workspace;

import org.eclipse.osgi.util.NLS;

/** Texts of the workspace bundle, French in messages.properties. */
final class Messages extends NLS {

	public static String validationJob;
	public static String profilesHeader;

	static {
		NLS.initializeMessages("fr.segurstudio.workspace.messages", Messages.class);
	}

	private Messages() {
	}
}
