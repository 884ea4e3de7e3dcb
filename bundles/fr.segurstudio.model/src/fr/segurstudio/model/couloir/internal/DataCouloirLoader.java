package fr.segurstudio.model.couloir.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

import fr.segurstudio.model.asp.AspClassMapping;
import fr.segurstudio.model.core.SegurPackage;
import fr.segurstudio.model.couloir.CodeList;
import fr.segurstudio.model.couloir.Couloir;

/**
 * Loads a couloir dropped as data — its couloir.xml, its .ecore as dynamic EMF, its code lists and .view files — whole
 * or not at all: any mistake leaves the couloir out, with every mistake found, each naming its file and line. Never
 * throws.
 */
final class DataCouloirLoader {

	/** What a source gave: its couloir (null when left out), its own code lists, its problems. */
	record Loaded(CouloirSource source, String stamp, Couloir couloir, List<CodeList> codeLists, List<String> problems) {
		Loaded {
			codeLists = List.copyOf(codeLists);
			problems = List.copyOf(problems);
		}
	}

	private final CouloirSource source;
	private final Predicate<String> knownCodeList;
	private final List<String> problems = new ArrayList<>();
	private final List<CodeList> codeLists = new ArrayList<>();

	private DataCouloirLoader(CouloirSource source, Predicate<String> knownCodeList) {
		this.source = source;
		this.knownCodeList = knownCodeList;
	}

	/**
	 * Loads the source; {@code stamp} is its {@link CouloirSource#stamp()} taken before (a change while reading is seen
	 * by the next refresh); {@code knownCodeList} tells the code lists declared elsewhere (the plug-ins'), which its
	 * annotations may name.
	 */
	static Loaded load(CouloirSource source, String stamp, Predicate<String> knownCodeList) {
		DataCouloirLoader loader = new DataCouloirLoader(source, knownCodeList);
		Couloir couloir = null;
		try {
			couloir = loader.read();
		} catch (RuntimeException | LinkageError | StackOverflowError e) { // a mistake no check foresaw: the couloir is left out
			String problem = source + " : erreur inattendue en lisant ce couloir (" + e + ")";
			loader.problems.add(problem);
			ILog.of(DataCouloirLoader.class).error(problem, e);
		}
		boolean whole = couloir != null && loader.problems.isEmpty();
		return new Loaded(source, stamp, whole ? couloir : null, whole ? loader.codeLists : List.of(), loader.problems);
	}

	private Couloir read() {
		DeclarationFile.Read declaration;
		try {
			declaration = DeclarationFile.read(source);
		} catch (DeclarationFile.Unreadable e) {
			problems.add(e.getMessage());
			return null;
		}
		problems.addAll(declaration.problems());
		Declaration root = declaration.root();
		if (root == null) {
			return null;
		}
		for (Declaration child : root.children("codeList")) {
			try {
				codeLists.add(CouloirDeclarations.codeList(child));
			} catch (CouloirDeclarations.InvalidDeclaration e) {
				problems.addAll(e.problems());
			}
		}
		String ecoreName = ecoreFile(root);
		if (ecoreName == null) {
			return null;
		}
		EcoreFile ecore = EcoreFile.load(source, ecoreName, problems);
		if (ecore == null) {
			return null;
		}
		checkCoreClasses(ecore);
		installFactories(ecore.ePackage);
		AnnotationCheck.check(ecore, id -> knownCodeList.test(id) || codeLists.stream().anyMatch(l -> l.id().equals(id)), problems);
		Couloir couloir;
		try {
			couloir = CouloirDeclarations.couloir(root, element -> ownPackage(element, ecore), source.origin());
		} catch (CouloirDeclarations.InvalidDeclaration e) {
			problems.addAll(e.problems());
			return null;
		}
		if (problems.isEmpty()) {
			warm(ecore.ePackage);
		}
		return couloir;
	}

	/** The declaration's {@code ecore} attribute, else the one .ecore of the couloir. */
	private String ecoreFile(Declaration root) {
		String declared = root.attribute("ecore");
		if (declared != null && !declared.isBlank()) {
			try {
				source.read(declared.trim());
			} catch (IOException e) {
				problems.add(root.where("ecore") + " : ecore « " + declared.trim() + " » : " + CouloirSource.reason(e));
				return null;
			}
			return declared.trim();
		}
		List<String> ecores;
		try {
			ecores = source.files().stream().filter(f -> f.endsWith(".ecore")).toList();
		} catch (IOException e) {
			problems.add(source + " : " + CouloirSource.reason(e));
			return null;
		}
		if (ecores.size() == 1) {
			return ecores.get(0);
		}
		problems.add(root.where() + " : " + (ecores.isEmpty() ? "aucun fichier .ecore dans le couloir"
				: "plusieurs fichiers .ecore (" + String.join(", ", ecores) + ") : nommez le sien par l'attribut ecore de <couloir>"));
		return null;
	}

	private EPackage ownPackage(Declaration couloir, EcoreFile ecore) throws CouloirDeclarations.InvalidDeclaration {
		String nsURI = couloir.attribute("nsURI");
		if (nsURI != null && !nsURI.isBlank() && !nsURI.trim().equals(ecore.ePackage.getNsURI())) {
			throw new CouloirDeclarations.InvalidDeclaration(couloir, "nsURI", "nsURI « " + nsURI.trim() + " » n'est pas celui de " + ecore.name + " (« "
					+ ecore.ePackage.getNsURI() + " »)");
		}
		return ecore.ePackage;
	}

	/** Of the core metamodel, a couloir folder extends Beneficiaires and ScenarioInstallation only (see DataFactory). */
	private void checkCoreClasses(EcoreFile ecore) {
		for (EClass eClass : ecore.classes()) {
			List<EClass> core = eClass.getEAllSuperTypes().stream().filter(s -> s.getEPackage() == SegurPackage.eINSTANCE).toList();
			List<EClass> extended = DataFactory.EXTENSIBLE.stream().filter(core::contains).toList();
			if (core.size() > extended.size()) {
				problems.add(ecore.where(eClass) + " : " + eClass.getName() + " étend "
						+ String.join(", ", core.stream().filter(c -> !DataFactory.EXTENSIBLE.contains(c)).map(EClass::getName).toList())
						+ " du modèle commun ; un couloir n'étend que Beneficiaires et ScenarioInstallation");
			} else if (extended.size() > 1) {
				problems.add(ecore.where(eClass) + " : " + eClass.getName() + " ne peut pas étendre à la fois Beneficiaires et ScenarioInstallation");
			}
		}
	}

	private static void installFactories(EPackage ePackage) {
		ePackage.setEFactoryInstance(new DataFactory());
		ePackage.getESubpackages().forEach(DataCouloirLoader::installFactories);
	}

	/**
	 * Computes, before the couloir is shared between threads, everything EMF computes on first use (features, their
	 * ids, the dynamic settings' delegates) and the JSON mapping: a dynamic EPackage is not frozen as a generated one.
	 */
	private static void warm(EPackage ePackage) {
		for (EClassifier classifier : ePackage.getEClassifiers()) {
			if (classifier instanceof EClass eClass) {
				eClass.getEAllSuperTypes();
				eClass.getEAllGenericSuperTypes();
				eClass.getEAllAttributes();
				eClass.getEAllReferences();
				eClass.getEAllContainments();
				eClass.getEAllOperations();
				eClass.getEIDAttribute();
				eClass.getFeatureCount();
				for (EStructuralFeature feature : eClass.getEAllStructuralFeatures()) {
					eClass.getFeatureID(feature);
					eClass.getEStructuralFeature(feature.getName());
					((EStructuralFeature.Internal) feature).getSettingDelegate();
					feature.getDefaultValue();
					if (feature instanceof EReference reference) {
						reference.getEReferenceType();
						reference.getEOpposite();
					}
				}
				AspClassMapping.of(eClass);
			} else if (classifier instanceof EEnum eEnum) {
				eEnum.getELiterals().forEach(EEnumLiteral::getInstance);
			} else if (classifier instanceof EDataType dataType) {
				dataType.getInstanceClass();
				dataType.getDefaultValue();
			}
		}
		ePackage.getESubpackages().forEach(DataCouloirLoader::warm);
	}
}
