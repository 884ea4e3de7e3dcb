package fr.segurstudio.forms.swt.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

import fr.segurstudio.couloir.bio.BeneficiairesBio;
import fr.segurstudio.couloir.bio.BioPackage;
import fr.segurstudio.couloir.bio.EtablissementClientBio;
import fr.segurstudio.couloir.bio.ScenarioBio;
import fr.segurstudio.couloir.mdv.BeneficiairesMdv;
import fr.segurstudio.couloir.mdv.CommandePour;
import fr.segurstudio.couloir.rad.BeneficiairesRad;
import fr.segurstudio.couloir.tests.fictif.BeneficiairesFictif;
import fr.segurstudio.forms.FormContext;
import fr.segurstudio.forms.FormState;
import fr.segurstudio.forms.swt.ControlInfo;
import fr.segurstudio.forms.swt.ControlRendererFactory;
import fr.segurstudio.forms.swt.RendererRegistry;
import fr.segurstudio.forms.swt.WidgetKeys;
import fr.segurstudio.forms.swt.renderers.AmountRenderer;
import fr.segurstudio.forms.swt.renderers.BooleanRenderer;
import fr.segurstudio.forms.swt.renderers.ChoiceRenderer;
import fr.segurstudio.forms.swt.renderers.CodeRenderer;
import fr.segurstudio.forms.swt.renderers.DateRenderer;
import fr.segurstudio.forms.swt.renderers.TextRenderer;
import fr.segurstudio.forms.swt.renderers.ValueListRenderer;
import fr.segurstudio.forms.view.Table;
import fr.segurstudio.forms.view.View;
import fr.segurstudio.model.asp.RawValues;
import fr.segurstudio.model.core.Demande;
import fr.segurstudio.model.core.Dossier;
import fr.segurstudio.model.core.SegurPackage;
import fr.segurstudio.model.couloir.Couloir;
import fr.segurstudio.model.dossier.NumerosEditeur;
import fr.segurstudio.model.issue.Issue;
import fr.segurstudio.testing.Services;
import fr.segurstudio.validation.DossierValidator;
import fr.segurstudio.validation.IssueCodes;
import fr.segurstudio.validation.ValidationContext;

/** The generated forms on the seeds' examples, driven with real key and mouse events. */
class FormRendererTest {

	private static String text(Ui ui, String key) {
		return ((Text) ui.widget(key)).getText();
	}

	@Test
	void eachSeedExampleIsShown() {
		try (Ui ui = Ui.open(Ui.SEEDS.bioDurand())) {
			assertEquals("00001", text(ui, "numeroEditeur"));
			assertEquals("14/03/2022", text(ui, "dateCommande"));
			assertEquals("27450.00", text(ui, "montantSegurHT"));
			assertEquals("TTC", ui.<ChoiceRenderer>renderer("regimeTVA").shown());
			assertEquals("DURAND", text(ui, "nomMandataire"));
			assertEquals("6/49", ((Label) ui.widget("nomMandataire.compteur")).getText());
			assertEquals("9/9", ((Label) ui.widget("numeroFINESSJuridique.compteur")).getText());
			assertEquals(2, ui.form.table("EtablissementsClients").getTable().getItemCount());
			assertEquals("999999991", text(ui, "numeroFINESSJuridique"));
			assertEquals(List.of("111111111", "111111112"), ui.<ValueListRenderer>renderer("numeroFINESSGeos").shown());
			assertEquals("MAI_15", text(ui, "operateurMessagerie"));
			assertEquals("MAILIZ", ui.<CodeRenderer>renderer("operateurMessagerie").meaning());
			assertEquals(Boolean.TRUE, ui.<BooleanRenderer>renderer("isIdSlave").shown());
			assertEquals("lignesImport[0].beneficiaires.EtablissementsClients[0].numeroFINESSJuridique",
					ui.widget("numeroFINESSJuridique").getData(WidgetKeys.PATH));
		}
		try (Ui ui = Ui.open(Ui.SEEDS.radRadio2000())) {
			assertEquals(2, ui.form.table("radLiberauxClients").getTable().getItemCount());
			assertEquals("12345678901", text(ui, "RPPS"));
			assertEquals(List.of("111111111"), ui.<ValueListRenderer>renderer("AM").shown());
			assertEquals("ENO_5", text(ui, "operateurMessagerie"));
			assertFalse(Ui.showing(ui.widget("nomMandataire")));
		}
		try (Ui ui = Ui.open(Ui.SEEDS.mdvCentreDeSante())) {
			assertEquals("111111111", text(ui, "FINESSJuridique"));
			assertEquals(List.of("777777777", "888888888", "999999999"), ui.<ValueListRenderer>renderer("FINESSGeo").shown());
		}
	}

	@Test
	void typingIsOneCommandAndUndoRestoresTheWidget() {
		try (Ui ui = Ui.open(Ui.SEEDS.bioDurand())) {
			BeneficiairesBio beneficiaires = (BeneficiairesBio) ui.demande().getBeneficiaires();
			Text nom = (Text) ui.widget("nomMandataire");
			ui.type(nom, "martin");
			assertEquals("MARTIN", nom.getText(), "upper case as typed");
			ui.waitUntil(() -> "MARTIN".equals(beneficiaires.getNomMandataire()), "the pause commits");
			nom.setSelection(nom.getText().length());
			for (char c : " et fils".toCharArray()) {
				ui.key(c);
			}
			ui.pause();
			((Text) ui.widget("emailMandataire")).setFocus(); // leave the field
			ui.flush();
			assertEquals("MARTIN ET FILS", beneficiaires.getNomMandataire());
			assertTrue(ui.stack().canUndo());
			ui.stack().undo();
			assertEquals("DURAND", beneficiaires.getNomMandataire());
			assertEquals("DURAND", nom.getText());
			assertFalse(ui.stack().canUndo(), "one command for the whole edit");
		}
	}

	/**
	 * Each change the form makes is told once, by the command stack, whatever made it: each commit of a typing (the
	 * later ones merged into the first command), a click, a choice, a list's value added; a field left without a
	 * change tells nothing. And each notification comes after its change (the listener sees the new value).
	 */
	@Test
	void eachChangeIsOneNotificationOfTheCommandStack() {
		try (Ui ui = Ui.open(Ui.SEEDS.bioDurand())) {
			BeneficiairesBio beneficiaires = (BeneficiairesBio) ui.demande().getBeneficiaires();
			List<String> told = new ArrayList<>();
			ui.stack().addCommandStackListener(e -> told.add(beneficiaires.getNomMandataire() + "|" + beneficiaires.getIsMandataire()));
			Text nom = (Text) ui.widget("nomMandataire");
			ui.type(nom, "martin");
			ui.waitUntil(() -> "MARTIN".equals(beneficiaires.getNomMandataire()), "the pause commits");
			assertEquals(List.of("MARTIN|true"), told, "the first commit of the typing");
			nom.setSelection(nom.getText().length());
			for (char c : " et fils".toCharArray()) {
				ui.key(c);
			}
			ui.waitUntil(() -> "MARTIN ET FILS".equals(beneficiaires.getNomMandataire()), "the second pause commits");
			assertEquals(List.of("MARTIN|true", "MARTIN ET FILS|true"), told, "the next commit, merged into the first, told once");
			// no mandataire any more: the click also empties the mandataire's values (seed: null unless), in the same change
			ui.click(ui.renderer("isMandataire").control());
			assertEquals(List.of("MARTIN|true", "MARTIN ET FILS|true", "null|false"), told, "a click, once");
			ui.stack().undo();
			assertEquals("MARTIN ET FILS|true", told.get(3), "the click undone, once");
			ui.stack().undo();
			assertFalse(ui.stack().canUndo(), "the typing and the click: two commands");
			ui.flush();
			assertEquals(List.of("MARTIN|true", "MARTIN ET FILS|true", "null|false", "MARTIN ET FILS|true", "DURAND|true"), told);
			assertEquals("DURAND", nom.getText(), "the field follows the undo");
			assertEquals(Boolean.TRUE, ui.<BooleanRenderer>renderer("isMandataire").shown(), "the box too");
		}
	}

	@Test
	void mdvLiberalToStructureHidesTheDoctorsAndShowsTheStructure() {
		try (Ui ui = Ui.open(Ui.SEEDS.mdvCabinet())) {
			Control doctors = ui.form.table("liberal").getTable();
			Control finess = ui.renderer("FINESSJuridique").control();
			assertTrue(Ui.showing(doctors));
			assertFalse(Ui.showing(finess));
			ui.<ChoiceRenderer>renderer("commandePour").choose("STRUCTURE");
			ui.flush();
			assertFalse(Ui.showing(doctors));
			assertTrue(Ui.showing(finess));
			assertFalse(Ui.showing(ui.renderer("isMandataire").control()));
			BeneficiairesMdv beneficiaires = (BeneficiairesMdv) ui.demande().getBeneficiaires();
			assertEquals(List.of(), beneficiaires.getLiberal());
			// the structure does not exist yet: typing creates it
			ui.type(finess, "111111111");
			ui.waitUntil(beneficiaires::isSetStructure, "the structure is created");
			assertEquals("111111111", beneficiaires.getStructure().getFINESSJuridique());
			ui.stack().undo();
			ui.stack().undo();
			ui.flush();
			assertEquals(CommandePour.LIBERAL, beneficiaires.getCommandePour());
			assertEquals(3, ui.form.table("liberal").getTable().getItemCount());
			assertTrue(Ui.showing(doctors));
			assertFalse(Ui.showing(finess));
		}
	}

	@Test
	void theMandataireFieldsAppearWhenSeveralClientsHaveAMandataire() {
		try (Ui ui = Ui.open(Ui.SEEDS.radRadio2000())) { // isMandataire=false, isClientUnique=true
			Control nom = ui.renderer("nomMandataire").control();
			assertFalse(Ui.showing(nom));
			ui.click(ui.renderer("isClientUnique").control());
			assertEquals(Boolean.FALSE, ((BeneficiairesRad) ui.demande().getBeneficiaires()).getIsClientUnique());
			assertFalse(Ui.showing(nom));
			ui.click(ui.renderer("isMandataire").control());
			assertEquals(Boolean.TRUE, ((BeneficiairesRad) ui.demande().getBeneficiaires()).getIsMandataire());
			assertTrue(Ui.showing(nom));
			assertTrue(((Label) labelOf(nom)).getText().endsWith("*"), "required");
			ui.stack().undo();
			ui.stack().undo();
			ui.flush();
			assertFalse(Ui.showing(nom));
			assertFalse(ui.stack().canUndo(), "one command per click");
		}
	}

	/** The label of an editor: in the grid, just before the editor's cell. */
	private static Control labelOf(Control editor) {
		List<Control> siblings = List.of(editor.getParent().getParent().getChildren());
		return siblings.get(siblings.indexOf(editor.getParent()) - 1);
	}

	@Test
	void anIssueDecoratesItsControlAndRevealFocusesIt() {
		Dossier dossier = Ui.SEEDS.bioDurand();
		EtablissementClientBio second = ((BeneficiairesBio) dossier.getDemandes().get(0).getBeneficiaires()).getEtablissementsClients().get(1);
		second.setNomClient("durand");
		try (Ui ui = Ui.open(dossier)) {
			List<Issue> issues = Services.get(DossierValidator.class).validate(dossier, ValidationContext.ALONE);
			Issue upper = issues.stream().filter(i -> i.code().equals(IssueCodes.MAJUSCULES)).findFirst().orElseThrow();
			assertSame(second, upper.target());
			ui.form.showIssues(issues);
			ui.flush();
			assertTrue(ui.form.isTableDecorated("EtablissementsClients"), "the table says its rows have problems");
			TextRenderer nomClient = ui.renderer("nomClient");
			assertFalse(nomClient.isDecorated(), "the first row is shown, and it is right");
			assertTrue(ui.form.reveal(second, BioPackage.Literals.ETABLISSEMENT_CLIENT_BIO__NOM_CLIENT, -1));
			ui.flush();
			assertEquals("durand", ((Text) nomClient.control()).getText());
			assertTrue(nomClient.isDecorated());
			assertTrue(nomClient.decorationText().contains("MAJUSCULES"), nomClient.decorationText());
			assertTrue(nomClient.control().isFocusControl(), () -> "focus on " + ui.display.getFocusControl());
			assertTrue(nomClient.offersUpperCase(), "an offer, not a silent change");
		}
	}

	/**
	 * A value the file wrote in a form its field cannot hold, kept as written: shown in its field, in error with the
	 * message in the tooltip; typing a valid value replaces it (one command, undone back to the value as written).
	 */
	@Test
	void aValueKeptAsWrittenIsShownInItsFieldUntilATypedValueReplacesIt() {
		Dossier dossier = Ui.SEEDS.bioDurand();
		Demande demande = dossier.getDemandes().get(0);
		demande.getCommande().setDateCommande(null);
		RawValues.hold(demande.getCommande(), SegurPackage.Literals.COMMANDE__DATE_COMMANDE, -1, "\"2022-03-14\"");
		EtablissementClientBio client = ((BeneficiairesBio) demande.getBeneficiaires()).getEtablissementsClients().get(0);
		client.getNumeroFINESSGeos().add(1, null);
		RawValues.hold(client, BioPackage.Literals.ETABLISSEMENT_CLIENT_BIO__NUMERO_FINESS_GEOS, 1, "111111113");
		try (Ui ui = Ui.open(dossier)) {
			Text date = (Text) ui.widget("dateCommande");
			assertEquals("2022-03-14", date.getText(), "the value as the file wrote it");
			TextRenderer renderer = ui.renderer("dateCommande");
			assertTrue(renderer.isDecorated(), "in error before any validation");
			List<Issue> issues = Services.get(DossierValidator.class).validate(dossier, ValidationContext.ALONE);
			ui.form.showIssues(issues);
			ui.flush();
			assertTrue(renderer.decorationText().contains("au format AAAA-MM-JJ ; attendu JJ/MM/AAAA (14/03/2022)"), renderer.decorationText());
			assertEquals(List.of("111111111", "111111113", "111111112"), ui.<ValueListRenderer>renderer("numeroFINESSGeos").shown());
			date.setFocus();
			date.selectAll();
			ui.type(date, "14/03/2022");
			((Text) ui.widget("montantSegurHT")).setFocus();
			ui.flush();
			assertEquals(LocalDate.of(2022, 3, 14), demande.getCommande().getDateCommande());
			assertNull(RawValues.get(demande.getCommande(), SegurPackage.Literals.COMMANDE__DATE_COMMANDE));
			ui.stack().undo();
			ui.flush();
			assertEquals("2022-03-14", date.getText(), "undone: the value as written again");
			assertNull(demande.getCommande().getDateCommande());
		}
	}

	/** A file may fill what the seed wants empty: that value stays in sight with its error until it is emptied. */
	@Test
	void aHiddenValueWithAnIssueStaysInSight() {
		Dossier dossier = Ui.SEEDS.bioDurand();
		BeneficiairesBio beneficiaires = (BeneficiairesBio) dossier.getDemandes().get(0).getBeneficiaires();
		beneficiaires.setIsMandataire(false); // as a file would say it: the mandataire's name stays
		try (Ui ui = Ui.open(dossier)) {
			TextRenderer nom = ui.renderer("nomMandataire");
			assertFalse(Ui.showing(nom.control()));
			DossierValidator validator = Services.get(DossierValidator.class);
			ui.form.showIssues(validator.validate(dossier, ValidationContext.ALONE));
			ui.flush();
			assertTrue(Ui.showing(nom.control()), "shown, with its error");
			assertTrue(nom.isDecorated());
			assertTrue(ui.form.reveal(beneficiaires, BioPackage.Literals.BENEFICIAIRES_BIO__NOM_MANDATAIRE, -1));
			ui.type(nom.control(), "\b");
			ui.renderer("isClientUnique").control().setFocus();
			ui.flush();
			assertNull(beneficiaires.getNomMandataire(), "emptied");
			ui.form.showIssues(validator.validate(dossier, ValidationContext.ALONE));
			ui.flush();
			assertFalse(Ui.showing(nom.control()));
		}
	}

	@Test
	void anotherRequestRebindsTheSameWidgets() {
		Dossier dossier = Ui.SEEDS.bioDurand();
		Demande copy = EcoreUtil.copy(dossier.getDemandes().get(0));
		copy.setNumeroEditeur(NumerosEditeur.allocate(dossier));
		((BeneficiairesBio) copy.getBeneficiaires()).setNomMandataire("LEFEVRE");
		((BeneficiairesBio) copy.getBeneficiaires()).getEtablissementsClients().remove(1);
		dossier.getDemandes().add(copy);
		try (Ui ui = Ui.open(dossier)) {
			Text nom = (Text) ui.widget("nomMandataire");
			ui.form.setInput(copy);
			ui.flush();
			assertSame(nom, ui.widget("nomMandataire"));
			assertEquals("LEFEVRE", nom.getText());
			assertEquals("00002", text(ui, "numeroEditeur"));
			assertEquals("lignesImport[1].beneficiaires.nomMandataire", nom.getData(WidgetKeys.PATH));
			assertEquals(1, ui.form.table("EtablissementsClients").getTable().getItemCount());
			ui.type(nom, "petit");
			((Text) ui.widget("emailMandataire")).setFocus();
			ui.flush();
			assertEquals("PETIT", ((BeneficiairesBio) copy.getBeneficiaires()).getNomMandataire());
			assertEquals("DURAND", ((BeneficiairesBio) dossier.getDemandes().get(0).getBeneficiaires()).getNomMandataire());
		}
	}

	@Test
	void frenchAmountsDatesAndListsOfIdentifiers() {
		try (Ui ui = Ui.open(Ui.SEEDS.mdvCabinet())) {
			Text montant = (Text) ui.widget("montantSegurHT");
			ui.type(montant, "1 234,5");
			((Text) ui.widget("dateCommande")).setFocus();
			ui.flush();
			assertEquals(new BigDecimal("1234.50"), ui.demande().getCommande().getMontantSegurHT());
			assertEquals("1234.50", montant.getText());
			Text date = (Text) ui.widget("dateCommande");
			ui.type(date, "31/02/2022");
			montant.setFocus();
			ui.flush();
			assertEquals("14/03/2022", ui.demande().getCommande().getDateCommande().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
			assertTrue(ui.renderer("dateCommande").isDecorated(), "an impossible date is said, not stored");
			assertEquals("31/02/2022", date.getText());
		}
		try (Ui ui = Ui.open(Ui.SEEDS.mdvCentreDeSante())) {
			ValueListRenderer sites = ui.renderer("FINESSGeo");
			ui.type(sites.entry(), "123456789 987654321");
			ui.key('\r');
			ui.flush();
			assertEquals(List.of("777777777", "888888888", "999999999", "123456789", "987654321"),
					((BeneficiairesMdv) ui.demande().getBeneficiaires()).getStructure().getFINESSGeo());
			assertEquals(5, sites.shown().size());
			ui.stack().undo();
			ui.flush();
			assertEquals(List.of("777777777", "888888888", "999999999"), sites.shown());
			assertFalse(ui.stack().canUndo());
		}
	}

	@Test
	void operatorCodesAreFoundByCodeOrLabel() {
		try (Ui ui = Ui.open(Ui.SEEDS.bioDurand())) {
			CodeRenderer operateur = ui.renderer("operateurMessagerie");
			assertTrue(operateur.proposals("mailiz").contains("MAI_15"));
			assertTrue(operateur.proposals("ch _2").contains("CH _20"));
			assertTrue(operateur.proposals("hop").stream().anyMatch(c -> c.equals("HÔP_302")), operateur.proposals("hop")::toString);
			ui.type(operateur.control(), "xyz");
			ui.renderer("isIdRef").control().setFocus();
			ui.flush();
			assertEquals("xyz", ((ScenarioBio) ui.demande().getScenarioInstallation()).getOperateurMessagerie());
			assertEquals("code absent de la liste", operateur.meaning());
		}
	}

	/**
	 * The renderer factories are OSGi services: the built-in ones are this bundle's DS components, and a factory a
	 * plug-in registers wins where it scores higher than them, and only there, as long as it is registered.
	 */
	@Test
	void aRendererFactoryRegisteredAsAServiceWinsWhereItScoresHighest() {
		ControlRendererFactory phones = ControlRendererFactory.of(info -> info.node().key().startsWith("telephone") ? 40 : ControlRendererFactory.NOT_APPLICABLE,
				PhoneRenderer::new);
		Dossier dossier = Ui.SEEDS.bioDurand();
		FormContext context = new FormContext(Ui.COULOIRS, Ui.COULOIRS.couloirOf(dossier).orElseThrow());
		View view = Ui.VIEWS.view(dossier.getDemandes().get(0).eClass(), context);
		RendererRegistry builtIn = Ui.RENDERER.renderers();
		assertInstanceOf(TextRenderer.Factory.class, builtIn.best(info(view, context, "beneficiaires.telephoneMandataire")));
		assertInstanceOf(TextRenderer.Factory.class, builtIn.best(info(view, context, "beneficiaires.nomMandataire")));
		assertInstanceOf(CodeRenderer.Factory.class, builtIn.best(info(view, context, "scenarioInstallation.operateurMessagerie")));
		assertInstanceOf(ChoiceRenderer.Factory.class, builtIn.best(info(view, context, "commande.regimeTVA")));
		assertInstanceOf(BooleanRenderer.Factory.class, builtIn.best(info(view, context, "beneficiaires.isMandataire")));
		assertInstanceOf(DateRenderer.Factory.class, builtIn.best(info(view, context, "commande.dateCommande")));
		assertInstanceOf(AmountRenderer.Factory.class, builtIn.best(info(view, context, "commande.montantSegurHT")));
		FormState state = new FormState(view, context);
		FormState clients = state.newDetail((Table) state.find("beneficiaires.EtablissementsClients").element());
		FormState.Node sites = clients.find("numeroFINESSGeos");
		assertInstanceOf(ValueListRenderer.Factory.class, builtIn.best(ControlInfo.of(sites, clients.choices(sites))));

		BundleContext bundle = FrameworkUtil.getBundle(FormRendererTest.class).getBundleContext();
		ServiceRegistration<ControlRendererFactory> registration = bundle.registerService(ControlRendererFactory.class, phones, null);
		try {
			RendererRegistry registry = Ui.RENDERER.renderers();
			assertSame(phones, registry.best(info(view, context, "beneficiaires.telephoneMandataire")));
			assertInstanceOf(TextRenderer.Factory.class, registry.best(info(view, context, "beneficiaires.nomMandataire")));
			try (Ui ui = Ui.open(dossier)) {
				assertInstanceOf(PhoneRenderer.class, ui.renderer("telephoneMandataire"), "the form is rendered with it");
				assertEquals(TextRenderer.class, ui.renderer("nomMandataire").getClass());
			}
		} finally {
			registration.unregister();
		}
		assertInstanceOf(TextRenderer.Factory.class, Ui.RENDERER.renderers().best(info(view, context, "beneficiaires.telephoneMandataire")),
				"gone with its service");
	}

	private static ControlInfo info(View view, FormContext context, String path) {
		FormState state = new FormState(view, context);
		FormState.Node node = state.find(path);
		return ControlInfo.of(node, state.choices(node));
	}

	/** A contributed renderer, for the test: a text. */
	static final class PhoneRenderer extends TextRenderer {
		PhoneRenderer(ControlInfo info) {
			super(info);
		}
	}

	@Test
	void theFictitiousCouloirIsEditedThroughItsDefaultForm() {
		Couloir fictif = Ui.COULOIRS.couloir("FIC-DEM").orElseThrow();
		Dossier dossier = fictif.newDossier();
		Demande demande = fictif.newDemande();
		demande.setNumeroEditeur(NumerosEditeur.allocate(dossier));
		dossier.getDemandes().add(demande);
		try (Ui ui = Ui.open(dossier)) {
			BeneficiairesFictif beneficiaires = (BeneficiairesFictif) demande.getBeneficiaires();
			ui.type(ui.widget("nomClient"), "clinique");
			ui.renderer("numeroFINESSGeo").control().setFocus();
			ui.flush();
			assertEquals("CLINIQUE", beneficiaires.getNomClient());
			Button add = (Button) ui.widget("veterinaires.ajouter");
			ui.click(add);
			assertEquals(1, beneficiaires.getVeterinaires().size());
			assertEquals(1, ui.form.table("veterinaires").getTable().getItemCount());
			ui.type(ui.widget("ordre"), "123456");
			ui.widget("nomVeterinaire").setFocus();
			ui.flush();
			assertEquals("123456", beneficiaires.getVeterinaires().get(0).getOrdre());
			assertNull(ui.<BooleanRenderer>renderer("isTeleconsultation").shown(), "not answered yet");
			assertNotNull(ui.renderer("operateurMessagerie"));
		}
	}
}
