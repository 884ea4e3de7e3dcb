package fr.segurstudio.editing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import fr.segurstudio.dsl.DossierTexts;
import fr.segurstudio.json.AspImporter;
import fr.segurstudio.json.deposit.AtomicFiles;
import fr.segurstudio.model.core.Dossier;
import fr.segurstudio.model.couloir.Couloir;
import fr.segurstudio.model.couloir.CouloirRegistry;
import fr.segurstudio.validation.DossierValidator;

/**
 * Opens dossiers for editing (an OSGi service): one {@link DossierSession} per file, each with its own
 * editing domain and command stack. Headless: editors, wizards and tests use the same sessions.
 */
@Component(service = DossierSessions.class)
public final class DossierSessions {

	@Reference
	private DossierTexts texts;
	@Reference
	private AspImporter importer;
	@Reference
	private DossierValidator validator;
	@Reference
	private CouloirRegistry registry;

	public DossierSessions() {
	}

	/** Outside DS (tests, tools). */
	public DossierSessions(DossierTexts texts, AspImporter importer, DossierValidator validator, CouloirRegistry registry) {
		this.texts = texts;
		this.importer = importer;
		this.validator = validator;
		this.registry = registry;
	}

	/**
	 * A session on a .segur or ASP JSON file.
	 *
	 * @throws IOException when the file cannot be read at all (a text with errors still opens)
	 */
	public DossierSession open(Path file) throws IOException {
		DossierFormat format = DossierFormat.of(file);
		if (format == null) {
			throw new IOException(file.getFileName() + " : ni un dossier .segur, ni un fichier JSON");
		}
		return new DossierSession(this, file, format);
	}

	/**
	 * Writes a new, empty dossier of a couloir as a .segur text and returns its path (the new dossier
	 * wizard). Never replaces an existing file.
	 */
	public Path create(Path file, Couloir couloir, String numeroAns, String siret) throws IOException {
		if (Files.exists(file)) {
			throw new IOException(file + " existe déjà");
		}
		Dossier dossier = couloir.newDossier();
		dossier.setNumeroAns(numeroAns);
		dossier.setSIRET(siret);
		AtomicFiles.write(file, texts.write(dossier).getBytes(java.nio.charset.StandardCharsets.UTF_8));
		return file;
	}

	public DossierTexts texts() {
		return texts;
	}

	public AspImporter importer() {
		return importer;
	}

	public DossierValidator validator() {
		return validator;
	}

	public CouloirRegistry registry() {
		return registry;
	}
}
