package fr.segurstudio.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.Test;

import fr.segurstudio.dsl.DossierTexts;
import fr.segurstudio.dsl.ide.outline.SegurOutline;
import fr.segurstudio.json.ImportResult;
import fr.segurstudio.testing.Golden;

/**
 * {@link DossierTexts#reparse}: after any chain of edits, the text parsed again in place (the editor's way)
 * gives exactly what a whole parse of the same text gives — syntax errors, the model, the problems with
 * their lines and columns, the outline, the semantic colours. The chains mix the edits of typing (a letter
 * in a value, a digit), cuts and insertions that break the syntax, and their undoing.
 */
class IncrementalParseTest {

	private static final String[] INSERTIONS = { "{", "}", "[", "]", ",", "\"", "//", "null", "demande", "-", "é", "\n", "0", "x",
			"14/13/2022", "commande {", "=", "  ", "/*", "*/" };

	private final DossierTexts texts = Texts.service();
	private final SegurOutline outline = texts.injector().getInstance(SegurOutline.class);
	private final ISemanticHighlightingCalculator highlighting = texts.injector().getInstance(ISemanticHighlightingCalculator.class);

	@Test
	void chainsOfEditsParsedInPlaceGiveWhatAWholeParseGives() {
		Random random = new Random(Long.getLong("segur.fuzz.seed", 20261203L));
		int steps = Math.max(200, Integer.getInteger("segur.fuzz.cases", 2000) / 5);
		int reused = 0;
		int clean = 0;
		for (Golden golden : Golden.all()) {
			String original = golden.segurText();
			String text = original;
			DossierTexts.Parsed incremental = texts.parse(text, "edit.segur");
			for (int step = 0; step < steps / Golden.all().size(); step++) {
				String next = edit(text, original, random);
				DossierTexts.Parsed before = incremental;
				incremental = texts.reparse(incremental, next, "edit.segur");
				boolean inPlace = incremental.resource() == before.resource();
				reused += inPlace ? 1 : 0;
				DossierTexts.Parsed whole = texts.parse(next, "edit.segur");
				boolean bothClean = !before.resource().getParseResult().hasSyntaxErrors() && !whole.resource().getParseResult().hasSyntaxErrors();
				clean += bothClean && !next.equals(text) ? 1 : 0;
				assertSameAs(whole, incremental, next, golden + " step " + step + (inPlace ? " (in place" : " (parsed whole")
						+ (next.equals(text) ? ", same text)" : ")"));
				text = next;
			}
		}
		assertTrue(clean > steps / 4, "the chains do keep texts valid: " + clean + " of " + steps);
		assertTrue(reused >= clean * 9 / 10, "an edit between valid texts is parsed in place: " + reused + " of " + clean);
	}

	@Test
	void anUnchangedTextKeepsItsParseAndAnotherFileIsParsedWhole() {
		String text = Golden.BIO_SGL.segurText();
		DossierTexts.Parsed parsed = texts.parse(text, "a.segur");
		assertSame(parsed.resource(), texts.reparse(parsed, text, "a.segur").resource());
		assertNotSame(parsed.resource(), texts.reparse(parsed, text, "b.segur").resource(), "another name: messages name the new file");
		assertEquals(text, texts.reparse(null, text, "a.segur").resource().getParseResult().getRootNode().getText());
	}

	@Test
	void aTextTooDeepAfterTheEditIsParsedWholeAndSaysWhere() {
		String text = Golden.BIO_SGL.segurText();
		DossierTexts.Parsed parsed = texts.parse(text, "a.segur");
		int at = text.indexOf("beneficiaires {") + "beneficiaires {".length();
		String deep = text.substring(0, at) + "x {".repeat(70) + "}".repeat(70) + text.substring(at);
		DossierTexts.Parsed reparsed = texts.reparse(parsed, deep, "a.segur");
		assertEquals(describe(texts.read(texts.parse(deep, "a.segur"), "a.segur")), describe(texts.read(reparsed, "a.segur")));
	}

	private void assertSameAs(DossierTexts.Parsed whole, DossierTexts.Parsed inPlace, String text, String where) {
		assertEquals(text, inPlace.resource().getParseResult().getRootNode().getText(), where);
		assertEquals(errors(whole), errors(inPlace), where + ": syntax errors");
		assertEquals(whole.built() == null, inPlace.built() == null, where + ": a model");
		if (whole.built() != null) {
			assertTrue(EcoreUtil.equals(whole.built().dossier(), inPlace.built().dossier()), where + ": the same model");
		}
		assertEquals(describe(texts.read(whole, "edit.segur")), describe(texts.read(inPlace, "edit.segur")), where + ": problems");
		assertEquals(outline.outline(whole.resource()), outline.outline(inPlace.resource()), where + ": outline");
		assertEquals(colours(whole), colours(inPlace), where + ": semantic colours");
	}

	private static String errors(DossierTexts.Parsed parsed) {
		return parsed.resource().getErrors().stream().map(d -> d.getLine() + ":" + d.getColumn() + " " + d.getMessage()).collect(Collectors.joining("\n"));
	}

	private static String describe(ImportResult read) {
		return read.issues().stream()
				.map(i -> i.code() + " " + (i.location() == null ? "?" : i.location().line() + ":" + i.location().column()) + " " + i.message())
				.collect(Collectors.joining("\n"));
	}

	private List<String> colours(DossierTexts.Parsed parsed) {
		List<String> result = new ArrayList<>();
		highlighting.provideHighlightingFor(parsed.resource(), (offset, length, styles) -> result.add(offset + "+" + length + " " + String.join(",", styles)),
				CancelIndicator.NullImpl);
		result.sort(null);
		return result;
	}

	/** One edit as typing makes them, or a cut, an insertion, or going back to the original text. */
	private static String edit(String text, String original, Random random) {
		if (text.isEmpty() || random.nextInt(5) == 0) {
			return original;
		}
		int at = random.nextInt(text.length());
		return switch (random.nextInt(8)) {
		case 0, 1, 2, 3 -> { // a letter or digit typed over one inside a word, as most keystrokes are
			int letter = letterNear(text, at);
			char c = text.charAt(letter);
			char typed = Character.isDigit(c) ? (char) ('0' + random.nextInt(10)) : Character.isLetter(c) ? (char) ('a' + random.nextInt(26)) : c;
			yield text.substring(0, letter) + typed + text.substring(letter + 1);
		}
		case 4 -> text.substring(0, at) + (char) ('a' + random.nextInt(26)) + text.substring(at);
		case 5 -> text.substring(0, at) + text.substring(Math.min(text.length(), at + 1 + random.nextInt(30)));
		default -> text.substring(0, at) + INSERTIONS[random.nextInt(INSERTIONS.length)] + text.substring(at);
		};
	}

	private static int letterNear(String text, int at) {
		for (int i = at; i < text.length(); i++) {
			if (Character.isLetterOrDigit(text.charAt(i))) {
				return i;
			}
		}
		return at;
	}
}
