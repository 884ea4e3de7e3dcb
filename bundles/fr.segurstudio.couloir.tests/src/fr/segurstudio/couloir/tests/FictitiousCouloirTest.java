package fr.segurstudio.couloir.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;

import fr.segurstudio.couloir.tests.fictif.BeneficiairesFictif;
import fr.segurstudio.couloir.tests.fictif.FictifFactory;
import fr.segurstudio.couloir.tests.fictif.FictifPackage;
import fr.segurstudio.couloir.tests.fictif.ScenarioFictif;
import fr.segurstudio.couloir.tests.fictif.Veterinaire;
import fr.segurstudio.json.AspImporter;
import fr.segurstudio.json.AspJsonWriter;
import fr.segurstudio.json.ImportResult;
import fr.segurstudio.model.asp.AspClassMapping;
import fr.segurstudio.model.asp.AspFeatureMapping;
import fr.segurstudio.model.core.Demande;
import fr.segurstudio.model.core.Dossier;
import fr.segurstudio.model.core.FormatFichier;
import fr.segurstudio.model.couloir.Couloir;
import fr.segurstudio.model.couloir.CouloirRegistry;
import fr.segurstudio.model.dossier.NumerosEditeur;
import fr.segurstudio.testing.Services;

/** A couloir is a plug-in: this bundle's fictitious FIC-DEM couloir works without any change to core bundles. */
class FictitiousCouloirTest {

	private final CouloirRegistry registry = Services.get(CouloirRegistry.class);

	@Test
	void listedNextToTheSeedsCouloirs() {
		assertEquals(List.of("BIO-SGL", "FIC-DEM", "MDV-LGC", "RAD-RIS"), registry.couloirs().stream().map(Couloir::id).toList());
		Couloir fictif = registry.couloir("FIC", "DEM").orElseThrow();
		assertEquals("fr.segurstudio.couloir.tests", fictif.contributor());
		assertSame(FictifPackage.eINSTANCE, fictif.ePackage());
	}

	@Test
	void aBrokenDeclarationIsReportedAndLeftOut() {
		assertFalse(registry.couloir("FIC-BAD").isPresent());
		assertEquals(1, registry.problems().size(), registry.problems()::toString);
		String problem = registry.problems().get(0);
		assertTrue(problem.contains("fr.segurstudio.couloir.tests") && problem.contains("Veterinaire")
				&& problem.contains("ScenarioInstallation"), problem);
	}

	@Test
	void createdAndFilledThroughTheCoreApi() {
		Couloir fictif = registry.couloir("FIC-DEM").orElseThrow();
		Dossier dossier = fictif.newDossier();
		assertEquals("FIC-DEM", dossier.getTypeLogiciel());
		assertSame(fictif, registry.couloirOf(dossier).orElseThrow());
		for (int i = 0; i < 2; i++) {
			Demande demande = fictif.newDemande();
			demande.setNumeroEditeur(NumerosEditeur.allocate(dossier));
			dossier.getDemandes().add(demande);
		}
		Demande second = dossier.getDemandes().get(1);
		assertEquals("00002", second.getNumeroEditeur());
		BeneficiairesFictif beneficiaires = assertInstanceOf(BeneficiairesFictif.class, second.getBeneficiaires());
		beneficiaires.setNomClient("CLINIQUE DES LILAS");
		beneficiaires.getPatients().addAll(List.of("MEDOR", "MEDOR"));
		Veterinaire veterinaire = FictifFactory.eINSTANCE.createVeterinaire();
		veterinaire.setNomVeterinaire("DURAND");
		beneficiaires.getVeterinaires().add(veterinaire);
		ScenarioFictif scenario = assertInstanceOf(ScenarioFictif.class, second.getScenarioInstallation());
		scenario.setIsTeleconsultation(true);
		assertEquals(List.of("Téléconsultation"), fictif.profils().stream().filter(p -> p.requiredBy(scenario)).map(p -> p.nom()).toList());
		assertEquals("FIC-DEM-Va9-DEV-00002.png", fictif.nomPiece(fictif.typePiece("DEVIS").orElseThrow(), FormatFichier.PNG, "00002"));
		assertEquals(List.of("numeroFINESSGeo", "nomClient", "patients", "veterinaires"),
				AspClassMapping.of(FictifPackage.Literals.BENEFICIAIRES_FICTIF).features().stream().map(AspFeatureMapping::key).toList());
	}

	@Test
	void carriedThroughEmfPersistence() throws IOException {
		Couloir fictif = registry.couloir("FIC-DEM").orElseThrow();
		Dossier dossier = fictif.newDossier();
		Demande demande = fictif.newDemande();
		demande.setNumeroEditeur(NumerosEditeur.allocate(dossier));
		((BeneficiairesFictif) demande.getBeneficiaires()).setNomClient("CLINIQUE DES LILAS");
		dossier.getDemandes().add(demande);

		ResourceSetImpl resourceSet = new ResourceSetImpl();
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new XMIResourceFactoryImpl());
		Resource out = resourceSet.createResource(URI.createURI("memory:/out.xmi"));
		out.getContents().add(dossier);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		out.save(bytes, null);
		Resource in = resourceSet.createResource(URI.createURI("memory:/in.xmi"));
		in.load(new ByteArrayInputStream(bytes.toByteArray()), null);
		Dossier back = (Dossier) in.getContents().get(0);
		assertTrue(EcoreUtil.equals(dossier, back), bytes::toString);
		assertEquals("CLINIQUE DES LILAS", ((BeneficiairesFictif) back.getDemandes().get(0).getBeneficiaires()).getNomClient());
	}

	@Test
	void carriedThroughTheAspJsonExportAndImport() {
		Couloir fictif = registry.couloir("FIC-DEM").orElseThrow();
		Dossier dossier = fictif.newDossier();
		dossier.setNumeroAns("FIC0000001");
		dossier.setSIRET("12345678200010");
		Demande demande = fictif.newDemande();
		demande.setNumeroEditeur(NumerosEditeur.allocate(dossier));
		BeneficiairesFictif beneficiaires = (BeneficiairesFictif) demande.getBeneficiaires();
		beneficiaires.setNomClient("CLINIQUE DES LILAS");
		beneficiaires.getPatients().addAll(List.of("MEDOR", "FELIX"));
		Veterinaire veterinaire = FictifFactory.eINSTANCE.createVeterinaire();
		veterinaire.setNomVeterinaire("DURAND");
		veterinaire.setOrdre("123456");
		beneficiaires.getVeterinaires().add(veterinaire);
		((ScenarioFictif) demande.getScenarioInstallation()).setIsTeleconsultation(true);
		dossier.getDemandes().add(demande);

		byte[] json = new AspJsonWriter().toBytes(dossier, AspJsonWriter.DEPOSIT);
		String text = new String(json, java.nio.charset.StandardCharsets.UTF_8);
		assertTrue(text.contains("\"veterinaires\": [\n          {\n            \"nomVeterinaire\": \"DURAND\""), text);
		ImportResult back = Services.get(AspImporter.class).read(json, "fictif.json", null);
		assertEquals(List.of(), back.issues());
		assertSame(fictif, back.couloir(), "recognised from its keys");
		BeneficiairesFictif read = (BeneficiairesFictif) back.dossier().getDemandes().get(0).getBeneficiaires();
		assertEquals(List.of("MEDOR", "FELIX"), read.getPatients());
		assertEquals("123456", read.getVeterinaires().get(0).getOrdre());
		assertTrue(((ScenarioFictif) back.dossier().getDemandes().get(0).getScenarioInstallation()).getIsTeleconsultation());
		assertEquals(text, new String(new AspJsonWriter().toBytes(back.dossier(), AspJsonWriter.DEPOSIT), java.nio.charset.StandardCharsets.UTF_8));
	}

	@Test
	void coreBundlesDoNotDependOnAnyCouloir() {
		for (Class<?> core : List.of(CouloirRegistry.class, AspImporter.class)) {
			String requires = FrameworkUtil.getBundle(core).getHeaders().get(Constants.REQUIRE_BUNDLE);
			assertFalse(requires.contains("couloir"), requires);
		}
	}
}
