package fr.segurstudio.ui;

import org.eclipse.osgi.util.NLS;

/** Texts of the GUI's Java code; French in messages.properties, other languages in messages_xx.properties. */
public final class Messages extends NLS {

	public static String aboutTitle;
	public static String aboutText;
	public static String aboutNoCouloir;

	static {
		NLS.initializeMessages("fr.segurstudio.ui.messages", Messages.class);
	}

	private Messages() {
	}
}
