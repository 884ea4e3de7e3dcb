package fr.segurstudio.dsl.linking;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.IllegalNodeException;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;

import fr.segurstudio.dsl.model.TextStructure;
import fr.segurstudio.dsl.validation.IssueCodes;
import fr.segurstudio.dsl.segurDsl.Block;
import fr.segurstudio.dsl.segurDsl.DemandeText;
import fr.segurstudio.dsl.segurDsl.DossierText;
import fr.segurstudio.dsl.segurDsl.Entry;
import fr.segurstudio.dsl.segurDsl.SegurDslPackage;
import fr.segurstudio.model.asp.Spelling;

/** An unknown field name, in French: where it stands, the name probably meant, the fields possible there. */
public class FrenchLinkingMessages extends LinkingDiagnosticMessageProvider {

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
		List<String> names = List.of();
		try {
			IScope scope = scopeOf(context);
			if (scope != null) {
				names = StreamSupport.stream(scope.getAllElements().spliterator(), false).map(IEObjectDescription::getName)
						.map(Object::toString).distinct().collect(Collectors.toList());
			}
		} catch (RuntimeException e) {
			names = List.of(); // an unfinished text may have no scope here: say what we can
		}
		String closest = Spelling.closest(name, names);
		String message = "« " + name + " » n'est pas un champ " + place(context.getContext())
				+ (closest == null ? "" : " ; vouliez-vous dire « " + closest + " » ?")
				+ (names.isEmpty() ? "" : " ; champs possibles : " + String.join(", ", names.stream().limit(40).toList()));
		return closest == null ? new DiagnosticMessage(message, Severity.ERROR, IssueCodes.CHAMP_INCONNU)
				: new DiagnosticMessage(message, Severity.ERROR, IssueCodes.CHAMP_INCONNU, closest);
	}

	/** Where the entry stands: in a block (named by its field), a request or the dossier's header. */
	private static String place(EObject entry) {
		EObject container = entry.eContainer();
		if (container instanceof Block && container.eContainer() instanceof Entry owner && owner.getFeature() != null
				&& !owner.getFeature().eIsProxy()) {
			return "du bloc " + TextStructure.name(owner.getFeature());
		}
		if (container instanceof DemandeText) {
			return "d'une demande";
		}
		if (container instanceof DossierText dossier) {
			return "de l'en-tête du dossier " + dossier.getCouloir() + "-" + dossier.getLogiciel();
		}
		return "de cet endroit";
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
