package fr.segurstudio.ui.dossier;

import org.eclipse.osgi.util.NLS;

/** The dossier editor's French texts (messages.properties). */
public final class Messages extends NLS {

	public static String pageOverview;
	public static String pageRequests;
	public static String pageJson;
	public static String pageText;
	public static String textNotAdopted;
	public static String pageJsonTitle;
	public static String editorNotAFile;
	public static String editorNoServices;
	public static String editorCannotOpen;
	public static String editorLoading;
	public static String pageLoading;
	public static String readOnly;
	public static String diskChangedTitle;
	public static String diskChangedReload;
	public static String saveOverDiskChange;
	public static String saveFailedTitle;
	public static String saveFailed;
	public static String saveTextUnreadable;
	public static String reloadFailedTitle;
	public static String saveAsTitle;
	public static String saveAsSegurTitle;
	public static String filterSegur;
	public static String filterJson;
	public static String filterAll;
	public static String actionRevert;
	public static String actionUndo;
	public static String actionRedo;
	public static String validationJob;
	public static String markersJob;
	public static String commandSet;
	public static String commandAdd;
	public static String commandRemove;
	public static String commandMove;
	public static String commandEdit;
	public static String requestsNoSelection;
	public static String requestsFilterText;
	public static String requestsAllStatuses;
	public static String requestsWithErrors;
	public static String requestsCount;
	public static String columnNumero;
	public static String columnBeneficiaire;
	public static String columnMontant;
	public static String columnStatut;
	public static String columnProblemes;
	public static String columnProblemesValue;
	public static String overviewHeader;
	public static String overviewHeaderDescription;
	public static String overviewCouloir;
	public static String overviewLogiciel;
	public static String overviewNumeroAns;
	public static String overviewSiret;
	public static String overviewFigures;
	public static String overviewRequests;
	public static String overviewRequestsValue;
	public static String overviewTotal;
	public static String overviewAdvance;
	public static String overviewProblems;
	public static String overviewProblemsValue;
	public static String overviewNoDossier;
	public static String overviewDeposits;
	public static String overviewDepositsDescription;
	public static String overviewDepositLine;
	public static String overviewNoDeposit;
	public static String overviewDepositsUnreadable;
	public static String jsonUnwritable;
	public static String attachTitle;
	public static String attachSelectOne;
	public static String attachType;
	public static String attachFilter;
	public static String attachFailed;
	public static String attachCommand;
	public static String importTitle;
	public static String importUnreadable;
	public static String importRefused;
	public static String importCommand;
	public static String importDone;
	public static String exportTitle;
	public static String exportDescription;
	public static String exportRequests;
	public static String exportAll;
	public static String exportSelected;
	public static String exportDate;
	public static String exportFolder;
	public static String exportZip;
	public static String exportNoFolder;
	public static String exportNothing;
	public static String exportHasErrors;
	public static String exportFolderFailed;
	public static String exportJob;
	public static String exportWaiting;
	public static String exportDone;
	public static String exportCancelled;
	public static String exportFailed;
	public static String exportRefused;
	public static String browse;
	public static String newDossierTitle;
	public static String newDossierDescription;
	public static String newDossierCouloir;
	public static String newDossierAns;
	public static String newDossierSiret;
	public static String newDossierFolder;
	public static String newDossierName;
	public static String newDossierNoCouloir;
	public static String newDossierCouloirProblems;
	public static String newDossierNoFolder;
	public static String newDossierBadName;
	public static String newDossierExists;
	public static String newDossierFailed;

	static {
		NLS.initializeMessages("fr.segurstudio.ui.dossier.messages", Messages.class);
	}

	private Messages() {
	}
}
