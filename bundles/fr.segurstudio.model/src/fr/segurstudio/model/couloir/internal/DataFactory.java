package fr.segurstudio.model.couloir.internal;

import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.impl.EFactoryImpl;

import fr.segurstudio.model.core.SegurPackage;
import fr.segurstudio.model.core.impl.BeneficiairesImpl;
import fr.segurstudio.model.core.impl.ScenarioInstallationImpl;

/**
 * Creates the objects of a couloir folder's classes (dynamic EMF). A class extending the core's abstract
 * Beneficiaires or ScenarioInstallation gets an object of the core's Java type (a request's typed
 * {@code setBeneficiaires} takes it) whose own fields are EMF's dynamic settings; any other class, a plain dynamic
 * object. EMF itself can extend a generated class only when it is concrete.
 */
final class DataFactory extends EFactoryImpl {

	/** The core classes a couloir folder may extend: the two abstract ones each couloir completes. */
	static final List<EClass> EXTENSIBLE = List.of(SegurPackage.Literals.BENEFICIAIRES, SegurPackage.Literals.SCENARIO_INSTALLATION);

	@Override
	public EObject create(EClass eClass) {
		if (eClass.getEPackage() == getEPackage() && !eClass.isAbstract() && !eClass.isInterface()) {
			if (SegurPackage.Literals.BENEFICIAIRES.isSuperTypeOf(eClass)) {
				return new DataBeneficiaires(eClass);
			}
			if (SegurPackage.Literals.SCENARIO_INSTALLATION.isSuperTypeOf(eClass)) {
				return new DataScenario(eClass);
			}
		}
		return super.create(eClass);
	}

	private static final class DataBeneficiaires extends BeneficiairesImpl {
		DataBeneficiaires(EClass eClass) {
			eSetClass(eClass);
		}
	}

	private static final class DataScenario extends ScenarioInstallationImpl {
		DataScenario(EClass eClass) {
			eSetClass(eClass);
		}
	}
}
