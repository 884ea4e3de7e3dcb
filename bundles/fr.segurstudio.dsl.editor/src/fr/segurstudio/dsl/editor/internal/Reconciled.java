package fr.segurstudio.dsl.editor.internal;

import java.util.List;

import fr.segurstudio.dsl.DossierTexts;
import fr.segurstudio.dsl.ide.outline.SegurOutline;
import fr.segurstudio.model.issue.Issue;

/**
 * What one reconcile found for one state of the document (its modification stamp): the parsed text, the
 * issues as {@code segur validate} and the workspace validation report them, the outline and the semantic
 * highlighting. Immutable; computed off the UI thread.
 *
 * @param parseFailed the text has syntax errors or no dossier: the model is not the text's
 * @param timings     what the check cost (the benchmark's breakdown)
 */
public record Reconciled(String text, long stamp, DossierTexts.Parsed parsed, List<Issue> issues, SegurOutline.Node outline,
		List<Highlight> highlights, boolean parseFailed, Timings timings) {

	/**
	 * @param inPlace the text was parsed into the previous check's tree (only the edited part parsed again)
	 * @param parse   nanoseconds to parse; {@code rules}: to read the model and run the validator; {@code views}:
	 *                semantic colours and outline
	 */
	public record Timings(boolean inPlace, long parse, long rules, long views) {
	}

	/** One word to colour by its meaning ({@code SegurHighlighting}'s style ids). */
	public record Highlight(int offset, int length, String style) {
	}

	public long errors() {
		return issues.stream().filter(Issue::isError).count();
	}
}
