package fr.segurstudio.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;

import fr.segurstudio.json.AspJsonWriter;
import fr.segurstudio.model.core.Dossier;
import fr.segurstudio.validation.IssueCodes;

/**
 * A couloir declared by a plug-in the grammar has never heard of (FIC-DEM of fr.segurstudio.couloir.tests)
 * is read, validated, completed and written as text.
 */
class FictitiousCouloirTextTest {

	static final String TEXT = """
			dossier FIC-DEM {
			  numeroAns "ANS0000001"
			  SIRET "12345678200010"

			  demande "00001" {
			    commande {
			      dateCommande 14/03/2022
			      regimeTVA HT
			      montantSegurHT 1200.00
			    }
			    beneficiaires {
			      numeroFINESSGeo "111111111"
			      nomClient "Clinique des Pins"
			      patients ["A", "B"]
			      veterinaires {
			        nomVeterinaire "HERRIOT"
			        ordre "123456"
			      }
			    }
			    piecesJustificatives {
			      nomFichier "FIC-DEM-Va9-BDC-00001.pdf"
			      formatFichier PDF
			      typeFichier BON_COMMANDE
			    }
			    scenarioInstallation {
			      isTeleconsultation true
			      operateurMessagerie null
			    }
			  }
			}
			""";

	@Test
	void itsTextGivesItsModel() {
		Dossier dossier = Texts.dossier(TEXT);
		assertEquals("FIC", dossier.getCouloir());
		EObject beneficiaires = dossier.getDemandes().get(0).getBeneficiaires();
		assertEquals("BeneficiairesFictif", beneficiaires.eClass().getName());
		assertEquals(List.of("A", "B"), beneficiaires.eGet(beneficiaires.eClass().getEStructuralFeature("patients")));
		String json = new String(new AspJsonWriter().toBytes(dossier, AspJsonWriter.FAITHFUL), StandardCharsets.UTF_8);
		assertTrue(json.contains("\"nomVeterinaire\" : \"HERRIOT\"") || json.contains("\"nomVeterinaire\": \"HERRIOT\""), json);
	}

	@Test
	void itsRulesReportOnItsText() {
		List<Issue> issues = Texts.withCode(Texts.validate(TEXT), IssueCodes.MAJUSCULES);
		assertEquals(1, issues.size(), Texts.describe(Texts.validate(TEXT)));
		assertEquals(TEXT.indexOf("\"Clinique des Pins\""), issues.get(0).getOffset());
	}

	@Test
	void itsFieldsAreCompleted() {
		List<String> proposals = Texts.proposals(TEXT.replace("        ordre \"123456\"\n", "        ‸\n"));
		assertTrue(proposals.containsAll(List.of("nomVeterinaire", "ordre")), proposals::toString);
		assertTrue(!proposals.contains("nomClient"), proposals::toString);
	}

	@Test
	void itsModelIsWrittenAsTheSameText() {
		String fixed = TEXT.replace("Clinique des Pins", "CLINIQUE DES PINS");
		// a null the couloir does not ask to write (no exportNull) is an absent value: the canonical text omits it
		assertEquals(fixed.replace("      operateurMessagerie null\n", ""), Texts.service().write(Texts.dossier(fixed)));
	}
}
