package fr.segurstudio.forms.tests;

import static fr.segurstudio.couloir.tests.CouloirFolders.copy;
import static fr.segurstudio.couloir.tests.CouloirFolders.ficDem;
import static fr.segurstudio.couloir.tests.CouloirFolders.registry;
import static fr.segurstudio.couloir.tests.CouloirFolders.replace;
import static fr.segurstudio.couloir.tests.CouloirFolders.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.segurstudio.forms.FormCommands;
import fr.segurstudio.forms.FormContext;
import fr.segurstudio.forms.FormState;
import fr.segurstudio.forms.ViewRegistry;
import fr.segurstudio.forms.internal.ExtensionViewRegistry;
import fr.segurstudio.forms.view.Container;
import fr.segurstudio.forms.view.Control;
import fr.segurstudio.forms.view.Element;
import fr.segurstudio.forms.view.Group;
import fr.segurstudio.forms.view.Table;
import fr.segurstudio.forms.view.View;
import fr.segurstudio.model.core.Demande;
import fr.segurstudio.model.core.Dossier;
import fr.segurstudio.model.core.SegurPackage;
import fr.segurstudio.model.couloir.Couloir;
import fr.segurstudio.model.couloir.CouloirRegistry;

/**
 * The forms of a couloir dropped as data (FIC-DEM's folder, dynamic EMF): the default form from its .ecore is the compiled
 * couloir's, edited through commands; a .view the folder names arranges that couloir's forms only, is read again when
 * the couloir changes, and one that does not hold is said with its file while the couloir stays usable.
 */
class DroppedCouloirFormTest {

	private static final String VIEW = """
			<?xml version="1.0" encoding="UTF-8"?>
			<xmi:XMI xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
			    xmlns:view="http://segurstudio.fr/forms/view/1.0">
			  <view:View label="Bénéficiaires" rootEClass="http://segurstudio.fr/asp/fictif/1.0#//BeneficiairesFictif">
			    <children xsi:type="view:Control" path="nomClient" label="Nom de la clinique"/>
			    <children xsi:type="view:Control" path="numeroFINESSGeo" label="Numéro FINESS géographique"/>
			    <children xsi:type="view:Table" path="veterinaires" label="Vétérinaires">
			      <columns>ordre</columns>
			    </children>
			  </view:View>
			</xmi:XMI>
			""";

	@TempDir
	Path temp;

	private Path dropped(boolean withView) {
		Path couloirs = temp.resolve("couloirs");
		Path folder = copy(ficDem(), couloirs, "FIC-DEM");
		if (withView) {
			write(folder.resolve("fic-dem.view"), VIEW);
			replace(folder.resolve("couloir.xml"), "</couloir>", "   <view file=\"fic-dem.view\"/>\n</couloir>");
		}
		return couloirs;
	}

	@Test
	void itsDefaultFormIsTheCompiledCouloirs() {
		CouloirRegistry data = registry(false, dropped(false));
		ViewRegistry views = new ExtensionViewRegistry(RegistryFactory.getRegistry(), data);
		Couloir dynamic = data.couloir("FIC-DEM").orElseThrow();
		Couloir compiled = Forms.COULOIRS.couloir("FIC-DEM").orElseThrow();
		String expected = describe(Forms.VIEWS.view(SegurPackage.Literals.DEMANDE, new FormContext(Forms.COULOIRS, compiled)));
		assertEquals(expected, describe(views.view(SegurPackage.Literals.DEMANDE, new FormContext(data, dynamic))));
		assertTrue(expected.contains("Table veterinaires « Veterinaires » [nomVeterinaire, ordre]"), expected);
		assertEquals(List.of(), views.problems());
	}

	/** A view as text: each element's kind, path, label and, for a table, its columns, indented. */
	private static String describe(Container container) {
		StringBuilder text = new StringBuilder();
		describe(container, "", text);
		return text.toString();
	}

	private static void describe(Container container, String indent, StringBuilder text) {
		for (Element element : container.getChildren()) {
			text.append(indent).append(element.eClass().getName()).append(' ').append(Forms.path(element)).append(" « ").append(element.getLabel())
					.append(" »");
			if (element instanceof Table table) {
				text.append(' ').append(table.getColumns());
			}
			text.append('\n');
			if (element instanceof Group group) {
				describe(group, indent + "  ", text);
			} else if (element instanceof Table table && table.getDetail() != null) {
				describe(table.getDetail(), indent + "  ", text);
			}
		}
	}

	@Test
	void itsDynamicObjectsAreEditedThroughTheFormsCommands() {
		CouloirRegistry data = registry(false, dropped(false));
		ViewRegistry views = new ExtensionViewRegistry(RegistryFactory.getRegistry(), data);
		Couloir fictif = data.couloir("FIC-DEM").orElseThrow();
		FormContext context = new FormContext(data, fictif);
		Dossier dossier = fictif.newDossier();
		Demande demande = fictif.newDemande();
		dossier.getDemandes().add(demande);
		FormState state = new FormState(views.view(demande.eClass(), context), context);
		state.setInput(demande);
		assertTrue(RulesTest.node(state, "beneficiaires.nomClient").isRequired());
		assertEquals(355, state.choices(RulesTest.node(state, "scenarioInstallation.operateurMessagerie")).size());

		AdapterFactoryEditingDomain domain = Forms.domain();
		FormCommands commands = new FormCommands(domain, context);
		domain.getCommandStack().execute(commands.set(state, RulesTest.node(state, "beneficiaires.nomClient"), "Nom", "CLINIQUE DES LILAS"));
		var table = RulesTest.node(state, "beneficiaires.veterinaires");
		EObject veterinaire = commands.newElement(table);
		assertSame(fictif.ePackage().getEClassifier("Veterinaire"), veterinaire.eClass());
		domain.getCommandStack().execute(commands.add(state, table, "Ajouter", List.of(veterinaire), -1));
		FormState detail = state.newDetail((Table) table.element());
		detail.setInput(veterinaire);
		domain.getCommandStack().execute(commands.set(detail, RulesTest.node(detail, "ordre"), "Ordre", "123456"));
		EObject beneficiaires = demande.getBeneficiaires();
		assertEquals("CLINIQUE DES LILAS", beneficiaires.eGet(beneficiaires.eClass().getEStructuralFeature("nomClient")));
		assertEquals("123456", veterinaire.eGet(veterinaire.eClass().getEStructuralFeature("ordre")));
		domain.getCommandStack().undo();
		assertNull(veterinaire.eGet(veterinaire.eClass().getEStructuralFeature("ordre")), "undone");
	}

	@Test
	void aViewItCarriesArrangesItsFormsAndIsReadAgainWhenItChanges() throws Exception {
		Path couloirs = dropped(true);
		CouloirRegistry data = registry(false, couloirs);
		ViewRegistry views = new ExtensionViewRegistry(RegistryFactory.getRegistry(), data);
		Couloir fictif = data.couloir("FIC-DEM").orElseThrow();
		assertEquals(List.of(), views.problems());
		View own = views.view(fictif.beneficiairesClass(), new FormContext(data, fictif));
		assertEquals("Nom de la clinique", ((Control) Forms.element(own, "nomClient")).getLabel());
		assertEquals(List.of("ordre"), ((Table) Forms.element(own, "veterinaires")).getColumns());
		assertSame(fictif.beneficiairesClass(), views.contributed(fictif.beneficiairesClass(), "FIC-DEM").getRootEClass());
		assertNull(views.contributed(fictif.beneficiairesClass(), null), "a folder's views serve its couloir only");

		Path view = couloirs.resolve("FIC-DEM/fic-dem.view");
		replace(view, "Nom de la clinique", "Clinique");
		Files.setLastModifiedTime(view, FileTime.fromMillis(Files.getLastModifiedTime(view).toMillis() + 2000));
		assertTrue(data.refresh());
		Couloir changed = data.couloir("FIC-DEM").orElseThrow();
		assertEquals("Clinique", ((Control) Forms.element(views.view(changed.beneficiairesClass(), new FormContext(data, changed)), "nomClient")).getLabel());
	}

	@Test
	void aViewThatDoesNotHoldIsSaidWithItsFileAndTheCouloirStays() {
		Path couloirs = dropped(true);
		replace(couloirs.resolve("FIC-DEM/fic-dem.view"), "path=\"nomClient\"", "path=\"nomClien\"");
		CouloirRegistry data = registry(false, couloirs);
		ViewRegistry views = new ExtensionViewRegistry(RegistryFactory.getRegistry(), data);
		Couloir fictif = data.couloir("FIC-DEM").orElseThrow();
		List<String> problems = views.problems();
		assertEquals(1, problems.size(), problems::toString);
		assertTrue(problems.get(0).startsWith(couloirs.resolve("FIC-DEM/fic-dem.view") + " : ") && problems.get(0).contains("nomClien"), problems.get(0));
		View view = views.view(fictif.beneficiairesClass(), new FormContext(data, fictif));
		assertFalse(Forms.paths(view).contains("nomClien"));
	}
}
