package fr.segurstudio.testing;

import java.util.List;

import org.eclipse.emf.ecore.EClass;

import fr.segurstudio.model.asp.AspClassMapping;
import fr.segurstudio.model.asp.AspFeatureMapping;

/** The JSON keys of an EClass in the order the exporter writes them. */
public final class JsonKeys {

	private JsonKeys() {
	}

	public static List<String> of(EClass eClass) {
		return AspClassMapping.of(eClass).features().stream().map(AspFeatureMapping::key).toList();
	}
}
