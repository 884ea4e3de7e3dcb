package fr.segurstudio.ui.lifecycle;

import org.eclipse.osgi.util.NLS;

/** French texts of the lifecycle actions (messages.properties). */
public final class Messages extends NLS {

	public static String returnTitle;
	public static String returnNotReturned;
	public static String returnUnreadable;
	public static String returnDone;
	public static String returnUnmatched;
	public static String resubmitTitle;
	public static String resubmitNone;
	public static String resubmitDone;
	public static String resubmitProblems;
	public static String resubmitUnreadable;
	public static String spreadsheetTitle;
	public static String spreadsheetMapping;
	public static String spreadsheetUnreadable;
	public static String spreadsheetRefused;
	public static String spreadsheetPreview;
	public static String spreadsheetCreate;
	public static String spreadsheetExists;
	public static String filterCsv;
	public static String filterJson;
	public static String filterAll;

	static {
		NLS.initializeMessages("fr.segurstudio.ui.lifecycle.messages", Messages.class);
	}

	private Messages() {
	}
}
