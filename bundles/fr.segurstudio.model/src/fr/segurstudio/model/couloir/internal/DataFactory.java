package fr.segurstudio.model.couloir.internal;

import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.impl.EFactoryImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import fr.segurstudio.model.core.Beneficiaires;
import fr.segurstudio.model.core.ScenarioInstallation;
import fr.segurstudio.model.core.SegurPackage;

/**
 * Creates the objects of a couloir folder's classes (dynamic EMF). A class extending the core's abstract
 * Beneficiaires or ScenarioInstallation gets a {@link CoreTyped} object (a request's typed {@code setBeneficiaires}
 * takes it), whose fields are all EMF's dynamic settings; any other class, a plain dynamic object. EMF itself can extend
 * a generated class only when it is concrete.
 */
final class DataFactory extends EFactoryImpl {

	/** The core classes a couloir folder may extend: the two abstract ones each couloir completes. */
	static final List<EClass> EXTENSIBLE = List.of(SegurPackage.Literals.BENEFICIAIRES, SegurPackage.Literals.SCENARIO_INSTALLATION);

	@Override
	public EObject create(EClass eClass) {
		if (eClass.getEPackage() == getEPackage() && !eClass.isAbstract() && !eClass.isInterface()
				&& EXTENSIBLE.stream().anyMatch(core -> core.isSuperTypeOf(eClass))) {
			return new CoreTyped(eClass);
		}
		return super.create(eClass);
	}

	/**
	 * An object of a class that completes Beneficiaires or ScenarioInstallation: of both Java types, which declare
	 * nothing (no core code tells them apart by type: each is reached through its own feature of the request). Its class
	 * and settings are plain fields: MinimalEObjectImpl would keep them in its packed storage, whose lookup would be paid
	 * on every read of a value.
	 */
	static final class CoreTyped extends MinimalEObjectImpl.Container implements Beneficiaires, ScenarioInstallation {
		private final EClass eClass;
		private Object[] settings;

		CoreTyped(EClass eClass) {
			this.eClass = eClass;
		}

		@Override
		protected EClass eStaticClass() {
			return EcorePackage.Literals.EOBJECT; // no static feature: all are the dynamic class's
		}

		@Override
		protected EClass eDynamicClass() {
			return eClass;
		}

		@Override
		protected boolean eHasSettings() {
			return settings != null;
		}

		@Override
		protected Object[] eBasicSettings() {
			return settings;
		}

		@Override
		protected void eBasicSetSettings(Object[] newSettings) {
			settings = newSettings;
		}
	}
}
