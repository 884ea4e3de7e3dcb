package fr.segurstudio.json.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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
	private final SourceMap sourceMap = new SourceMap();

	/**
	 * @param couloir   the file's couloir, or null when unknown (couloir blocks are then left out)
	 * @param directory the folder of the file, where supporting documents named as in the file are looked for; may be null
	 */
	ModelBuilder(Couloir couloir, Path directory) {
		this.couloir = couloir;
		this.directory = directory;
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
		sourceMap.object(target, path, json.position());
		AspClassMapping mapping = AspClassMapping.of(target.eClass());
		Set<AspFeatureMapping> seen = new HashSet<>();
		for (JsonValue.Member member : json.members()) {
			JsonPath memberPath = path.key(member.key());
			AspFeatureMapping feature = resolve(mapping, member, target, memberPath, seen);
			if (feature != null) {
				seen.add(feature);
				set(target, feature, member.value(), memberPath);
			}
		}
		for (AspFeatureMapping feature : mapping.features()) {
			if (seen.contains(feature)) {
				continue;
			}
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

	private AspFeatureMapping resolve(AspClassMapping mapping, JsonValue.Member member, EObject target, JsonPath path,
			Set<AspFeatureMapping> seen) {
		AspFeatureMapping feature = mapping.byKey(member.key());
		if (feature != null && !seen.contains(feature)) {
			return feature; // the usual case, without allocating a location
		}
		SourceLocation at = SourceMap.location(path, member.keyPosition());
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
		if (seen.contains(feature)) {
			issues.add(new Issue(Severity.ERROR, IssueCodes.CLE_DOUBLE, "clé « " + feature.key() + " » en double ; seule la première est lue",
					target, feature.feature(), -1, at));
			return null;
		}
		return feature;
	}

	private void set(EObject target, AspFeatureMapping feature, JsonValue json, JsonPath path) {
		sourceMap.value(target, feature.feature(), json.position());
		if (feature.feature() instanceof EAttribute attribute) {
			if (attribute.isMany()) {
				setList(target, feature, attribute, json, path);
			} else {
				Object value;
				if (feature.isExportNull()) {
					value = ValueReader.reserved(json); // said once by the validator: the ASP fills it
					if (value == null && !(json instanceof JsonNull)) {
						report(target, feature, -1, IssueCodes.TYPE, "« " + feature.key() + " » : " + json.typeName()
								+ " au lieu de null (la valeur est remplie par l'ASP)", SourceMap.location(path, json.position()), "null");
					}
				} else {
					value = ValueReader.read(json, attribute, feature.key(),
							(code, message, data) -> report(target, feature, -1, code, message, SourceMap.location(path, json.position()), data));
				}
				if (value == null) {
					setNull(target, feature);
				} else {
					target.eSet(attribute, value);
				}
			}
		} else if (feature.feature() instanceof EReference reference) {
			if (reference.isMany()) {
				setObjects(target, feature, reference, json, path);
			} else {
				setObject(target, feature, reference, json, path);
			}
		}
	}

	@SuppressWarnings("unchecked")
	private void setList(EObject target, AspFeatureMapping feature, EAttribute attribute, JsonValue json, JsonPath path) {
		EList<Object> list = (EList<Object>) target.eGet(attribute);
		List<JsonValue> elements;
		if (json instanceof JsonArray array) {
			elements = array.elements();
		} else if (json instanceof JsonNull) {
			report(target, feature, -1, IssueCodes.TYPE, "« " + feature.key() + " » : null au lieu d'un tableau (écrivez [] s'il est vide)",
					SourceMap.location(path, json.position()), "[]");
			return;
		} else {
			report(target, feature, -1, IssueCodes.TYPE, "« " + feature.key() + " » : " + ValueReader.describe(json)
					+ " au lieu d'un tableau ; écrivez [ ... ]", SourceMap.location(path, json.position()));
			elements = List.of(json);
		}
		for (JsonValue element : elements) {
			int index = list.size();
			JsonPath elementPath = path.index(index);
			Object value = ValueReader.read(element, attribute, feature.key() + "[" + index + "]",
					(code, message, data) -> report(target, feature, index, code, message, SourceMap.location(elementPath, element.position()), data));
			if (value != null) {
				sourceMap.element(target, attribute, element.position());
				list.add(value);
			} else if (element instanceof JsonNull) {
				report(target, feature, index, IssueCodes.TYPE, "« " + feature.key() + "[" + index + "] » : null dans un tableau de valeurs",
						SourceMap.location(elementPath, element.position()));
			}
		}
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
		if (object.members().isEmpty() && "{}".equals(feature.absentAs())) {
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
		List<JsonValue> elements;
		if (json instanceof JsonArray array) {
			elements = array.elements();
		} else if (json instanceof JsonObject) {
			report(target, feature, -1, IssueCodes.TYPE, "« " + feature.key() + " » : objet au lieu d'un tableau ; écrivez [ { ... } ]",
					SourceMap.location(path, json.position()));
			elements = List.of(json);
		} else {
			report(target, feature, -1, IssueCodes.TYPE, "« " + feature.key() + " » : " + ValueReader.describe(json)
					+ " au lieu d'un tableau d'objets" + (json instanceof JsonNull ? " (écrivez [] s'il est vide)" : ""),
					SourceMap.location(path, json.position()));
			return;
		}
		EList<EObject> list = (EList<EObject>) target.eGet(reference);
		for (int i = 0; i < elements.size(); i++) {
			JsonValue element = elements.get(i);
			JsonPath elementPath = path.index(i);
			if (!(element instanceof JsonObject object)) {
				report(target, feature, -1, IssueCodes.TYPE, "« " + feature.key() + "[" + i + "] » : " + ValueReader.describe(element)
						+ " au lieu d'un objet { ... }", SourceMap.location(elementPath, element.position()));
				continue;
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
	}

	private EObject create(EReference reference, EObject target, AspFeatureMapping feature, JsonPath path, JsonValue json) {
		EClass type = reference.getEReferenceType();
		EClass concrete = couloir != null ? couloir.concreteClass(type) : (type.isAbstract() ? null : type);
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

}
