package fr.segurstudio.dsl.editor.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the editor's code; French in messages.properties. */
public final class Messages extends NLS {

	public static String actionFormat;
	public static String actionToggleComment;
	public static String actionGotoRequest;
	public static String formatFailed;
	public static String completionFailed;
	public static String completionField;
	public static String completionBlock;
	public static String gotoRequestTitle;
	public static String gotoRequestMessage;
	public static String markersJob;
	public static String resolutionFailed;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}
}
