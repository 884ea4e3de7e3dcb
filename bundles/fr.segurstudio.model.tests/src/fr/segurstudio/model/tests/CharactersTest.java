package fr.segurstudio.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import fr.segurstudio.model.asp.Characters;
import fr.segurstudio.model.asp.FieldValues;

/** The one definition of space, invisible and blank: Unicode White_Space, and what prints nothing. */
class CharactersTest {

	/** Unicode White_Space (PropList.txt). */
	private static final int[] WHITE_SPACE = { 0x9, 0xa, 0xb, 0xc, 0xd, 0x20, 0x85, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005,
			0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000 };
	/** Controls, format characters (zero-width, bidirectional, BOM, soft hyphen), separators, fillers. */
	private static final int[] INVISIBLE = { 0x0, 0x1, 0x1b, 0x7f, 0x85, 0x9f, 0xad, 0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0x202a, 0x202e,
			0x2060, 0x2066, 0x2069, 0xfeff, 0x2028, 0x2029, 0x115f, 0x3164, 0xffa0, 0xe0001 };

	@Test
	void whiteSpaceIsSpace() {
		for (int c : WHITE_SPACE) {
			assertTrue(Characters.isSpace(c), Integer.toHexString(c));
			assertTrue(Characters.isBlank(new String(Character.toChars(c))), Integer.toHexString(c));
		}
		for (int c : List.of((int) 'a', (int) '0', (int) '-', 0xe9, 0x2019)) {
			assertFalse(Characters.isSpace(c), Integer.toHexString(c));
		}
	}

	@Test
	void whatPrintsNothingIsInvisible() {
		for (int c : INVISIBLE) {
			assertTrue(Characters.isInvisible(c), Integer.toHexString(c));
			String text = "AB" + new String(Character.toChars(c)) + "C";
			assertEquals(2, Characters.firstInvisible(text), Integer.toHexString(c));
			assertEquals("ABC", Characters.withoutInvisible(text));
		}
		for (int c : List.of((int) ' ', (int) 'a', 0xa0, 0x202f, 0xe9, 0x1f600)) {
			assertFalse(Characters.isInvisible(c), Integer.toHexString(c));
		}
	}

	@Test
	void blankIsSpacesAndInvisiblesOnly() {
		for (String blank : List.of("", " ", "   ", "\u00a0", "\u202f\u2007", "\u200b", "\ufeff", "\u0085", " \u00a0 \u200b\t")) {
			assertTrue(Characters.isBlank(blank), blank.codePoints().boxed().toList().toString());
			assertTrue(FieldValues.isBlank(blank), "the validator's blank is this one");
		}
		for (String value : List.of("a", " a ", "\u200bx", "0")) {
			assertFalse(Characters.isBlank(value), value);
		}
		assertEquals("ht", Characters.strip("\u00a0 ht\u200b\ufeff"));
		assertTrue(Characters.hasSpaceOrInvisible("a\u00a0b"));
		assertFalse(Characters.hasSpaceOrInvisible("m.durand@exemple.fr"));
		assertEquals("U+202E (forçage droite-à-gauche)", Characters.describe(0x202e));
		assertEquals("U+200B (espace de largeur nulle)", Characters.describe(0x200b));
	}
}
