package fr.segurstudio.dsl.linking;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.IllegalNodeException;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;

import fr.segurstudio.dsl.segurDsl.SegurDslPackage;

/** An unknown field name, in French, with the fields that are possible at that place. */
public class FrenchLinkingMessages extends LinkingDiagnosticMessageProvider {

	public static final String CHAMP_INCONNU = "texte.champ-inconnu";

	@Override
	public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
		String name;
		try {
			name = context.getLinkText();
		} catch (IllegalNodeException e) {
			name = e.getNode().getText();
		}
		if (context.getReference() != SegurDslPackage.Literals.ENTRY__FEATURE) {
			return super.getUnresolvedProxyMessage(context);
		}
		String possible = "";
		try {
			IScope scope = scopeOf(context);
			if (scope != null) {
				List<String> names = StreamSupport.stream(scope.getAllElements().spliterator(), false).map(IEObjectDescription::getName)
						.map(Object::toString).distinct().limit(40).collect(Collectors.toList());
				possible = names.isEmpty() ? "" : " ; champs possibles ici : " + String.join(", ", names);
			}
		} catch (RuntimeException e) {
			possible = "";
		}
		return new DiagnosticMessage("« " + name + " » n'est pas un champ de cet endroit" + possible, Severity.ERROR, CHAMP_INCONNU);
	}

	/** The scope is not part of the context: it is asked again from the scope provider, through the resource. */
	private static IScope scopeOf(ILinkingDiagnosticContext context) {
		if (context.getContext().eResource() instanceof org.eclipse.xtext.resource.XtextResource resource) {
			return resource.getResourceServiceProvider().get(org.eclipse.xtext.scoping.IScopeProvider.class)
					.getScope(context.getContext(), context.getReference());
		}
		return null;
	}
}
