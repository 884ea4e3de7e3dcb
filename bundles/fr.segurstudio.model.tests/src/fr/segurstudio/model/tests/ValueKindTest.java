package fr.segurstudio.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.junit.jupiter.api.Test;

import fr.segurstudio.model.asp.AspClassMapping;
import fr.segurstudio.model.asp.AspFeatureMapping;
import fr.segurstudio.model.asp.ValueKind;
import fr.segurstudio.model.core.RegimeTVA;
import fr.segurstudio.model.core.SegurPackage;
import fr.segurstudio.model.couloir.Couloir;
import fr.segurstudio.model.couloir.CouloirRegistry;
import fr.segurstudio.testing.Services;

/** The one switch over value types: the seeds' formats (§3.2) written and read back by every layer alike. */
class ValueKindTest {

	private static EAttribute attribute(EClass eClass, String name) {
		return (EAttribute) eClass.getEStructuralFeature(name);
	}

	@Test
	void eachSeedFormatHasItsKind() {
		assertEquals(ValueKind.TEXT, ValueKind.of(SegurPackage.Literals.DOSSIER__SIRET));
		assertEquals(ValueKind.INTEGER, ValueKind.of(SegurPackage.Literals.DEMANDE__NUM_LIGNE));
		assertEquals(ValueKind.AMOUNT, ValueKind.of(SegurPackage.Literals.COMMANDE__MONTANT_SEGUR_HT));
		assertEquals(ValueKind.DATE, ValueKind.of(SegurPackage.Literals.COMMANDE__DATE_COMMANDE));
		assertEquals(ValueKind.ENUMERATION, ValueKind.of(SegurPackage.Literals.COMMANDE__REGIME_TVA));
		assertEquals(ValueKind.OBJECT, ValueKind.of(SegurPackage.Literals.DEMANDE__COMMANDE));
	}

	@Test
	void bareOrQuotedIsDecidedOnce() {
		// seed §3.2: FLOAT, INTEGER and Boolean bare; VARCHAR, dates and the closed lists quoted
		assertTrue(ValueKind.AMOUNT.isBare() && ValueKind.INTEGER.isBare() && ValueKind.BOOLEAN.isBare());
		assertFalse(ValueKind.TEXT.isBare() || ValueKind.DATE.isBare() || ValueKind.ENUMERATION.isBare());
	}

	@Test
	void canonicalTextsRoundTrip() {
		EAttribute montant = SegurPackage.Literals.COMMANDE__MONTANT_SEGUR_HT;
		assertEquals("27450.00", ValueKind.AMOUNT.format(new BigDecimal("27450")));
		assertEquals(new BigDecimal("27450.00"), ValueKind.AMOUNT.parse("27450.00", montant));
		EAttribute date = SegurPackage.Literals.COMMANDE__DATE_COMMANDE;
		assertEquals("14/03/2022", ValueKind.DATE.format(LocalDate.of(2022, 3, 14)));
		assertEquals(LocalDate.of(2022, 3, 14), ValueKind.DATE.parse("14/03/2022", date));
		EAttribute regime = SegurPackage.Literals.COMMANDE__REGIME_TVA;
		assertEquals(RegimeTVA.HT, ValueKind.ENUMERATION.parse("HT", regime));
		assertEquals("HT", ValueKind.ENUMERATION.format(RegimeTVA.HT));
		assertEquals(List.of("TTC", "HT"), ValueKind.ENUMERATION.choices(regime));
		assertEquals(List.of("true", "false"), ValueKind.BOOLEAN.choices(regime));
		assertEquals(3, ValueKind.INTEGER.parse("3", SegurPackage.Literals.DEMANDE__NUM_LIGNE));
	}

	@Test
	void textsThatAreNotValuesOfTheKindAreRefusedInFrench() {
		assertThrows(IllegalArgumentException.class, () -> ValueKind.DATE.parse("31/02/2022", SegurPackage.Literals.COMMANDE__DATE_COMMANDE));
		assertThrows(IllegalArgumentException.class, () -> ValueKind.INTEGER.parse("1.0", SegurPackage.Literals.DEMANDE__NUM_LIGNE));
		assertThrows(IllegalArgumentException.class, () -> ValueKind.BOOLEAN.parse("vrai", SegurPackage.Literals.COMMANDE__REGIME_TVA));
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> ValueKind.ENUMERATION.parse("ht", SegurPackage.Literals.COMMANDE__REGIME_TVA));
		assertEquals("« ht » n'est pas permis ; valeurs possibles : TTC, HT", e.getMessage());
	}

	/**
	 * Null must be a state of every value the seeds allow to be null or forbid to be: an enumeration is
	 * unsettable (an EMF enum attribute cannot hold null otherwise), and so is a block the seed writes {}
	 * when absent ({} and null are two different things to the portal). Checked on every installed couloir.
	 */
	@Test
	void nullIsRepresentableWhereverTheSeedsNeedIt() {
		for (Couloir couloir : Services.get(CouloirRegistry.class).couloirs()) {
			for (EClassifier classifier : couloir.ePackage().getEClassifiers()) {
				if (classifier instanceof EClass eClass) {
					check(eClass);
				}
			}
		}
		for (EClassifier classifier : SegurPackage.eINSTANCE.getEClassifiers()) {
			if (classifier instanceof EClass eClass) {
				check(eClass);
			}
		}
	}

	private static void check(EClass eClass) {
		for (AspFeatureMapping mapping : AspClassMapping.of(eClass).features()) {
			boolean enumeration = mapping.feature().getEType() instanceof EEnum && !mapping.isList();
			if (enumeration || mapping.absentAs() != null) {
				assertTrue(mapping.feature().isUnsettable(), mapping + " must be unsettable");
			}
		}
	}
}
