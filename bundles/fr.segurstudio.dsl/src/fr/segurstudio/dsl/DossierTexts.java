package fr.segurstudio.dsl;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Injector;

import fr.segurstudio.dsl.model.BuiltDossier;
import fr.segurstudio.dsl.model.TextEdit;
import fr.segurstudio.dsl.validation.IssueCodes;
import fr.segurstudio.json.ImportResult;
import fr.segurstudio.model.core.Dossier;
import fr.segurstudio.model.issue.Issue;

/**
 * Dossiers as text (.segur files), an OSGi service: read a file into the model, write a model as text
 * in the canonical layout, format a text, save an edited model into its text changing only what changed.
 */
public interface DossierTexts {

	String FILE_EXTENSION = "segur";

	/** The text parsed, and the model it gives. */
	record Parsed(XtextResource resource, BuiltDossier built) {
	}

	Parsed parse(String text, String fileName);

	/**
	 * The same as {@code parse(text, fileName)} after an edit of the text {@code consumed} was parsed from,
	 * reusing its resource (only the part around the change is parsed again). {@code consumed} belongs to
	 * this call: its resource is changed in place, so neither it nor anything taken from its syntax tree may
	 * be used afterwards. A null {@code consumed} parses the whole text.
	 */
	Parsed reparse(Parsed consumed, String text, String fileName);

	/**
	 * A .segur file read as the command line reads an ASP JSON file: its dossier (null when the text has
	 * none), the problems of the text (syntax, unknown fields, values of the wrong type) placed at their
	 * line and column, and a locator of every value.
	 *
	 * @throws IOException when the file cannot be read
	 */
	ImportResult read(Path file) throws IOException;

	/** The same for a text already parsed (an editor's): its dossier, problems and locator, named {@code fileName}. */
	ImportResult read(Parsed parsed, String fileName);

	/**
	 * True when this problem of a text's reading left something the text says out of the model (see
	 * {@link fr.segurstudio.dsl.validation.IssueCodes#leavesValueOut}): writing the model would lose it.
	 */
	static boolean leavesValueOut(Issue issue) {
		return IssueCodes.leavesValueOut(issue);
	}

	/** The canonical text of a dossier built elsewhere (forms, JSON import). */
	String write(Dossier dossier);

	/**
	 * The text in the canonical layout, comments kept.
	 *
	 * @throws IllegalArgumentException with the syntax errors when the text cannot be parsed
	 */
	String format(String text, String fileName);

	/** The edits that save the (edited) model of a parsed text into that text. */
	List<TextEdit> update(Parsed parsed);

	/**
	 * A text just written from {@code live} (saved), parsed, made the text of {@code live} itself: the trace
	 * of the text's model carried onto live's objects, so that editing live and updating again changes only
	 * what changed since. Null when the text's model does not have live's shape (then reload).
	 */
	Parsed rebind(Parsed parsed, Dossier live);

	/** The language's injector (runtime and ide services), for editors. */
	Injector injector();
}
