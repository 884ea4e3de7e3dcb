package fr.segurstudio.workspace.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import fr.segurstudio.dsl.DossierTexts;
import fr.segurstudio.json.AspImporter;
import fr.segurstudio.json.ImportResult;
import fr.segurstudio.json.tree.JsonValue.JsonObject;
import fr.segurstudio.model.core.Demande;
import fr.segurstudio.model.core.StatutDemande;
import fr.segurstudio.model.couloir.CouloirRegistry;
import fr.segurstudio.model.issue.Issue;
import fr.segurstudio.model.issue.SourceLocation;
import fr.segurstudio.validation.DossierValidator;
import fr.segurstudio.validation.ProfilsDeclares;
import fr.segurstudio.validation.ValidationContext;
import fr.segurstudio.validation.json.FileReport;
import fr.segurstudio.validation.json.FileValidator;
import fr.segurstudio.validation.json.Mode;
import fr.segurstudio.workspace.DossierSummary;

/**
 * One file checked as {@code segur validate FILE} checks it (same reader, same validator, mode ALL): its
 * issues, placed at their line, and its summary. A .json file that is not an ASP file (package.json,
 * a deposit manifest) is not a dossier: {@link #check} gives null for it.
 */
public final class FileCheck {

	/** The issues of a file (file-level and per request, paths relative to the request) and its summary. */
	public record Result(List<Issue> issues, DossierSummary summary) {
	}

	private final AspImporter importer;
	private final DossierTexts texts;
	private final DossierValidator validator;
	private final CouloirRegistry couloirs;

	public FileCheck(AspImporter importer, DossierTexts texts, DossierValidator validator, CouloirRegistry couloirs) {
		this.importer = importer;
		this.texts = texts;
		this.validator = validator;
		this.couloirs = couloirs;
	}

	public static boolean isCandidate(String fileName) {
		String name = fileName.toLowerCase(Locale.ROOT);
		return name.endsWith("." + DossierTexts.FILE_EXTENSION) || name.endsWith(".json");
	}

	/** @return null when the file is not a dossier (a JSON file that is no ASP file) */
	public Result check(Path file, ProfilsDeclares profils) throws IOException {
		String name = file.getFileName().toString();
		boolean text = name.toLowerCase(Locale.ROOT).endsWith("." + DossierTexts.FILE_EXTENSION);
		ImportResult imported;
		if (text) {
			imported = texts.read(file);
		} else {
			byte[] bytes = Files.readAllBytes(file);
			imported = importer.read(bytes, name, null);
			if (!isAspFile(imported, bytes)) {
				return null;
			}
		}
		ValidationContext context = new ValidationContext(imported.dossier() == null ? List.of() : List.of(imported.dossier()), profils,
				d -> file.toAbsolutePath().getParent(), false);
		FileReport report = new FileValidator(validator, couloirs).validate(imported, Mode.ALL, context);
		List<Issue> issues = new ArrayList<>(report.errors());
		Map<StatutDemande, Integer> byStatus = new EnumMap<>(StatutDemande.class);
		for (FileReport.RequestReport request : report.requests()) {
			issues.addAll(request.issues());
			Demande demande = request.demande();
			if (demande != null && demande.getStatut() != null) {
				byStatus.merge(demande.getStatut(), 1, Integer::sum);
			}
		}
		if (report.dossier() == null && issues.isEmpty()) {
			issues.add(Issue.error("fichier.illisible", "fichier illisible", SourceLocation.UNKNOWN));
		}
		int errors = (int) issues.stream().filter(Issue::isError).count();
		String numeroAns = report.dossier() == null ? null : report.dossier().getNumeroAns();
		return new Result(List.copyOf(issues),
				new DossierSummary(report.couloir(), numeroAns, report.requests().size(), errors, issues.size() - errors, byStatus));
	}

	/**
	 * An ASP file has {@code numeroAns} or {@code lignesImport} at its top; an unreadable one (truncated,
	 * not UTF-8) still counts when those words are in it, so that the user sees why it cannot be read.
	 */
	private static boolean isAspFile(ImportResult imported, byte[] bytes) {
		if (imported.tree() instanceof JsonObject root) {
			return root.member("lignesImport") != null || root.member("numeroAns") != null;
		}
		if (imported.tree() != null) {
			return false;
		}
		String content = new String(bytes, 0, Math.min(bytes.length, 64 * 1024), StandardCharsets.ISO_8859_1);
		return content.contains("\"lignesImport\"") || content.contains("\"numeroAns\"");
	}
}
