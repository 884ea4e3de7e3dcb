package fr.segurstudio.forms;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;

import fr.segurstudio.model.asp.AspAnnotation;
import fr.segurstudio.model.asp.AspFeatureMapping;
import fr.segurstudio.model.asp.ValueKind;
import fr.segurstudio.model.couloir.CodeList;
import fr.segurstudio.model.couloir.Couloir;
import fr.segurstudio.model.couloir.CouloirRegistry;

/**
 * What a form knows beyond its object: the dossier's couloir (the concrete classes of its beneficiaries and
 * scenario, its supporting-document types) and the shared code lists (the 355 operator codes). Either may be
 * null: a form of a class that needs neither.
 */
public record FormContext(CouloirRegistry registry, Couloir couloir) {

	/** No couloir, no code lists. */
	public static final FormContext NONE = new FormContext(null, null);

	/** The class to create or show for a value of this type: the couloir's subclass of an abstract core class. */
	public EClass concreteClass(EClass type) {
		if (couloir != null) {
			EClass concrete = couloir.concreteClass(type);
			if (concrete != null) {
				return concrete;
			}
		}
		return type;
	}

	/** A declared code list, when the registry is known. */
	public Optional<CodeList> codeList(String id) {
		return registry == null ? Optional.empty() : registry.codeList(id);
	}

	/**
	 * The values a feature may take, in the data's order: an enumeration's literals, the couloir's
	 * supporting-document types, a declared code list, the seed's closed set; empty for an open value.
	 */
	public List<Choice> choices(EStructuralFeature feature, AspFeatureMapping mapping) {
		ValueKind kind = mapping != null ? mapping.kind() : ValueKind.of(feature);
		String codeList = mapping != null ? mapping.codeList() : null;
		if (AspAnnotation.TYPES_PIECES.equals(codeList)) {
			return couloir == null ? List.of() : couloir.typesPieces().stream().map(t -> new Choice(t.type(), t.label())).toList();
		}
		if (codeList != null) {
			return codeList(codeList).map(list -> list.entries().entrySet().stream().map(e -> new Choice(e.getKey(), e.getValue())).toList())
					.orElse(List.of());
		}
		if (mapping != null && !mapping.values().isEmpty()) {
			return mapping.values().stream().sorted().map(v -> new Choice(v, v)).toList();
		}
		if (kind == ValueKind.ENUMERATION) {
			return kind.choices(feature).stream().map(v -> new Choice(v, v)).toList();
		}
		return List.of();
	}
}
