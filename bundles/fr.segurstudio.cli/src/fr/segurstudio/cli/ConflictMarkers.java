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
 * side deleted it; around the header's fields when they are in conflict. The text editor shows the markers as
 * syntax errors at their lines.
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
	 * text in {@code theirs} (a request ours lacks is put before the dossier's closing brace), and with
	 * {@code header}, the header's fields likewise.
	 */
	String around(String ours, String theirs, List<String> numbers, boolean header) {
		DossierText ourText = parse(ours);
		DossierText theirText = parse(theirs);
		List<TextEdit> edits = new ArrayList<>();
		if (header) {
			Lines our = header(ourText, ours);
			Lines their = header(theirText, theirs);
			int at = our != null ? our.offset() : lineEnd(ours, NodeModelUtils.getNode(ourText).getOffset());
			edits.add(new TextEdit(at, our == null ? 0 : our.end() - our.offset(), block(ours, our, theirs, their)));
		}
		for (String numero : numbers) {
			Lines our = request(ourText, ours, numero);
			Lines their = request(theirText, theirs, numero);
			if (our != null) {
				edits.add(new TextEdit(our.offset(), our.end() - our.offset(), block(ours, our, theirs, their)));
			} else {
				ICompositeNode node = NodeModelUtils.getNode(ourText);
				int closing = ours.lastIndexOf('}', node.getEndOffset() - 1);
				edits.add(new TextEdit(lineStart(ours, closing), 0, block(ours, null, theirs, their)));
			}
		}
		return TextEdit.apply(ours, edits);
	}

	/** The markers around our lines and their lines (either absent: that side has none). */
	private String block(String ours, Lines our, String theirs, Lines their) {
		return "<".repeat(size) + " ours\n" + (our == null ? "" : ours.substring(our.offset(), our.end())) + "=".repeat(size) + "\n"
				+ (their == null ? "" : theirs.substring(their.offset(), their.end())) + ">".repeat(size) + " theirs\n";
	}

	/** The lines of the header's fields: the entries before the first request, or null when there are none. */
	private static Lines header(DossierText dossier, String text) {
		EObject first = null;
		EObject last = null;
		for (EObject member : dossier.getMembers()) {
			if (member instanceof DemandeText) {
				break;
			}
			first = first == null ? member : first;
			last = member;
		}
		if (first == null) {
			return null;
		}
		return new Lines(lineStart(text, NodeModelUtils.getNode(first).getOffset()), lineEnd(text, NodeModelUtils.getNode(last).getEndOffset()));
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
