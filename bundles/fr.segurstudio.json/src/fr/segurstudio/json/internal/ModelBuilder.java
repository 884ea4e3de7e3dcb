package fr.segurstudio.json.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
import fr.segurstudio.json.RawJson;
import fr.segurstudio.json.SourceMap;
import fr.segurstudio.json.deposit.PieceFiles;
import fr.segurstudio.json.tree.JsonValue;
import fr.segurstudio.json.tree.JsonValue.JsonArray;
import fr.segurstudio.json.tree.JsonValue.JsonNull;
import fr.segurstudio.json.tree.JsonValue.JsonObject;
import fr.segurstudio.model.asp.AspClassMapping;
import fr.segurstudio.model.asp.AspFeatureMapping;
import fr.segurstudio.model.asp.RawValues;
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
			setNull(target, feature); // what the file does not say is not filled in by a default, nor written back
			misfit(target, feature, -1, null, path, feature.key(), json);
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

	/**
	 * A value its place cannot hold: reported (where it stands; for a missing key, at its object), and kept as
	 * written, the model holding null there.
	 *
	 * @param json the value, or null for a missing key (then {@code at} is the object that lacks it)
	 */
	private void misfit(EObject target, AspFeatureMapping feature, int index, JsonValue json, JsonPath parent, String key, JsonValue at) {
		ValueReader.misfit(json, feature, index, valueProblems.of(target, feature, index, parent, key, at));
		RawValues.hold(target, feature.feature(), index, RawJson.text(json));
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

	/** Sets the value of the member {@code key} of the JSON object at {@code parent}, or keeps it as written. */
	private void set(EObject target, AspFeatureMapping feature, JsonValue json, JsonPath parent, String key) {
		if (feature.feature() instanceof EAttribute attribute) {
			if (attribute.isMany()) {
				setList(target, feature, attribute, json, parent, key);
				return;
			}
			Object value = feature.isExportNull() ? ValueReader.reserved(json) // said once by the validator: the ASP fills it
					: ValueReader.read(json, feature, valueProblems.of(target, feature, -1, parent, key, json));
			if (value == ValueReader.RAW) {
				setNull(target, feature);
				if (feature.isExportNull()) {
					misfit(target, feature, -1, json, parent, key, json);
				} else {
					RawValues.hold(target, attribute, -1, RawJson.text(json)); // reported by the reader
				}
			} else if (value == null) {
				setNull(target, feature);
			} else {
				target.eSet(attribute, value);
			}
		} else if (feature.feature() instanceof EReference reference) {
			JsonPath path = parent.key(key);
			if (reference.isMany()) {
				setObjects(target, feature, reference, json, parent, key);
			} else {
				setObject(target, feature, reference, json, parent, key, path);
			}
		}
	}

	/**
	 * A list of values: each element the feature's type holds is added; another one is kept as written, the list
	 * holding null at its place (so that element i of the list is element i of the array).
	 */
	@SuppressWarnings("unchecked")
	private void setList(EObject target, AspFeatureMapping feature, EAttribute attribute, JsonValue json, JsonPath parent, String key) {
		if (!(json instanceof JsonArray array)) {
			misfit(target, feature, -1, json, parent, key, json);
			return;
		}
		EList<Object> list = (EList<Object>) target.eGet(attribute);
		int i = 0;
		for (int e = array.firstElement(); e >= 0; e = array.nextElement(e), i++) {
			JsonValue element = array.element(e);
			Object value = element instanceof JsonNull ? ValueReader.RAW
					: ValueReader.read(element, feature, valueProblems.of(target, feature, i, parent, key, element));
			if (value == ValueReader.RAW) {
				list.add(null);
				if (element instanceof JsonNull) {
					misfit(target, feature, i, element, parent, key, element);
				} else {
					RawValues.hold(target, attribute, i, RawJson.text(element)); // reported by the reader
				}
			} else {
				list.add(value);
			}
		}
	}

	private void setObject(EObject target, AspFeatureMapping feature, EReference reference, JsonValue json, JsonPath parent, String key,
			JsonPath path) {
		if (json instanceof JsonNull) {
			setNull(target, feature);
			return;
		}
		if (!(json instanceof JsonObject object)) {
			misfit(target, feature, -1, json, parent, key, json);
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

	/**
	 * A list of objects: each object of the array is read into the list; anything else in it is kept as written at
	 * its position in the array. A value that is not an array is kept as written whole.
	 */
	@SuppressWarnings("unchecked")
	private void setObjects(EObject target, AspFeatureMapping feature, EReference reference, JsonValue json, JsonPath parent, String key) {
		if (!(json instanceof JsonArray array)) {
			misfit(target, feature, -1, json, parent, key, json);
			return;
		}
		EList<EObject> list = (EList<EObject>) target.eGet(reference);
		JsonPath path = parent.key(key);
		int i = 0;
		for (int e = array.firstElement(); e >= 0; e = array.nextElement(e), i++) {
			JsonValue element = array.element(e);
			if (!(element instanceof JsonObject object)) {
				misfit(target, feature, i, element, parent, key, element);
				continue;
			}
			JsonPath elementPath = path.index(i);
			EObject child = create(reference, target, feature, elementPath, element);
			if (child != null) {
				list.add(child);
				fill(child, object, elementPath);
				RawValues.keepNumbering(child, list.size());
				if (child instanceof PieceJustificative piece) {
					attachFileNextToTheJson(piece);
				}
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
