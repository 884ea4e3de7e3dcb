package fr.segurstudio.dsl.tests;

import static fr.segurstudio.couloir.tests.CouloirFolders.copy;
import static fr.segurstudio.couloir.tests.CouloirFolders.ficDem;
import static fr.segurstudio.couloir.tests.CouloirFolders.replace;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fr.segurstudio.model.core.Dossier;
import fr.segurstudio.model.couloir.Couloir;
import fr.segurstudio.model.couloir.CouloirOrigin;
import fr.segurstudio.model.couloir.CouloirRegistry;
import fr.segurstudio.model.settings.SettingsFolder;
import fr.segurstudio.testing.Services;
import fr.segurstudio.validation.IssueCodes;

/**
 * A couloir dropped as data into the settings folder's couloirs/ (FIC-DEM's folder under the code FIC-DAT, so that the
 * compiled FIC-DEM of this runtime does not shadow it) is read, validated, completed and written as text through the
 * services the editor and the command line use: the scope provider finds the fields of its dynamic EClasses.
 */
class DroppedCouloirTextTest {

	/** The compiled FIC-DEM's text, for the dropped couloir FIC-DAT. */
	private static final String TEXT = FictitiousCouloirTextTest.TEXT.replace("FIC-DEM", "FIC-DAT");

	private static final CouloirRegistry COULOIRS = Services.get(CouloirRegistry.class);
	private static Path folder;

	@BeforeAll
	static void drop() throws IOException {
		Path couloirs = Files.createDirectories(SettingsFolder.path().resolve("couloirs"));
		folder = copy(ficDem(), couloirs, "FIC-DAT");
		replace(folder.resolve("couloir.xml"), "logiciel=\"DEM\"", "logiciel=\"DAT\"");
		COULOIRS.refresh(); // read now, or at the first use if the registry was not used yet
		Couloir dropped = COULOIRS.couloir("FIC-DAT").orElseThrow(() -> new AssertionError(COULOIRS.problems()));
		assertEquals(CouloirOrigin.Kind.FOLDER, dropped.origin().kind());
	}

	@AfterAll
	static void remove() throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
		}
		COULOIRS.refresh();
	}

	@Test
	void itsTextGivesItsModelOfDynamicObjects() {
		Dossier dossier = Texts.dossier(TEXT);
		EObject beneficiaires = dossier.getDemandes().get(0).getBeneficiaires();
		assertSame(COULOIRS.couloir("FIC-DAT").orElseThrow().beneficiairesClass(), beneficiaires.eClass());
		assertNull(beneficiaires.eClass().getInstanceClass(), "no generated class");
		assertEquals(List.of("A", "B"), beneficiaires.eGet(beneficiaires.eClass().getEStructuralFeature("patients")));
		EObject veterinaire = ((List<?>) beneficiaires.eGet(beneficiaires.eClass().getEStructuralFeature("veterinaires"))).stream()
				.map(EObject.class::cast).findFirst().orElseThrow();
		assertEquals("HERRIOT", veterinaire.eGet(veterinaire.eClass().getEStructuralFeature("nomVeterinaire")));
	}

	@Test
	void itsRulesReportOnItsText() {
		List<Issue> all = Texts.validate(TEXT);
		List<Issue> issues = Texts.withCode(all, IssueCodes.MAJUSCULES);
		assertEquals(1, issues.size(), Texts.describe(all));
		assertEquals(TEXT.indexOf("\"Clinique des Pins\""), issues.get(0).getOffset());
		assertTrue(Texts.withCode(Texts.validate(TEXT.replace("ordre \"123456\"", "ordre \"12345\"")), IssueCodes.LONGUEUR).size() == 1,
				"its .ecore's length =6 applies");
	}

	@Test
	void aFieldItsClassesLackIsSaidWhereItStands() {
		String text = TEXT.replace("nomVeterinaire \"HERRIOT\"", "nomVeto \"HERRIOT\"");
		List<Issue> all = Texts.validate(text);
		assertTrue(all.stream().anyMatch(i -> i.getOffset() == text.indexOf("nomVeto") && i.getMessage().contains("nomVeto")), Texts.describe(all));
	}

	@Test
	void itsFieldsAreCompleted() {
		List<String> proposals = Texts.proposals(TEXT.replace("        ordre \"123456\"\n", "        ‸\n"));
		assertTrue(proposals.containsAll(List.of("nomVeterinaire", "ordre")), proposals::toString);
		assertTrue(!proposals.contains("nomClient"), proposals::toString);
		List<String> scenario = Texts.proposals(TEXT.replace("      isTeleconsultation true\n", "      ‸\n"));
		assertTrue(scenario.contains("isTeleconsultation"), scenario::toString);
	}

	@Test
	void itsModelIsWrittenAsTheSameText() {
		String fixed = TEXT.replace("Clinique des Pins", "CLINIQUE DES PINS");
		assertEquals(fixed.replace("      operateurMessagerie null\n", ""), Texts.service().write(Texts.dossier(fixed)));
	}
}
