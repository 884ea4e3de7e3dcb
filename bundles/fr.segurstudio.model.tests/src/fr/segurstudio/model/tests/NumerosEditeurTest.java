package fr.segurstudio.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import fr.segurstudio.model.core.Demande;
import fr.segurstudio.model.core.Dossier;
import fr.segurstudio.model.core.SegurFactory;
import fr.segurstudio.model.core.StatutDemande;
import fr.segurstudio.model.dossier.NumerosEditeur;

/** Seed §3.2 numeroEditeur: VARCHAR (=5), unique, starts at 00001, a rejected request gets a NEW number. */
class NumerosEditeurTest {

	private final Dossier dossier = SegurFactory.eINSTANCE.createDossier();

	private Demande add(String numero) {
		Demande demande = SegurFactory.eINSTANCE.createDemande();
		demande.setNumeroEditeur(numero);
		dossier.getDemandes().add(demande);
		return demande;
	}

	@Test
	void startsAt00001AndCounts() {
		assertEquals("00001", NumerosEditeur.next(dossier));
		assertEquals("00001", NumerosEditeur.allocate(dossier));
		assertEquals("00002", NumerosEditeur.allocate(dossier));
		assertEquals(List.of("00001", "00002"), dossier.getNumerosEditeurUtilises());
		assertEquals("00003", NumerosEditeur.next(dossier), "next() does not record");
		assertEquals("00003", NumerosEditeur.next(dossier));
	}

	@Test
	void rejectedRequestKeepsItsNumberUsed() {
		Demande rejected = add(NumerosEditeur.allocate(dossier));
		rejected.setStatut(StatutDemande.REJETEE);
		// the correction is resubmitted under a new number
		String resubmitted = NumerosEditeur.allocate(dossier);
		assertEquals("00002", resubmitted);
		assertTrue(NumerosEditeur.isUsed(dossier, "00001"));
	}

	@Test
	void deletedRequestNumberIsNeverHandedOutAgain() {
		Demande demande = add(NumerosEditeur.allocate(dossier));
		add(NumerosEditeur.allocate(dossier));
		dossier.getDemandes().remove(demande);
		dossier.getDemandes().remove(0);
		assertEquals("00003", NumerosEditeur.next(dossier));
	}

	@Test
	void importedNumbersCountAsUsed() {
		add("00007");
		add("00003");
		assertEquals("00008", NumerosEditeur.next(dossier));
	}

	@Test
	void malformedNumbersAreIgnored() {
		add("7");
		add("ABCDE");
		add("00000");
		add(null);
		add("123456");
		assertEquals("00001", NumerosEditeur.next(dossier));
	}

	@Test
	void numbersOfTheVendorsOtherDossiersCount() {
		assertEquals("00013", NumerosEditeur.next(dossier, List.of("00012", "00004")));
	}

	@Test
	void afterTheLastNumberTheLowestNeverUsedOneIsTaken() {
		add("99999");
		add("00001");
		add("00002");
		assertEquals("00003", NumerosEditeur.next(dossier));
	}

	@Test
	void failsWhenEveryNumberIsUsed() {
		for (int n = 1; n <= NumerosEditeur.MAX; n++) {
			dossier.getNumerosEditeurUtilises().add(NumerosEditeur.format(n));
		}
		IllegalStateException e = assertThrows(IllegalStateException.class, () -> NumerosEditeur.next(dossier));
		assertTrue(e.getMessage().contains("99999"), e.getMessage());
	}

	@Test
	void formatAndParse() {
		assertEquals("00042", NumerosEditeur.format(42));
		assertEquals(42, NumerosEditeur.parse("00042"));
		assertEquals(-1, NumerosEditeur.parse("0042"));
		assertEquals(-1, NumerosEditeur.parse("00 42"));
		assertThrows(IllegalArgumentException.class, () -> NumerosEditeur.format(0));
		assertThrows(IllegalArgumentException.class, () -> NumerosEditeur.format(100_000));
		assertFalse(NumerosEditeur.isUsed(dossier, "00001"));
	}

	/**
	 * The allocator hands out, number after number, exactly what {@code next} then recording would: random
	 * dossiers (numbers on requests, handed out, former numbers, 99999 used or not), each taken to the end.
	 */
	@Test
	void theAllocatorGivesWhatNextGivesNumberAfterNumber() {
		Random random = new Random(22);
		int cases = 0;
		for (int trial = 0; trial < 60; trial++) {
			Dossier reference = SegurFactory.eINSTANCE.createDossier();
			int marks = random.nextInt(trial % 3 == 0 ? 40 : 4);
			for (int i = 0; i < marks; i++) {
				int n = trial % 2 == 0 ? 1 + random.nextInt(60) : NumerosEditeur.MAX - random.nextInt(60);
				reference.getNumerosEditeurUtilises().add(NumerosEditeur.format(n));
			}
			if (trial % 5 == 0) {
				reference.getNumerosEditeurUtilises().add("99999");
			}
			if (trial % 7 == 0) {
				reference.getNumerosEditeurUtilises().add("0042"); // malformed: counts for nothing
			}
			NumerosEditeur.Allocator allocator = NumerosEditeur.allocator(reference);
			for (int k = 0; k < 80; k++) {
				String expected = NumerosEditeur.next(reference);
				assertEquals(expected, allocator.peek());
				assertEquals(expected, allocator.take(), "trial " + trial + ", number " + k);
				assertTrue(allocator.isUsed(expected));
				reference.getNumerosEditeurUtilises().add(expected);
				cases++;
			}
		}
		System.out.println("allocateur de numéros éditeur : " + cases + " numéros comparés à next()");
	}

	/** All 99,999 handed out one by one, in order, in one allocator; then it says so, in French, as an Exhausted. */
	@Test
	void theAllocatorHandsOutAllNumbersThenIsExhausted() {
		NumerosEditeur.Allocator allocator = new NumerosEditeur.Allocator();
		for (int n = 1; n <= NumerosEditeur.MAX; n++) {
			assertEquals(n, NumerosEditeur.parse(allocator.take()));
		}
		NumerosEditeur.Exhausted e = assertThrows(NumerosEditeur.Exhausted.class, allocator::take);
		assertTrue(e.getMessage().contains("99999") && e.getMessage().contains("utilisés"), e.getMessage());
		assertThrows(NumerosEditeur.Exhausted.class, () -> NumerosEditeur.next(allFull()));
		// once 99999 is taken, the holes are filled from the lowest
		NumerosEditeur.Allocator holes = new NumerosEditeur.Allocator();
		holes.markUsed("99999");
		holes.markUsed("00002");
		assertEquals(List.of("00001", "00003", "00004"), List.of(holes.take(), holes.take(), holes.take()));
	}

	private static Dossier allFull() {
		Dossier full = SegurFactory.eINSTANCE.createDossier();
		for (int n = 1; n <= NumerosEditeur.MAX; n++) {
			full.getNumerosEditeurUtilises().add(NumerosEditeur.format(n));
		}
		return full;
	}

	/** One padding rule for the quick fix, the spreadsheet import and the numbers handed out (seed §3.2: VARCHAR (=5)). */
	@Test
	void shortNumbersGetTheirLeadingZerosAndNothingElseChanges() {
		assertEquals("00001", NumerosEditeur.pad("1"));
		assertEquals("00012", NumerosEditeur.pad("12"));
		assertEquals("01234", NumerosEditeur.pad("1234"));
		for (int n = 1; n <= NumerosEditeur.MAX; n += 997) {
			assertEquals(NumerosEditeur.format(n), NumerosEditeur.pad(Integer.toString(n)));
			assertEquals(n, NumerosEditeur.parse(NumerosEditeur.pad(Integer.toString(n))));
		}
		for (String asIs : new String[] { "00042", "123456", "12a", "A1", "", " 12", "1 2", "١٢", null }) {
			assertEquals(asIs, NumerosEditeur.pad(asIs), () -> "« " + asIs + " »");
		}
	}
}
