package fr.segurstudio.forms.tests;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;

import fr.segurstudio.forms.FormContext;
import fr.segurstudio.forms.FormState;
import fr.segurstudio.forms.ViewRegistry;
import fr.segurstudio.forms.view.Container;
import fr.segurstudio.forms.view.Control;
import fr.segurstudio.forms.view.Element;
import fr.segurstudio.forms.view.Group;
import fr.segurstudio.forms.view.Table;
import fr.segurstudio.forms.view.View;
import fr.segurstudio.model.command.MergingCommandStack;
import fr.segurstudio.model.core.Demande;
import fr.segurstudio.model.core.Dossier;
import fr.segurstudio.model.couloir.CouloirRegistry;
import fr.segurstudio.testing.SeedExamples;
import fr.segurstudio.testing.Services;

/** What the forms' tests share: the services, a request's view and state, an editing domain as the editor's. */
final class Forms {

	static final CouloirRegistry COULOIRS = Services.get(CouloirRegistry.class);
	static final ViewRegistry VIEWS = Services.get(ViewRegistry.class);
	static final SeedExamples SEEDS = new SeedExamples(COULOIRS);

	private Forms() {
	}

	static FormContext context(Dossier dossier) {
		return new FormContext(COULOIRS, COULOIRS.couloirOf(dossier).orElseThrow());
	}

	static Demande first(Dossier dossier) {
		return dossier.getDemandes().get(0);
	}

	/** The state of the form of the dossier's first request, as the editor shows it. */
	static FormState state(Dossier dossier) {
		FormContext context = context(dossier);
		FormState state = new FormState(VIEWS.view(first(dossier).eClass(), context), context);
		state.setInput(first(dossier));
		return state;
	}

	static AdapterFactoryEditingDomain domain() {
		return new AdapterFactoryEditingDomain(new ComposedAdapterFactory(new ReflectiveItemProviderAdapterFactory()), new MergingCommandStack());
	}

	/** The paths of a container's elements, in order, one level deep (a group without path shows its own). */
	static List<String> paths(Container container) {
		List<String> paths = new ArrayList<>();
		for (Element element : container.getChildren()) {
			if (element instanceof Group group && group.getPath() == null) {
				paths.addAll(paths(group));
			} else {
				paths.add(path(element));
			}
		}
		return paths;
	}

	static String path(Element element) {
		return element instanceof Control c ? c.getPath() : element instanceof Group g ? g.getPath() : ((Table) element).getPath();
	}

	/** The first element of the view (at any depth) bound to this path, with this label. */
	static Element element(View view, String path) {
		for (var it = view.eAllContents(); it.hasNext();) {
			EObject next = it.next();
			if (next instanceof Element element && !(next instanceof View) && path.equals(path(element))) {
				return element;
			}
		}
		throw new AssertionError("no element " + path + " in the view of " + view.getRootEClass().getName());
	}
}
