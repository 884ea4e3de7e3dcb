package fr.segurstudio.testing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import fr.segurstudio.couloir.bio.BeneficiairesBio;
import fr.segurstudio.couloir.bio.BioFactory;
import fr.segurstudio.couloir.bio.EtablissementClientBio;
import fr.segurstudio.couloir.bio.ScenarioBio;
import fr.segurstudio.couloir.mdv.BeneficiairesMdv;
import fr.segurstudio.couloir.mdv.CommandePour;
import fr.segurstudio.couloir.mdv.MdvFactory;
import fr.segurstudio.couloir.mdv.MedecinLiberal;
import fr.segurstudio.couloir.mdv.ScenarioMdv;
import fr.segurstudio.couloir.mdv.StructureMdv;
import fr.segurstudio.couloir.rad.BeneficiairesRad;
import fr.segurstudio.couloir.rad.EtablissementClientRad;
import fr.segurstudio.couloir.rad.RadFactory;
import fr.segurstudio.couloir.rad.RadiologueLiberal;
import fr.segurstudio.couloir.rad.ScenarioRad;
import fr.segurstudio.model.core.Commande;
import fr.segurstudio.model.core.Demande;
import fr.segurstudio.model.core.Dossier;
import fr.segurstudio.model.core.FormatFichier;
import fr.segurstudio.model.core.PieceJustificative;
import fr.segurstudio.model.core.RegimeTVA;
import fr.segurstudio.model.core.SegurFactory;
import fr.segurstudio.model.couloir.Couloir;
import fr.segurstudio.model.couloir.CouloirRegistry;
import fr.segurstudio.model.dossier.NumerosEditeur;

/**
 * The examples of the seeds (§3.1 of each), as dossiers built through the couloir registry, the way the
 * application builds them. The seeds leave some values out (numeroAns, SIRET, dates, the VAT regime,
 * e-mails, the scenario answers); those are filled with plain dummy values, named here once (regimeTVA
 * TTC: the amounts are HT whatever the regime, and HT would call for a PREUVE_HT). Two printed values
 * contradict the seeds' own tables and are corrected here: the BIO site "22222222" has 8 digits where a
 * FINESS has 9 (read as 222222222), and the MDV example's RPPS numbers have 15 digits where the
 * digest's decision (asp-json.md §7) is 11 (cut to 11).
 */
public final class SeedExamples {

	/** A 10-character ANS referencing number (the seeds only show an 8-digit "99999999"). */
	public static final String NUMERO_ANS = "ANS0000001";
	/** A vendor SIRET (dummy, passes the Luhn check). */
	public static final String SIRET = "12345678200010";
	public static final LocalDate DATE_COMMANDE = LocalDate.of(2022, 3, 14);

	private final CouloirRegistry registry;

	public SeedExamples(CouloirRegistry registry) {
		this.registry = registry;
	}

	public Couloir couloir(String id) {
		return registry.couloir(id).orElseThrow(() -> new AssertionError("couloir " + id + " not declared"));
	}

	/**
	 * Seed 002 §3.1: a BIO-SGL service of 27 450 € HT sold to M. Durand, responsible for the legal
	 * entities 999999991 and 999999992 with the sites 111111111, 111111112 and 22222222 (8 digits in the
	 * seed: written 222222222 here).
	 */
	public Dossier bioDurand() {
		Couloir couloir = couloir("BIO-SGL");
		Dossier dossier = dossier(couloir);
		Demande demande = demande(dossier, couloir, "27450.00");
		BeneficiairesBio b = (BeneficiairesBio) demande.getBeneficiaires();
		b.setIsMandataire(true);
		b.setIsClientUnique(false);
		b.setNomMandataire("DURAND");
		b.setEmailMandataire("m.durand@laboratoire-exemple.fr");
		b.setTelephoneMandataire("0102030405");
		b.getEtablissementsClients().add(bioClient("999999991", List.of("111111111", "111111112")));
		b.getEtablissementsClients().add(bioClient("999999992", List.of("222222222")));
		ScenarioBio s = (ScenarioBio) demande.getScenarioInstallation();
		s.setIsIdRef(false);
		s.setIsIdSlave(true);
		s.setOperateurMessagerie("MAI_15");
		s.setIsSendingFluxIntraSIH(false);
		s.setIsProSanteConnectNeeded(true);
		s.setIsDirecToDMP(true);
		s.setIsPFIToDMP(false);
		s.setIsDirectToMSSPro(true);
		s.setIsPFIToMSSPro(false);
		s.setIsDirectToMSSCitoyen(false);
		s.setIsPFIToMSSCitoyen(false);
		return dossier;
	}

	private static EtablissementClientBio bioClient(String finessJuridique, List<String> sites) {
		EtablissementClientBio client = BioFactory.eINSTANCE.createEtablissementClientBio();
		client.setNumeroFINESSJuridique(finessJuridique);
		client.setNomClient("DURAND");
		client.setEmailClient("m.durand@laboratoire-exemple.fr");
		client.setTelephoneClient("0102030405");
		client.getNumeroFINESSGeos().addAll(sites);
		return client;
	}

	/**
	 * Seed 003 §3.1: the structure Radio 2000 represented by M. Durand, 31 162 € HT, sites 888888882,
	 * 888888881 and 888888888, radiologist #1 RPPS 12345678901 AM 111111111, radiologist #2 RPPS
	 * 12345678902 AM 111111112 and 111111113.
	 */
	public Dossier radRadio2000() {
		Couloir couloir = couloir("RAD-RIS");
		Dossier dossier = dossier(couloir);
		Demande demande = demande(dossier, couloir, "31162.00");
		BeneficiairesRad b = (BeneficiairesRad) demande.getBeneficiaires();
		b.setIsMandataire(false);
		b.setIsClientUnique(true);
		EtablissementClientRad client = RadFactory.eINSTANCE.createEtablissementClientRad();
		client.setNumeroFINESSJuridique("888888880");
		client.setNomClient("DURAND");
		client.setEmailClient("direction@radio2000-exemple.fr");
		client.setTelephoneClient("0203040506");
		client.getNumeroFINESSGeos().addAll(List.of("888888882", "888888881", "888888888"));
		b.getEtablissementsClients().add(client);
		b.getRadLiberauxClients().add(radiologue("12345678901", "MARTIN", List.of("111111111")));
		b.getRadLiberauxClients().add(radiologue("12345678902", "BERNARD", List.of("111111112", "111111113")));
		ScenarioRad s = (ScenarioRad) demande.getScenarioInstallation();
		s.setIsIdRef(false);
		s.setIsForHospital(true);
		s.setOperateurMessagerie("ENO_5");
		s.setIsFinalClientSCM(false);
		s.setIsProSanteConnectNeeded(false);
		s.setIsIdSlave(true);
		s.setIsDirectToDMP(true);
		s.setIsPFIToDMP(false);
		s.setIsDirectToMSSPro(true);
		s.setIsPFIToMSSPro(false);
		s.setIsDirectToMSSCitoyen(false);
		s.setIsPFIToMSSCitoyen(false);
		return dossier;
	}

	private static RadiologueLiberal radiologue(String rpps, String nom, List<String> am) {
		RadiologueLiberal radiologue = RadFactory.eINSTANCE.createRadiologueLiberal();
		radiologue.setRPPS(rpps);
		radiologue.getAM().addAll(am);
		radiologue.setNomRad(nom);
		return radiologue;
	}

	/**
	 * Seed 004 §3.1, first example: a group practice of 3 private doctors; Dr Durand holds a mandate
	 * from the others and signs the 1 075 € HT order. RPPS 888888888888888, 777777777777777 and
	 * 666666666666666 in the seed, cut to 11 digits (asp-json.md §7).
	 */
	public Dossier mdvCabinet() {
		Couloir couloir = couloir("MDV-LGC");
		Dossier dossier = dossier(couloir);
		Demande demande = demande(dossier, couloir, "1075.00");
		BeneficiairesMdv b = (BeneficiairesMdv) demande.getBeneficiaires();
		b.setCommandePour(CommandePour.LIBERAL);
		b.setIsMandataire(true);
		b.setIsClientUnique(false);
		b.setNomMandataire("DURAND");
		b.setEmailMandataire("dr.durand@cabinet-exemple.fr");
		b.setTelephoneMandataire("0304050607");
		b.getLiberal().add(medecin("DURAND", "dr.durand@cabinet-exemple.fr", "0304050607", "88888888888"));
		b.getLiberal().add(medecin("PETIT", null, null, "77777777777"));
		b.getLiberal().add(medecin("LEROY", null, null, "66666666666"));
		scenarioMdv(demande, false, null);
		return dossier;
	}

	private static MedecinLiberal medecin(String nom, String email, String telephone, String rpps) {
		MedecinLiberal medecin = MdvFactory.eINSTANCE.createMedecinLiberal();
		medecin.setNomMedecin(nom);
		medecin.setEmailMedecin(email);
		medecin.setTelephoneMedecin(telephone);
		medecin.setRPPS(rpps);
		return medecin;
	}

	/**
	 * Seed 004 §3.1, second example: the "Centre de santé des acacias" (FINESS juridique 111111111),
	 * managed by M. Durand, 10 750,00 € HT, sites 777777777, 888888888 and 999999999.
	 */
	public Dossier mdvCentreDeSante() {
		Couloir couloir = couloir("MDV-LGC");
		Dossier dossier = dossier(couloir);
		Demande demande = demande(dossier, couloir, "10750.00");
		BeneficiairesMdv b = (BeneficiairesMdv) demande.getBeneficiaires();
		b.setCommandePour(CommandePour.STRUCTURE);
		StructureMdv structure = MdvFactory.eINSTANCE.createStructureMdv();
		structure.setFINESSJuridique("111111111");
		structure.setNomResponsable("DURAND");
		structure.setEmailResponsable("direction@cds-acacias-exemple.fr");
		structure.setTelephoneResponsable("0405060708");
		structure.getFINESSGeo().addAll(List.of("777777777", "888888888", "999999999"));
		b.setStructure(structure);
		scenarioMdv(demande, true, "MAI_15");
		return dossier;
	}

	private static void scenarioMdv(Demande demande, boolean centreDeSante, String operateur) {
		ScenarioMdv s = (ScenarioMdv) demande.getScenarioInstallation();
		s.setIsCentreDeSante(centreDeSante);
		s.setOperateurMessagerie(operateur);
		s.setIsProSanteConnectNeeded(true);
		s.setIsDirecToDMP(true);
		s.setIsPFIToDMP(false);
		s.setIsDirectToMSSPro(true);
		s.setIsPFIToMSSPro(false);
		s.setIsDirectToMSSCitoyen(false);
		s.setIsPFIToMSSCitoyen(false);
	}

	private static Dossier dossier(Couloir couloir) {
		Dossier dossier = couloir.newDossier();
		dossier.setNumeroAns(NUMERO_ANS);
		dossier.setSIRET(SIRET);
		return dossier;
	}

	/** A request with its number, order and purchase order (one BON_COMMANDE, seed §3.1). */
	private static Demande demande(Dossier dossier, Couloir couloir, String montant) {
		Demande demande = couloir.newDemande();
		demande.setNumeroEditeur(NumerosEditeur.allocate(dossier));
		Commande commande = demande.getCommande();
		commande.setDateCommande(DATE_COMMANDE);
		commande.setRegimeTVA(RegimeTVA.TTC);
		commande.setMontantSegurHT(new BigDecimal(montant));
		PieceJustificative bdc = SegurFactory.eINSTANCE.createPieceJustificative();
		bdc.setTypeFichier("BON_COMMANDE");
		bdc.setFormatFichier(FormatFichier.PDF);
		bdc.setNomFichier(couloir.nomPiece(couloir.typePiece("BON_COMMANDE").orElseThrow(), FormatFichier.PDF,
				demande.getNumeroEditeur()));
		demande.getPiecesJustificatives().add(bdc);
		dossier.getDemandes().add(demande);
		return demande;
	}
}
