package fr.segurstudio.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

import fr.segurstudio.couloir.bio.BeneficiairesBio;
import fr.segurstudio.couloir.bio.BioPackage;
import fr.segurstudio.couloir.bio.EtablissementClientBio;
import fr.segurstudio.model.asp.RawValues;
import fr.segurstudio.model.core.Commande;
import fr.segurstudio.model.core.Demande;
import fr.segurstudio.model.core.Dossier;
import fr.segurstudio.model.core.SegurPackage;
import fr.segurstudio.model.couloir.CouloirRegistry;
import fr.segurstudio.testing.SeedExamples;
import fr.segurstudio.testing.Services;

/**
 * The values kept as written live in the nearest request (or the dossier), with their owner: a copy carries them, a
 * deleted request takes them along, a value set since hides them, an object removed and put back finds them again.
 */
class RawValuesTest {

	private final SeedExamples examples = new SeedExamples(Services.get(CouloirRegistry.class));

	@Test
	void heldByTheRequestAndCarriedByACopy() {
		Dossier dossier = examples.bioDurand();
		Demande demande = dossier.getDemandes().get(0);
		Commande commande = demande.getCommande();
		RawValues.hold(commande, SegurPackage.Literals.COMMANDE__DATE_COMMANDE, -1, "\"2022-03-14\"");
		RawValues.hold(dossier, SegurPackage.Literals.DOSSIER__SIRET, -1, "12345678200010");
		assertNull(commande.getDateCommande(), "the model's own value made null");
		assertEquals(1, demande.getRawValues().size(), "held by the request");
		assertNull(dossier.getSIRET());
		assertEquals(1, dossier.getRawValues().size(), "the header's by the dossier");
		assertEquals("2022-03-14", RawValues.display(RawValues.get(commande, SegurPackage.Literals.COMMANDE__DATE_COMMANDE)));
		assertEquals("12345678200010", RawValues.text(dossier, SegurPackage.Literals.DOSSIER__SIRET));

		Dossier copy = EcoreUtil.copy(dossier);
		Commande copied = copy.getDemandes().get(0).getCommande();
		assertSame(copied, copy.getDemandes().get(0).getRawValues().get(0).getOwner(), "the copy's own object");
		assertEquals("\"2022-03-14\"", RawValues.get(copied, SegurPackage.Literals.COMMANDE__DATE_COMMANDE).getJson());
		Demande request = EcoreUtil.copy(demande);
		assertEquals("\"2022-03-14\"", RawValues.get(request.getCommande(), SegurPackage.Literals.COMMANDE__DATE_COMMANDE).getJson(),
				"a request copied alone too");
		assertTrue(EcoreUtil.equals(dossier, copy));
	}

	@Test
	void aValueSetSinceHidesIt() {
		Demande demande = examples.bioDurand().getDemandes().get(0);
		RawValues.hold(demande, SegurPackage.Literals.DEMANDE__TYPE_ACTION, -1, null);
		assertTrue(RawValues.isAbsent(RawValues.get(demande, SegurPackage.Literals.DEMANDE__TYPE_ACTION)), "a missing key");
		assertNull(demande.getTypeAction(), "not its default « C »");
		demande.setTypeAction("C");
		assertNull(RawValues.get(demande, SegurPackage.Literals.DEMANDE__TYPE_ACTION));
		assertEquals(1, RawValues.replacedBy(demande, SegurPackage.Literals.DEMANDE__TYPE_ACTION).size(), "still there for an edit to remove");
		demande.setTypeAction(null);
		assertTrue(RawValues.isAbsent(RawValues.get(demande, SegurPackage.Literals.DEMANDE__TYPE_ACTION)));
	}

	@Test
	void anElementOfAListHoldsItsPlace() {
		Dossier dossier = examples.bioDurand();
		BeneficiairesBio beneficiaires = (BeneficiairesBio) dossier.getDemandes().get(0).getBeneficiaires();
		EtablissementClientBio client = beneficiaires.getEtablissementsClients().get(0);
		var sites = BioPackage.Literals.ETABLISSEMENT_CLIENT_BIO__NUMERO_FINESS_GEOS;
		client.getNumeroFINESSGeos().add(1, null);
		RawValues.hold(client, sites, 1, "111111113");
		assertEquals(List.of(), RawValues.of(client, sites).stream().filter(r -> r.getIndex() != 1).toList());
		assertEquals("111111113", RawValues.get(client, sites, 1).getJson());
		client.getNumeroFINESSGeos().set(1, "111111113");
		assertNull(RawValues.get(client, sites, 1), "a value at its place hides it");

		// a client removed from its request: its values kept as written stay in the request, found again when it is back
		client.getNumeroFINESSGeos().set(1, null);
		beneficiaires.getEtablissementsClients().remove(client);
		assertNull(RawValues.get(client, sites, 1));
		beneficiaires.getEtablissementsClients().add(0, client);
		assertEquals("111111113", RawValues.get(client, sites, 1).getJson());
		Demande request = dossier.getDemandes().get(0);
		dossier.getDemandes().clear();
		assertEquals(List.of(), dossier.getRawValues());
		assertEquals(1, request.getRawValues().size(), "a deleted request takes them along");
	}
}
