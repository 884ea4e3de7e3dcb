package fr.segurstudio.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.segurstudio.model.couloir.CodeList;
import fr.segurstudio.model.couloir.CouloirRegistry;
import fr.segurstudio.testing.Services;

/** Seed 002/003 §4: the 355 messaging-operator codes, exact strings, shipped once as data. */
class OperateursMessagerieTest {

	private final CodeList list = Services.get(CouloirRegistry.class).codeList("operateurs-messagerie").orElseThrow();

	@Test
	void all355CodesNumbered1To355InOrder() {
		assertEquals(355, list.size());
		List<Integer> numbers = new ArrayList<>();
		list.codes().forEach(code -> numbers.add(Integer.valueOf(code.substring(code.lastIndexOf('_') + 1))));
		for (int i = 0; i < 355; i++) {
			assertEquals(i + 1, numbers.get(i));
		}
	}

	@Test
	void codesAreExactStrings() {
		assertEquals("MAILIZ", list.label("MAI_15"));
		assertEquals("CH REGIONAL D'ORLEANS", list.label("CH _20"));
		assertEquals("H.G.M.S DE PLAISIR GRIGNON", list.label("H.G_48"));
		assertEquals("C.L.C.C AUVERGNE JEAN PERRIN", list.label("C.L_71"));
		assertEquals("CL BEAU SOLEIL", list.label("CL _253"));
		assertEquals("GH DIACONESSES - CROIX ST SIMON", list.label("GH _290"));
		assertEquals("HÔPITAL FOCH", list.label("HÔP_302"));
		assertEquals("KI-LAB", list.label("KI-_334"));
		assertEquals("LA CHENAIE", list.label("LA _335"));
		assertEquals("DEDALUS HEALTHCARE FRANCE (ex AGFA HEALTHCARE FRANCE)", list.label("DED_271"));
		assertEquals("SOINS SERVICE", list.label("SOI_355"));
	}

	@Test
	void ocrDamagedSpellingsOfSeed004AreNotCodes() {
		for (String damaged : List.of("CH 20", "CH_20", "cL71", "CR_72", "K- 334", "CH_41", "HOP_302", "mai_15", "MAI_15 ")) {
			assertFalse(list.contains(damaged), damaged);
			assertNull(list.label(damaged));
		}
		assertTrue(list.contains("CH _41"));
		assertFalse(list.contains(null));
	}
}
