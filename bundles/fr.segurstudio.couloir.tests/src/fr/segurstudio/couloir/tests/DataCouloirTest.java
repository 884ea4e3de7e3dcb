package fr.segurstudio.couloir.tests;

import static fr.segurstudio.couloir.tests.CouloirFolders.copy;
import static fr.segurstudio.couloir.tests.CouloirFolders.ficDem;
import static fr.segurstudio.couloir.tests.CouloirFolders.read;
import static fr.segurstudio.couloir.tests.CouloirFolders.registry;
import static fr.segurstudio.couloir.tests.CouloirFolders.replace;
import static fr.segurstudio.couloir.tests.CouloirFolders.write;
import static fr.segurstudio.couloir.tests.CouloirFolders.zip;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.emf.ecore.EAnnotation;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.segurstudio.couloir.tests.fictif.FictifPackage;
import fr.segurstudio.json.AspJsonWriter;
import fr.segurstudio.json.ImportResult;
import fr.segurstudio.json.internal.AspImporterImpl;
import fr.segurstudio.model.core.Beneficiaires;
import fr.segurstudio.model.core.Demande;
import fr.segurstudio.model.core.Dossier;
import fr.segurstudio.model.core.FormatFichier;
import fr.segurstudio.model.core.PieceJustificative;
import fr.segurstudio.model.core.RegimeTVA;
import fr.segurstudio.model.core.ScenarioInstallation;
import fr.segurstudio.model.core.SegurFactory;
import fr.segurstudio.model.couloir.Couloir;
import fr.segurstudio.model.couloir.CouloirOrigin;
import fr.segurstudio.model.couloir.CouloirRegistry;
import fr.segurstudio.model.dossier.NumerosEditeur;
import fr.segurstudio.testing.Services;
import fr.segurstudio.validation.ValidationContext;
import fr.segurstudio.validation.internal.DossierValidatorImpl;
import fr.segurstudio.validation.json.FileReport;
import fr.segurstudio.validation.json.FileValidator;
import fr.segurstudio.validation.json.Mode;
import fr.segurstudio.validation.json.ReportJson;

/**
 * FIC-DEM dropped as data (this bundle's couloirs/FIC-DEM: its .ecore and couloir.xml) is the compiled FIC-DEM: the same
 * declaration, the same metamodel as dynamic EMF, the same JSON written, read and checked byte for byte; in a folder, a
 * .zip or a .jar; seen again when dropped, changed or removed; and a compiled couloir of the same code wins.
 */
class DataCouloirTest {

	@TempDir
	Path temp;
	private final CouloirRegistry plugins = Services.get(CouloirRegistry.class);

	private Path dropped() {
		Path couloirs = temp.resolve("couloirs");
		copy(ficDem(), couloirs, "FIC-DEM");
		return couloirs;
	}

	@Test
	void theDroppedFolderDeclaresWhatThePluginDeclares() {
		Path couloirs = dropped();
		CouloirRegistry registry = registry(false, couloirs);
		assertEquals(List.of(), registry.problems());
		Couloir data = registry.couloir("FIC-DEM").orElseThrow();
		Couloir compiled = plugins.couloir("FIC-DEM").orElseThrow();
		assertEquals(new CouloirOrigin(CouloirOrigin.Kind.FOLDER, couloirs.resolve("FIC-DEM").toString()), data.origin());
		assertEquals(CouloirOrigin.plugin("fr.segurstudio.couloir.tests"), compiled.origin());
		assertEquals(List.of(compiled.id(), compiled.vague(), compiled.label(), compiled.seed()), List.of(data.id(), data.vague(), data.label(), data.seed()));
		assertEquals(compiled.typesPieces(), data.typesPieces());
		assertEquals(compiled.profils(), data.profils());
		assertNotSame(FictifPackage.eINSTANCE, data.ePackage(), "dynamic EMF, not the generated package");
		assertNull(data.beneficiairesClass().getInstanceClass());
		assertEquals(shape(compiled), shape(data));
	}

	/** Every class, feature, type, multiplicity and ASP annotation of a couloir's package, as text. */
	private static Map<String, String> shape(Couloir couloir) {
		Map<String, String> shape = new TreeMap<>();
		for (EClassifier classifier : couloir.ePackage().getEClassifiers()) {
			if (classifier instanceof EClass eClass) {
				shape.put(eClass.getName(), eClass.getESuperTypes().stream().map(EClass::getName).toList().toString());
				for (EStructuralFeature feature : eClass.getEStructuralFeatures()) {
					EAnnotation annotation = feature.getEAnnotation("http://segurstudio.fr/asp");
					shape.put(eClass.getName() + "." + feature.getName(), feature.getEType().getName() + " " + feature.getLowerBound() + ".."
							+ feature.getUpperBound() + " " + (feature instanceof EReference r && r.isContainment()) + " "
							+ (annotation == null ? null : new TreeMap<>(annotation.getDetails().map())));
				}
			}
		}
		return shape;
	}

	@Test
	void itsObjectsAreMadeByTheCoreApiAndItsJsonIsTheCompiledOnes() throws IOException {
		CouloirRegistry registry = registry(false, dropped());
		Couloir data = registry.couloir("FIC-DEM").orElseThrow();
		Couloir compiled = plugins.couloir("FIC-DEM").orElseThrow();
		Dossier dynamic = dossier(data);
		Demande demande = dynamic.getDemandes().get(0);
		assertInstanceOf(Beneficiaires.class, demande.getBeneficiaires());
		assertInstanceOf(ScenarioInstallation.class, demande.getScenarioInstallation());
		assertSame(data.beneficiairesClass(), demande.getBeneficiaires().eClass());
		assertTrue(data.owns(demande.getBeneficiaires()));

		byte[] json = new AspJsonWriter().toBytes(dynamic, AspJsonWriter.DEPOSIT);
		assertEquals(new String(new AspJsonWriter().toBytes(dossier(compiled), AspJsonWriter.DEPOSIT), StandardCharsets.UTF_8),
				new String(json, StandardCharsets.UTF_8));
		ImportResult back = new AspImporterImpl(registry).read(json, "fic-dem.json", null);
		assertEquals(List.of(), back.issues());
		assertSame(data, back.couloir(), "recognised from its keys");
		assertSame(data.beneficiairesClass(), back.dossier().getDemandes().get(0).getBeneficiaires().eClass());
		assertEquals(new String(json, StandardCharsets.UTF_8), new String(new AspJsonWriter().toBytes(back.dossier(), AspJsonWriter.DEPOSIT),
				StandardCharsets.UTF_8));
	}

	@Test
	void itsFilesAreCheckedAsTheCompiledOnesWordForWord() throws IOException {
		CouloirRegistry registry = registry(false, dropped());
		List<String> inputs = new ArrayList<>();
		String valid = new String(new AspJsonWriter().toBytes(dossier(plugins.couloir("FIC-DEM").orElseThrow()), AspJsonWriter.DEPOSIT),
				StandardCharsets.UTF_8);
		inputs.add(valid);
		inputs.add(valid.replace("\"CLINIQUE DES LILAS\"", "\"clinique des lilas\""));
		inputs.add(valid.replace("\"123456\"", "\"12345\""));
		inputs.add(valid.replace("\"MAI_15\"", "\"CH 20\""));
		inputs.add(valid.replace("\"isTeleconsultation\": true", "\"isTeleconsultation\": \"oui\""));
		inputs.add(valid.replace("\"nomClient\"", "\"nomclient\""));
		inputs.add(valid.replace("\"patients\": [", "\"chats\": 3, \"patients\": ["));
		inputs.add(valid.replace("\"typeFichier\": \"BON_COMMANDE\"", "\"typeFichier\": \"DEVIS\""));
		inputs.add(valid.replace("\"numeroFINESSGeo\": \"999999999\"", "\"numeroFINESSGeo\": null"));
		inputs.add(valid.substring(0, valid.length() / 2));
		for (String input : inputs) {
			assertEquals(report(input, plugins), report(input, registry), input);
		}
	}

	private static String report(String json, CouloirRegistry registry) throws IOException {
		ImportResult imported = new AspImporterImpl(registry).read(json.getBytes(StandardCharsets.UTF_8), "fic-dem.json", null);
		FileReport report = new FileValidator(new DossierValidatorImpl(registry), registry).validate(imported, Mode.ALL, ValidationContext.ALONE);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ReportJson.write(List.of(report), out);
		return out.toString(StandardCharsets.UTF_8);
	}

	/** A FIC-DEM dossier of two requests built through the core API and the reflective one, whatever the couloir's form. */
	static Dossier dossier(Couloir couloir) {
		Dossier dossier = couloir.newDossier();
		dossier.setNumeroAns("FIC0000001");
		dossier.setSIRET("12345678200010");
		for (int i = 0; i < 2; i++) {
			Demande demande = couloir.newDemande();
			demande.setNumeroEditeur(NumerosEditeur.allocate(dossier));
			demande.getCommande().setDateCommande(LocalDate.of(2026, 3, 10));
			demande.getCommande().setRegimeTVA(RegimeTVA.TTC);
			demande.getCommande().setMontantSegurHT(new BigDecimal("1200.00"));
			EObject beneficiaires = demande.getBeneficiaires();
			set(beneficiaires, "numeroFINESSGeo", "999999999");
			set(beneficiaires, "nomClient", "CLINIQUE DES LILAS");
			list(beneficiaires, "patients").addAll(List.of("MEDOR", "FELIX"));
			EReference veterinaires = (EReference) beneficiaires.eClass().getEStructuralFeature("veterinaires");
			EObject veterinaire = EcoreUtil.create(veterinaires.getEReferenceType());
			set(veterinaire, "nomVeterinaire", "DURAND");
			set(veterinaire, "ordre", "123456");
			list(beneficiaires, "veterinaires").add(veterinaire);
			set(demande.getScenarioInstallation(), "isTeleconsultation", i == 0);
			set(demande.getScenarioInstallation(), "operateurMessagerie", "MAI_15");
			PieceJustificative bdc = SegurFactory.eINSTANCE.createPieceJustificative();
			bdc.setTypeFichier("BON_COMMANDE");
			bdc.setFormatFichier(FormatFichier.PDF);
			bdc.setNomFichier(couloir.nomPiece(couloir.typePiece("BON_COMMANDE").orElseThrow(), FormatFichier.PDF, demande.getNumeroEditeur()));
			demande.getPiecesJustificatives().add(bdc);
			dossier.getDemandes().add(demande);
		}
		return dossier;
	}

	private static void set(EObject object, String feature, Object value) {
		object.eSet(object.eClass().getEStructuralFeature(feature), value);
	}

	@SuppressWarnings("unchecked")
	private static List<Object> list(EObject object, String feature) {
		return (List<Object>) object.eGet(object.eClass().getEStructuralFeature(feature));
	}

	@Test
	void theCoreClassesByTheirNsUriOrAnyPathTheToolsWrite() {
		for (String core : List.of("http://segurstudio.fr/asp/core/1.0", "platform:/plugin/fr.segurstudio.model/model/segur.ecore")) {
			Path couloirs = temp.resolve("c" + core.length());
			Path folder = copy(ficDem(), couloirs, "FIC-DEM");
			String text = read(folder.resolve("fictif.ecore"));
			write(folder.resolve("fictif.ecore"), text.replace("platform:/resource/fr.segurstudio.model/model/segur.ecore", core));
			CouloirRegistry registry = registry(false, couloirs);
			assertEquals(List.of(), registry.problems(), core);
			assertEquals(shape(plugins.couloir("FIC-DEM").orElseThrow()), shape(registry.couloir("FIC-DEM").orElseThrow()), core);
		}
	}

	@Test
	void itsOwnCodeListServesItsAnnotationsAndAListAlreadyDeclaredOtherwiseLeavesItOut() throws IOException {
		Path couloirs = temp.resolve("couloirs");
		Path folder = copy(ficDem(), couloirs, "FIC-DEM");
		Files.writeString(folder.resolve("especes.tsv"), "# espèces soignées\nCHIEN\tChien\nCHAT\tChat\n", StandardCharsets.UTF_8);
		replace(folder.resolve("couloir.xml"), "</couloir>", "   <codeList id=\"especes\" file=\"especes.tsv\" label=\"Espèces\"/>\n</couloir>");
		replace(folder.resolve("fictif.ecore"), "<details key=\"seed\" value=\"fictitious couloir of the tests: a list of strings\"/>",
				"<details key=\"seed\" value=\"fictitious couloir of the tests: a list of strings\"/>\n        <details key=\"codeList\" value=\"especes\"/>");
		CouloirRegistry registry = registry(false, couloirs);
		assertEquals(List.of(), registry.problems());
		assertEquals(List.of("CHIEN", "CHAT"), List.copyOf(registry.codeList("especes").orElseThrow().codes()));
		assertTrue(registry.codeList("operateurs-messagerie").isPresent(), "the plug-ins' lists stay");

		Path other = copy(folder, temp.resolve("other"), "FIC-AUT");
		replace(other.resolve("couloir.xml"), "logiciel=\"DEM\"", "logiciel=\"AUT\"");
		Files.writeString(other.resolve("especes.tsv"), "LAPIN\tLapin\n", StandardCharsets.UTF_8);
		CouloirRegistry both = registry(false, couloirs, temp.resolve("other"));
		assertEquals(List.of("FIC-DEM"), both.couloirs().stream().map(Couloir::id).toList());
		assertEquals(List.of("Le couloir FIC-AUT du dossier " + other + " est ignoré : sa liste de codes « especes » existe déjà avec d'autres codes ;"
				+ " donnez-lui un autre identifiant"), both.problems());
	}

	@Test
	void theCompiledCouloirWinsAndSaysSo() {
		Path couloirs = dropped();
		CouloirRegistry registry = registry(true, couloirs);
		assertSame(CouloirOrigin.Kind.PLUGIN, registry.couloir("FIC-DEM").orElseThrow().origin().kind());
		List<String> said = registry.problems().stream().filter(p -> p.contains(couloirs.resolve("FIC-DEM").toString())).toList();
		assertEquals(1, said.size(), registry.problems()::toString);
		assertTrue(said.get(0).startsWith("Le couloir FIC-DEM du dossier " + couloirs.resolve("FIC-DEM") + " est ignoré : le plug-in fr.segurstudio.couloir.tests"),
				said.get(0));
		assertTrue(said.get(0).contains("compilé l'emporte"), said.get(0));
	}

	@Test
	void theInstallsFolderWinsOverTheUsersAndSaysSo() {
		Path install = temp.resolve("install");
		Path user = temp.resolve("user");
		copy(ficDem(), install, "FIC-DEM");
		copy(ficDem(), user, "fic-dem-perso");
		replace(user.resolve("fic-dem-perso/couloir.xml"), "Couloir fictif de démonstration", "Ma version");
		CouloirRegistry registry = registry(false, install, user);
		assertEquals("Couloir fictif de démonstration", registry.couloir("FIC-DEM").orElseThrow().label());
		assertEquals(List.of("Le couloir FIC-DEM du dossier " + user.resolve("fic-dem-perso") + " est ignoré : le dossier " + install.resolve("FIC-DEM")
				+ " déclare déjà ce couloir"), registry.problems());
	}

	@Test
	void anArchiveZipOrJarWithItsFilesAtItsRootOrInOneFolder() {
		for (String name : List.of("FIC-DEM.zip", "FIC-DEM.jar")) {
			for (String prefix : List.of("", "FIC-DEM/")) {
				Path folder = temp.resolve(name + prefix.length());
				zip(ficDem(), createDirectories(folder).resolve(name), prefix);
				CouloirRegistry registry = registry(false, folder);
				assertEquals(List.of(), registry.problems(), name + " " + prefix);
				Couloir couloir = registry.couloir("FIC-DEM").orElseThrow();
				assertEquals(new CouloirOrigin(CouloirOrigin.Kind.ARCHIVE, folder.resolve(name).toString()), couloir.origin());
				assertEquals(shape(plugins.couloir("FIC-DEM").orElseThrow()), shape(couloir));
			}
		}
	}

	private static Path createDirectories(Path folder) {
		try {
			return Files.createDirectories(folder);
		} catch (IOException e) {
			throw new AssertionError(e);
		}
	}

	@Test
	void aCouloirDroppedChangedOrRemovedIsSeenAtTheNextRefreshAndOnlyThen() throws IOException {
		Path couloirs = Files.createDirectories(temp.resolve("couloirs"));
		CouloirRegistry registry = registry(false, couloirs);
		assertTrue(registry.couloir("FIC-DEM").isEmpty());
		assertFalse(registry.refresh(), "nothing changed");

		copy(ficDem(), couloirs, "FIC-DEM");
		assertTrue(registry.couloir("FIC-DEM").isEmpty(), "not before a refresh");
		assertTrue(registry.refresh());
		Couloir first = registry.couloir("FIC-DEM").orElseThrow();
		assertFalse(registry.refresh());
		assertSame(first, registry.couloir("FIC-DEM").orElseThrow(), "an unchanged couloir is the same object");

		Path declaration = couloirs.resolve("FIC-DEM/couloir.xml");
		replace(declaration, "Couloir fictif de démonstration", "Couloir fictif, version 2");
		Files.setLastModifiedTime(declaration, FileTime.fromMillis(Files.getLastModifiedTime(declaration).toMillis() + 2000));
		assertTrue(registry.refresh());
		assertEquals("Couloir fictif, version 2", registry.couloir("FIC-DEM").orElseThrow().label());

		replace(declaration, "code=\"FIC\"", "code=\"fic\"");
		assertTrue(registry.refresh());
		assertTrue(registry.couloir("FIC-DEM").isEmpty(), "a couloir that no longer holds is left out, never half-loaded");
		assertTrue(registry.problems().stream().anyMatch(p -> p.startsWith(declaration + ", ligne ")), registry.problems()::toString);

		try (var files = Files.walk(couloirs.resolve("FIC-DEM"))) {
			files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
		assertTrue(registry.refresh());
		assertEquals(List.of(), registry.problems());
		assertTrue(registry.couloirs().isEmpty());
	}
}
