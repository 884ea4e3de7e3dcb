package fr.segurstudio.cli;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

import fr.segurstudio.dsl.DossierTexts;
import fr.segurstudio.json.ImportResult;
import fr.segurstudio.model.core.Dossier;
import fr.segurstudio.model.couloir.CouloirRegistry;
import fr.segurstudio.model.issue.Issue;
import fr.segurstudio.model.issue.SourceLocation;
import fr.segurstudio.model.issue.SourceLocator;
import fr.segurstudio.validation.DossierValidator;
import fr.segurstudio.validation.ProfilsDeclares;
import fr.segurstudio.validation.ValidationContext;
import fr.segurstudio.validation.json.FileReport;
import fr.segurstudio.validation.json.FileValidator;
import fr.segurstudio.validation.json.Mode;

/**
 * The dossiers an import wrote, validated as {@code segur validate} validates them, the folder's other
 * dossiers as the user's. The models just built are checked, all in one context (numbers and sites met
 * across them and the folder's dossiers, indexed once), and the text of a dossier is read back only when its
 * report has something to place at a line and column: a clean import of 500 dossiers reads none back.
 */
final class ImportValidation {

	private final CliContext context;
	private final List<Dossier> existing;

	ImportValidation(CliContext context, List<Dossier> existing) {
		this.context = context;
		this.existing = existing;
	}

	/**
	 * Prints each dossier's report, in order.
	 *
	 * @param files the files written, as the user names them (relative to the working directory)
	 * @return true when a dossier has errors
	 */
	boolean validate(List<Dossier> built, List<String> files) {
		List<Dossier> all = new ArrayList<>(existing);
		all.addAll(built);
		Inputs inputs = new Inputs(context);
		Map<Dossier, java.nio.file.Path> directories = new IdentityHashMap<>();
		for (int i = 0; i < built.size(); i++) {
			directories.put(built.get(i), inputs.resolve(files.get(i)).toAbsolutePath().getParent());
		}
		ValidationContext validation = new ValidationContext(all, ProfilsDeclares.userSettings(), directories::get, true);
		CouloirRegistry registry = context.service(CouloirRegistry.class);
		FileValidator validator = new FileValidator(context.service(DossierValidator.class), registry);
		DossierTexts texts = context.service(DossierTexts.class);
		List<Integer> indexes = IntStream.range(0, built.size()).boxed().toList();
		List<PerFile.Outcome<FileReport>> reports = PerFile.map(indexes, i -> Inputs.guard(files.get(i), () -> {
			Dossier dossier = built.get(i);
			ImportResult quick = new ImportResult(files.get(i), null, dossier, registry.couloirOf(dossier).orElse(null), List.of(), SourceLocator.NONE);
			FileReport report = validator.validate(quick, Mode.ALL, validation);
			if (!hasIssues(report)) {
				return report;
			}
			ImportResult read = texts.read(inputs.resolve(files.get(i)));
			Twins twins = new Twins(dossier, read.dossier());
			List<Issue> issues = read.issues().stream().map(twins::back).toList();
			return validator.validate(new ImportResult(files.get(i), null, dossier, quick.couloir(), issues, twins.locator(read.sourceMap())),
					Mode.ALL, validation);
		}));
		boolean errors = false;
		for (PerFile.Outcome<FileReport> outcome : reports) {
			if (outcome.failure() != null) {
				context.err().println(outcome.failure().getMessage());
				errors = true;
				continue;
			}
			ValidateCommand.text(outcome.value(), context);
			errors |= outcome.value().hasErrors();
		}
		return errors;
	}

	private static boolean hasIssues(FileReport report) {
		return !report.errors().isEmpty() || report.requests().stream().anyMatch(r -> !r.issues().isEmpty());
	}

	/**
	 * A model built and the same dossier read back from its text: each object of one is the object at the same
	 * place of the other (the same containment path), or, when the other has no such object, its nearest
	 * container that it has.
	 */
	private record Twins(Dossier built, Dossier read) {

		EObject inRead(EObject object) {
			return twin(object, built, read);
		}

		EObject inBuilt(EObject object) {
			return twin(object, read, built);
		}

		private static EObject twin(EObject object, Dossier from, Dossier to) {
			if (object == null || to == null || EcoreUtil.getRootContainer(object) != from) {
				return object;
			}
			for (EObject current = object; current != null; current = current.eContainer()) {
				EObject found = current == from ? to : EcoreUtil.getEObject(to, EcoreUtil.getRelativeURIFragmentPath(from, current));
				if (found != null) {
					return found;
				}
			}
			return to;
		}

		Issue back(Issue issue) {
			return issue.target() == null ? issue : issue.on(inBuilt(issue.target()), issue.feature(), issue.index());
		}

		SourceLocator locator(SourceLocator map) {
			return new SourceLocator() {
				@Override
				public SourceLocation locate(EObject object) {
					return map.locate(inRead(object));
				}

				@Override
				public SourceLocation locate(EObject object, EStructuralFeature feature, int index) {
					EObject twin = inRead(object);
					return twin != null && twin.eClass() == object.eClass() ? map.locate(twin, feature, index) : map.locate(twin);
				}

				@Override
				public boolean readWhole(EObject object) {
					return map.readWhole(inRead(object));
				}
			};
		}
	}
}
