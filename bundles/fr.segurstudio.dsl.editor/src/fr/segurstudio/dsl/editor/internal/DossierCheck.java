package fr.segurstudio.dsl.editor.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

import fr.segurstudio.dsl.DossierTexts;
import fr.segurstudio.dsl.ide.outline.SegurOutline;
import fr.segurstudio.json.ImportResult;
import fr.segurstudio.model.couloir.CouloirRegistry;
import fr.segurstudio.ui.Services;
import fr.segurstudio.model.issue.Issue;
import fr.segurstudio.validation.DossierValidator;
import fr.segurstudio.validation.ProfilsDeclares;
import fr.segurstudio.validation.ValidationContext;
import fr.segurstudio.validation.json.FileReport;
import fr.segurstudio.validation.json.FileValidator;
import fr.segurstudio.validation.json.Mode;
import fr.segurstudio.workspace.ProfilesFile;

/**
 * One text checked as the workspace validation checks a file on disk ({@code segur validate FILE}: the
 * language's reader, then the validator's file and request controls, mode ALL), plus what the editor shows
 * of it (outline, semantic highlighting). No parser or rule of its own: the services of
 * {@code fr.segurstudio.dsl.ide} and {@code fr.segurstudio.validation}. Thread-safe; called off the UI thread.
 */
public final class DossierCheck {

	private final DossierTexts texts;
	private final DossierValidator validator;
	private final CouloirRegistry couloirs;
	private final SegurOutline outline;
	private final ISemanticHighlightingCalculator highlighting;

	public DossierCheck(DossierTexts texts, DossierValidator validator, CouloirRegistry couloirs) {
		this.texts = texts;
		this.validator = validator;
		this.couloirs = couloirs;
		this.outline = texts.injector().getInstance(SegurOutline.class);
		this.highlighting = texts.injector().getInstance(ISemanticHighlightingCalculator.class);
	}

	/** The services of the workbench. */
	public static DossierCheck fromServices() {
		return new DossierCheck(service(DossierTexts.class), service(DossierValidator.class), service(CouloirRegistry.class));
	}

	private static <T> T service(Class<T> type) {
		T service = Services.get(type);
		if (service == null) {
			throw new IllegalStateException("service OSGi absent : " + type.getName());
		}
		return service;
	}

	public DossierTexts texts() {
		return texts;
	}

	/**
	 * @param fileName  the file's absolute path (or a bare name) for the messages and the parsed resource
	 * @param directory where the dossier's attached files are looked for, or null
	 */
	public Reconciled check(String text, long stamp, String fileName, Path directory) {
		return check(null, text, stamp, fileName, directory);
	}

	/**
	 * The same, parsing {@code text} in place of the previous check's parse {@code consumed} (only the part
	 * around the edit is parsed again: {@link DossierTexts#reparse}); {@code consumed} must not be used after.
	 */
	public Reconciled check(DossierTexts.Parsed consumed, String text, long stamp, String fileName, Path directory) {
		long start = System.nanoTime();
		DossierTexts.Parsed parsed = texts.reparse(consumed, text, fileName);
		long parsedAt = System.nanoTime();
		List<Issue> issues = issues(parsed, fileName, directory);
		long checkedAt = System.nanoTime();
		XtextResource resource = parsed.resource();
		List<Reconciled.Highlight> highlights = new ArrayList<>();
		highlighting.provideHighlightingFor(resource, (offset, length, styles) -> {
			if (styles.length > 0) {
				highlights.add(new Reconciled.Highlight(offset, length, styles[0]));
			}
		}, CancelIndicator.NullImpl);
		highlights.sort(Comparator.comparingInt(Reconciled.Highlight::offset));
		SegurOutline.Node tree = outline.outline(resource);
		boolean failed = parsed.built() == null || resource.getParseResult() == null || resource.getParseResult().hasSyntaxErrors();
		Reconciled.Timings timings = new Reconciled.Timings(parsed.resource() == (consumed == null ? null : consumed.resource()), parsedAt - start,
				checkedAt - parsedAt, System.nanoTime() - checkedAt);
		return new Reconciled(text, stamp, parsed, issues, tree, List.copyOf(highlights), failed, timings);
	}

	/** The issues of a parsed text, as the workspace validation gives them for the file on disk. */
	public List<Issue> issues(DossierTexts.Parsed parsed, String fileName, Path directory) {
		ImportResult imported = texts.read(parsed, fileName);
		ProfilsDeclares profils = ProfilesFile.declared();
		ValidationContext context = new ValidationContext(imported.dossier() == null ? List.of() : List.of(imported.dossier()), profils,
				directory == null ? null : d -> directory, false);
		FileReport report = new FileValidator(validator, couloirs).validate(imported, Mode.ALL, context);
		List<Issue> issues = new ArrayList<>(report.errors());
		for (FileReport.RequestReport request : report.requests()) {
			issues.addAll(request.issues());
		}
		return List.copyOf(issues);
	}
}
