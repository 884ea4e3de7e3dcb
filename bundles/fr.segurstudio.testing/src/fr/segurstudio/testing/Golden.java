package fr.segurstudio.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

import org.osgi.framework.FrameworkUtil;

import fr.segurstudio.model.core.Dossier;

/**
 * The golden files ({@code golden/}), written by hand from the seeds' tables (§3.2) and examples (§3.1),
 * one per couloir and for MDV both LIBERAL and STRUCTURE, as ASP JSON and as .segur text; never
 * produced by the exporter or the text writer.
 */
public enum Golden {

	BIO_SGL("bio-sgl-durand.json", SeedExamples::bioDurand),
	RAD_RIS("rad-ris-radio2000.json", SeedExamples::radRadio2000),
	MDV_LGC_LIBERAL("mdv-lgc-liberal.json", SeedExamples::mdvCabinet),
	MDV_LGC_STRUCTURE("mdv-lgc-structure.json", SeedExamples::mdvCentreDeSante);

	private final String fileName;
	private final Function<SeedExamples, Dossier> example;

	Golden(String fileName, Function<SeedExamples, Dossier> example) {
		this.fileName = fileName;
		this.example = example;
	}

	public String fileName() {
		return fileName;
	}

	/** The seed example this file was written from, built as a dossier. */
	public Dossier example(SeedExamples examples) {
		return example.apply(examples);
	}

	public byte[] bytes() {
		return read("golden/" + fileName);
	}

	public String text() {
		return new String(bytes(), StandardCharsets.UTF_8);
	}

	/** The same example written by hand as a .segur text, in the canonical layout. */
	public String segurFileName() {
		return fileName.replace(".json", ".segur");
	}

	public String segurText() {
		return new String(read("golden/" + segurFileName()), StandardCharsets.UTF_8);
	}

	public static List<Golden> all() {
		return List.of(values());
	}

	/** A resource of this bundle. */
	public static byte[] read(String path) {
		URL url = FrameworkUtil.getBundle(Golden.class).getEntry(path);
		if (url == null) {
			throw new IllegalArgumentException("no resource " + path + " in fr.segurstudio.testing");
		}
		try (InputStream in = url.openStream()) {
			return in.readAllBytes();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
