package fr.segurstudio.model.couloir.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EPackage;
import org.osgi.framework.Bundle;

import fr.segurstudio.model.core.SegurPackage;
import fr.segurstudio.model.couloir.CodeList;
import fr.segurstudio.model.couloir.Couloir;
import fr.segurstudio.model.couloir.ProfilReferencement;
import fr.segurstudio.model.couloir.TypePiece;

/**
 * Reads the elements of the {@code fr.segurstudio.model.couloirs} extension point (schema/couloirs.exsd).
 * A declaration that does not hold together is refused with a French message naming the plug-in.
 */
final class CouloirDeclarations {

	static final class InvalidDeclaration extends Exception {
		private static final long serialVersionUID = 1L;

		InvalidDeclaration(IConfigurationElement element, String message) {
			super("Déclaration invalide dans le plug-in " + element.getContributor().getName() + " : " + message);
		}
	}

	private CouloirDeclarations() {
	}

	static Couloir couloir(IConfigurationElement element) throws InvalidDeclaration {
		String code = required(element, "code");
		String logiciel = required(element, "logiciel");
		EPackage ePackage = ePackage(element, required(element, "nsURI"));
		EClass beneficiaires = eClass(element, ePackage, required(element, "beneficiaires"),
				SegurPackage.Literals.BENEFICIAIRES);
		EClass scenario = eClass(element, ePackage, required(element, "scenario"),
				SegurPackage.Literals.SCENARIO_INSTALLATION);
		List<TypePiece> types = new ArrayList<>();
		for (IConfigurationElement child : element.getChildren("typePiece")) {
			types.add(new TypePiece(required(child, "type"), required(child, "code"), orDefault(child, "label", child.getAttribute("type")),
					count(child, "min", 0), count(child, "max", Integer.MAX_VALUE), child.getAttribute("seed"),
					child.getAttribute("expectedWhen")));
		}
		List<ProfilReferencement> profils = new ArrayList<>();
		for (IConfigurationElement child : element.getChildren("profil")) {
			String feature = required(child, "feature");
			if (scenario.getEStructuralFeature(feature) == null) {
				throw new InvalidDeclaration(child, "le profil « " + child.getAttribute("nom") + " » porte sur « "
						+ feature + " », absent de " + scenario.getName());
			}
			profils.add(new ProfilReferencement(feature, required(child, "value"), required(child, "nom"),
					child.getAttribute("seed"), child.getAttribute("note")));
		}
		return new Couloir(code, logiciel, orDefault(element, "vague", "Va1"), orDefault(element, "label", code + "-" + logiciel),
				element.getAttribute("seed"), element.getContributor().getName(), ePackage, beneficiaires, scenario, types, profils);
	}

	static CodeList codeList(IConfigurationElement element) throws InvalidDeclaration {
		String id = required(element, "id");
		String file = required(element, "file");
		Bundle bundle = bundle(element);
		URL url = bundle.getEntry(file);
		if (url == null) {
			throw new InvalidDeclaration(element, "fichier « " + file + " » introuvable pour la liste « " + id + " »");
		}
		Map<String, String> entries = new LinkedHashMap<>();
		try (InputStream in = url.openStream();
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.isEmpty() || line.startsWith("#")) {
					continue;
				}
				int tab = line.indexOf('\t');
				entries.put(tab < 0 ? line : line.substring(0, tab), tab < 0 ? "" : line.substring(tab + 1));
			}
		} catch (IOException e) {
			throw new InvalidDeclaration(element, "lecture de « " + file + " » impossible : " + e.getMessage());
		}
		return new CodeList(id, orDefault(element, "label", id), element.getAttribute("seed"), entries);
	}

	/** The EPackage a couloir bundle registers (generated_package extension). */
	private static EPackage ePackage(IConfigurationElement element, String nsURI) throws InvalidDeclaration {
		EPackage registered = EPackage.Registry.INSTANCE.getEPackage(nsURI);
		if (registered == null) {
			throw new InvalidDeclaration(element, "aucun EPackage enregistré pour " + nsURI);
		}
		return registered;
	}

	private static EClass eClass(IConfigurationElement element, EPackage ePackage, String name, EClass superType)
			throws InvalidDeclaration {
		EClassifier classifier = ePackage.getEClassifier(name);
		if (!(classifier instanceof EClass eClass) || eClass.isAbstract() || !superType.isSuperTypeOf(eClass)) {
			throw new InvalidDeclaration(element, "« " + name + " » doit être une classe concrète de " + ePackage.getNsURI()
					+ " qui étend " + superType.getName());
		}
		return eClass;
	}

	private static Bundle bundle(IConfigurationElement element) throws InvalidDeclaration {
		Bundle bundle = Platform.getBundle(element.getContributor().getName());
		if (bundle == null) {
			throw new InvalidDeclaration(element, "plug-in introuvable");
		}
		return bundle;
	}

	private static String required(IConfigurationElement element, String attribute) throws InvalidDeclaration {
		String value = element.getAttribute(attribute);
		if (value == null || value.isBlank()) {
			throw new InvalidDeclaration(element, "attribut « " + attribute + " » manquant sur <" + element.getName() + ">");
		}
		return value.trim();
	}

	private static String orDefault(IConfigurationElement element, String attribute, String fallback) {
		String value = element.getAttribute(attribute);
		return value == null || value.isBlank() ? fallback : value;
	}

	private static int count(IConfigurationElement element, String attribute, int fallback) throws InvalidDeclaration {
		String value = element.getAttribute(attribute);
		if (value == null || value.isBlank() || "*".equals(value.trim())) {
			return fallback;
		}
		try {
			return Integer.parseInt(value.trim());
		} catch (NumberFormatException e) {
			throw new InvalidDeclaration(element, "« " + attribute + " » doit être un nombre ou *");
		}
	}
}
