package fr.segurstudio.model.couloir.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.ParserConfigurationException;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAnnotation;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.ENamedElement;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

import fr.segurstudio.model.core.SegurPackage;

/**
 * A couloir folder's .ecore, loaded as dynamic EMF (no generated code) and checked before anything uses it: well-formed
 * XML, one EPackage, every reference found (the core metamodel by its nsURI
 * {@code http://segurstudio.fr/asp/core/1.0} or by the path the EMF tools write,
 * {@code platform:/resource/fr.segurstudio.model/model/segur.ecore}; Ecore's own types), Ecore's own rules. Nothing
 * else is read: a reference to another file stays unresolved and is reported. Each problem names the file and the
 * line of the element it is about.
 */
final class EcoreFile {

	/** The paths the EMF tools write for the core metamodel, besides its nsURI. */
	private static final List<String> CORE_LOCATIONS = List.of("platform:/resource/fr.segurstudio.model/model/segur.ecore",
			"platform:/plugin/fr.segurstudio.model/model/segur.ecore");

	final String name;
	private final Map<String, Integer> lines;
	final EPackage ePackage;

	private EcoreFile(String name, Map<String, Integer> lines, EPackage ePackage) {
		this.name = name;
		this.lines = lines;
		this.ePackage = ePackage;
	}

	/** The .ecore loaded; null when it cannot be (the problems say why). */
	static EcoreFile load(CouloirSource source, String file, List<String> problems) {
		String name = source.name(file);
		byte[] bytes;
		try {
			bytes = source.read(file);
		} catch (IOException e) {
			problems.add(source.problem(file, e));
			return null;
		}
		Map<String, Integer> lines;
		try {
			lines = lines(bytes);
		} catch (SAXParseException e) {
			problems.add(name + ", ligne " + e.getLineNumber() + ", colonne " + e.getColumnNumber() + " : XML illisible (" + e.getMessage() + ")");
			return null;
		} catch (SAXException | IOException | ParserConfigurationException e) {
			problems.add(name + " : XML illisible (" + e.getMessage() + ")");
			return null;
		}
		URI uri = URI.createFileURI(name);
		ClosedResourceSet set = new ClosedResourceSet(uri);
		Resource resource = set.createResource(uri);
		try {
			resource.load(new ByteArrayInputStream(bytes), null);
		} catch (IOException | RuntimeException e) {
			// the resource's errors below say where
		}
		int before = problems.size();
		for (Resource.Diagnostic error : resource.getErrors()) {
			problems.add(name + (error.getLine() > 0 ? ", ligne " + error.getLine() : "") + " : " + loadMessage(error.getMessage()));
		}
		if (problems.size() > before) {
			return null;
		}
		if (resource.getContents().size() != 1 || !(resource.getContents().get(0) instanceof EPackage ePackage)) {
			problems.add(name + " : un fichier .ecore dont la racine est un EPackage est attendu");
			return null;
		}
		EcoreFile ecore = new EcoreFile(name, lines, ePackage);
		ecore.resolve(resource, problems);
		if (problems.size() > before) {
			return null;
		}
		ecore.validate(problems);
		return problems.size() > before ? null : ecore;
	}

	/** « /…/fictif.ecore, ligne 12 » for an element of the model. */
	String where(EObject element) {
		for (EObject o = element; o != null; o = o.eContainer()) {
			Integer line = lines.get(key(o));
			if (line != null) {
				return name + ", ligne " + line;
			}
		}
		return name;
	}

	/** The line of an annotation's detail, else of its element. */
	String where(EAnnotation annotation, String detail) {
		Integer line = lines.get(join(key(annotation), detail));
		return line != null ? name + ", ligne " + line : where(annotation);
	}

	/** Every proxy resolved: the core metamodel and Ecore's types; anything else is a mistake of the file. */
	private void resolve(Resource resource, List<String> problems) {
		try {
			EcoreUtil.resolveAll(resource);
		} catch (RuntimeException e) {
			// what stayed unresolved is reported below
		}
		Set<String> said = new LinkedHashSet<>();
		EcoreUtil.UnresolvedProxyCrossReferencer.find(resource).forEach((proxy, settings) -> {
			URI target = EcoreUtil.getURI(proxy);
			for (EStructuralFeature.Setting setting : settings) {
				EObject owner = setting.getEObject();
				while (owner.eContainer() != null && !(owner instanceof ENamedElement)) {
					owner = owner.eContainer(); // a generic type: its typed element
				}
				said.add(where(owner) + " : « " + target.deresolve(resource.getURI()) + " » introuvable (" + describe(owner) + ") ; " + hint(target));
			}
		});
		problems.addAll(said);
	}

	private static String hint(URI target) {
		String text = target.toString();
		if (text.startsWith(EcorePackage.eNS_URI)) {
			return "les types d'Ecore s'écrivent " + EcorePackage.eNS_URI + "#//EString (EBooleanObject, EIntegerObject...)";
		}
		if (text.startsWith(SegurPackage.eNS_URI) || text.contains("segur.ecore")) {
			return "le modèle commun s'écrit " + SegurPackage.eNS_URI + "#//Beneficiaires (ScenarioInstallation, Date, Montant...)";
		}
		return "un couloir tient dans un seul .ecore, où ses classes s'écrivent #//Classe";
	}

	/** Ecore's own rules (names, types, opposites...): the errors of its validator, at their element's line. */
	private void validate(List<String> problems) {
		BasicDiagnostic diagnostic = Diagnostician.INSTANCE.createDefaultDiagnostic(ePackage);
		Diagnostician.INSTANCE.validate(ePackage, diagnostic, Diagnostician.INSTANCE.createDefaultContext());
		for (Diagnostic child : diagnostic.getChildren()) {
			if (child.getSeverity() >= Diagnostic.ERROR) {
				EObject element = ePackage;
				for (Object datum : child.getData()) {
					if (datum instanceof EObject o && EcoreUtil.isAncestor(ePackage, o)) {
						element = o; // the last named: the feature rather than its class
					}
				}
				problems.add(where(element) + " : modèle Ecore incohérent (" + describe(element) + ") : " + french(VALIDATOR_MESSAGES, child.getMessage()));
			}
		}
	}

	/** Ecore's validator's words for its commonest errors, in French. */
	private static final List<Map.Entry<Pattern, String>> VALIDATOR_MESSAGES = List.of(
			Map.entry(Pattern.compile("There may not be two features named '(.*)'"), "deux propriétés s'appellent « $1 »"),
			Map.entry(Pattern.compile("There may not be two classifiers named '(.*)'"), "deux classes ou types s'appellent « $1 »"),
			Map.entry(Pattern.compile("There may not be two enumerators named '(.*)'"), "deux valeurs de l'énumération s'appellent « $1 »"),
			Map.entry(Pattern.compile("There may not be two enumerators with literal value '(.*)'"), "deux valeurs de l'énumération s'écrivent « $1 »"),
			Map.entry(Pattern.compile("The name '(.*)' is not well formed"), "le nom « $1 » n'est pas un identifiant (lettres, chiffres, _ ; pas de chiffre en tête)"),
			Map.entry(Pattern.compile("The typed element must have a type"), "son type (eType) manque"),
			Map.entry(Pattern.compile("A class may not be a super type of itself"), "une classe ne peut pas s'étendre elle-même"),
			Map.entry(Pattern.compile("The namespace URI '(.*)' is not well formed"), "l'nsURI « $1 » n'est pas une URI"));

	/** « BeneficiairesFictif.nomClient » */
	static String describe(EObject element) {
		if (element instanceof ENamedElement named) {
			return named.eContainer() instanceof ENamedElement owner && !(owner instanceof EPackage) ? owner.getName() + "." + named.getName()
					: named.getName();
		}
		return element.eContainer() == null ? element.eClass().getName() : describe(element.eContainer());
	}

	/** EMF's words for what it could not load, in French; its trailing (file, line, column) said already. */
	private static final List<Map.Entry<Pattern, String>> LOAD_MESSAGES = List.of(
			Map.entry(Pattern.compile("Feature '(.*)' not found\\."), "« $1 » n'est ni un attribut ni un élément qu'Ecore connaisse ici"),
			Map.entry(Pattern.compile("Class '(.*)' is not found or is abstract\\."), "classe « $1 » introuvable ou abstraite"),
			Map.entry(Pattern.compile("Package with uri '(.*)' not found\\."), "paquetage d'URI « $1 » introuvable"),
			Map.entry(Pattern.compile("Value '(.*)' is not legal\\."), "valeur « $1 » non permise"));

	private static String loadMessage(String message) {
		return message == null ? "fichier illisible"
				: "illisible : " + french(LOAD_MESSAGES, message.replaceFirst("\\s*\\([^()]*, \\d+, \\d+\\)\\s*$", ""));
	}

	/** The message in French when it is one of these, else as EMF wrote it. */
	private static String french(List<Map.Entry<Pattern, String>> known, String message) {
		for (Map.Entry<Pattern, String> entry : known) {
			Matcher matcher = entry.getKey().matcher(message);
			if (matcher.matches()) {
				return matcher.replaceFirst(entry.getValue());
			}
		}
		return message;
	}

	/** The key of an element in the line index: its names from the package down (classifier/feature/@source/key). */
	private static String key(EObject o) {
		EObject container = o.eContainer();
		if (container == null) {
			return "";
		}
		if (o instanceof ENamedElement named) {
			return join(key(container), named.getName());
		}
		if (o instanceof EAnnotation annotation) {
			return join(key(container), "@" + annotation.getSource());
		}
		if (o instanceof Map.Entry<?, ?> entry) {
			return join(key(container), String.valueOf(entry.getKey()));
		}
		return key(container);
	}

	private static String join(String parent, String name) {
		return parent.isEmpty() ? name : parent + "/" + name;
	}

	/** The line of each named element, annotation and detail, by the same keys as {@link #key(EObject)}. */
	private static Map<String, Integer> lines(byte[] bytes) throws SAXException, IOException, ParserConfigurationException {
		Map<String, Integer> lines = new HashMap<>();
		SourceLines source = new SourceLines(bytes);
		DeclarationFile.parser().parse(new ByteArrayInputStream(bytes), new DefaultHandler() {
			private final Deque<String> keys = new ArrayDeque<>();
			private Locator locator;

			@Override
			public void setDocumentLocator(Locator locator) {
				this.locator = locator;
			}

			@Override
			public void startElement(String uri, String localName, String qName, Attributes attributes) {
				String parent = keys.isEmpty() ? null : keys.peek();
				String segment = switch (localName) {
				case "eClassifiers", "eSubpackages", "eStructuralFeatures", "eLiterals", "eOperations", "eParameters" -> attributes.getValue("name");
				case "eAnnotations" -> "@" + attributes.getValue("source");
				case "details" -> attributes.getValue("key");
				default -> null;
				};
				String key = parent == null ? "" : segment == null ? parent : join(parent, segment);
				if (parent == null || segment != null) {
					lines.putIfAbsent(key, source.tag(locator, qName).line());
				}
				keys.push(key);
			}

			@Override
			public void endElement(String uri, String localName, String qName) {
				keys.pop();
			}
		});
		return lines;
	}

	/**
	 * A resource set that finds the core metamodel and the registered packages (Ecore's types), and reads no other
	 * file: a couloir's .ecore stands alone.
	 */
	private static final class ClosedResourceSet extends ResourceSetImpl {
		private final URI own;

		ClosedResourceSet(URI own) {
			this.own = own;
			getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new EcoreResourceFactoryImpl());
			for (String location : CORE_LOCATIONS) {
				getPackageRegistry().put(location, SegurPackage.eINSTANCE);
			}
		}

		@Override
		public Resource getResource(URI uri, boolean loadOnDemand) {
			if (uri.equals(own)) {
				return super.getResource(uri, false);
			}
			return delegatedGetResource(uri, false);
		}
	}

	/** The classes of the package and its subpackages. */
	List<EClass> classes() {
		List<EClass> classes = new ArrayList<>();
		collect(ePackage, classes);
		return classes;
	}

	private static void collect(EPackage ePackage, List<EClass> classes) {
		for (EClassifier classifier : ePackage.getEClassifiers()) {
			if (classifier instanceof EClass eClass) {
				classes.add(eClass);
			}
		}
		ePackage.getESubpackages().forEach(p -> collect(p, classes));
	}
}
