package fr.segurstudio.json.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

import fr.segurstudio.json.portal.PortalReturn;
import fr.segurstudio.model.core.Demande;
import fr.segurstudio.model.core.Dossier;
import fr.segurstudio.model.core.StatutDemande;
import fr.segurstudio.model.couloir.CouloirRegistry;
import fr.segurstudio.testing.SeedExamples;
import fr.segurstudio.testing.Services;

/** Seed §1.2 step 5.b: the returned file gives each request a code and label, and accepted ones a numeroASP. */
class PortalReturnTest {

	private final SeedExamples examples = new SeedExamples(Services.get(CouloirRegistry.class));

	@Test
	void acceptedAndRejectedRequestsUpdateTheUsersDossier() {
		Dossier mine = examples.bioDurand();
		Demande second = EcoreUtil.copy(mine.getDemandes().get(0));
		second.setNumeroEditeur("00002");
		mine.getDemandes().add(second);
		Dossier returned = EcoreUtil.copy(mine);
		Demande accepted = returned.getDemandes().get(0);
		accepted.setNumeroASP("ASP-000042");
		accepted.setCodeTraitement("0000");
		accepted.setLibelleTraitement("Demande acceptée");
		Demande rejected = returned.getDemandes().get(1);
		rejected.setCodeTraitement("E012");
		rejected.setLibelleTraitement("FINESS géographique inconnu");
		Demande stranger = EcoreUtil.copy(rejected);
		stranger.setNumeroEditeur("00099");
		returned.getDemandes().add(stranger);
		assertTrue(PortalReturn.isReturnedFile(returned));
		assertFalse(PortalReturn.isReturnedFile(mine));

		List<PortalReturn.Update> updates = PortalReturn.apply(returned, List.of(examples.radRadio2000(), mine));

		assertEquals(3, updates.size());
		Demande first = mine.getDemandes().get(0);
		assertEquals(StatutDemande.ACCEPTEE, first.getStatut());
		assertEquals("ASP-000042", first.getNumeroASP());
		assertEquals(StatutDemande.REJETEE, mine.getDemandes().get(1).getStatut());
		assertEquals("FINESS géographique inconnu", mine.getDemandes().get(1).getLibelleTraitement());
		assertFalse(updates.get(2).matched(), "00099 is in no dossier of that ANS");
		assertNull(mine.getDemandes().get(1).getNumeroASP());
	}

	@Test
	void onlyDossiersOfTheSameAnsAreUpdated() {
		Dossier mine = examples.bioDurand();
		mine.setNumeroAns("ANS0000009");
		Dossier returned = examples.bioDurand();
		returned.getDemandes().get(0).setCodeTraitement("0000");
		assertFalse(PortalReturn.apply(returned, List.of(mine)).get(0).matched());
		assertEquals(StatutDemande.BROUILLON, mine.getDemandes().get(0).getStatut());
	}
}
