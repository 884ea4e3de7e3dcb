package fr.segurstudio.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import fr.segurstudio.model.core.Commande;
import fr.segurstudio.model.core.Demande;
import fr.segurstudio.model.core.Dossier;
import fr.segurstudio.model.core.SegurFactory;
import fr.segurstudio.model.core.SegurPackage;

/** Values computed by the model: the advance is 30 % of the Ségur service (seed §1.1, §1.2 step 6). */
class DerivedValuesTest {

	private static Commande commande(String montant) {
		Commande commande = SegurFactory.eINSTANCE.createCommande();
		commande.setMontantSegurHT(montant == null ? null : new BigDecimal(montant));
		return commande;
	}

	@Test
	void advanceIsThirtyPercentRoundedToTheCent() {
		assertEquals(new BigDecimal("8235.00"), commande("27450.00").getMontantAvance()); // BIO §3.1
		assertEquals(new BigDecimal("9348.60"), commande("31162.00").getMontantAvance()); // RAD §3.1
		assertEquals(new BigDecimal("322.50"), commande("1075.00").getMontantAvance()); // MDV §3.1
		assertEquals(new BigDecimal("3225.00"), commande("10750.00").getMontantAvance()); // MDV §3.1
		assertEquals(new BigDecimal("0.02"), commande("0.05").getMontantAvance(), "0.015 rounds half up");
		assertNull(commande(null).getMontantAvance());
	}

	@Test
	void derivedFeaturesAreReadOnly() {
		Commande commande = commande("100.00");
		assertThrows(IllegalArgumentException.class,
				() -> commande.eSet(SegurPackage.Literals.COMMANDE__MONTANT_AVANCE, BigDecimal.ONE));
	}

	@Test
	void typeLogicielAndTotal() {
		Dossier dossier = SegurFactory.eINSTANCE.createDossier();
		assertNull(dossier.getTypeLogiciel());
		dossier.setCouloir("BIO");
		dossier.setLogiciel("SGL");
		assertEquals("BIO-SGL", dossier.getTypeLogiciel());
		assertEquals(new BigDecimal("0.00"), dossier.getMontantTotalHT());
		for (String montant : new String[] { "27450.00", "1075.50", null }) {
			Demande demande = SegurFactory.eINSTANCE.createDemande();
			demande.setCommande(commande(montant));
			dossier.getDemandes().add(demande);
		}
		dossier.getDemandes().add(SegurFactory.eINSTANCE.createDemande());
		assertEquals(new BigDecimal("28525.50"), dossier.getMontantTotalHT());
	}

	@Test
	void aNewRequestIsACreationAction() {
		assertEquals("C", SegurFactory.eINSTANCE.createDemande().getTypeAction());
	}
}
