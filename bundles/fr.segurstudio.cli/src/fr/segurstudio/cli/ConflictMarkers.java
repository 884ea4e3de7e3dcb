package fr.segurstudio.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import fr.segurstudio.dsl.DossierTexts;
import fr.segurstudio.dsl.model.TextEdit;
import fr.segurstudio.dsl.segurDsl.DemandeText;
import fr.segurstudio.dsl.segurDsl.DossierText;

/**
 * Git's conflict markers around the requests in conflict: the request as our side resolves it, then as theirs
 * does, each whole (so that each side reads as a request once the other is deleted) and either empty where that
 * side deleted it. The text editor shows the markers as syntax errors at their lines.
 */
final class ConflictMarkers {

	/** Whole lines of a text: from the start of a line to the start of the line after. */
	private record Lines(int offset, int end) {
	}

	private final DossierTexts texts;
	private final int size;

	ConflictMarkers(DossierTexts texts, int size) {
		this.texts = texts;
		this.size = size;
	}

	/**
	 * {@code ours} with each request of {@code numbers} replaced by the markers around its text in ours and its
	 * text in {@code theirs}; a request ours lacks is put before the dossier's closing brace.
	 */
	String around(String ours, String theirs, List<String> numbers) {
		DossierText ourText = parse(ours);
		DossierText theirText = parse(theirs);
		List<TextEdit> edits = new ArrayList<>();
		for (String numero : numbers) {
			Lines our = request(ourText, ours, numero);
			Lines their = request(theirText, theirs, numero);
			String block = "<".repeat(size) + " ours\n" + (our == null ? "" : ours.substring(our.offset(), our.end())) + "=".repeat(size) + "\n"
					+ (their == null ? "" : theirs.substring(their.offset(), their.end())) + ">".repeat(size) + " theirs\n";
			if (our != null) {
				edits.add(new TextEdit(our.offset(), our.end() - our.offset(), block));
			} else {
				ICompositeNode node = NodeModelUtils.getNode(ourText);
				int closing = ours.lastIndexOf('}', node.getEndOffset() - 1);
				edits.add(new TextEdit(lineStart(ours, closing), 0, block));
			}
		}
		return TextEdit.apply(ours, edits);
	}

	private DossierText parse(String text) {
		return texts.parse(text, "fusion.segur").built().text();
	}

	private static Lines request(DossierText dossier, String text, String numero) {
		for (EObject member : dossier.getMembers()) {
			if (member instanceof DemandeText demande && Objects.equals(demande.getNumeroEditeur(), numero)) {
				ICompositeNode node = NodeModelUtils.getNode(demande);
				return new Lines(lineStart(text, node.getOffset()), lineEnd(text, node.getEndOffset()));
			}
		}
		return null;
	}

	private static int lineStart(String text, int offset) {
		return text.lastIndexOf('\n', offset - 1) + 1;
	}

	private static int lineEnd(String text, int offset) {
		int newline = text.indexOf('\n', offset);
		return newline < 0 ? text.length() : newline + 1;
	}
}
