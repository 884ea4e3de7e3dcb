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
	public static String spreadsheetFileTitle;
	public static String spreadsheetFileDescription;
	public static String spreadsheetFileLabel;
	public static String spreadsheetFileHint;
	public static String spreadsheetBrowse;
	public static String spreadsheetEncodingLabel;
	public static String spreadsheetDetected;
	public static String spreadsheetSeparatorLabel;
	public static String spreadsheetSemicolon;
	public static String spreadsheetComma;
	public static String spreadsheetTab;
	public static String spreadsheetReading;
	public static String spreadsheetNoFile;
	public static String spreadsheetMalformed;
	public static String spreadsheetUnreadable;
	public static String spreadsheetRead;
	public static String spreadsheetLine;
	public static String spreadsheetMappingTitle;
	public static String spreadsheetMappingDescription;
	public static String spreadsheetMappingFile;
	public static String spreadsheetMappingFileHint;
	public static String spreadsheetMappingFileTooltip;
	public static String spreadsheetLoad;
	public static String spreadsheetSave;
	public static String spreadsheetCouloir;
	public static String spreadsheetAns;
	public static String spreadsheetSiret;
	public static String spreadsheetNumero;
	public static String spreadsheetNumeroTooltip;
	public static String spreadsheetMappingLegend;
	public static String spreadsheetValueTooltip;
	public static String spreadsheetMappingName;
	public static String spreadsheetMappingInvalid;
	public static String spreadsheetMappingCouloir;
	public static String spreadsheetMappingLoaded;
	public static String spreadsheetMappingSaved;
	public static String spreadsheetReplace;
	public static String spreadsheetCannotWrite;
	public static String spreadsheetNothingMapped;
	public static String spreadsheetPreviewOk;
	public static String spreadsheetGroupingTitle;
	public static String spreadsheetGroupingDescription;
	public static String spreadsheetFolder;
	public static String spreadsheetMax;
	public static String spreadsheetMaxHint;
	public static String spreadsheetColumnFile;
	public static String spreadsheetColumnCouloir;
	public static String spreadsheetColumnAns;
	public static String spreadsheetColumnSiret;
	public static String spreadsheetColumnRequests;
	public static String spreadsheetColumnRows;
	public static String spreadsheetPlanning;
	public static String spreadsheetMoreProblems;
	public static String spreadsheetNoProblem;
	public static String spreadsheetPlanned;
	public static String spreadsheetExists;
	public static String spreadsheetNoRequest;
	public static String spreadsheetJob;
	public static String spreadsheetJobPart;
	public static String spreadsheetPublishing;
	public static String spreadsheetWaiting;
	public static String spreadsheetCancelled;
	public static String spreadsheetNothingWritten;
	public static String spreadsheetReportTitle;
	public static String spreadsheetReportSummary;
	public static String spreadsheetReportProblems;
	public static String spreadsheetClose;
	public static String filterCsv;
	public static String filterJson;
	public static String filterAll;

	static {
		NLS.initializeMessages("fr.segurstudio.ui.lifecycle.messages", Messages.class);
	}

	private Messages() {
	}
}
