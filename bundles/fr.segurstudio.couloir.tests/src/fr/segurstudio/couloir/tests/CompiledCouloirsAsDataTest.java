package fr.segurstudio.couloir.tests;

import static fr.segurstudio.couloir.tests.CouloirFolders.asData;
import static fr.segurstudio.couloir.tests.CouloirFolders.registry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import fr.segurstudio.json.AspJsonWriter;
import fr.segurstudio.json.ImportResult;
import fr.segurstudio.json.internal.AspImporterImpl;
import fr.segurstudio.model.couloir.CouloirOrigin;
import fr.segurstudio.model.couloir.CouloirRegistry;
import fr.segurstudio.testing.Golden;
import fr.segurstudio.testing.Services;
import fr.segurstudio.validation.ValidationContext;
import fr.segurstudio.validation.internal.DossierValidatorImpl;
import fr.segurstudio.validation.json.FileReport;
import fr.segurstudio.validation.json.FileValidator;
import fr.segurstudio.validation.json.Mode;
import fr.segurstudio.validation.json.ReportJson;

/**
 * The seeds' couloirs, written as couloir folders (each plug-in's .ecore, its plugin.xml declaration as couloir.xml,
 * its .view files) and loaded as dynamic EMF, behave as the compiled ones: every golden file, and every value of it
 * broken in turn, gives the same report of both controls and the same JSON back, byte for byte. What the seeds need
 * of EMF — enumerations (MDV's commandePour), lists of objects and of values, unsettable blocks (MDV's structure
 * {}), conditions through the container — is then proven in dynamic form.
 */
class CompiledCouloirsAsDataTest {

	@TempDir
	static Path temp;
	private static CouloirRegistry data;
	private static final CouloirRegistry PLUGINS = Services.get(CouloirRegistry.class);
	private static int cases;

	@BeforeAll
	static void dropTheSeedsCouloirs() {
		Path couloirs = temp.resolve("couloirs");
		for (String id : List.of("BIO-SGL", "RAD-RIS", "MDV-LGC")) {
			asData(id, couloirs);
		}
		data = registry(false, couloirs);
		assertEquals(List.of(), data.problems());
		assertEquals(List.of("BIO-SGL", "MDV-LGC", "RAD-RIS"), data.couloirs().stream().map(c -> c.id()).toList());
		data.couloirs().forEach(c -> assertSame(CouloirOrigin.Kind.FOLDER, c.origin().kind()));
	}

	@AfterAll
	static void say() {
		System.out.println(cases + " fichiers JSON contrôlés par les couloirs compilés et par les mêmes en données");
	}

	/** Each golden file, then each of its values broken (a text emptied, a number quoted, a boolean in words...). */
	static Stream<String[]> inputs() {
		List<String[]> inputs = new ArrayList<>();
		Pattern value = Pattern.compile(": (\"(?:[^\"\\\\]|\\\\.)*\"|-?\\d+(?:\\.\\d+)?|true|false|null)");
		for (Golden golden : Golden.all()) {
			String text = golden.text();
			inputs.add(new String[] { golden.fileName(), text });
			Matcher matcher = value.matcher(text);
			int n = 0;
			while (matcher.find()) {
				String found = matcher.group(1);
				String broken = found.startsWith("\"") ? (found.length() > 2 ? "\"" + found.substring(1, found.length() - 1).toLowerCase() + "x\"" : "\"x\"")
						: found.equals("null") ? "\"\"" : "\"" + found + "\"";
				inputs.add(new String[] { golden.fileName() + " #" + ++n + " " + found + " → " + broken,
						text.substring(0, matcher.start(1)) + broken + text.substring(matcher.end(1)) });
			}
		}
		return inputs.stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("inputs")
	void sameReportAndSameJsonBack(String name, String json) {
		cases++;
		assertEquals(outcome(json, PLUGINS), outcome(json, data), name);
	}

	/** The JSON report of both controls, and the file written back from the model as read. */
	private static String outcome(String json, CouloirRegistry registry) {
		ImportResult imported = new AspImporterImpl(registry).read(json.getBytes(StandardCharsets.UTF_8), "golden.json", null);
		FileReport report = new FileValidator(new DossierValidatorImpl(registry), registry).validate(imported, Mode.ALL, ValidationContext.ALONE);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ReportJson.write(List.of(report), out);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		String back = imported.dossier() == null ? "" : new String(new AspJsonWriter().toBytes(imported.dossier(), AspJsonWriter.FAITHFUL),
				StandardCharsets.UTF_8);
		assertTrue(imported.couloir() == null || imported.couloir() == registry.couloir(imported.couloir().id()).orElseThrow());
		return out.toString(StandardCharsets.UTF_8) + "\n" + back;
	}
}
