package fr.segurstudio.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.eclipse.xtext.resource.XtextResource;
import org.junit.jupiter.api.Test;

import fr.segurstudio.dsl.ide.outline.RequestScan;
import fr.segurstudio.dsl.ide.outline.SegurOutline;
import fr.segurstudio.dsl.segurDsl.DemandeText;
import fr.segurstudio.dsl.segurDsl.DossierText;
import fr.segurstudio.testing.Golden;

/**
 * One syntax error does not hide the rest of a dossier: a 20-request text broken in request 00013 in each of the ways
 * a user breaks one (a brace missing or doubled, stray characters, a value or a key gone, the header's number or brace
 * damaged, the text cut) still outlines every request, each at its {@code demande "NNNNN" {} header, the following
 * ones whole; where the parse kept a request, its blocks stay.
 */
class RequestScanTest {

	private static final int REQUESTS = 20;

	/** The golden dossiers' requests, repeated as 00001 to 00020. */
	private static String dossier(Golden golden) {
		String text = golden.segurText();
		SegurOutline.Node request = new SegurOutline().outline(Texts.parse(text).resource()).children().get(0);
		String block = text.substring(request.offset(), request.offset() + request.length());
		String number = request.label().substring("demande ".length());
		StringBuilder all = new StringBuilder(text.substring(0, request.offset()));
		for (int i = 1; i <= REQUESTS; i++) {
			all.append(block.replace("\"" + number + "\"", "\"" + String.format("%05d", i) + "\"")).append("\n\t");
		}
		return all.append(text.substring(request.offset() + request.length())).toString();
	}

	/** Breaks request 00013: the edit is given the request's text. */
	private record Break(String what, UnaryOperator<String> edit, boolean cut) {
	}

	private static final List<Break> BREAKS = List.of(
			new Break("its closing brace missing", r -> r.substring(0, r.lastIndexOf('}')), false),
			new Break("a closing brace too many", r -> r.replaceFirst("\\{", "{ }"), false),
			new Break("stray characters", r -> r.replaceFirst("\\{", "{ @@ ]] ,"), false),
			new Break("a value gone", r -> r.replaceFirst("(dateCommande|numeroFINESSJuridique|RPPS)\\s+\\S+", "$1"), false),
			new Break("a key gone", r -> r.replaceFirst("\n(\\s*)[A-Za-z]+(\\s+\")", "\n$1$2"), false),
			new Break("an opening brace missing in a block", r -> r.replaceFirst("(commande|beneficiaires)\\s*\\{", "$1"), false),
			new Break("an unknown word", r -> r.replaceFirst("\\{", "{ ???? "), false),
			new Break("a list never closed", r -> r.replaceFirst("\\{", "{ numeroFINESSGeos [ \"1\", "), false),
			new Break("the text cut inside it", r -> r.substring(0, r.length() / 2), true));

	@Test
	void aSyntaxErrorInOneRequestHidesNoOther() {
		int lostByTheParse = 0;
		for (Golden golden : Golden.all()) {
			String whole = dossier(golden);
			SegurOutline.Node intact = new SegurOutline().outline(Texts.parse(whole).resource());
			assertEquals(expected(REQUESTS), labels(intact), golden + " intact");
			int start = whole.indexOf("demande \"00013\"");
			int end = whole.indexOf("demande \"00014\"");
			String request = whole.substring(start, end);
			for (Break broken : BREAKS) {
				String text = whole.substring(0, start) + broken.edit().apply(request) + (broken.cut() ? "" : whole.substring(end));
				String where = golden + ", request 00013 with " + broken.what();
				XtextResource resource = Texts.parse(text).resource();
				assertTrue(resource.getParseResult().hasSyntaxErrors(), where + ": a syntax error");
				if (resource.getContents().isEmpty()
						|| ((DossierText) resource.getContents().get(0)).getMembers().stream().filter(DemandeText.class::isInstance).count() < 20) {
					lostByTheParse++;
				}
				SegurOutline.Node root = new SegurOutline().outline(Texts.parse(text).resource());
				assertEquals(expected(broken.cut() ? 13 : REQUESTS), labels(root), where);
				for (SegurOutline.Node node : root.children()) {
					String number = node.label().substring("demande ".length());
					String range = text.substring(node.offset(), node.offset() + node.length());
					assertTrue(range.startsWith("demande \"" + number + "\" {"), where + ": " + number + " starts at its header");
					if (Integer.parseInt(number) > 13 || Integer.parseInt(number) < 13) {
						assertTrue(range.endsWith("}"), where + ": " + number + " whole");
						assertFalse(range.substring(1).contains("demande \""), where + ": " + number + " alone");
					}
				}
				SegurOutline.Node before = root.children().get(0);
				assertFalse(before.children().isEmpty(), where + ": a request the parse kept keeps its blocks");
			}
		}
		assertTrue(lostByTheParse > BREAKS.size(), "the parse's recovery alone loses requests after the error: " + lostByTheParse);
	}

	@Test
	void theScanFindsHeadersOnlyWhereTheLanguageHasThem() {
		String text = """
				dossier BIO-SGL {
					// demande "99999" { in a comment
					demande "00001" { nom "demande \\"00002\\" {" json `{"demande": "x"}` }
					/* demande "99998" { */
					demande { }
					demande "00003" { a { b { } }
					demande "00004" {
				""";
		List<RequestScan.Request> requests = RequestScan.scan(text);
		List<String> numbers = new ArrayList<>();
		requests.forEach(r -> numbers.add(String.valueOf(r.numeroEditeur())));
		assertEquals(List.of("00001", "null", "00003", "00004"), numbers);
		RequestScan.Request first = requests.get(0);
		assertTrue(text.substring(first.offset(), first.offset() + first.length()).endsWith("`{\"demande\": \"x\"}` }"));
		RequestScan.Request third = requests.get(2);
		assertEquals("demande \"00003\" { a { b { } }", text.substring(third.offset(), third.offset() + third.length()));
		assertEquals(List.of(), RequestScan.scan(""));
		assertEquals(List.of(), RequestScan.scan("\"unclosed demande \"1\" {"));
	}

	private static List<String> expected(int count) {
		List<String> labels = new ArrayList<>();
		for (int i = 1; i <= count; i++) {
			labels.add(String.format("demande %05d", i));
		}
		return labels;
	}

	private static List<String> labels(SegurOutline.Node root) {
		return root.children().stream().map(SegurOutline.Node::label).toList();
	}
}
