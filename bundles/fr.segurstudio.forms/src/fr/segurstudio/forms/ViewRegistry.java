package fr.segurstudio.forms;

import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import fr.segurstudio.forms.view.View;

/**
 * The views of the forms: those contributed by plug-ins (extension point {@value #EXTENSION_POINT}, .view files)
 * and, for every other class, the default view derived from its .ecore. An OSGi service.
 */
public interface ViewRegistry {

	String EXTENSION_POINT = "fr.segurstudio.forms.views";

	/**
	 * The complete view of a class for a couloir's dossiers ({@link Views#complete}): the couloir's own view of it,
	 * else a view every couloir shares, else the default one. Shared and cached: read it, do not change it.
	 */
	View view(EClass eClass, FormContext context);

	/**
	 * The label the forms give a field of this object: the one of its couloir's view (the couloir of the dossier that
	 * contains it), else of a shared view, else its humanised JSON key ({@link Views#label}).
	 */
	String label(EObject owner, EStructuralFeature feature);

	/** The view of a class as a plug-in wrote it (for a couloir, or for all when {@code couloirId} is null), or null. */
	View contributed(EClass eClass, String couloirId);

	/** The contributed views, as written. */
	List<View> contributedViews();

	/** What could not be read or does not hold in the contributed files, in French, one line each (empty when all is well). */
	List<String> problems();
}
