package fr.segurstudio.model.couloir.internal;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EPackage;

import fr.segurstudio.model.core.SegurPackage;
import fr.segurstudio.model.couloir.CodeList;
import fr.segurstudio.model.couloir.Couloir;
import fr.segurstudio.model.couloir.CouloirFile;
import fr.segurstudio.model.couloir.CouloirOrigin;
import fr.segurstudio.model.couloir.ProfilReferencement;
import fr.segurstudio.model.couloir.TypePiece;

/**
 * Reads a couloir's declaration, from a plug-in's plugin.xml (schema/couloirs.exsd) or a couloir folder's
 * couloir.xml: the same elements, the same checks. Every mistake found is reported, each with where it is (the
 * plug-in, or the file and line), and a declaration with any mistake gives no couloir.
 */
final class CouloirDeclarations {

	/** Code and software type, as written in supporting-document names (seed §3.3: BIO-SGL-Va1-BDC-00001.pdf). */
	private static final Pattern CODE = Pattern.compile("[A-Z0-9]+");
	private static final Pattern VAGUE = Pattern.compile("[A-Za-z0-9]+");

	/** A declaration that does not hold; its messages say where and what, one line each. */
	static final class InvalidDeclaration extends Exception {
		private static final long serialVersionUID = 1L;
		private final List<String> problems;

		InvalidDeclaration(Declaration element, String message) {
			this(List.of(element.where() + " : " + message));
		}

		/** A mistake in this attribute's value. */
		InvalidDeclaration(Declaration element, String attribute, String message) {
			this(List.of(element.where(attribute) + " : " + message));
		}

		InvalidDeclaration(List<String> problems) {
			super(String.join("\n", problems));
			this.problems = List.copyOf(problems);
		}

		List<String> problems() {
			return problems;
		}
	}

	/** How a declaration's EPackage is found: registered by its plug-in, or loaded from its couloir folder. */
	@FunctionalInterface
	interface Packages {
		EPackage ePackage(Declaration couloir) throws InvalidDeclaration;
	}

	/** A plug-in's EPackage: registered under the declaration's nsURI (extension org.eclipse.emf.ecore.generated_package). */
	static final Packages REGISTERED = element -> {
		String nsURI = required(element, "nsURI");
		EPackage registered = EPackage.Registry.INSTANCE.getEPackage(nsURI);
		if (registered == null) {
			throw new InvalidDeclaration(element, "aucun EPackage enregistré pour " + nsURI);
		}
		return registered;
	};

	private CouloirDeclarations() {
	}

	/** The couloir a {@code <couloir>} element declares; its views are the {@code <view file>} children's files. */
	static Couloir couloir(Declaration element, Packages packages, CouloirOrigin origin) throws InvalidDeclaration {
		Problems problems = new Problems();
		String code = problems.code(element, "code");
		String logiciel = problems.code(element, "logiciel");
		String vague = orDefault(element, "vague", "Va1");
		if (!VAGUE.matcher(vague).matches()) {
			problems.add(element, "vague", "« vague » s'écrit en lettres et chiffres, tel qu'il paraît dans le nom des pièces (Va1)");
		}
		EPackage ePackage = packages.ePackage(element);
		EClass beneficiaires = problems.eClass(element, ePackage, "beneficiaires", SegurPackage.Literals.BENEFICIAIRES);
		EClass scenario = problems.eClass(element, ePackage, "scenario", SegurPackage.Literals.SCENARIO_INSTALLATION);
		ConditionCheck conditions = new ConditionCheck(List.of(ePackage));
		List<TypePiece> types = new ArrayList<>();
		Set<String> typeNames = new HashSet<>();
		Set<String> typeCodes = new HashSet<>();
		for (Declaration child : element.children("typePiece")) {
			String type = problems.required(child, "type");
			String typeCode = problems.required(child, "code");
			int min = problems.count(child, "min", 0);
			int max = problems.count(child, "max", Integer.MAX_VALUE);
			String expectedWhen = child.attribute("expectedWhen");
			if (type != null && !typeNames.add(type)) {
				problems.add(child, "type", "le type de pièce « " + type + " » est déclaré deux fois");
			}
			if (typeCode != null && !typeCodes.add(typeCode)) {
				problems.add(child, "code", "le code de pièce « " + typeCode + " » sert à deux types : le nom d'une pièce ne dirait plus son type");
			}
			if (min > max) {
				problems.add(child, "min", "min (" + min + ") dépasse max (" + max + ")");
			}
			if (expectedWhen != null) {
				conditions.problems(expectedWhen, SegurPackage.Literals.DEMANDE).forEach(p -> problems.add(child, "expectedWhen", "expectedWhen : " + p));
			}
			types.add(new TypePiece(type, typeCode, orDefault(child, "label", type), min, max, child.attribute("seed"), expectedWhen));
		}
		List<ProfilReferencement> profils = new ArrayList<>();
		for (Declaration child : element.children("profil")) {
			String feature = problems.required(child, "feature");
			String value = problems.required(child, "value");
			String nom = problems.required(child, "nom");
			if (feature != null && scenario != null && scenario.getEStructuralFeature(feature) == null) {
				problems.add(child, "feature", "le profil « " + nom + " » porte sur « " + feature + " », absent de " + scenario.getName());
			}
			profils.add(new ProfilReferencement(feature, value, nom, child.attribute("seed"), child.attribute("note")));
		}
		List<CouloirFile> views = new ArrayList<>();
		for (Declaration child : element.children("view")) {
			String file = problems.required(child, "file");
			if (file != null) {
				try {
					views.add(new CouloirFile(child.fileName(file), child.file(file)));
				} catch (IOException e) {
					problems.add(child, "file", "vue « " + file + " » : " + CouloirSource.reason(e));
				}
			}
		}
		problems.throwIfAny();
		return new Couloir(code, logiciel, vague, orDefault(element, "label", code + "-" + logiciel), element.attribute("seed"), origin,
				ePackage, beneficiaires, scenario, types, profils, views);
	}

	/** A {@code <codeList>}: one « code TAB label » per line of its UTF-8 file, # comments. */
	static CodeList codeList(Declaration element) throws InvalidDeclaration {
		String id = required(element, "id");
		String file = required(element, "file");
		byte[] content;
		try {
			content = element.file(file);
		} catch (IOException e) {
			throw new InvalidDeclaration(element, "file", "fichier « " + file + " » de la liste « " + id + " » : " + CouloirSource.reason(e));
		}
		Map<String, String> entries = new LinkedHashMap<>();
		var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(content), decoder))) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.isEmpty() || line.startsWith("#")) {
					continue;
				}
				int tab = line.indexOf('\t');
				entries.put(tab < 0 ? line : line.substring(0, tab), tab < 0 ? "" : line.substring(tab + 1));
			}
		} catch (CharacterCodingException e) {
			throw new InvalidDeclaration(element, "file", "fichier « " + file + " » de la liste « " + id + " » : pas en UTF-8");
		} catch (IOException e) {
			throw new InvalidDeclaration(element, "lecture de « " + file + " » impossible : " + e.getMessage());
		}
		return new CodeList(id, orDefault(element, "label", id), element.attribute("seed"), entries);
	}

	static String required(Declaration element, String attribute) throws InvalidDeclaration {
		String value = element.attribute(attribute);
		if (value == null || value.isBlank()) {
			throw new InvalidDeclaration(element, missing(element, attribute));
		}
		return value.trim();
	}

	private static String missing(Declaration element, String attribute) {
		return "attribut « " + attribute + " » manquant sur <" + element.name() + ">";
	}

	private static String orDefault(Declaration element, String attribute, String fallback) {
		String value = element.attribute(attribute);
		return value == null || value.isBlank() ? fallback : value;
	}

	/** The mistakes of one declaration, all of them. */
	private static final class Problems {
		private final List<String> lines = new ArrayList<>();

		void add(Declaration element, String message) {
			lines.add(element.where() + " : " + message);
		}

		/** A mistake in this attribute's value: said at its line. */
		void add(Declaration element, String attribute, String message) {
			lines.add(element.where(attribute) + " : " + message);
		}

		String required(Declaration element, String attribute) {
			String value = element.attribute(attribute);
			if (value == null || value.isBlank()) {
				add(element, missing(element, attribute));
				return null;
			}
			return value.trim();
		}

		String code(Declaration element, String attribute) {
			String value = required(element, attribute);
			if (value != null && !CODE.matcher(value).matches()) {
				add(element, attribute, "« " + attribute + " » s'écrit en majuscules et chiffres, tel qu'il paraît dans le nom des pièces (« " + value + " »)");
			}
			return value;
		}

		int count(Declaration element, String attribute, int fallback) {
			String value = element.attribute(attribute);
			if (value == null || value.isBlank() || "*".equals(value.trim())) {
				return fallback;
			}
			try {
				int count = Integer.parseInt(value.trim());
				if (count >= 0) {
					return count;
				}
			} catch (NumberFormatException e) {
				// said below
			}
			add(element, attribute, "« " + attribute + " » doit être un nombre ou *");
			return fallback;
		}

		EClass eClass(Declaration element, EPackage ePackage, String attribute, EClass superType) {
			String name = required(element, attribute);
			if (name == null) {
				return null;
			}
			EClassifier classifier = ePackage.getEClassifier(name);
			if (!(classifier instanceof EClass eClass) || eClass.isAbstract() || !superType.isSuperTypeOf(eClass)) {
				add(element, attribute, "« " + name + " » doit être une classe concrète de " + ePackage.getNsURI() + " qui étend " + superType.getName());
				return null;
			}
			return eClass;
		}

		void throwIfAny() throws InvalidDeclaration {
			if (!lines.isEmpty()) {
				throw new InvalidDeclaration(lines);
			}
		}
	}
}
