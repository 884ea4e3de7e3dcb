package fr.segurstudio.workspace;

import org.osgi.service.component.ComponentServiceObjects;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import fr.segurstudio.forms.ViewRegistry;

/**
 * The forms' view registry (a DS service of fr.segurstudio.forms) for the markers' messages, which name fields by
 * their forms' labels ({@link ProblemMarkers}, static as its callers are). The registry is got on the first marker:
 * bound as service objects, its component does not start with the extension registry, whose start EMF needs done.
 * Without it a marker keeps the validator's words.
 */
@Component(immediate = true)
public final class MarkerLabels {

	private static volatile ComponentServiceObjects<ViewRegistry> bound;
	private static volatile ViewRegistry views;

	@Reference
	private ComponentServiceObjects<ViewRegistry> registry;

	@Activate
	void activate() {
		bound = registry;
	}

	@Deactivate
	void deactivate() {
		ViewRegistry got = views;
		views = null;
		bound = null;
		if (got != null) {
			registry.ungetService(got);
		}
	}

	/** The view registry, or null while the component is not active (a headless tool). */
	static ViewRegistry views() {
		ViewRegistry got = views;
		ComponentServiceObjects<ViewRegistry> objects = bound;
		if (got == null && objects != null) {
			synchronized (MarkerLabels.class) {
				if (views == null) {
					views = objects.getService();
				}
				got = views;
			}
		}
		return got;
	}
}
