package fr.segurstudio.json.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

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

/** Export must match the hand-written golden files byte for byte; import → export must give them back. */
class ExportGoldenTest {

	private final SeedExamples examples = new SeedExamples(Services.get(CouloirRegistry.class));
	private final AspJsonWriter writer = new AspJsonWriter();
	private final AspImporter importer = Services.get(AspImporter.class);

	@ParameterizedTest
	@EnumSource(Golden.class)
	void exportOfTheSeedExampleIsTheGoldenFile(Golden golden) {
		Dossier dossier = golden.example(examples);
		String exported = new String(writer.toBytes(dossier, AspJsonWriter.DEPOSIT), StandardCharsets.UTF_8);
		assertEquals(golden.text(), exported);
	}

	@ParameterizedTest
	@EnumSource(Golden.class)
	void importThenExportGivesTheSameBytes(Golden golden) {
		ImportResult result = importer.read(golden.bytes(), golden.fileName(), null);
		assertEquals(List.of(), result.issues(), "a golden file imports without any remark");
		assertEquals(golden.name().replace("_LIBERAL", "").replace("_STRUCTURE", "").replace('_', '-'), result.couloir().id());
		assertEquals(golden.text(), new String(writer.toBytes(result.dossier(), AspJsonWriter.DEPOSIT), StandardCharsets.UTF_8));
		assertEquals(golden.text(), new String(writer.toBytes(result.dossier(), AspJsonWriter.FAITHFUL), StandardCharsets.UTF_8));
	}

	@ParameterizedTest
	@EnumSource(Golden.class)
	void importGivesTheSeedExampleModel(Golden golden) {
		Dossier imported = importer.read(golden.bytes(), golden.fileName(), null).dossier();
		Dossier expected = golden.example(examples);
		// numLigne is read from the file; the examples, built in the application, have none yet
		imported.getDemandes().forEach(d -> d.setNumLigne(null));
		// what the application keeps for itself is not in the JSON
		expected.getNumerosEditeurUtilises().clear();
		expected.getDemandes().forEach(d -> d.setStatut(imported.getDemandes().get(0).getStatut()));
		assertTrue(org.eclipse.emf.ecore.util.EcoreUtil.equals(expected, imported), golden.fileName());
	}
}
