package fr.segurstudio.json.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;

import fr.segurstudio.json.IssueCodes;
import fr.segurstudio.json.JsonPath;
import fr.segurstudio.json.SourceMap;
import fr.segurstudio.json.deposit.PieceFiles;
import fr.segurstudio.json.tree.JsonValue;
import fr.segurstudio.json.tree.JsonValue.JsonArray;
import fr.segurstudio.json.tree.JsonValue.JsonNull;
import fr.segurstudio.json.tree.JsonValue.JsonObject;
import fr.segurstudio.model.asp.AspClassMapping;
import fr.segurstudio.model.asp.AspFeatureMapping;
import fr.segurstudio.model.asp.Spelling;
import fr.segurstudio.model.core.Dossier;
import fr.segurstudio.model.core.PieceJustificative;
import fr.segurstudio.model.core.SegurPackage;
import fr.segurstudio.model.couloir.Couloir;
import fr.segurstudio.model.issue.Echo;
import fr.segurstudio.model.issue.Issue;
import fr.segurstudio.model.issue.Severity;
import fr.segurstudio.model.issue.SourceLocation;

/**
 * Fills the model from a JSON tree, generically: each object's keys are looked up in the mapping of its
 * EClass (the .ecore annotations), so any couloir's metamodel is read without code of its own.
 */
final class ModelBuilder {

	private final Couloir couloir;
	private final Path directory;
	private final List<Issue> issues = new ArrayList<>();
	private final SourceMap sourceMap;
	/** Where the value being read stands, for the reader's messages: one for the whole import. */
	private final ValueProblems valueProblems = new ValueProblems();
	/** The class the objects of each referenced type are made of in this file's couloir (null: none). */
	private final Map<EClass, EClass> concreteClasses = new IdentityHashMap<>();

	/**
	 * @param couloir   the file's couloir, or null when unknown (couloir blocks are then left out)
	 * @param directory the folder of the file, where supporting documents named as in the file are looked for; may be null
	 * @param size      the length of the file, in bytes (to size the source map)
	 */
	ModelBuilder(Couloir couloir, Path directory, int size) {
		this.couloir = couloir;
		this.directory = directory;
		this.sourceMap = new SourceMap(Math.max(16, size / 200)); // an ASP request is about 1,900 bytes for 7 objects
	}

	List<Issue> issues() {
		return issues;
	}

	SourceMap sourceMap() {
		return sourceMap;
	}

	Dossier dossier(JsonObject root) {
		Dossier dossier = couloir != null ? couloir.newDossier()
				: (Dossier) EcoreUtil.create(SegurPackage.Literals.DOSSIER);
		fill(dossier, root, JsonPath.ROOT);
		return dossier;
	}

	private void fill(EObject target, JsonObject json, JsonPath path) {
		sourceMap.object(target, path, json);
		AspClassMapping mapping = AspClassMapping.of(target.eClass());
		boolean[] seen = new boolean[mapping.features().size()];
		for (int member = json.firstMember(); member >= 0; member = json.nextMember(member)) {
			AspFeatureMapping feature = resolve(mapping, json, member, target, path, seen);
			if (feature != null) {
				seen[feature.index()] = true;
				set(target, feature, json.value(member), path, json.key(member));
			}
		}
		List<AspFeatureMapping> features = mapping.features();
		for (int i = 0; i < features.size(); i++) {
			if (seen[i]) {
				continue;
			}
			AspFeatureMapping feature = features.get(i);
			setNull(target, feature); // what the file does not say is not filled in by a default
			if (!feature.mayBeAbsent()) {
				report(target, feature, -1, IssueCodes.CLE_ABSENTE, "clé obligatoire « " + feature.key() + " » absente"
						+ (feature.mayBeNull() ? " (elle doit être présente, même avec la valeur null)" : ""),
						SourceMap.location(path.key(feature.key()), json.position()));
			}
		}
	}

	/**
	 * The model's null for a value: a JSON null or a missing key. An unsettable attribute (an enumeration)
	 * is unset; a containment the seed writes {@code {}} when absent is set to null, which is not that {}.
	 */
	private static void setNull(EObject target, AspFeatureMapping feature) {
		if (feature.isList()) {
			return;
		}
		if (feature.feature().isUnsettable() && feature.feature() instanceof EAttribute) {
			target.eUnset(feature.feature());
		} else {
			target.eSet(feature.feature(), null);
		}
	}

	/** The feature the member {@code handle} of {@code json} is read into, after reporting how its key is written; or null. */
	private AspFeatureMapping resolve(AspClassMapping mapping, JsonObject json, int handle, EObject target, JsonPath parent,
			boolean[] seen) {
		AspFeatureMapping feature = mapping.byKey(json.key(handle));
		if (feature != null && !seen[feature.index()]) {
			return feature; // the usual case, without allocating a location
		}
		JsonValue.Member member = json.member(handle);
		SourceLocation at = SourceMap.location(parent.key(member.key()), member.keyPosition());
		if (feature == null) {
			feature = mapping.byAlias(member.key());
			if (feature != null) {
				issues.add(new Issue(Severity.WARNING, IssueCodes.CLE_VARIANTE, "« " + member.key() + " » est une variante acceptée de « "
						+ feature.key() + " » ; le fichier exporté l'écrira « " + feature.key() + " »", target, feature.feature(), -1, at,
						List.of(feature.key())));
			}
		}
		if (feature == null) {
			feature = mapping.byKeyIgnoringCase(member.key());
			if (feature != null) {
				issues.add(new Issue(Severity.ERROR, IssueCodes.CLE_CASSE, "clé « " + Echo.text(member.key()) + " » : elle s'écrit « " + feature.key()
						+ " » (majuscules et minuscules comptent)", target, feature.feature(), -1, at, List.of(feature.key())));
			}
		}
		if (feature == null) {
			List<String> keys = mapping.features().stream().map(AspFeatureMapping::key).toList();
			String close = Spelling.closest(member.key(), keys);
			issues.add(new Issue(Severity.ERROR, IssueCodes.CLE_INCONNUE, "clé inconnue " + Echo.quote(member.key())
					+ (close == null ? "" : " ; vouliez-vous dire « " + close + " » ?") + " ; clés attendues ici : " + String.join(", ", keys),
					target, null, -1, at, close == null ? List.of() : List.of(close)));
			return null;
		}
		if (seen[feature.index()]) {
			issues.add(new Issue(Severity.ERROR, IssueCodes.CLE_DOUBLE, "clé « " + feature.key() + " » en double ; seule la première est lue",
					target, feature.feature(), -1, at));
			return null;
		}
		return feature;
	}

	/** Sets the value of the member {@code key} of the JSON object at {@code parent}. */
	private void set(EObject target, AspFeatureMapping feature, JsonValue json, JsonPath parent, String key) {
		if (feature.feature() instanceof EAttribute attribute) {
			if (attribute.isMany()) {
				setList(target, feature, attribute, json, parent, key);
			} else {
				Object value;
				if (feature.isExportNull()) {
					value = ValueReader.reserved(json); // said once by the validator: the ASP fills it
					if (value == null && !(json instanceof JsonNull)) {
						report(target, feature, -1, IssueCodes.TYPE, "« " + feature.key() + " » : " + json.typeName()
								+ " au lieu de null (la valeur est remplie par l'ASP)", SourceMap.location(parent.key(key), json.position()), "null");
					}
				} else {
					value = ValueReader.read(json, feature, valueProblems.of(target, feature, -1, parent, key, json));
				}
				if (value == null) {
					setNull(target, feature);
				} else {
					target.eSet(attribute, value);
				}
			}
		} else if (feature.feature() instanceof EReference reference) {
			JsonPath path = parent.key(key);
			if (reference.isMany()) {
				setObjects(target, feature, reference, json, path);
			} else {
				setObject(target, feature, reference, json, path);
			}
		}
	}

	@SuppressWarnings("unchecked")
	private void setList(EObject target, AspFeatureMapping feature, EAttribute attribute, JsonValue json, JsonPath parent, String key) {
		EList<Object> list = (EList<Object>) target.eGet(attribute);
		int[] kept = null; // the JSON index of each element taken, once one is not
		if (json instanceof JsonArray array) {
			int i = 0;
			for (int e = array.firstElement(); e >= 0; e = array.nextElement(e)) {
				kept = addElement(target, feature, list, array.element(e), i++, kept, parent, key);
			}
		} else if (json instanceof JsonNull) {
			report(target, feature, -1, IssueCodes.TYPE, "« " + feature.key() + " » : null au lieu d'un tableau (écrivez [] s'il est vide)",
					SourceMap.location(parent.key(key), json.position()), "[]");
			return;
		} else {
			report(target, feature, -1, IssueCodes.TYPE, "« " + feature.key() + " » : " + ValueReader.describe(json)
					+ " au lieu d'un tableau ; écrivez [ ... ]", SourceMap.location(parent.key(key), json.position()));
			kept = addElement(target, feature, list, json, 0, kept, parent, key);
		}
		if (kept != null) {
			sourceMap.keptElements(target, attribute, Arrays.copyOf(kept, list.size()));
		}
	}

	/**
	 * Adds the value of the JSON element {@code i} to the list, or reports it; {@code kept} is null as long as
	 * every element was taken, then the JSON index of each one taken (returned, grown as needed).
	 */
	private int[] addElement(EObject target, AspFeatureMapping feature, EList<Object> list, JsonValue element, int i, int[] kept,
			JsonPath parent, String key) {
		int index = list.size();
		Object value = ValueReader.read(element, feature, valueProblems.of(target, feature, index, parent, key, element));
		if (value != null) {
			if (kept != null) {
				if (index == kept.length) {
					kept = Arrays.copyOf(kept, 2 * index + 4);
				}
				kept[index] = i;
			}
			list.add(value);
			return kept;
		}
		if (kept == null) {
			kept = new int[index + 4];
			for (int k = 0; k < index; k++) {
				kept[k] = k;
			}
		}
		if (element instanceof JsonNull) {
			report(target, feature, index, IssueCodes.TYPE, "« " + feature.key() + "[" + index + "] » : null dans un tableau de valeurs",
					SourceMap.location(parent.key(key).index(index), element.position()));
		}
		return kept;
	}

	private void setObject(EObject target, AspFeatureMapping feature, EReference reference, JsonValue json, JsonPath path) {
		if (json instanceof JsonNull) {
			setNull(target, feature);
			return;
		}
		if (!(json instanceof JsonObject object)) {
			report(target, feature, -1, IssueCodes.TYPE, "« " + feature.key() + " » : " + ValueReader.describe(json) + " au lieu d'un objet { ... }",
					SourceMap.location(path, json.position()));
			return;
		}
		if (object.firstMember() < 0 && "{}".equals(feature.absentAs())) {
			target.eUnset(reference); // {} is how the seed writes an absent block (MDV structure of a LIBERAL order)
			return;
		}
		EObject child = create(reference, target, feature, path, json);
		if (child != null) {
			target.eSet(reference, child);
			fill(child, object, path);
		}
	}

	@SuppressWarnings("unchecked")
	private void setObjects(EObject target, AspFeatureMapping feature, EReference reference, JsonValue json, JsonPath path) {
		EList<EObject> list = (EList<EObject>) target.eGet(reference);
		if (json instanceof JsonArray array) {
			int i = 0;
			for (int e = array.firstElement(); e >= 0; e = array.nextElement(e)) {
				addObject(target, feature, reference, list, array.element(e), path, i++);
			}
		} else if (json instanceof JsonObject) {
			report(target, feature, -1, IssueCodes.TYPE, "« " + feature.key() + " » : objet au lieu d'un tableau ; écrivez [ { ... } ]",
					SourceMap.location(path, json.position()));
			addObject(target, feature, reference, list, json, path, 0);
		} else {
			report(target, feature, -1, IssueCodes.TYPE, "« " + feature.key() + " » : " + ValueReader.describe(json)
					+ " au lieu d'un tableau d'objets" + (json instanceof JsonNull ? " (écrivez [] s'il est vide)" : ""),
					SourceMap.location(path, json.position()));
		}
	}

	/** Adds the object of the JSON element {@code i} of the list at {@code path} to the list, or reports it. */
	private void addObject(EObject target, AspFeatureMapping feature, EReference reference, EList<EObject> list, JsonValue element,
			JsonPath path, int i) {
		JsonPath elementPath = path.index(i);
		if (!(element instanceof JsonObject object)) {
			report(target, feature, -1, IssueCodes.TYPE, "« " + feature.key() + "[" + i + "] » : " + ValueReader.describe(element)
					+ " au lieu d'un objet { ... }", SourceMap.location(elementPath, element.position()));
			return;
		}
		EObject child = create(reference, target, feature, elementPath, element);
		if (child != null) {
			list.add(child);
			fill(child, object, elementPath);
			if (child instanceof PieceJustificative piece) {
				attachFileNextToTheJson(piece);
			}
		}
	}

	private EObject create(EReference reference, EObject target, AspFeatureMapping feature, JsonPath path, JsonValue json) {
		EClass type = reference.getEReferenceType();
		EClass concrete = concreteClasses.get(type);
		if (concrete == null && !concreteClasses.containsKey(type)) {
			concrete = couloir != null ? couloir.concreteClass(type) : (type.isAbstract() ? null : type);
			concreteClasses.put(type, concrete);
		}
		if (concrete == null) {
			report(target, feature, -1, IssueCodes.COULOIR, "« " + feature.key() + " » ignoré : le couloir du fichier n'est pas reconnu",
					SourceMap.location(path, json.position()));
			return null;
		}
		return EcoreUtil.create(concrete);
	}

	/** A supporting document lying next to the JSON under its nomenclature name is the one to deposit. */
	private void attachFileNextToTheJson(PieceJustificative piece) {
		String name = piece.getNomFichier();
		if (directory == null || !PieceFiles.isSafeName(name)) {
			return;
		}
		if (Files.isRegularFile(directory.resolve(name))) {
			piece.setChemin(name);
		}
	}

	private void report(EObject target, AspFeatureMapping feature, int index, String code, String message, SourceLocation at,
			String... data) {
		issues.add(new Issue(Severity.ERROR, code, message, target, feature.feature(), index, at, List.of(data)));
	}

	/**
	 * The value being read, for the messages of {@link ValueReader}: the member {@code key} of the JSON
	 * object at {@code parent}, or its element {@code index}. Its name and location are made only when
	 * the value has a problem.
	 */
	private final class ValueProblems implements ValueReader.Problems {
		private EObject target;
		private AspFeatureMapping feature;
		private int index;
		private JsonPath parent;
		private String key;
		private JsonValue json;

		ValueProblems of(EObject target, AspFeatureMapping feature, int index, JsonPath parent, String key, JsonValue json) {
			this.target = target;
			this.feature = feature;
			this.index = index;
			this.parent = parent;
			this.key = key;
			this.json = json;
			return this;
		}

		@Override
		public String name() {
			return index < 0 ? feature.key() : feature.key() + "[" + index + "]";
		}

		@Override
		public void error(String code, String message, String... data) {
			JsonPath path = index < 0 ? parent.key(key) : parent.key(key).index(index);
			report(target, feature, index, code, message, SourceMap.location(path, json.position()), data);
		}
	}

}
