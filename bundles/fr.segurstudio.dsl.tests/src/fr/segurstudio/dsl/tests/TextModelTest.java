package fr.segurstudio.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import fr.segurstudio.json.AspImporter;
import fr.segurstudio.json.AspJsonWriter;
import fr.segurstudio.json.ImportResult;
import fr.segurstudio.model.core.Dossier;
import fr.segurstudio.model.couloir.CouloirRegistry;
import fr.segurstudio.testing.Golden;
import fr.segurstudio.testing.SeedExamples;
import fr.segurstudio.testing.Services;

/** The text is the dossier's native file: it gives the same model as the forms and the JSON files. */
class TextModelTest {

	private final SeedExamples examples = new SeedExamples(Services.get(CouloirRegistry.class));

	@ParameterizedTest
	@EnumSource(Golden.class)
	void theSeedsExamplesWrittenAsTextGiveTheExpectedModel(Golden golden) {
		Dossier parsed = Texts.dossier(golden.segurText());
		Dossier expected = golden.example(examples);
		expected.getNumerosEditeurUtilises().clear(); // numbers carried by requests are not repeated in the text
		assertTrue(EcoreUtil.equals(expected, parsed), golden.segurFileName());
		assertEquals(List.of(), Texts.validate(golden.segurText()).stream().filter(i -> !i.getCode().endsWith(".cle")).toList(),
				"only check-digit warnings");
	}

	@ParameterizedTest
	@EnumSource(Golden.class)
	void jsonToTextToJsonGivesTheSameContent(Golden golden) {
		ImportResult imported = Services.get(AspImporter.class).read(golden.bytes(), golden.fileName(), null);
		String text = Texts.service().write(imported.dossier());
		assertEquals(golden.segurText(), text, "written in the canonical layout");
		byte[] back = new AspJsonWriter().toBytes(Texts.dossier(text), AspJsonWriter.FAITHFUL);
		assertEquals(golden.text(), new String(back, StandardCharsets.UTF_8));
	}

	@ParameterizedTest
	@EnumSource(Golden.class)
	void textToModelToTextIsStableAfterFormatting(Golden golden) {
		String written = Texts.service().write(Texts.dossier(golden.segurText()));
		assertEquals(written, Texts.service().format(written, "x.segur"));
		assertEquals(golden.segurText(), Texts.service().format(golden.segurText(), "x.segur"), "the hand-written files are canonical");
	}
}
