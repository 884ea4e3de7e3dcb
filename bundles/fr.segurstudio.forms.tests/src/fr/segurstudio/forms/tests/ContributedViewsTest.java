package fr.segurstudio.forms.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.junit.jupiter.api.Test;

import fr.segurstudio.couloir.bio.BioPackage;
import fr.segurstudio.couloir.mdv.MdvPackage;
import fr.segurstudio.couloir.rad.RadPackage;
import fr.segurstudio.forms.FormContext;
import fr.segurstudio.forms.ViewFiles;
import fr.segurstudio.forms.Views;
import fr.segurstudio.forms.view.Control;
import fr.segurstudio.forms.view.Group;
import fr.segurstudio.forms.view.Table;
import fr.segurstudio.forms.view.View;
import fr.segurstudio.model.asp.AspClassMapping;
import fr.segurstudio.model.asp.AspFeatureMapping;
import fr.segurstudio.model.core.SegurPackage;
import fr.segurstudio.model.couloir.Couloir;

/** The .view files the plug-ins contribute: they load, name only existing features, and forget none. */
class ContributedViewsTest {

	@Test
	void everyContributedViewLoadsAndHolds() {
		assertEquals(List.of(), Forms.VIEWS.problems());
		Set<EClass> classes = new HashSet<>();
		Forms.VIEWS.contributedViews().forEach(v -> classes.add(v.getRootEClass()));
		assertTrue(classes.containsAll(List.of(SegurPackage.Literals.DEMANDE, SegurPackage.Literals.COMMANDE, SegurPackage.Literals.PIECE_JUSTIFICATIVE,
				BioPackage.Literals.BENEFICIAIRES_BIO, BioPackage.Literals.ETABLISSEMENT_CLIENT_BIO, BioPackage.Literals.SCENARIO_BIO,
				RadPackage.Literals.BENEFICIAIRES_RAD, RadPackage.Literals.ETABLISSEMENT_CLIENT_RAD, RadPackage.Literals.RADIOLOGUE_LIBERAL,
				RadPackage.Literals.SCENARIO_RAD, MdvPackage.Literals.BENEFICIAIRES_MDV, MdvPackage.Literals.MEDECIN_LIBERAL,
				MdvPackage.Literals.STRUCTURE_MDV, MdvPackage.Literals.SCENARIO_MDV)), classes::toString);
	}

	/** A view that names a feature its class does not have is reported, with the features it has. */
	@Test
	void aViewNamingAMissingFeatureIsReported() {
		String text = """
				<?xml version="1.0" encoding="UTF-8"?>
				<xmi:XMI xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
				    xmlns:view="http://segurstudio.fr/forms/view/1.0">
				  <view:View rootEClass="http://segurstudio.fr/asp/bio/1.0#//EtablissementClientBio">
				    <children xsi:type="view:Control" path="nomClien"/>
				    <children xsi:type="view:Table" path="nomClient"/>
				    <children xsi:type="view:Control" path="emailClient">
				      <rules xsi:type="view:ShowRule" condition="isMandatair=true"/>
				    </children>
				  </view:View>
				  <view:View rootEClass="http://segurstudio.fr/asp/bio/1.0#//Laboratoire"/>
				</xmi:XMI>
				""";
		ViewFiles.Read read = ViewFiles.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test.view");
		assertEquals(List.of(), read.problems());
		List<String> problems = Views.check(read.views().get(0), type -> type);
		assertEquals(3, problems.size(), problems::toString);
		assertTrue(problems.get(0).contains("« nomClien » n'est pas une propriété de EtablissementClientBio") && problems.get(0).contains("nomClient"),
				problems.get(0));
		assertTrue(problems.get(1).contains("« nomClient » n'est pas une liste d'objets contenus"), problems.get(1));
		assertTrue(problems.get(2).contains("isMandatair"), problems.get(2));
		assertTrue(Views.check(read.views().get(1), type -> type).get(0).contains("aucune classe existante"));
	}

	@Test
	void theFrenchLabelsOfTheCouloirs() {
		View bio = requestView("BIO-SGL");
		assertEquals("Bénéficiaires", Forms.element(bio, "beneficiaires").getLabel());
		assertEquals("Établissements clients", Forms.element(bio, "EtablissementsClients").getLabel());
		assertEquals("Numéro FINESS juridique", Forms.element(bio, "numeroFINESSJuridique").getLabel());
		assertEquals("Montant Ségur HT", Forms.element(bio, "montantSegurHT").getLabel());
		assertEquals(List.of("numeroFINESSJuridique", "nomClient", "numeroFINESSGeos"), ((Table) Forms.element(bio, "EtablissementsClients")).getColumns());
		View mdv = requestView("MDV-LGC");
		assertEquals("Structure d'exercice coordonné", Forms.element(mdv, "structure").getLabel());
		assertEquals("Nom du responsable", Forms.element(mdv, "nomResponsable").getLabel());
		assertEquals("Médecins libéraux", Forms.element(mdv, "liberal").getLabel());
		assertEquals("Radiologues libéraux", Forms.element(requestView("RAD-RIS"), "radLiberauxClients").getLabel());
	}

	/** A couloir's form shows every value its JSON carries (but numLigne and typeAction): a .view that forgets one would hide it. */
	@Test
	void theCouloirsFormsForgetNoValue() {
		for (String id : List.of("BIO-SGL", "RAD-RIS", "MDV-LGC")) {
			View view = requestView(id);
			Couloir couloir = Forms.COULOIRS.couloir(id).orElseThrow();
			Set<String> shown = new HashSet<>();
			collect(view, view.getRootEClass(), couloir, shown);
			Set<String> expected = new HashSet<>();
			expected(SegurPackage.Literals.DEMANDE, couloir, expected, 0);
			expected.removeAll(shown);
			assertEquals(Set.of(), expected, id);
		}
	}

	private static void collect(EObject container, EClass scope, Couloir couloir, Set<String> shown) {
		for (EObject child : container.eContents()) {
			if (child instanceof Control control) {
				String path = control.getPath();
				EClass owner = path.contains(".") ? type(scope, path.substring(0, path.lastIndexOf('.')), couloir) : scope;
				shown.add(owner.getName() + "." + path.substring(path.lastIndexOf('.') + 1));
			} else if (child instanceof Group group) {
				if (group.getPath() == null) {
					collect(group, scope, couloir, shown);
				} else {
					shown.add(scope.getName() + "." + group.getPath());
					collect(group, type(scope, group.getPath(), couloir), couloir, shown);
				}
			} else if (child instanceof Table table) {
				shown.add(scope.getName() + "." + table.getPath());
				collect(table.getDetail(), table.getDetail().getRootEClass(), couloir, shown);
			}
		}
	}

	private static EClass type(EClass scope, String path, Couloir couloir) {
		EClass current = scope;
		for (String segment : path.split("\\.")) {
			current = couloir.concreteClass(((EReference) current.getEStructuralFeature(segment)).getEReferenceType());
		}
		return current;
	}

	private static void expected(EClass eClass, Couloir couloir, Set<String> expected, int depth) {
		EClass concrete = couloir.concreteClass(eClass);
		for (AspFeatureMapping mapping : AspClassMapping.of(concrete).features()) {
			if (mapping.isRenumbered() || mapping.fixedValue() != null) {
				continue;
			}
			expected.add(concrete.getName() + "." + mapping.feature().getName());
			if (mapping.feature() instanceof EReference reference && depth < 5) {
				expected(reference.getEReferenceType(), couloir, expected, depth + 1);
			}
		}
	}

	private static View requestView(String couloir) {
		View view = Forms.VIEWS.view(SegurPackage.Literals.DEMANDE, new FormContext(Forms.COULOIRS, Forms.COULOIRS.couloir(couloir).orElseThrow()));
		assertNotNull(view);
		assertFalse(view.getChildren().isEmpty());
		return view;
	}
}
