package fr.segurstudio.forms.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionPoint;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IRegistryEventListener;
import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.osgi.framework.Bundle;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import fr.segurstudio.forms.FormContext;
import fr.segurstudio.forms.ViewFiles;
import fr.segurstudio.forms.ViewRegistry;
import fr.segurstudio.forms.Views;
import fr.segurstudio.forms.view.View;
import fr.segurstudio.model.couloir.Couloir;
import fr.segurstudio.model.couloir.CouloirRegistry;
import fr.segurstudio.model.core.Dossier;

/**
 * The view registry as an OSGi service: the .view files of the extension point, read on first use and again when
 * plug-ins come or go; complete views cached per couloir and class.
 */
@Component(service = ViewRegistry.class)
public final class ExtensionViewRegistry implements ViewRegistry, IRegistryEventListener {

	private record Key(String couloir, EClass eClass) {
	}

	private record Snapshot(Map<Key, View> views, List<String> problems, Map<Key, View> complete) {
	}

	@Reference
	private IExtensionRegistry extensionRegistry;
	@Reference
	private CouloirRegistry couloirs;
	private volatile Snapshot snapshot;

	public ExtensionViewRegistry() {
	}

	/** Outside DS (tools, tests): reads this extension registry; couloir views are checked with those couloirs' classes. */
	public ExtensionViewRegistry(IExtensionRegistry extensionRegistry, CouloirRegistry couloirs) {
		this.extensionRegistry = extensionRegistry;
		this.couloirs = couloirs;
	}

	@Activate
	void activate() {
		extensionRegistry.addListener(this, EXTENSION_POINT);
	}

	@Deactivate
	void deactivate() {
		extensionRegistry.removeListener(this);
	}

	@Override
	public View view(EClass eClass, FormContext context) {
		Snapshot current = snapshot();
		String couloir = context.couloir() == null ? null : context.couloir().id();
		return current.complete.computeIfAbsent(new Key(couloir, eClass), key -> {
			Views.Source source = Views.withDefaults(c -> contributed(current, c, couloir));
			return Views.complete(source.viewOf(eClass), eClass, source, context);
		});
	}

	@Override
	public String label(EObject owner, EStructuralFeature feature) {
		Couloir couloir = EcoreUtil.getRootContainer(owner) instanceof Dossier dossier ? couloirs.couloirOf(dossier).orElse(null) : null;
		return Views.label(view(owner.eClass(), new FormContext(couloirs, couloir)), feature);
	}

	@Override
	public View contributed(EClass eClass, String couloirId) {
		return contributed(snapshot(), eClass, couloirId);
	}

	private static View contributed(Snapshot snapshot, EClass eClass, String couloirId) {
		View own = couloirId == null ? null : snapshot.views.get(new Key(couloirId, eClass));
		return own != null ? own : snapshot.views.get(new Key(null, eClass));
	}

	@Override
	public List<View> contributedViews() {
		return List.copyOf(snapshot().views.values());
	}

	@Override
	public List<String> problems() {
		return snapshot().problems;
	}

	private Snapshot snapshot() {
		Snapshot current = snapshot;
		if (current == null) {
			synchronized (this) {
				current = snapshot;
				if (current == null) {
					current = read();
					snapshot = current;
				}
			}
		}
		return current;
	}

	private Snapshot read() {
		Map<Key, View> views = new LinkedHashMap<>();
		List<String> problems = new ArrayList<>();
		for (IConfigurationElement element : extensionRegistry.getConfigurationElementsFor(EXTENSION_POINT)) {
			String contributor = element.getContributor().getName();
			String file = element.getAttribute("file");
			String couloir = element.getAttribute("couloir");
			String name = contributor + "/" + file;
			Bundle bundle = Platform.getBundle(contributor);
			URL url = bundle == null || file == null ? null : bundle.getEntry(file);
			if (url == null) {
				problems.add(name + " : fichier introuvable dans le plug-in");
				continue;
			}
			try (InputStream in = url.openStream()) {
				ViewFiles.Read read = ViewFiles.read(in, name);
				problems.addAll(read.problems());
				for (View view : read.views()) {
					Couloir declared = couloir == null ? null : couloirs.couloir(couloir).orElse(null);
					if (couloir != null && declared == null) {
						problems.add(name + " : le couloir " + couloir + " n'est pas déclaré");
					}
					UnaryOperator<EClass> concrete = type -> declared == null || declared.concreteClass(type) == null ? type : declared.concreteClass(type);
					List<String> wrong = Views.check(view, concrete);
					wrong.forEach(problem -> problems.add(name + " : " + problem));
					if (view.getRootEClass() == null || view.getRootEClass().eIsProxy()) {
						continue;
					}
					View previous = views.putIfAbsent(new Key(couloir, view.getRootEClass()), view);
					if (previous != null) {
						problems.add(name + " : la classe " + view.getRootEClass().getName() + " a déjà une vue"
								+ (couloir == null ? "" : " pour le couloir " + couloir) + " : celle-ci est ignorée");
					}
				}
			} catch (IOException e) {
				problems.add(name + " : illisible (" + e.getMessage() + ")");
			}
		}
		problems.forEach(problem -> ILog.of(getClass()).warn(problem));
		return new Snapshot(views, List.copyOf(problems), new ConcurrentHashMap<>());
	}

	@Override
	public void added(IExtension[] extensions) {
		snapshot = null;
	}

	@Override
	public void removed(IExtension[] extensions) {
		snapshot = null;
	}

	@Override
	public void added(IExtensionPoint[] extensionPoints) {
		snapshot = null;
	}

	@Override
	public void removed(IExtensionPoint[] extensionPoints) {
		snapshot = null;
	}
}
