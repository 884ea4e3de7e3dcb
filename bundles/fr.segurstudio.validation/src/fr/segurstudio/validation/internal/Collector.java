package fr.segurstudio.validation.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import fr.segurstudio.model.couloir.Couloir;
import fr.segurstudio.model.couloir.CouloirRegistry;
import fr.segurstudio.model.issue.Issue;
import fr.segurstudio.model.issue.Severity;
import fr.segurstudio.model.issue.SourceLocation;
import fr.segurstudio.validation.RuleContext;
import fr.segurstudio.validation.ValidationContext;

/** The RuleContext of one validation: collects the issues in the order rules report them. */
final class Collector implements RuleContext {

	private final Couloir couloir;
	private final CouloirRegistry registry;
	private final ValidationContext context;
	private final List<Issue> issues = new ArrayList<>();

	Collector(Couloir couloir, CouloirRegistry registry, ValidationContext context) {
		this.couloir = couloir;
		this.registry = registry;
		this.context = context;
	}

	@Override
	public Couloir couloir() {
		return couloir;
	}

	@Override
	public CouloirRegistry registry() {
		return registry;
	}

	@Override
	public ValidationContext context() {
		return context;
	}

	@Override
	public void report(Severity severity, String code, String message, EObject target, EStructuralFeature feature, int index,
			List<String> data) {
		issues.add(new Issue(severity, code, message, target, feature, index, SourceLocation.UNKNOWN, data));
	}

	List<Issue> issues() {
		return issues;
	}
}
