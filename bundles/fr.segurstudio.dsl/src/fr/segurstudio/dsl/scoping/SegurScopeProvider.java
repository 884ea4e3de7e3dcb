package fr.segurstudio.dsl.scoping;

import java.util.ArrayList;
import java.util.List;

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

import fr.segurstudio.dsl.model.TextStructure;
import fr.segurstudio.dsl.segurDsl.Entry;
import fr.segurstudio.dsl.segurDsl.SegurDslPackage;

/**
 * The names a field may have at a place: the fields of the EClass that place stands for, under their JSON
 * key (and the accepted variants), whatever couloir declared the EClass.
 */
public class SegurScopeProvider extends AbstractSegurScopeProvider {

	@Inject
	private TextStructure structure;

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
		return new SimpleScope(names);
	}
}
