package fr.segurstudio.ui;

import org.eclipse.osgi.util.NLS;

/** Texts of the GUI's Java code; French in messages.properties, other languages in messages_xx.properties. */
public final class Messages extends NLS {

	public static String aboutTitle;
	public static String aboutText;
	public static String aboutVersionBuilt;
	public static String aboutNoCouloir;

	public static String windowTitle;
	public static String windowTitleWithEditor;

	public static String menuFile;
	public static String menuNew;
	public static String menuEdit;
	public static String menuWindow;
	public static String menuShowView;
	public static String menuHelp;
	public static String actionClose;
	public static String actionCloseAll;
	public static String actionSave;
	public static String actionSaveAs;
	public static String actionSaveAll;
	public static String actionRevert;
	public static String actionQuit;
	public static String actionUndo;
	public static String actionRedo;
	public static String actionCut;
	public static String actionCopy;
	public static String actionPaste;
	public static String actionDelete;
	public static String actionSelectAll;
	public static String actionFind;
	public static String actionPreferences;
	public static String actionSwitchEditor;
	public static String actionResetPerspective;

	public static String openFolderTitle;
	public static String openFolderMessage;
	public static String openFileTitle;
	public static String openFileFilter;
	public static String openProblemsTitle;
	public static String openNoSuchPath;
	public static String openFailed;
	public static String openingJob;

	public static String removeTitle;
	public static String removeQuestion;
	public static String removeFailed;

	public static String workspaceInUseTitle;
	public static String workspaceInUse;
	public static String workspaceCannotLock;
	public static String savingWorkspace;
	public static String savingWorkspaceFailed;

	public static String summaryRequests;
	public static String summaryRequest;
	public static String summaryNoRequest;
	public static String summaryToDeposit;
	public static String summaryNothingToDeposit;
	public static String summaryErrors;
	public static String summaryError;
	public static String summaryWarnings;
	public static String summaryWarning;
	public static String summaryUnknownCouloir;

	public static String prefsDescription;
	public static String prefsProfilesGroup;
	public static String prefsProfilesFile;
	public static String prefsColumnAns;
	public static String prefsColumnProfiles;
	public static String prefsAdd;
	public static String prefsEdit;
	public static String prefsRemove;
	public static String prefsDepositGroup;
	public static String prefsDepositFolder;
	public static String prefsBrowse;
	public static String prefsDepositHint;
	public static String prefsCannotRead;
	public static String prefsCannotWrite;
	public static String prefsNoSuchFolder;
	public static String profileDialogTitle;
	public static String profileDialogAns;
	public static String profileDialogProfiles;
	public static String profileDialogProfilesHint;
	public static String profileDialogBadAns;
	public static String profileDialogDuplicate;
	public static String profileDialogColumnProfile;
	public static String profileDialogColumnCouloirs;
	public static String profileDialogUnknown;
	public static String profileDialogUnknownChecked;
	public static String prefsUnknownProfiles;

	public static String diskChangeTitle;
	public static String diskChangeOnSave;
	public static String diskChangeOnReturn;
	public static String diskChangeOverwrite;
	public static String diskChangeTakeDisk;
	public static String diskChangeCancel;
	public static String diskChangeKeepMine;
	public static String diskChangeMine;
	public static String diskChangeDisk;
	public static String fileGone;
	public static String fileAccessDenied;
	public static String fileFolderGone;
	public static String fileIsFolder;
	public static String diskFull;
	public static String diskQuota;
	public static String diskReadOnly;
	public static String fileChangedOnDisk;
	public static String fileDeletedKeepText;
	public static String saveFailedTitle;
	public static String saveFailedKept;
	public static String saveUnmappable;
	public static String saveAsTitle;
	public static String saveAsTargetOpen;
	public static String reloadFailedTitle;
	public static String recoveryTitle;
	public static String recoveryMessage;
	public static String recoveryCopy;
	public static String recoveryRecover;
	public static String recoveryDiscard;
	public static String recoveryLater;
	public static String recoveryFailed;
	public static String recoveryJob;

	static {
		NLS.initializeMessages("fr.segurstudio.ui.messages", Messages.class);
	}

	private Messages() {
	}
}
