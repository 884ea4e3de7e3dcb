package fr.segurstudio.dsl.model;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.util.IResourceScopeCache;

import com.google.inject.Inject;
import com.google.inject.Singleton;

import fr.segurstudio.dsl.segurDsl.DossierText;

/** The model of a parsed text, built once per version of the text (Xtext's cache empties on change). */
@Singleton
public class BuiltDossiers {

	@Inject
	private IResourceScopeCache cache;

	@Inject
	private DossierBuilder builder;

	/** The model of the resource's text, or null when the text has no dossier at all. */
	public BuiltDossier of(Resource resource) {
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof DossierText text)) {
			return null;
		}
		return cache.get(BuiltDossiers.class, resource, () -> builder.build(text));
	}
}
