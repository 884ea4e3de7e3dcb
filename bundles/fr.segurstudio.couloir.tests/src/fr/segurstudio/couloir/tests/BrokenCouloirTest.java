package fr.segurstudio.couloir.tests;

import static fr.segurstudio.couloir.tests.CouloirFolders.copy;
import static fr.segurstudio.couloir.tests.CouloirFolders.ficDem;
import static fr.segurstudio.couloir.tests.CouloirFolders.registry;
import static fr.segurstudio.couloir.tests.CouloirFolders.replace;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import fr.segurstudio.model.couloir.CouloirRegistry;

/**
 * A couloir folder that does not hold together is left out whole — never half-loaded, never a stack trace — with a
 * French message naming the file, the line of what is wrong (the attribute's own line in couloir.xml, the element's
 * or the annotation detail's in the .ecore) and what is expected: each class of mistake, in the declaration, the
 * .ecore, its ASP annotations and its conditions, made to this bundle's FIC-DEM.
 */
class BrokenCouloirTest {

	private static final String DECLARATION = "couloir.xml";
	private static final String ECORE = "fictif.ecore";

	/**
	 * A mistake: what is done to a good FIC-DEM folder, the file the message names, a text on the line it must name
	 * (null: any line or none, "": any line), and words the message must hold.
	 */
	record Mistake(String name, Consumer<Path> make, String file, String onLine, String says) {
		@Override
		public String toString() {
			return name;
		}
	}

	static Stream<Mistake> mistakes() {
		return Stream.of(
				// the declaration
				new Mistake("code in small letters", f -> edit(f, DECLARATION, "code=\"FIC\"", "code=\"fic\""), DECLARATION, "code=\"fic\"",
						"« code » s'écrit en majuscules"),
				new Mistake("logiciel missing", f -> edit(f, DECLARATION, "logiciel=\"DEM\"", ""), DECLARATION, "<couloir",
						"attribut « logiciel » manquant sur <couloir>"),
				new Mistake("an attribute misspelt", f -> edit(f, DECLARATION, "label=", "lable="), DECLARATION, "lable=",
						"attribut « lable » inconnu sur <couloir> ; attributs permis : code, logiciel"),
				new Mistake("an element misspelt", f -> edit(f, DECLARATION, "<typePiece type=\"DEVIS\"", "<typePeice type=\"DEVIS\""), DECLARATION,
						"<typePeice", "élément <typePeice> inconnu dans <couloir>"),
				new Mistake("beneficiaires names no class", f -> edit(f, DECLARATION, "\"BeneficiairesFictif\"", "\"BeneficiairesFictive\""), DECLARATION,
						"beneficiaires=", "« BeneficiairesFictive » doit être une classe concrète"),
				new Mistake("beneficiaires names a class that is no beneficiaries", f -> edit(f, DECLARATION, "\"BeneficiairesFictif\"", "\"Veterinaire\""),
						DECLARATION, "beneficiaires=", "« Veterinaire » doit être une classe concrète de http://segurstudio.fr/asp/fictif/1.0 qui étend Beneficiaires"),
				new Mistake("scenario names the beneficiaries", f -> edit(f, DECLARATION, "\"ScenarioFictif\"", "\"BeneficiairesFictif\""), DECLARATION,
						"scenario=", "qui étend ScenarioInstallation"),
				new Mistake("a profile on a feature the scenario lacks", f -> edit(f, DECLARATION, "feature=\"isTeleconsultation\"", "feature=\"isVisio\""),
						DECLARATION, "feature=\"isVisio\"", "porte sur « isVisio », absent de ScenarioFictif"),
				new Mistake("a count that is no number", f -> edit(f, DECLARATION, "min=\"1\"", "min=\"un\""), DECLARATION, "min=\"un\"",
						"« min » doit être un nombre ou *"),
				new Mistake("min over max", f -> edit(f, DECLARATION, "min=\"1\"", "min=\"2\""), DECLARATION, "min=\"2\"", "min (2) dépasse max (1)"),
				new Mistake("a piece type declared twice", f -> edit(f, DECLARATION, "type=\"DEVIS\"", "type=\"BON_COMMANDE\""), DECLARATION,
						"code=\"DEV\"", "le type de pièce « BON_COMMANDE » est déclaré deux fois"),
				new Mistake("a piece code for two types", f -> edit(f, DECLARATION, "code=\"DEV\"", "code=\"BDC\""), DECLARATION, "type=\"DEVIS\"",
						"le code de pièce « BDC » sert à deux types"),
				new Mistake("expectedWhen on a misspelt path", f -> edit(f, DECLARATION, "label=\"Devis\"", "label=\"Devis\" expectedWhen=\"commande.regimeTVa=HT\""),
						DECLARATION, "expectedWhen=", "« regimeTVa » n'est pas une propriété de Commande"),
				new Mistake("expectedWhen on a value that cannot be", f -> edit(f, DECLARATION, "label=\"Devis\"", "label=\"Devis\" expectedWhen=\"commande.regimeTVA=HTT\""),
						DECLARATION, "expectedWhen=", "« HTT » n'est pas une valeur de regimeTVA ; valeurs possibles : TTC, HT, null"),
				new Mistake("expectedWhen without =", f -> edit(f, DECLARATION, "label=\"Devis\"", "label=\"Devis\" expectedWhen=\"commande.regimeTVA\""),
						DECLARATION, "expectedWhen=", "illisible : chaque terme s'écrit chemin=valeur"),
				new Mistake("an nsURI that is not the .ecore's", f -> edit(f, DECLARATION, "asp/fictif/1.0", "asp/fictif/2.0"), DECLARATION, "nsURI=",
						"nsURI « http://segurstudio.fr/asp/fictif/2.0 » n'est pas celui de"),
				new Mistake("a wave with a space", f -> edit(f, DECLARATION, "vague=\"Va9\"", "vague=\"Va 9\""), DECLARATION, "vague=",
						"« vague » s'écrit en lettres et chiffres"),
				new Mistake("XML not well-formed", f -> edit(f, DECLARATION, "</couloir>", "</couloi>"), DECLARATION, "</couloi>", "XML illisible"),
				new Mistake("another root element", f -> {
					edit(f, DECLARATION, "<couloir\n", "<couloirs\n");
					edit(f, DECLARATION, "</couloir>", "</couloirs>");
				}, DECLARATION, "<couloirs",
						"l'élément racine doit être <couloir>"),
				new Mistake("text where attributes go", f -> edit(f, DECLARATION, "</couloir>", "FIC DEM</couloir>"), DECLARATION, "FIC DEM",
						"du texte hors des attributs"),
				new Mistake("a DOCTYPE (an entity could read other files)", f -> edit(f, DECLARATION, "<couloir\n",
						"<!DOCTYPE couloir [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<couloir\n"), DECLARATION, "<!DOCTYPE", "XML illisible"),
				new Mistake("no couloir.xml", f -> delete(f, DECLARATION), DECLARATION, null, "fichier absent"),
				new Mistake("a view that is not there", f -> edit(f, DECLARATION, "</couloir>", "   <view file=\"absente.view\"/>\n</couloir>"), DECLARATION,
						"absente.view", "vue « absente.view » : fichier absent"),
				new Mistake("a view outside the folder", f -> edit(f, DECLARATION, "</couloir>", "   <view file=\"../../x.view\"/>\n</couloir>"), DECLARATION,
						"x.view", "sort du couloir"),
				new Mistake("a code list that is not there", f -> edit(f, DECLARATION, "</couloir>", "   <codeList id=\"a\" file=\"a.tsv\"/>\n</couloir>"),
						DECLARATION, "a.tsv", "fichier « a.tsv » de la liste « a » : fichier absent"),
				new Mistake("an ecore attribute naming no file", f -> edit(f, DECLARATION, "seed=\"tests only\"", "seed=\"tests only\" ecore=\"fictive.ecore\""),
						DECLARATION, "ecore=", "ecore « fictive.ecore » : fichier absent"),
				new Mistake("no .ecore", f -> delete(f, ECORE), DECLARATION, "<couloir", "aucun fichier .ecore dans le couloir"),
				new Mistake("two .ecore and none named", f -> write(f, "autre.ecore", read(f, ECORE)), DECLARATION, "<couloir",
						"plusieurs fichiers .ecore (autre.ecore, fictif.ecore)"),
				// the .ecore
				new Mistake("the .ecore not well-formed", f -> edit(f, ECORE, "</eClassifiers>", "</eClassifier>"), ECORE, "</eClassifier>", "XML illisible"),
				new Mistake("a core class misspelt", f -> edit(f, ECORE, "segur.ecore#//Beneficiaires", "segur.ecore#//Beneficiaire"), ECORE,
						"name=\"BeneficiairesFictif\"", "« platform:/resource/fr.segurstudio.model/model/segur.ecore#//Beneficiaire » introuvable (BeneficiairesFictif)"),
				new Mistake("an Ecore type misspelt", f -> edit(f, ECORE, "Ecore#//EString", "Ecore#//EStrin"), ECORE, "name=\"numeroFINESSGeo\"",
						"introuvable (BeneficiairesFictif.numeroFINESSGeo)"),
				new Mistake("a class of another file", f -> edit(f, ECORE, "eType=\"#//Veterinaire\"", "eType=\"ecore:EClass veterinaires.ecore#//Veterinaire\""), ECORE,
						"name=\"veterinaires\"", "veterinaires.ecore#//Veterinaire » introuvable (BeneficiairesFictif.veterinaires)"),
				new Mistake("an unknown XML attribute", f -> edit(f, ECORE, "name=\"patients\"", "nom=\"patients\""), ECORE, "nom=\"patients\"",
						"illisible : « nom » n'est ni un attribut ni un élément qu'Ecore connaisse ici"),
				new Mistake("two features of one name", f -> edit(f, ECORE, "name=\"patients\"", "name=\"nomClient\""), ECORE, "",
						"modèle Ecore incohérent (BeneficiairesFictif.nomClient) : deux propriétés s'appellent « nomClient »"),
				new Mistake("a name that is no identifier", f -> edit(f, ECORE, "name=\"ordre\"", "name=\"ordre national\""), ECORE, "name=\"ordre national\"",
						"le nom « ordre national » n'est pas un identifiant"),
				new Mistake("an enumeration with one value twice", f -> edit(f, ECORE, "</ecore:EPackage>",
						"  <eClassifiers xsi:type=\"ecore:EEnum\" name=\"Espece\">\n    <eLiterals name=\"CHIEN\"/>\n    <eLiterals name=\"CHIEN\" value=\"1\"/>\n  </eClassifiers>\n</ecore:EPackage>"),
						ECORE, "", "deux valeurs de l'énumération s'appellent « CHIEN »"),
				new Mistake("an annotation key misspelt", f -> edit(f, ECORE, "<details key=\"length\" value=\"=9\"/>", "<details key=\"lenght\" value=\"=9\"/>"),
						ECORE, "key=\"lenght\"", "BeneficiairesFictif.numeroFINESSGeo, « lenght » : clé inconnue ; clés permises : key, aliases, length"),
				new Mistake("a length in words", f -> edit(f, ECORE, "value=\"=9\"", "value=\"=neuf\""), ECORE, "=neuf",
						"=N (exactement N caractères) ou <N (moins de N) attendu, pas « =neuf »"),
				new Mistake("a format misspelt", f -> edit(f, ECORE, "value=\"finess\"", "value=\"finness\""), ECORE, "finness",
						"format inconnu « finness » ; formats permis : digits, upper, email, siret, finess, rpps"),
				new Mistake("a code list no one declares", f -> edit(f, ECORE, "value=\"operateurs-messagerie\"", "value=\"operateurs\""), ECORE,
						"value=\"operateurs\"", "liste de codes « operateurs » inconnue"),
				new Mistake("a flag in French", f -> edit(f, ECORE, "<details key=\"site\" value=\"true\"/>", "<details key=\"site\" value=\"oui\"/>"), ECORE,
						"value=\"oui\"", "« site » : true ou false attendu, pas « oui »"),
				new Mistake("a condition on a feature that is not there", f -> edit(f, ECORE, "<details key=\"format\" value=\"upper\"/>",
						"<details key=\"format\" value=\"upper\"/>\n        <details key=\"nullUnless\" value=\"nomClien=X\"/>"), ECORE, "nullUnless",
						"« nomClien » n'est pas une propriété de BeneficiairesFictif"),
				new Mistake("a condition through a value", f -> edit(f, ECORE, "<details key=\"format\" value=\"upper\"/>",
						"<details key=\"format\" value=\"upper\"/>\n        <details key=\"requiredWhen\" value=\"../commande.regimeTVA.x=1\"/>"), ECORE,
						"requiredWhen", "« regimeTVA » est une valeur, pas un bloc"),
				new Mistake("a type the ASP JSON has no form for", f -> edit(f, ECORE, "name=\"nomClient\" eType=\"ecore:EDataType http://www.eclipse.org/emf/2002/Ecore#//EString\"",
						"name=\"nomClient\" eType=\"ecore:EDataType http://www.eclipse.org/emf/2002/Ecore#//EDouble\""), ECORE, "name=\"nomClient\"",
						"le type « EDouble » de BeneficiairesFictif.nomClient n'a pas de forme dans l'ASP JSON"),
				new Mistake("a reference not contained", f -> edit(f, ECORE, "eType=\"#//Veterinaire\" containment=\"true\"", "eType=\"#//Veterinaire\""), ECORE,
						"name=\"veterinaires\"", "référence non contenue"),
				new Mistake("a class extending a core class other than the two", f -> edit(f, ECORE, "name=\"Veterinaire\">",
						"name=\"Veterinaire\" eSuperTypes=\"http://segurstudio.fr/asp/core/1.0#//Commande\">"), ECORE, "name=\"Veterinaire\"",
						"un couloir n'étend que Beneficiaires et ScenarioInstallation"),
				new Mistake("one JSON key for two features", f -> edit(f, ECORE, "<details key=\"length\" value=\"&lt;20\"/>",
						"<details key=\"length\" value=\"&lt;20\"/>\n        <details key=\"key\" value=\"nomClient\"/>"), ECORE, "name=\"patients\"",
						"la clé JSON « nomClient » sert à nomClient et à patients"),
				new Mistake("a root that is not a package", f -> write(f, ECORE,
						"<?xml version=\"1.0\"?>\n<ecore:EClass xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:ecore=\"http://www.eclipse.org/emf/2002/Ecore\" name=\"X\"/>\n"),
						ECORE, null, "un fichier .ecore dont la racine est un EPackage est attendu"),
				new Mistake("an empty .ecore", f -> write(f, ECORE, ""), ECORE, null, "XML illisible"));
	}

	/** What each mistake made the registry say: target/couloirs-casses.txt, to read them as a vendor would. */
	private static final List<String> SAID = new ArrayList<>();

	@TempDir
	Path temp;

	@AfterAll
	static void writeWhatWasSaid() throws IOException {
		String text = SAID.size() + " couloirs cassés, un problème par ligne :\n\n" + String.join("\n", SAID);
		if (Files.isDirectory(Path.of("target"))) {
			Files.writeString(Path.of("target", "couloirs-casses.txt"), text, StandardCharsets.UTF_8);
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("mistakes")
	void isLeftOutWithItsFileLineAndWhatIsWrong(Mistake mistake) {
		Path couloirs = temp.resolve("couloirs");
		Path folder = copy(ficDem(), couloirs, "FIC-DEM");
		mistake.make.accept(folder);
		CouloirRegistry registry = registry(false, couloirs);
		List<String> problems = registry.problems();
		synchronized (SAID) {
			SAID.add("# " + mistake.name + "\n" + String.join("\n", problems).replace(couloirs.toString(), "couloirs") + "\n");
		}
		assertEquals(List.of(), registry.couloirs(), "left out whole: " + problems);
		String expected = folder.resolve(mistake.file) + (mistake.onLine == null ? "" : ", ligne " + line(folder.resolve(mistake.file), mistake.onLine));
		assertTrue(problems.stream().anyMatch(p -> p.startsWith(expected) && p.contains(mistake.says)),
				"expected « " + expected + " … " + mistake.says + " » in\n" + String.join("\n", problems));
		assertEquals("Le couloir du dossier " + folder + " est ignoré : corrigez " + (problems.size() > 2 ? "les problèmes ci-dessus" : "le problème ci-dessus"),
				problems.get(problems.size() - 1));
		for (String problem : problems) {
			assertFalse(problem.contains("Exception") || problem.contains("\tat ") || problem.contains("java."), problem);
		}
	}

	/** The line of the first line holding {@code text} (from 1); "" when any line will do. */
	private static String line(Path file, String text) {
		if (text.isEmpty()) {
			return "";
		}
		List<String> lines = CouloirFolders.read(file).lines().toList();
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).contains(text)) {
				return String.valueOf(i + 1);
			}
		}
		throw new AssertionError(text + " not in " + file);
	}

	@Test
	void aStrayFileOrABrokenArchiveIsSaidAndTheOtherCouloirsStay() throws IOException {
		Path couloirs = temp.resolve("couloirs");
		copy(ficDem(), couloirs, "FIC-DEM");
		Files.writeString(couloirs.resolve("couloir.xml"), "<couloir/>");
		Files.writeString(couloirs.resolve("cassee.zip"), "pas une archive");
		Files.writeString(couloirs.resolve(".cache"), "caché : ignoré sans un mot");
		CouloirRegistry registry = registry(false, couloirs);
		assertEquals(List.of("FIC-DEM"), registry.couloirs().stream().map(c -> c.id()).toList());
		List<String> problems = registry.problems();
		assertEquals(3, problems.size(), problems::toString);
		assertEquals(couloirs.resolve("couloir.xml") + " : ni un dossier de couloir, ni une archive .zip ou .jar : ignoré", problems.get(0));
		assertTrue(problems.get(1).startsWith(couloirs.resolve("cassee.zip") + " : archive illisible ("), problems.get(1));
		assertEquals("Le couloir de l'archive " + couloirs.resolve("cassee.zip") + " est ignoré : corrigez le problème ci-dessus", problems.get(2));
	}

	private static void edit(Path folder, String file, String from, String to) {
		replace(folder.resolve(file), from, to);
	}

	private static String read(Path folder, String file) {
		return CouloirFolders.read(folder.resolve(file));
	}

	private static void write(Path folder, String file, String text) {
		CouloirFolders.write(folder.resolve(file), text);
	}

	private static void delete(Path folder, String file) {
		try {
			Files.delete(folder.resolve(file));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
