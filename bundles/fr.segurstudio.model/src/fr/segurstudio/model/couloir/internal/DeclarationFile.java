package fr.segurstudio.model.couloir.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * {@code couloir.xml}, the declaration of a couloir folder: the {@code <couloir>} element of the extension point
 * {@code fr.segurstudio.model.couloirs} as a plug-in writes it (same attributes, same {@code <typePiece>} and
 * {@code <profil>} children), plus the {@code ecore} attribute (its .ecore, when the folder has several) and
 * {@code <view file>} and {@code <codeList>} children. Read strictly: an element or attribute outside this
 * vocabulary is a mistake (a misspelt {@code lable} would silently lose the label), reported with its line.
 */
final class DeclarationFile {

	/** The attributes each element may have. */
	static final Map<String, List<String>> ATTRIBUTES = Map.of(
			"couloir", List.of("code", "logiciel", "vague", "label", "nsURI", "ecore", "beneficiaires", "scenario", "seed"),
			"typePiece", List.of("type", "code", "label", "min", "max", "expectedWhen", "seed"),
			"profil", List.of("feature", "value", "nom", "seed", "note"),
			"codeList", List.of("id", "file", "label", "seed"),
			"view", List.of("file"));
	private static final Set<String> CHILDREN = Set.of("typePiece", "profil", "codeList", "view");

	/** What the file says, and what in it is outside the vocabulary. */
	record Read(Declaration root, List<String> problems) {
	}

	/** One element of the file with its line. */
	private record Element(String name, Map<String, String> attributes, SourceLines.Tag tag, List<Element> children, CouloirSource source)
			implements Declaration {

		@Override
		public String attribute(String attribute) {
			return attributes.get(attribute);
		}

		@Override
		public List<Declaration> children(String childName) {
			return children.stream().filter(c -> c.name.equals(childName)).<Declaration>map(c -> c).toList();
		}

		@Override
		public String where() {
			return source.name(CouloirSource.DECLARATION) + ", ligne " + tag.line();
		}

		@Override
		public String where(String attribute) {
			return source.name(CouloirSource.DECLARATION) + ", ligne " + tag.line(attribute);
		}

		@Override
		public byte[] file(String path) throws IOException {
			return source.read(path);
		}

		@Override
		public String fileName(String path) {
			return source.name(path);
		}
	}

	private DeclarationFile() {
	}

	/**
	 * Reads the source's couloir.xml.
	 *
	 * @throws Unreadable when the file cannot be read or is not well-formed XML (the message has its line)
	 */
	static Read read(CouloirSource source) throws Unreadable {
		byte[] bytes;
		try {
			bytes = source.read(CouloirSource.DECLARATION);
		} catch (IOException e) {
			throw new Unreadable(source.problem(CouloirSource.DECLARATION, e));
		}
		Handler handler = new Handler(source, new SourceLines(bytes));
		try {
			parser().parse(new ByteArrayInputStream(bytes), handler);
		} catch (SAXParseException e) {
			throw new Unreadable(source.name(CouloirSource.DECLARATION) + ", ligne " + e.getLineNumber() + ", colonne " + e.getColumnNumber()
					+ " : XML illisible (" + e.getMessage() + ")");
		} catch (SAXException | IOException | ParserConfigurationException e) {
			throw new Unreadable(source.name(CouloirSource.DECLARATION) + " : XML illisible (" + e.getMessage() + ")");
		}
		return new Read(handler.root, List.copyOf(handler.problems));
	}

	/** A declaration that cannot be read at all. */
	static final class Unreadable extends Exception {
		private static final long serialVersionUID = 1L;

		Unreadable(String message) {
			super(message);
		}
	}

	/** A parser that reads no DTD nor external entity: a couloir's file is data, never a way to reach other files. */
	static SAXParser parser() throws ParserConfigurationException, SAXException {
		SAXParserFactory factory = SAXParserFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
		factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
		return factory.newSAXParser();
	}

	private static final class Handler extends DefaultHandler {
		private final CouloirSource source;
		private final SourceLines lines;
		private final Deque<Element> open = new ArrayDeque<>();
		private final List<String> problems = new ArrayList<>();
		private Locator locator;
		private Element root;
		private int skipped; // depth inside an element outside the vocabulary

		Handler(CouloirSource source, SourceLines lines) {
			this.source = source;
			this.lines = lines;
		}

		@Override
		public void setDocumentLocator(Locator locator) {
			this.locator = locator;
		}

		@Override
		public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
			SourceLines.Tag tag = lines.tag(locator, qName);
			String where = source.name(CouloirSource.DECLARATION) + ", ligne " + tag.line() + " : ";
			if (skipped > 0) {
				skipped++;
				return;
			}
			if (open.isEmpty() && root != null) {
				return; // not reachable: XML has one root
			}
			boolean allowed = open.isEmpty() ? localName.equals("couloir") : open.peek().name.equals("couloir") && CHILDREN.contains(localName);
			if (!allowed) {
				problems.add(where + (open.isEmpty() ? "l'élément racine doit être <couloir>, pas <" + qName + ">"
						: "élément <" + qName + "> inconnu dans <" + open.peek().name + "> ; éléments permis : " + String.join(", ", CHILDREN.stream().sorted().toList())));
				skipped = 1;
				return;
			}
			List<String> known = ATTRIBUTES.get(localName);
			Map<String, String> values = new LinkedHashMap<>();
			for (int i = 0; i < attributes.getLength(); i++) {
				String name = attributes.getLocalName(i).isEmpty() ? attributes.getQName(i) : attributes.getLocalName(i);
				if (!attributes.getURI(i).isEmpty() || name.startsWith("xmlns")) {
					continue; // namespace declarations, xsi:schemaLocation
				}
				if (!known.contains(name)) {
					problems.add(source.name(CouloirSource.DECLARATION) + ", ligne " + tag.line(name) + " : attribut « " + name + " » inconnu sur <"
							+ localName + "> ; attributs permis : " + String.join(", ", known));
				}
				values.put(name, attributes.getValue(i));
			}
			Element element = new Element(localName, values, tag, new ArrayList<>(), source);
			if (open.isEmpty()) {
				root = element;
			} else {
				open.peek().children.add(element);
			}
			open.push(element);
		}

		@Override
		public void endElement(String uri, String localName, String qName) {
			if (skipped > 0) {
				skipped--;
				return;
			}
			if (!open.isEmpty()) {
				open.pop();
			}
		}

		@Override
		public void characters(char[] ch, int start, int length) {
			if (skipped == 0 && !new String(ch, start, length).isBlank()) {
				int line = locator == null ? 0 : locator.getLineNumber();
				problems.add(source.name(CouloirSource.DECLARATION) + ", ligne " + line + " : du texte hors des attributs (« "
						+ new String(ch, start, length).strip() + " ») : les valeurs s'écrivent en attributs, par exemple <typePiece type=\"BON_COMMANDE\" …/>");
			}
		}
	}
}
