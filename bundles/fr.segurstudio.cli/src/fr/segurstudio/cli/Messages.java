package fr.segurstudio.cli;

import java.util.List;

import org.eclipse.osgi.util.NLS;

import fr.segurstudio.model.issue.Echo;

/** Texts of the command line; French in messages.properties, other languages in messages_xx.properties. */
public final class Messages extends NLS {

	public static String usage;
	public static String usageCommands;
	public static String usageFooter;
	public static String unknownCommand;
	public static String version;
	public static String internalError;
	public static String internalErrorDetails;
	public static String outOfMemory;
	public static String stackOverflow;
	public static String interrupted;
	public static String workingDirectoryGone;
	public static String stdoutFailed;
	public static String fileFailed;
	public static String helpSummary;
	public static String helpHelp;
	public static String couloirsSummary;
	public static String couloirsHelp;
	public static String couloirsNone;
	public static String couloirsProblem;
	public static String unexpectedArgument;
	public static String optionNeedsValue;
	public static String unknownOption;
	public static String optionTwice;
	public static String noFile;
	public static String noSuchFile;
	public static String isDirectory;
	public static String cannotRead;
	public static String cannotWrite;
	public static String badDate;
	public static String error;
	public static String warning;
	public static String exportSummary;
	public static String exportHelp;
	public static String exportNoOut;
	public static String exportCancelled;
	public static String exportNothingWritten;
	public static String exportWaiting;
	public static String exportMisread;
	public static String exportWritten;
	public static String exportSkipped;
	public static String exportPiecesAbsent;
	public static String exportSkippedDeposited;
	public static String exportSkippedRejected;
	public static String exportNothingToDo;
	public static String exportRecorded;
	public static String exportRecordFailed;
	public static String exportRecordCompleted;
	public static String dossiersWaiting;
	public static String dossiersUnwritable;
	public static String badChoice;
	public static String validateSummary;
	public static String validateHelp;
	public static String sarifToolName;
	public static String validateCiSummary;
	public static String validateCiStructure;
	public static String validateFileRejected;
	public static String validateFileAccepted;
	public static String validateRequest;
	public static String validateRequestText;
	public static String validateAnswerWritten;
	public static String validateAnswerRefused;
	public static String convertSummary;
	public static String convertHelp;
	public static String convertSameFormat;
	public static String convertFailed;
	public static String convertNoCouloir;
	public static String convertValueLeftOut;
	public static String convertExists;
	public static String convertWritten;
	public static String convertCollision;
	public static String formatSummary;
	public static String formatHelp;
	public static String formatNotText;
	public static String formatNotCanonical;
	public static String formatWritten;
	public static String diffSummaryLine;
	public static String diffHelp;
	public static String diffTwoFiles;
	public static String diffFileHeader;
	public static String diffSummary;
	public static String diffAddedOne;
	public static String diffAddedMany;
	public static String diffChangedOne;
	public static String diffChangedMany;
	public static String diffRemovedOne;
	public static String diffRemovedMany;
	public static String diffHeaderChangedSuffix;
	public static String diffHeader;
	public static String diffCouloir;
	public static String diffRequest;
	public static String diffPartial;
	public static String mergeSummary;
	public static String mergeHelp;
	public static String mergeArguments;
	public static String mergeRenumbered;
	public static String mergeConflict;
	public static String mergeHeaderConflict;
	public static String mergeUnreadable;
	public static String mergeExhausted;
	public static String gitConfigSummary;
	public static String gitConfigHelp;
	public static String gitConfigSet;
	public static String gitConfigAttributesAdded;
	public static String gitConfigAttributesPresent;
	public static String gitConfigFailed;
	public static String gitUnreadable;
	public static String gitNoDossier;
	public static String mergeTextOnly;
	public static String mergeDeletedChanged;
	public static String gitConfigNoFile;
	public static String gitConfigMergeName;
	public static String gitConfigNoGit;
	public static String importSummary;
	public static String importHelp;
	public static String importUnreadable;
	public static String importSummaryLine;
	public static String importReturnedLine;
	public static String dossierLeftOut;
	public static String retourSummary;
	public static String retourHelp;
	public static String retourNotReturned;
	public static String retourAccepted;
	public static String retourRejected;
	public static String retourResubmitted;
	public static String retourUnmatched;
	public static String retourTotal;
	public static String resoumettreSummary;
	public static String resoumettreHelp;
	public static String resoumettreNone;
	public static String resoumettreLine;
	public static String resoumettreProblem;
	public static String etatSummary;
	public static String etatHelp;
	public static String etatUnreadable;
	public static String etatReadErrors;
	public static String etatDossier;
	public static String etatAccepted;
	public static String etatAcceptedLine;
	public static String etatTotal;
	public static String etatStatusLine;
	public static String etatAll;
	public static String importCsvSummary;
	public static String importCsvHelp;
	public static String importCsvOptions;
	public static String importCsvRead;
	public static String importCsvNothingWritten;
	public static String importCsvExists;
	public static String importCsvWritten;
	public static String importCsvDone;
	public static String importCsvChangesHint;
	public static String importCsvBadMax;
	public static String importCsvFailed;

	static {
		NLS.initializeMessages("fr.segurstudio.cli.messages", Messages.class);
	}

	private Messages() {
	}

	/** A list of numbers for a message: the first ten, then how many more. */
	static String abbreviate(List<String> numbers) {
		List<String> shown = numbers.stream().limit(10).map(Echo::text).toList();
		return numbers.size() <= 10 ? String.join(", ", shown) : String.join(", ", shown) + " et " + (numbers.size() - 10) + " autres";
	}
}
