package fr.segurstudio.dsl.model;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;

import fr.segurstudio.dsl.segurDsl.DemandeText;

import fr.segurstudio.model.asp.AspPaths;
import fr.segurstudio.model.issue.SourceLocation;
import fr.segurstudio.model.issue.SourceLocator;

/** Locations in a .segur text: the text range of a value, with the JSON path the value has in the ASP JSON. */
public final class TextLocator implements SourceLocator {

	private final BuiltDossier built;
	/** The model objects of the requests a syntax error lies in; computed when first asked. */
	private Set<EObject> broken;

	public TextLocator(BuiltDossier built) {
		this.built = built;
	}

	/** False for what lies in a request of the text that has a syntax error (the parser recovered a guess). */
	@Override
	public boolean readWhole(EObject object) {
		if (broken == null) {
			broken = brokenRequests();
		}
		for (EObject o = object; o != null; o = o.eContainer()) {
			if (broken.contains(o)) {
				return false;
			}
		}
		return true;
	}

	private Set<EObject> brokenRequests() {
		Set<EObject> requests = Collections.newSetFromMap(new IdentityHashMap<>());
		if (!(built.text().eResource() instanceof XtextResource resource) || resource.getParseResult() == null) {
			return requests;
		}
		for (INode error : resource.getParseResult().getSyntaxErrors()) {
			for (EObject node = NodeModelUtils.findActualSemanticObjectFor(error); node != null; node = node.eContainer()) {
				if (node instanceof DemandeText) {
					EObject request = built.trace().object(node);
					if (request != null) {
						requests.add(request);
					}
					break;
				}
			}
		}
		return requests;
	}

	@Override
	public SourceLocation locate(EObject object) {
		return location(TextPlace.ofObject(built, object), AspPaths.of(object));
	}

	@Override
	public SourceLocation locate(EObject object, EStructuralFeature feature, int index) {
		return location(TextPlace.of(built, object, feature, index), object == null ? "" : AspPaths.of(object, feature, index));
	}

	/** The text range of a place, with a path. */
	public static SourceLocation location(TextPlace place, String path) {
		INode node = node(place);
		if (node == null) {
			return new SourceLocation(path, 0, 0, -1, -1);
		}
		int offset = node.getOffset();
		int line = node.getStartLine();
		ICompositeNode root = node.getRootNode();
		String text = root.getText();
		int lineStart = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
		return new SourceLocation(path, line, text.codePointCount(lineStart, offset) + 1, offset, node.getLength());
	}

	public static INode node(TextPlace place) {
		if (place.nodeFeature() == null) {
			return NodeModelUtils.getNode(place.node());
		}
		List<INode> nodes = NodeModelUtils.findNodesForFeature(place.node(), place.nodeFeature());
		if (nodes.isEmpty()) {
			return NodeModelUtils.getNode(place.node());
		}
		return place.index() >= 0 && place.index() < nodes.size() ? nodes.get(place.index()) : nodes.get(0);
	}
}
