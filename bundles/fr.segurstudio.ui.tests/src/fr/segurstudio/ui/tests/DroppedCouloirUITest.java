package fr.segurstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import fr.segurstudio.forms.swt.FormHandle;
import fr.segurstudio.model.core.Demande;
import fr.segurstudio.model.couloir.Couloir;
import fr.segurstudio.model.couloir.CouloirOrigin;
import fr.segurstudio.model.couloir.CouloirRegistry;
import fr.segurstudio.testing.Services;
import fr.segurstudio.ui.bot.Bot;
import fr.segurstudio.ui.dossier.DossierEditor;
import fr.segurstudio.ui.dossier.pages.RequestsPage;

/**
 * A couloir without a new build, as a user meets it: FIC-DEM's folder dropped into the couloirs folder while the
 * workbench runs (this runtime has no FIC-DEM plug-in) is offered by the new-dossier wizard, which creates its dossier;
 * its request is filled through the default form drawn from its .ecore, and saved as text.
 */
class DroppedCouloirUITest {

	@RegisterExtension
	final WorkbenchFixture workbench = new WorkbenchFixture();
	private final Bot bot = workbench.bot;

	@Test
	void aDroppedCouloirIsCreatedThroughTheWizardAndEditedThroughItsDefaultForm() throws Exception {
		DroppedCouloirs.removeFicDem();
		CouloirRegistry registry = Services.get(CouloirRegistry.class);
		assertTrue(registry.couloir("FIC-DEM").isEmpty(), "no FIC-DEM plug-in in this runtime");
		DroppedCouloirs.dropFicDem(); // the registry is not told: the wizard looks again when it opens

		Path dir = Files.createDirectories(workbench.temp().resolve("fictif"));
		List<String> offered = new ArrayList<>();
		bot.inDialog("Nouveau dossier Ségur", () -> bot.command("fr.segurstudio.ui.dossier.newDossier"), dialog -> {
			Combo couloirs = Bot.findAll(dialog, Combo.class, c -> true).get(0);
			offered.addAll(Arrays.asList(couloirs.getItems()));
			bot.select(couloirs, "FIC-DEM – Couloir fictif de démonstration");
			bot.type((Text) bot.byKey(dialog, "numeroAns"), "ANS0000009");
			bot.type((Text) bot.byKey(dialog, "SIRET"), "12345678200010");
			bot.type((Text) bot.byKey(dialog, "dossier"), dir.toString());
			bot.click(bot.button(dialog, Bot.plain(IDialogConstants.FINISH_LABEL)));
		});
		assertTrue(offered.contains("FIC-DEM – Couloir fictif de démonstration"), offered::toString);
		Couloir fictif = registry.couloir("FIC-DEM").orElseThrow();
		assertEquals(CouloirOrigin.Kind.FOLDER, fictif.origin().kind());

		Path file = dir.resolve("fic-dem-ANS0000009.segur");
		DossierEditor editor = bot.waitFor("the editor of " + file.getFileName(), () -> workbench.activeDossierEditor(file));
		assertTrue(Files.readString(file).contains("dossier FIC-DEM"), Files.readString(file));
		editor.setActivePage(RequestsPage.ID);
		bot.command("fr.segurstudio.ui.dossier.newRequest");
		Demande demande = editor.session().dossier().getDemandes().get(0);
		assertSame(fictif.beneficiairesClass(), demande.getBeneficiaires().eClass());
		assertNull(demande.getBeneficiaires().eClass().getInstanceClass(), "dynamic EMF: no generated class");

		bot.type((Text) workbench.field(editor, "nomClient"), "clinique des lilas");
		bot.type((Text) workbench.field(editor, "numeroFINESSGeo"), "123456789");
		bot.waitFor("the values in the model", () -> "CLINIQUE DES LILAS".equals(value(demande, "nomClient"))
				&& "123456789".equals(value(demande, "numeroFINESSGeo")) ? demande : null);
		FormHandle form = editor.requestsPage().form();
		assertTrue(form.table("veterinaires") != null && WorkbenchFixture.shown(form, "patients") && WorkbenchFixture.shown(form, "isTeleconsultation")
				&& WorkbenchFixture.shown(form, "operateurMessagerie"), "the default form shows the couloir's own fields");

		bot.commandWhenEnabled("org.eclipse.ui.file.save");
		String saved = Files.readString(file);
		assertTrue(saved.contains("nomClient \"CLINIQUE DES LILAS\"") && saved.contains("numeroFINESSGeo \"123456789\""), saved);
		assertFalse(editor.isDirty());
	}

	@Test
	void aDroppedCouloirThatDoesNotHoldIsSaidByTheWizardAndTheOthersStayOffered() throws Exception {
		DroppedCouloirs.removeFicDem();
		DroppedCouloirs.dropFicDem();
		Path declaration = DroppedCouloirs.ficDemFolder().resolve("couloir.xml");
		Files.writeString(declaration, Files.readString(declaration).replace("code=\"FIC\"", "code=\"fic\""));
		List<String> offered = new ArrayList<>();
		List<String> said = new ArrayList<>();
		try {
			bot.inDialog("Nouveau dossier Ségur", () -> bot.command("fr.segurstudio.ui.dossier.newDossier"), dialog -> {
				offered.addAll(Arrays.asList(Bot.findAll(dialog, Combo.class, c -> true).get(0).getItems()));
				for (Control control : Bot.findAll(dialog, Control.class, c -> true)) {
					String text = (control instanceof Text t ? t.getText() : control instanceof Label l ? l.getText() : "").strip(); // JFace puts a space before a message with an image
					if (text.contains("segur couloirs")) {
						said.add(text);
					}
				}
				bot.click(bot.button(dialog, Bot.plain(IDialogConstants.CANCEL_LABEL)));
			});
		} finally {
			DroppedCouloirs.removeFicDem();
		}
		assertEquals(1, said.size(), said::toString);
		assertTrue(said.get(0).startsWith("Couloirs installés : 2 problème(s), la commande segur couloirs les détaille. Le premier : " + declaration + ", ligne "),
				said.get(0));
		assertTrue(said.get(0).contains("« code » s'écrit en majuscules"), said.get(0));
		assertFalse(offered.stream().anyMatch(o -> o.startsWith("FIC-DEM")), offered::toString);
		assertTrue(offered.stream().anyMatch(o -> o.startsWith("BIO-SGL")), offered::toString);
	}

	private static Object value(Demande demande, String feature) {
		return demande.getBeneficiaires().eGet(demande.getBeneficiaires().eClass().getEStructuralFeature(feature));
	}


}
