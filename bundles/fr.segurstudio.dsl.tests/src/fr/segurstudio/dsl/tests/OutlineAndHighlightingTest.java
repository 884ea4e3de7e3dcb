package fr.segurstudio.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.Test;

import fr.segurstudio.dsl.ide.highlighting.SegurHighlighting;
import fr.segurstudio.dsl.ide.outline.SegurOutline;
import fr.segurstudio.testing.Golden;

/** The outline (dossier → requests → blocks) and the meaning of each word for coloring. */
class OutlineAndHighlightingTest {

	@Test
	void theOutlineIsDossierRequestsBlocks() {
		String text = Golden.RAD_RIS.segurText();
		SegurOutline.Node root = new SegurOutline().outline(Texts.parse(text).resource());
		assertEquals("RAD-RIS · ANS ANS0000001", root.label());
		assertEquals(1, root.children().size());
		SegurOutline.Node demande = root.children().get(0);
		assertEquals("demande 00001", demande.label());
		assertEquals(List.of("commande", "beneficiaires", "piecesJustificatives RAD-RIS-Va1-BDC-00001.pdf", "scenarioInstallation"),
				demande.children().stream().map(SegurOutline.Node::label).toList());
		SegurOutline.Node beneficiaires = demande.children().get(1);
		assertEquals(List.of("EtablissementsClients 888888880", "radLiberauxClients 12345678901", "radLiberauxClients 12345678902"),
				beneficiaires.children().stream().map(SegurOutline.Node::label).toList());
		assertTrue(text.substring(demande.offset(), demande.offset() + demande.length()).startsWith("demande \"00001\" {"));
		assertTrue(text.substring(demande.offset(), demande.offset() + demande.length()).endsWith("}"));
	}

	@Test
	void anUnfinishedTextStillHasAnOutline() {
		String text = Golden.BIO_SGL.segurText();
		SegurOutline.Node root = new SegurOutline().outline(Texts.parse(text.substring(0, text.indexOf("piecesJustificatives"))).resource());
		assertEquals("demande 00001", root.children().get(0).label());
	}

	@Test
	void eachWordHasItsMeaning() {
		String text = Golden.BIO_SGL.segurText();
		ISemanticHighlightingCalculator calculator = Texts.service().injector().getInstance(ISemanticHighlightingCalculator.class);
		List<String> marks = new ArrayList<>();
		calculator.provideHighlightingFor(Texts.parse(text).resource(),
				(offset, length, styles) -> marks.add(text.substring(offset, offset + length) + "=" + String.join(",", styles)),
				CancelIndicator.NullImpl);
		assertTrue(marks.containsAll(List.of("BIO=" + SegurHighlighting.COULOIR, "SGL=" + SegurHighlighting.COULOIR,
				"\"00001\"=" + SegurHighlighting.DEMANDE, "dateCommande=" + SegurHighlighting.CHAMP, "14/03/2022=" + SegurHighlighting.DATE,
				"27450.00=" + SegurHighlighting.NOMBRE, "MAI_15=" + SegurHighlighting.CODE, "TTC=" + SegurHighlighting.CODE)), marks::toString);
		assertEquals(0, marks.stream().filter(m -> m.startsWith("\"DURAND\"")).count(), "a text value keeps the lexical color");
	}
}
