package fr.segurstudio.dsl.ide.outline;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
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

	/** One line of the outline and the text range it stands for. */
	public record Node(String label, String kind, int offset, int length, List<Node> children) {
	}

	public Node outline(XtextResource resource) {
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof DossierText dossier)) {
			return null;
		}
		List<Node> children = new ArrayList<>();
		for (Member member : dossier.getMembers()) {
			if (member instanceof DemandeText demande) {
				children.add(node("demande " + (demande.getNumeroEditeur() == null ? "?" : demande.getNumeroEditeur()), "demande", demande,
						blocks(demande.getEntries())));
			}
		}
		return node(dossier.getCouloir() + "-" + dossier.getLogiciel() + headerDetail(dossier), "dossier", dossier, children);
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
