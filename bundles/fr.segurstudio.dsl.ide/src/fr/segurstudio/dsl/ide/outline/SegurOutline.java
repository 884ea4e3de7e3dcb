package fr.segurstudio.dsl.ide.outline;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.resource.XtextResource;

import fr.segurstudio.dsl.model.TextStructure;
import fr.segurstudio.dsl.segurDsl.Block;
import fr.segurstudio.dsl.segurDsl.DemandeText;
import fr.segurstudio.dsl.segurDsl.DossierText;
import fr.segurstudio.dsl.segurDsl.Entry;
import fr.segurstudio.dsl.segurDsl.Member;
import fr.segurstudio.dsl.segurDsl.Scalar;
import fr.segurstudio.dsl.segurDsl.StringValue;

/** The outline of a .segur text, independent of any UI: dossier → requests → blocks (and their blocks). */
public class SegurOutline {

	private static final String DOSSIER = "dossier";
	private static final String DEMANDE = "demande";

	/** One line of the outline and the text range it stands for. */
	public record Node(String label, String kind, int offset, int length, List<Node> children) {
	}

	/**
	 * The outline of the text parsed. With syntax errors its requests are those a scan of the text finds
	 * ({@link RequestScan}): the parse's recovery may have lost those after the error; the requests it kept keep their
	 * blocks.
	 */
	public Node outline(XtextResource resource) {
		DossierText dossier = resource.getContents().isEmpty() ? null : resource.getContents().get(0) instanceof DossierText d ? d : null;
		List<Node> children = new ArrayList<>();
		if (dossier != null) {
			for (Member member : dossier.getMembers()) {
				if (member instanceof DemandeText demande) {
					children.add(node(label(demande.getNumeroEditeur()), DEMANDE, demande, blocks(demande.getEntries())));
				}
			}
		}
		IParseResult parse = resource.getParseResult();
		if (parse != null && parse.hasSyntaxErrors() && parse.getRootNode() != null) {
			children = withScanned(children, RequestScan.scan(parse.getRootNode().getText()));
		}
		if (dossier == null) {
			return children.isEmpty() ? null : new Node(DOSSIER, DOSSIER, 0, parse.getRootNode().getLength(), List.copyOf(children));
		}
		return node(dossier.getCouloir() + "-" + dossier.getLogiciel() + headerDetail(dossier), DOSSIER, dossier, children);
	}

	/** The requests the scan found, each the parsed one where the parse has it (same start), with its blocks. */
	private static List<Node> withScanned(List<Node> parsed, List<RequestScan.Request> scanned) {
		List<Node> requests = new ArrayList<>();
		for (RequestScan.Request request : scanned) {
			Node known = parsed.stream().filter(n -> n.offset() == request.offset()).findFirst().orElse(null);
			requests.add(known != null ? known : new Node(label(request.numeroEditeur()), DEMANDE, request.offset(), request.length(), List.of()));
		}
		return requests;
	}

	private static String label(String numeroEditeur) {
		return "demande " + (numeroEditeur == null ? "?" : numeroEditeur);
	}

	private List<Node> blocks(List<Entry> entries) {
		List<Node> nodes = new ArrayList<>();
		for (Entry entry : entries) {
			if (entry.getValue() instanceof Block block && entry.getFeature() != null && !entry.getFeature().eIsProxy()) {
				nodes.add(node(TextStructure.name(entry.getFeature()) + detail(block), "bloc", entry, blocks(block.getEntries())));
			}
		}
		return nodes;
	}

	/** The first text value of a block (a FINESS, a name) tells blocks of one list apart. */
	private static String detail(Block block) {
		for (Entry entry : block.getEntries()) {
			Scalar value = entry.getValue() instanceof Scalar s ? s : null;
			if (value instanceof StringValue string) {
				return " " + string.getValue();
			}
		}
		return "";
	}

	private static String headerDetail(DossierText dossier) {
		for (Member member : dossier.getMembers()) {
			if (member instanceof Entry entry && entry.getFeature() != null && !entry.getFeature().eIsProxy()
					&& "numeroAns".equals(TextStructure.name(entry.getFeature())) && entry.getValue() instanceof StringValue ans) {
				return " · ANS " + ans.getValue();
			}
		}
		return "";
	}

	private static Node node(String label, String kind, EObject object, List<Node> children) {
		INode node = NodeModelUtils.findActualNodeFor(object);
		return new Node(label, kind, node == null ? 0 : node.getOffset(), node == null ? 0 : node.getLength(), List.copyOf(children));
	}
}
