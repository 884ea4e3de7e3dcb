package fr.segurstudio.dsl.validation;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;

import com.google.inject.Inject;
import com.google.inject.Provider;

import fr.segurstudio.dsl.model.BuiltDossier;
import fr.segurstudio.dsl.model.BuiltDossiers;
import fr.segurstudio.dsl.model.DossierBuilder;
import fr.segurstudio.dsl.model.TextLocator;
import fr.segurstudio.dsl.model.TextPlace;
import fr.segurstudio.dsl.model.TextProblem;
import fr.segurstudio.dsl.model.TextStructure;
import fr.segurstudio.dsl.segurDsl.DossierText;
import fr.segurstudio.dsl.segurDsl.Entry;
import fr.segurstudio.dsl.segurDsl.SegurDslPackage;
import fr.segurstudio.model.issue.Issue;
import fr.segurstudio.model.issue.Severity;
import fr.segurstudio.validation.DossierValidator;
import fr.segurstudio.validation.ProfilsDeclares;
import fr.segurstudio.validation.ValidationContext;

/**
 * The checks of a .segur text are those of the model (the validator service, the same as for the forms
 * and the JSON files), reported on the text of the value concerned; plus what only the text can get wrong
 * (a value of the wrong type, a field given twice, a spelling variant).
 */
public class SegurValidator extends AbstractSegurValidator {

	@Inject
	private BuiltDossiers built;

	@Inject
	private Provider<DossierValidator> validator;

	@Check(CheckType.FAST)
	public void checkDossier(DossierText text) {
		BuiltDossier dossier = built.of(text.eResource());
		if (dossier == null) {
			return;
		}
		TextLocator locator = new TextLocator(dossier); // a request with a syntax error inside is not checked further
		Set<TextPlace> misread = new HashSet<>();
		for (TextProblem problem : dossier.problems()) {
			if (!locator.readWhole(dossier.trace().objectAround(problem.node()))) {
				continue;
			}
			TextPlace place = new TextPlace(problem.node(), problem.nodeFeature(), problem.index());
			misread.add(place);
			report(problem.severity(), problem.message(), place, problem.code());
		}
		for (Issue issue : validator.get().validate(dossier.dossier(), context(text))) {
			if (!locator.readWhole(issue.target())) {
				continue;
			}
			TextPlace place = TextPlace.of(dossier, issue.target(), issue.feature(), issue.index());
			if (misread.contains(place)) {
				continue; // the value is written but could not be read: said once, by the builder
			}
			report(issue.severity(), issue.message(), place, issue.code(), issue.data().toArray(String[]::new));
		}
	}

	/** A variant spelling is read, and the canonical one is said (seed inconsistencies, asp-json.md §7). */
	@Check(CheckType.FAST)
	public void checkSpelling(Entry entry) {
		if (entry.getFeature() == null || entry.getFeature().eIsProxy()) {
			return;
		}
		List<INode> nodes = NodeModelUtils.findNodesForFeature(entry, SegurDslPackage.Literals.ENTRY__FEATURE);
		String written = nodes.isEmpty() ? null : NodeModelUtils.getTokenText(nodes.get(0)).replace("\"", "");
		String name = TextStructure.name(entry.getFeature());
		if (written != null && !written.equals(name)) {
			warning("« " + written + " » est une variante acceptée de « " + name + " », qui s'écrit ainsi", entry,
					SegurDslPackage.Literals.ENTRY__FEATURE, IssueCodes.VARIANTE, name);
		}
	}

	private static ValidationContext context(DossierText text) {
		URI uri = text.eResource().getURI();
		Path directory = uri != null && uri.isFile() ? Path.of(uri.toFileString()).toAbsolutePath().getParent() : null;
		return new ValidationContext(List.of(), ProfilsDeclares.userSettings(), directory == null ? null : d -> directory, true);
	}

	private void report(Severity severity, String message, TextPlace place, String code, String... data) {
		if (severity == Severity.ERROR) {
			error(message, place.node(), place.nodeFeature(), place.index(), code, data);
		} else {
			warning(message, place.node(), place.nodeFeature(), place.index(), code, data);
		}
	}
}
