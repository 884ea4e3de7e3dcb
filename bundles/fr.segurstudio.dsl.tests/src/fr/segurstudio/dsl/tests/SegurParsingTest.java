package fr.segurstudio.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import fr.segurstudio.dsl.segurDsl.Block;
import fr.segurstudio.dsl.segurDsl.BooleanValue;
import fr.segurstudio.dsl.segurDsl.DateValue;
import fr.segurstudio.dsl.segurDsl.DemandeText;
import fr.segurstudio.dsl.segurDsl.DossierText;
import fr.segurstudio.dsl.segurDsl.Entry;
import fr.segurstudio.dsl.segurDsl.ListValue;
import fr.segurstudio.dsl.segurDsl.NameValue;
import fr.segurstudio.dsl.segurDsl.NumberValue;
import fr.segurstudio.dsl.segurDsl.StringValue;

/** The syntax itself, with Xtext's test support: tokens keep what was written. */
@ExtendWith(InjectionExtension.class)
@InjectWith(SegurInjectorProvider.class)
class SegurParsingTest {

	@Inject
	private ParseHelper<DossierText> parseHelper;

	@Test
	void literalsKeepWhatWasWritten() throws Exception {
		DossierText text = parseHelper.parse("""
				// comments anywhere
				dossier BIO-SGL { /* here too */
				  SIRET 00012345678901
				  demande "00001" {
				    commande { dateCommande 14/03/2022 montantSegurHT 27450.00 regimeTVA TTC }
				    scenarioInstallation { operateurMessagerie "CH _20" isIdRef true }
				    beneficiaires { EtablissementsClients { numeroFINESSGeos ["111111111", "2A0012345"] } }
				  }
				}
				""");
		assertTrue(text.eResource().getErrors().isEmpty(), () -> text.eResource().getErrors().toString());
		assertEquals("BIO", text.getCouloir());
		assertEquals("SGL", text.getLogiciel());
		assertEquals("00012345678901", ((NumberValue) ((Entry) text.getMembers().get(0)).getValue()).getValue());
		DemandeText demande = (DemandeText) text.getMembers().get(1);
		assertEquals("00001", demande.getNumeroEditeur());
		List<Entry> commande = ((Block) demande.getEntries().get(0).getValue()).getEntries();
		assertEquals("14/03/2022", ((DateValue) commande.get(0).getValue()).getValue());
		assertEquals("27450.00", ((NumberValue) commande.get(1).getValue()).getValue());
		assertEquals("TTC", ((NameValue) commande.get(2).getValue()).getValue());
		List<Entry> scenario = ((Block) demande.getEntries().get(1).getValue()).getEntries();
		assertEquals("CH _20", ((StringValue) scenario.get(0).getValue()).getValue());
		assertEquals("true", ((BooleanValue) scenario.get(1).getValue()).getValue());
		Entry geos = ((Block) ((Block) demande.getEntries().get(2).getValue())
				.getEntries().get(0).getValue()).getEntries().get(0);
		assertEquals(2, ((ListValue) geos.getValue()).getItems().size());
	}
}
