package fr.segurstudio.dsl.scoping;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.EObjectDescription;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.impl.SimpleScope;

import com.google.inject.Inject;
import com.google.inject.Singleton;

import fr.segurstudio.dsl.model.TextStructure;
import fr.segurstudio.dsl.segurDsl.Entry;
import fr.segurstudio.dsl.segurDsl.SegurDslPackage;

/**
 * The names a field may have at a place: the fields of the EClass that place stands for, under their JSON
 * key (and the accepted variants), whatever couloir declared the EClass. One scope per EClass, made once: writing a
 * dossier asks for it at every field of every request.
 */
@Singleton
public class SegurScopeProvider extends AbstractSegurScopeProvider {

	@Inject
	private TextStructure structure;

	private final Map<EClass, IScope> scopes = new ConcurrentHashMap<>();

	@Override
	public IScope getScope(EObject context, EReference reference) {
		if (reference != SegurDslPackage.Literals.ENTRY__FEATURE) {
			return super.getScope(context, reference);
		}
		EObject container = context instanceof Entry ? context.eContainer() : context;
		EClass eClass = structure.classOf(container);
		if (eClass == null) {
			return IScope.NULLSCOPE;
		}
		return scopes.computeIfAbsent(eClass, this::fields);
	}

	private IScope fields(EClass eClass) {
		List<IEObjectDescription> names = new ArrayList<>();
		for (EStructuralFeature feature : structure.features(eClass)) {
			names.add(EObjectDescription.create(QualifiedName.create(TextStructure.name(feature)), feature));
		}
		for (EStructuralFeature feature : structure.rawOnly(eClass)) {
			names.add(EObjectDescription.create(QualifiedName.create(TextStructure.name(feature)), feature));
		}
		for (EStructuralFeature feature : structure.features(eClass)) {
			for (String alias : TextStructure.aliases(feature)) {
				names.add(EObjectDescription.create(QualifiedName.create(alias), feature));
			}
		}
		return new FieldScope(names);
	}

	/**
	 * The serializer asks a scope for a field's names by the field itself: the fields are the metamodel's own
	 * objects, never proxies, so identity finds them, without computing each candidate's URI as a scope does.
	 */
	private static final class FieldScope extends SimpleScope {

		private final List<IEObjectDescription> names;

		FieldScope(List<IEObjectDescription> names) {
			super(List.copyOf(names));
			this.names = List.copyOf(names);
		}

		@Override
		public Iterable<IEObjectDescription> getElements(EObject object) {
			return names.stream().filter(d -> d.getEObjectOrProxy() == object).toList();
		}
	}
}
