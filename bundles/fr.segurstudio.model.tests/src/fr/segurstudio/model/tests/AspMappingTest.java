package fr.segurstudio.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.junit.jupiter.api.Test;

import fr.segurstudio.model.asp.AspAnnotation;
import fr.segurstudio.model.asp.AspClassMapping;
import fr.segurstudio.model.asp.AspFeatureMapping;
import fr.segurstudio.model.core.SegurPackage;
import fr.segurstudio.testing.JsonKeys;

/** The core keys and their order, as in the seeds' §3.2 tables (identical in 002, 003 and 004). */
class AspMappingTest {

	@Test
	void fileHeader() {
		assertEquals(List.of("impId", "numeroAns", "SIRET", "lignesImport"), JsonKeys.of(SegurPackage.Literals.DOSSIER));
	}

	@Test
	void requestBlocksInTheOrderOfTheTemplate() {
		assertEquals(List.of("numLigne", "typeAction", "numeroASP", "numeroEditeur", "commande", "beneficiaires",
				"piecesJustificatives", "scenarioInstallation", "codeTraitement", "libelleTraitement"),
				JsonKeys.of(SegurPackage.Literals.DEMANDE));
		assertEquals(List.of("dateCommande", "regimeTVA", "montantSegurHT"), JsonKeys.of(SegurPackage.Literals.COMMANDE));
		assertEquals(List.of("nomFichier", "formatFichier", "typeFichier"), JsonKeys.of(SegurPackage.Literals.PIECE_JUSTIFICATIVE));
	}

	@Test
	void applicationFeaturesNeverReachTheJson() {
		AspClassMapping demande = AspClassMapping.of(SegurPackage.Literals.DEMANDE);
		assertNull(demande.byFeature(SegurPackage.Literals.DEMANDE__STATUT));
		assertNull(demande.byFeature(SegurPackage.Literals.DEMANDE__FICHIER_DEPOT));
		assertNull(AspClassMapping.of(SegurPackage.Literals.PIECE_JUSTIFICATIVE).byFeature(SegurPackage.Literals.PIECE_JUSTIFICATIVE__CHEMIN));
		assertNull(AspClassMapping.of(SegurPackage.Literals.COMMANDE).byKey("montantAvance"));
		assertNull(AspClassMapping.of(SegurPackage.Literals.DOSSIER).byKey("numerosEditeurUtilises"));
	}

	@Test
	void lookups() {
		AspClassMapping dossier = AspClassMapping.of(SegurPackage.Literals.DOSSIER);
		AspFeatureMapping lignes = dossier.byKey("lignesImport");
		assertSame(SegurPackage.Literals.DOSSIER__DEMANDES, lignes.feature());
		assertTrue(lignes.isObjectList());
		// seed 004's « lignesimport » is OCR damage, not a key of the portal: a key in the wrong case, not a variant
		assertNull(dossier.byAlias("lignesimport"));
		assertSame(lignes, dossier.byKeyIgnoringCase("lignesimport"));
		assertSame(dossier.byKey("SIRET"), dossier.byKeyIgnoringCase("siret"));
		assertNull(dossier.byKey("siret"));
		assertSame(AspClassMapping.of(SegurPackage.Literals.DOSSIER), dossier, "built once per EClass");
	}

	@Test
	void lengthsAndFlags() {
		AspClassMapping dossier = AspClassMapping.of(SegurPackage.Literals.DOSSIER);
		AspFeatureMapping.Length ans = dossier.byKey("numeroAns").length();
		assertEquals("=10", ans.toString());
		assertTrue(ans.accepts("0123456789"));
		assertFalse(ans.accepts("99999999"));
		AspFeatureMapping.Length nom = AspClassMapping.of(SegurPackage.Literals.PIECE_JUSTIFICATIVE).byKey("nomFichier").length();
		assertTrue(nom.accepts("x".repeat(49)), "<50 means at most 49 characters (asp-json.md §7)");
		assertFalse(nom.accepts("x".repeat(50)));
		assertTrue(dossier.byKey("impId").flag(AspAnnotation.EXPORT_NULL));
		assertTrue(AspClassMapping.of(SegurPackage.Literals.DEMANDE).byKey("numLigne").flag(AspAnnotation.RENUMBER));
		assertEquals(java.util.Set.of("C"), AspClassMapping.of(SegurPackage.Literals.DEMANDE).byKey("typeAction").values());
		for (EClass eClass : List.of(SegurPackage.Literals.DOSSIER, SegurPackage.Literals.DEMANDE, SegurPackage.Literals.COMMANDE,
				SegurPackage.Literals.PIECE_JUSTIFICATIVE)) {
			for (AspFeatureMapping f : AspClassMapping.of(eClass).features()) {
				assertTrue(f.seed() != null && f.seed().matches("00[234].*"), "every mapped feature cites its seed: " + f);
			}
		}
	}
}
