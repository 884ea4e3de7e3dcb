package fr.segurstudio.dsl.serializer;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.linking.impl.LinkingHelper;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.serializer.diagnostic.ISerializationDiagnostic.Acceptor;
import org.eclipse.xtext.serializer.tokens.CrossReferenceSerializer;

import com.google.inject.Inject;
import com.google.inject.Singleton;

import fr.segurstudio.dsl.model.TextStructure;
import fr.segurstudio.dsl.segurDsl.Entry;

/**
 * A field's name written without asking the scope: the name the scope would give first is the field's own
 * ({@link TextStructure#name}, the accepted variants coming after it), so a field that belongs where it is
 * written takes that name, converted once per field. Asking the scope built the list of a block's names and
 * searched it for every value written: a third of the time of writing a dossier of 200 requests. A field
 * that does not belong there, and a name already written in a parsed text, go the scope's way.
 */
@Singleton
public class FeatureNameSerializer extends CrossReferenceSerializer {

	@Inject
	private TextStructure structure;

	@Inject
	private IValueConverterService converter;

	@Inject
	private LinkingHelper linking;

	private final Map<EStructuralFeature, String> tokens = new ConcurrentHashMap<>();

	@Override
	public String serializeCrossRef(EObject semanticObject, CrossReference crossref, EObject target, INode node, Acceptor errors) {
		if (node == null && semanticObject instanceof Entry entry && target instanceof EStructuralFeature feature && !feature.eIsProxy()) {
			EClass owner = structure.classOf(entry.eContainer());
			if (owner != null && structure.features(owner).contains(feature)) {
				return tokens.computeIfAbsent(feature, f -> converter.toString(TextStructure.name(f), linking.getRuleNameFrom(crossref)));
			}
		}
		return super.serializeCrossRef(semanticObject, crossref, target, node, errors);
	}
}
