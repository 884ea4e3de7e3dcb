package fr.segurstudio.json;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads ASP JSON files of any declared couloir into the model (an OSGi service). The couloir is
 * detected from the keys, or given. Nothing is silently dropped: unknown keys, spelling variants and
 * type mismatches are reported with their JSON path, line and column.
 */
public interface AspImporter {

	/**
	 * @param couloirId {@code BIO-SGL}..., or null to detect it
	 * @throws IOException when the file cannot be read (not for bad content, which is reported)
	 */
	ImportResult read(Path file, String couloirId) throws IOException;

	/** The same from bytes; {@code fileName} names the source in messages. */
	ImportResult read(byte[] content, String fileName, String couloirId);
}
