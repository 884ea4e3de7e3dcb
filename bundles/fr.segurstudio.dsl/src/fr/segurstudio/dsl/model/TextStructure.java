package fr.segurstudio.dsl.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

import com.google.inject.Inject;
import com.google.inject.Singleton;

import fr.segurstudio.dsl.segurDsl.Block;
import fr.segurstudio.dsl.segurDsl.DemandeText;
import fr.segurstudio.dsl.segurDsl.DossierText;
import fr.segurstudio.dsl.segurDsl.Entry;
import fr.segurstudio.model.asp.AspClassMapping;
import fr.segurstudio.model.asp.AspFeatureMapping;
import fr.segurstudio.model.core.SegurPackage;
import fr.segurstudio.model.couloir.Couloir;
import fr.segurstudio.model.couloir.CouloirRegistry;

/**
 * What the text's places mean in the metamodel: the EClass whose fields the entries of a block name (from
 * the couloir of the file's header, for the abstract beneficiaries and scenario), the fields possible
 * there and their names in the text — the JSON keys of the .ecore annotations, so that any couloir's
 * metamodel is written without a grammar of its own.
 */
@Singleton
public class TextStructure {

	/** Carried by the header or by the request's name, or written where they stand (the values kept as written), not by entries. */
	private static final List<EStructuralFeature> NOT_ENTRIES = List.of(SegurPackage.Literals.DOSSIER__COULOIR,
			SegurPackage.Literals.DOSSIER__LOGICIEL, SegurPackage.Literals.DOSSIER__DEMANDES, SegurPackage.Literals.DEMANDE__NUMERO_EDITEUR,
			SegurPackage.Literals.DEMANDE__NUM_LIGNE, SegurPackage.Literals.DOSSIER__RAW_VALUES, SegurPackage.Literals.DEMANDE__RAW_VALUES);
	/**
	 * Written as entries only to keep what a JSON file wrote there and the writer would write otherwise
	 * ({@link fr.segurstudio.model.asp.RawValues}): a numLigne that is not the request's place, an element of
	 * lignesImport that is not a request, a numeroEditeur that is not a text (the request's name is one). The requests
	 * themselves are {@code demande "NNNNN"} blocks.
	 */
	private static final List<EStructuralFeature> RAW_ONLY = List.of(SegurPackage.Literals.DOSSIER__DEMANDES,
			SegurPackage.Literals.DEMANDE__NUM_LIGNE, SegurPackage.Literals.DEMANDE__NUMERO_EDITEUR);

	private final Map<EClass, List<EStructuralFeature>> features = new ConcurrentHashMap<>();

	@Inject
	private CouloirRegistry registry;

	public CouloirRegistry registry() {
		return registry;
	}

	/** The couloir the file declares in its header, or null when it is not installed. */
	public Couloir couloir(EObject anyNode) {
		EObject root = EcoreUtil.getRootContainer(anyNode);
		if (root instanceof DossierText text && text.getCouloir() != null && text.getLogiciel() != null) {
			return registry.couloir(text.getCouloir(), text.getLogiciel()).orElse(null);
		}
		return null;
	}

	/** The EClass whose fields are written in this container (the file, a request, a block), or null. */
	public EClass classOf(EObject container) {
		if (container instanceof DossierText) {
			return SegurPackage.Literals.DOSSIER;
		}
		if (container instanceof DemandeText) {
			return SegurPackage.Literals.DEMANDE;
		}
		if (container instanceof Block && container.eContainer() instanceof Entry owner) {
			EStructuralFeature feature = owner.getFeature();
			if (feature != null && !feature.eIsProxy() && feature instanceof EReference reference && reference.isContainment()) {
				return concrete(reference.getEReferenceType(), container);
			}
		}
		return null;
	}

	/** The class to create for a value of this type: the couloir's beneficiaries or scenario for the abstract ones. */
	public EClass concrete(EClass type, EObject anyNode) {
		if (!type.isAbstract()) {
			return type;
		}
		Couloir couloir = couloir(anyNode);
		return couloir == null ? null : couloir.concreteClass(type);
	}

	/** The fields that can be written in a block of this class, in the order of the seed's table. */
	public List<EStructuralFeature> features(EClass eClass) {
		return features.computeIfAbsent(eClass, c -> {
			List<EStructuralFeature> list = new ArrayList<>();
			for (EStructuralFeature feature : c.getEAllStructuralFeatures()) {
				if (!feature.isDerived() && !feature.isTransient() && !NOT_ENTRIES.contains(feature)) {
					list.add(feature);
				}
			}
			return List.copyOf(list);
		});
	}

	/** The fields of this class written only to keep a value as a file wrote it ({@link #RAW_ONLY}), in table order. */
	public List<EStructuralFeature> rawOnly(EClass eClass) {
		return RAW_ONLY.stream().filter(f -> f.getEContainingClass().isSuperTypeOf(eClass)).toList();
	}

	/** True for a field written only to keep a value as a file wrote it (numLigne, lignesImport). */
	public static boolean isRawOnly(EStructuralFeature feature) {
		return RAW_ONLY.contains(feature);
	}

	/** The field's name in the text: its JSON key, or the feature's name for the application's own fields. */
	public static String name(EStructuralFeature feature) {
		AspFeatureMapping mapping = AspClassMapping.of(feature.getEContainingClass()).byFeature(feature);
		return mapping == null ? feature.getName() : mapping.key();
	}

	/** Other accepted spellings of the field (seed inconsistencies). */
	public static List<String> aliases(EStructuralFeature feature) {
		AspFeatureMapping mapping = AspClassMapping.of(feature.getEContainingClass()).byFeature(feature);
		return mapping == null ? List.of() : mapping.aliases();
	}
}
