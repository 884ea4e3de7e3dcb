package fr.segurstudio.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import fr.segurstudio.model.core.Demande;
import fr.segurstudio.model.core.Dossier;
import fr.segurstudio.model.core.FormatFichier;
import fr.segurstudio.model.core.PieceJustificative;
import fr.segurstudio.model.core.RegimeTVA;
import fr.segurstudio.model.core.SegurFactory;
import fr.segurstudio.model.couloir.Couloir;
import fr.segurstudio.model.dossier.NumerosEditeur;

/** A BIO-SGL dossier of n valid requests (two legal entities, three sites each), built through the registry. */
final class Requests {

	private Requests() {
	}

	static Dossier dossier(Couloir bio, int n) {
		Dossier dossier = bio.newDossier();
		dossier.setNumeroAns("ANS0000001");
		dossier.setSIRET("12345678200010");
		for (int i = 1; i <= n; i++) {
			Demande demande = bio.newDemande();
			String numero = NumerosEditeur.format(i);
			demande.setNumeroEditeur(numero);
			demande.getCommande().setDateCommande(LocalDate.of(2022, 3, 14));
			demande.getCommande().setRegimeTVA(RegimeTVA.TTC);
			demande.getCommande().setMontantSegurHT(new BigDecimal("27450.00"));
			EObject beneficiaires = demande.getBeneficiaires();
			set(beneficiaires, "isMandataire", false);
			set(beneficiaires, "isClientUnique", true);
			for (int e = 0; e < 2; e++) {
				EObject client = create(beneficiaires, "EtablissementsClients");
				set(client, "numeroFINESSJuridique", "99999999" + e);
				set(client, "nomClient", "LABORATOIRE DURAND " + i);
				set(client, "emailClient", "contact" + i + "@laboratoire-exemple.fr");
				set(client, "telephoneClient", "0102030405");
				@SuppressWarnings("unchecked")
				List<Object> sites = (List<Object>) client.eGet(client.eClass().getEStructuralFeature("numeroFINESSGeos"));
				for (int k = 0; k < 3; k++) {
					sites.add(String.format("%07d%d%d", i, e, k)); // a site is financed once: unique per request
				}
			}
			PieceJustificative bdc = SegurFactory.eINSTANCE.createPieceJustificative();
			bdc.setTypeFichier("BON_COMMANDE");
			bdc.setFormatFichier(FormatFichier.PDF);
			bdc.setNomFichier(bio.nomPiece(bio.typePiece("BON_COMMANDE").orElseThrow(), FormatFichier.PDF, numero));
			demande.getPiecesJustificatives().add(bdc);
			EObject scenario = demande.getScenarioInstallation();
			for (EStructuralFeature f : scenario.eClass().getEAllStructuralFeatures()) {
				scenario.eSet(f, f.getEType().getInstanceClass() == Boolean.class ? Boolean.valueOf(i % 2 == 0) : "MAI_15");
			}
			dossier.getDemandes().add(demande);
		}
		return dossier;
	}

	private static void set(EObject object, String feature, Object value) {
		object.eSet(object.eClass().getEStructuralFeature(feature), value);
	}

	@SuppressWarnings("unchecked")
	private static EObject create(EObject owner, String reference) {
		org.eclipse.emf.ecore.EReference ref = (org.eclipse.emf.ecore.EReference) owner.eClass().getEStructuralFeature(reference);
		EObject child = org.eclipse.emf.ecore.util.EcoreUtil.create(ref.getEReferenceType());
		((List<EObject>) owner.eGet(ref)).add(child);
		return child;
	}
}
