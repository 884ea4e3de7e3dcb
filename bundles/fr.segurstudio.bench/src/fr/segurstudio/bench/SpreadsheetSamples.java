package fr.segurstudio.bench;

import java.util.List;

/**
 * Spreadsheet exports of BIO-SGL requests as a vendor's CRM writes them (one row a request, {@code ;},
 * values valid, check digits included, a date in ISO form one row in ten) and the mapping that reads them:
 * the spreadsheet benchmark's input, and the import's tests'.
 */
public final class SpreadsheetSamples {

	/** The columns, in order. */
	public static final List<String> COLUMNS = List.of("n° demande", "ANS", "SIRET éditeur", "signé le", "TVA", "montant", "FINESS juridique",
			"laboratoire", "courriel", "téléphone", "FINESS géo", "opérateur");

	/** Two vendors' numeroAns and SIRET (valid check digits). */
	public static final List<String> ANS = List.of("ANS0000001", "ANS0000002");
	public static final List<String> SIRET = List.of("12345678200010", "38042372300028");

	private SpreadsheetSamples() {
	}

	/**
	 * The mapping of {@link #csv}: numeroAns and SIRET from their columns (one dossier per vendor), the request
	 * number from its column when {@code requestColumn}, else each row a request numbered after the vendor's last.
	 */
	public static String mapping(boolean requestColumn) {
		return """
				{ "couloir": "BIO-SGL",
				  "dossier": { "numeroAns": "{ANS}", "SIRET": "{SIRET éditeur}" },
				""" + (requestColumn ? "  \"demande\": \"{n° demande}\",\n" : "") + """
				  "champs": {
				    "commande.dateCommande": "{signé le}", "commande.regimeTVA": "{TVA}", "commande.montantSegurHT": "{montant}",
				    "beneficiaires.isMandataire": false, "beneficiaires.isClientUnique": true,
				    "beneficiaires.EtablissementsClients.numeroFINESSJuridique": "{FINESS juridique}",
				    "beneficiaires.EtablissementsClients.nomClient": "{laboratoire}",
				    "beneficiaires.EtablissementsClients.emailClient": "{courriel}",
				    "beneficiaires.EtablissementsClients.telephoneClient": "{téléphone}",
				    "beneficiaires.EtablissementsClients.numeroFINESSGeos": "{FINESS géo}",
				    "scenarioInstallation.isIdRef": false, "scenarioInstallation.isIdSlave": true,
				    "scenarioInstallation.operateurMessagerie": "{opérateur}",
				    "scenarioInstallation.isSendingFluxIntraSIH": false, "scenarioInstallation.isProSanteConnectNeeded": true,
				    "scenarioInstallation.isDirecToDMP": true, "scenarioInstallation.isPFIToDMP": false,
				    "scenarioInstallation.isDirectToMSSPro": true, "scenarioInstallation.isPFIToMSSPro": false,
				    "scenarioInstallation.isDirectToMSSCitoyen": false, "scenarioInstallation.isPFIToMSSCitoyen": false } }
				""";
	}

	/** {@code rows} rows of the first vendor, numbered from 1. */
	public static String csv(int rows) {
		return csv(rows, 1);
	}

	/** {@code rows} rows, the vendors one after the other (the first {@code rows / vendors} rows the first's...). */
	public static String csv(int rows, int vendors) {
		StringBuilder csv = new StringBuilder(rows * 120).append(String.join(";", COLUMNS)).append('\n');
		int each = (rows + vendors - 1) / vendors;
		for (int i = 1; i <= rows; i++) {
			int vendor = (i - 1) / each;
			csv.append(row(i - vendor * each, ANS.get(vendor), SIRET.get(vendor), i)).append('\n');
		}
		return csv.toString();
	}

	/** One row: request {@code numero} of a vendor, its sites and laboratory made unique by {@code unique}. */
	public static String row(int numero, String ans, String siret, int unique) {
		return String.join(";", String.valueOf(numero), ans, siret, unique % 10 == 0 ? "2022-03-14" : "14/03/2022", "TTC", "27450,00", withKey(String.format("3%07d", unique % 1000)),
				"LABORATOIRE " + unique, "contact" + unique + "@laboratoire-exemple.fr", "0102030405", withKey(String.format("%08d", unique)), "MAI_15");
	}

	/** The digits and their Luhn key (a FINESS number: eight digits and a key). */
	public static String withKey(String digits) {
		int sum = 0;
		for (int i = 0; i < digits.length(); i++) {
			int d = (digits.charAt(digits.length() - 1 - i) - '0') * (i % 2 == 0 ? 2 : 1);
			sum += d > 9 ? d - 9 : d;
		}
		return digits + (10 - sum % 10) % 10;
	}
}
