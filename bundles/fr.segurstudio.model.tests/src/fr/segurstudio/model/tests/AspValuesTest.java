package fr.segurstudio.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import fr.segurstudio.model.asp.AspValues;
import fr.segurstudio.model.core.SegurFactory;
import fr.segurstudio.model.core.SegurPackage;

/** Seed §3.2: dateCommande « JJ/MM/AAAA »; montantSegurHT with 2 digits after the point even when .00. */
class AspValuesTest {

	@Test
	void datesAreJJMMAAAA() {
		assertEquals(LocalDate.of(2022, 3, 14), AspValues.parseDate("14/03/2022"));
		assertEquals("14/03/2022", AspValues.formatDate(LocalDate.of(2022, 3, 14)));
		assertEquals("01/01/2022", AspValues.formatDate(LocalDate.of(2022, 1, 1)));
		assertEquals(LocalDate.of(2024, 2, 29), AspValues.parseDate("29/02/2024"));
		assertNull(AspValues.parseDate(null));
	}

	@ParameterizedTest
	@ValueSource(strings = { "2022-03-14", "14/3/2022", "14/03/22", "31/04/2022", "29/02/2021", "00/01/2022", "14-03-2022", "" })
	void datesThatDoNotExistOrAreNotJJMMAAAAAreRefused(String text) {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AspValues.parseDate(text));
		assertTrue(e.getMessage().contains("JJ/MM/AAAA"), e.getMessage());
	}

	@Test
	void amountsHaveTwoDecimals() {
		assertEquals("27450.00", AspValues.formatMontant(new BigDecimal("27450")));
		assertEquals("1075.00", AspValues.formatMontant(new BigDecimal("1075.0")));
		assertEquals("10750.50", AspValues.formatMontant(new BigDecimal("10750.500")));
		assertEquals("0.10", AspValues.formatMontant(new BigDecimal("0.1")));
		assertEquals(new BigDecimal("27450.00"), AspValues.parseMontant("27450"));
		assertEquals(2, AspValues.parseMontant("27450").scale());
	}

	@Test
	void aFractionOfACentIsKeptSoThatItCanBeRefused() {
		assertEquals("1.005", AspValues.formatMontant(new BigDecimal("1.005")));
		assertEquals(new BigDecimal("1.005"), AspValues.parseMontant("1.005"));
		assertFalse(AspValues.hasCentsOnly(new BigDecimal("1.005")));
		assertTrue(AspValues.hasCentsOnly(new BigDecimal("1.500")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "27450,00", "27 450.00", "1e3", "€12", "12.", ".5", "" })
	void amountsAreDigitsAndAPoint(String text) {
		assertThrows(IllegalArgumentException.class, () -> AspValues.parseMontant(text));
	}

	@Test
	void theEmfDataTypesUseTheSameForms() {
		SegurFactory factory = SegurFactory.eINSTANCE;
		assertEquals(LocalDate.of(2022, 3, 14), factory.createFromString(SegurPackage.Literals.DATE, "14/03/2022"));
		assertEquals("14/03/2022", factory.convertToString(SegurPackage.Literals.DATE, LocalDate.of(2022, 3, 14)));
		assertEquals("27450.00", factory.convertToString(SegurPackage.Literals.MONTANT, new BigDecimal("27450")));
	}
}
