package fr.segurstudio.json;

import java.util.List;

import fr.segurstudio.json.tree.JsonValue;
import fr.segurstudio.model.core.Dossier;
import fr.segurstudio.model.couloir.Couloir;
import fr.segurstudio.model.issue.Issue;
import fr.segurstudio.model.issue.SourceLocator;

/**
 * What a file gave: the dossier (whenever an ASP JSON file is syntactically readable, even with errors,
 * so that the user has a model to fix; a .segur text gives one too), its couloir, every problem met, and
 * where each value stood in the file.
 *
 * @param file      the file name as given
 * @param tree      the JSON read, or null when unreadable or not JSON
 * @param dossier   null when the JSON is unreadable or not an object
 * @param couloir   null when not recognised
 * @param issues    in file order; request-level ones carry their target object
 * @param sourceMap positions of the imported objects and values
 */
public record ImportResult(String file, JsonValue tree, Dossier dossier, Couloir couloir, List<Issue> issues, SourceLocator sourceMap) {

	/** True when the file gave a model (a JSON tree, or a .segur text that parsed). */
	public boolean readable() {
		return tree != null || dossier != null;
	}

	/** True when the file is ASP JSON (the portal's structure control applies). */
	public boolean isJson() {
		return tree != null;
	}

	public boolean hasErrors() {
		return issues.stream().anyMatch(Issue::isError);
	}
}
