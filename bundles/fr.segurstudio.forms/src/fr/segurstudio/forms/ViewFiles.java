package fr.segurstudio.forms;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

import fr.segurstudio.forms.view.View;
import fr.segurstudio.forms.view.ViewPackage;

/** Reads .view files: XMI documents of the view model, one or more View roots each. */
public final class ViewFiles {

	/** What a file gave: its views, and why some of it could not be read. */
	public record Read(List<View> views, List<String> problems) {
	}

	private ViewFiles() {
	}

	/**
	 * Reads a .view document; {@code name} names it in problems; its classes are found by their nsURI among
	 * {@code packages} (a couloir folder's, loaded as dynamic EMF), then among the registered ones. Never throws for a
	 * bad file: the problem is returned.
	 */
	public static Read read(InputStream in, String name, EPackage... packages) {
		ResourceSet set = new ResourceSetImpl();
		set.getPackageRegistry().put(ViewPackage.eNS_URI, ViewPackage.eINSTANCE);
		for (EPackage ePackage : packages) {
			set.getPackageRegistry().put(ePackage.getNsURI(), ePackage);
		}
		set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new XMIResourceFactoryImpl());
		Resource resource = set.createResource(URI.createURI("view:/" + name.replace(' ', '_')));
		List<View> views = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		try {
			resource.load(in, null);
		} catch (IOException | RuntimeException e) {
			problems.add(name + " : illisible (" + e.getMessage() + ")");
			return new Read(views, problems);
		}
		resource.getErrors().forEach(d -> problems.add(name + " : " + d.getMessage()));
		for (EObject root : resource.getContents()) {
			if (root instanceof View view) {
				views.add(view);
			} else {
				problems.add(name + " : un élément " + root.eClass().getName() + " à la racine, où seules des vues (View) sont permises");
			}
		}
		return new Read(views, problems);
	}
}
