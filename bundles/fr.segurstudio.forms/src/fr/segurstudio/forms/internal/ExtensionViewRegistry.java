package fr.segurstudio.forms.internal;

import java.io.ByteArrayInputStream;
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
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
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
import fr.segurstudio.model.couloir.CouloirFile;
import fr.segurstudio.model.couloir.CouloirRegistry;
import fr.segurstudio.model.extension.ExtensionReader;
import fr.segurstudio.model.extension.ExtensionReader.Contributions;
import fr.segurstudio.model.core.Dossier;

/**
 * The view registry as an OSGi service: the .view files of the extension point (read on first use and again when
 * plug-ins come or go) and those of the couloirs dropped as data (their {@code <view file>}, serving that couloir's
 * dossiers), read again when the couloirs change; complete views cached per couloir and class.
 */
@Component(service = ViewRegistry.class)
public final class ExtensionViewRegistry implements ViewRegistry {

	private record Key(String couloir, EClass eClass) {
	}

	/** A .view file a plug-in contributes: its name for messages, the couloir it serves (null: every one), its bytes. */
	private record ViewFile(String name, String couloir, byte[] content) {
	}

	/** The views of these files and couloirs. */
	private record Snapshot(Contributions<ViewFile> files, List<Couloir> couloirs, Map<Key, View> views, List<String> problems,
			Map<Key, View> complete) {
	}

	@Reference
	private IExtensionRegistry extensionRegistry;
	@Reference
	private CouloirRegistry couloirs;
	private ExtensionReader<ViewFile> files;
	private volatile Snapshot snapshot;

	public ExtensionViewRegistry() {
	}

	/** Outside DS (tools, tests): reads this extension registry; couloir views are checked with those couloirs' classes. */
	public ExtensionViewRegistry(IExtensionRegistry extensionRegistry, CouloirRegistry couloirs) {
		this.extensionRegistry = extensionRegistry;
		this.couloirs = couloirs;
		activate();
	}

	@Activate
	void activate() {
		files = ExtensionReader.of(extensionRegistry, EXTENSION_POINT, ExtensionViewRegistry::file);
	}

	@Deactivate
	void deactivate() {
		files.close();
	}

	private static ViewFile file(IConfigurationElement element) throws ExtensionReader.Refused {
		String contributor = element.getContributor().getName();
		String file = element.getAttribute("file");
		String name = contributor + "/" + file;
		Bundle bundle = Platform.getBundle(contributor);
		URL url = bundle == null || file == null ? null : bundle.getEntry(file);
		if (url == null) {
			throw new ExtensionReader.Refused(name + " : fichier introuvable dans le plug-in");
		}
		try (InputStream in = url.openStream()) {
			return new ViewFile(name, element.getAttribute("couloir"), in.readAllBytes());
		} catch (IOException e) {
			throw new ExtensionReader.Refused(name + " : illisible (" + e.getMessage() + ")");
		}
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
		Contributions<ViewFile> contributed = files.get();
		List<Couloir> installed = couloirs.couloirs();
		Snapshot current = snapshot;
		if (current != null && current.files == contributed && current.couloirs.equals(installed)) {
			return current;
		}
		synchronized (this) {
			current = snapshot;
			if (current == null || current.files != contributed || !current.couloirs.equals(installed)) {
				current = read(contributed, installed);
				snapshot = current;
			}
			return current;
		}
	}

	private Snapshot read(Contributions<ViewFile> contributed, List<Couloir> installed) {
		Map<Key, View> views = new LinkedHashMap<>();
		List<String> problems = new ArrayList<>(contributed.problems());
		for (ViewFile file : contributed.items()) {
			Couloir declared = file.couloir == null ? null : installed.stream().filter(c -> c.id().equals(file.couloir)).findFirst().orElse(null);
			if (file.couloir != null && declared == null) {
				problems.add(file.name + " : le couloir " + file.couloir + " n'est pas déclaré");
			}
			add(ViewFiles.read(new ByteArrayInputStream(file.content), file.name), file.name, file.couloir, declared, views, problems);
		}
		for (Couloir couloir : installed) {
			for (CouloirFile file : couloir.viewFiles()) {
				add(ViewFiles.read(new ByteArrayInputStream(file.content()), file.name(), couloir.ePackage()), file.name(), couloir.id(), couloir,
						views, problems);
			}
		}
		problems.subList(contributed.problems().size(), problems.size()).forEach(problem -> ILog.of(getClass()).warn(problem));
		return new Snapshot(contributed, installed, views, List.copyOf(problems), new ConcurrentHashMap<>());
	}

	private static void add(ViewFiles.Read read, String name, String couloir, Couloir declared, Map<Key, View> views, List<String> problems) {
		problems.addAll(read.problems());
		UnaryOperator<EClass> concrete = type -> declared == null || declared.concreteClass(type) == null ? type : declared.concreteClass(type);
		for (View view : read.views()) {
			Views.check(view, concrete).forEach(problem -> problems.add(name + " : " + problem));
			if (view.getRootEClass() == null || view.getRootEClass().eIsProxy()) {
				continue;
			}
			View previous = views.putIfAbsent(new Key(couloir, view.getRootEClass()), view);
			if (previous != null) {
				problems.add(name + " : la classe " + view.getRootEClass().getName() + " a déjà une vue"
						+ (couloir == null ? "" : " pour le couloir " + couloir) + " : celle-ci est ignorée");
			}
		}
	}
}
