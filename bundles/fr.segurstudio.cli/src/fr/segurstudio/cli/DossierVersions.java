package fr.segurstudio.cli;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;

import fr.segurstudio.dsl.DossierTexts;
import fr.segurstudio.json.ImportResult;
import fr.segurstudio.json.InputFiles;
import fr.segurstudio.json.Utf8;
import fr.segurstudio.model.core.Dossier;
import fr.segurstudio.model.issue.Echo;
import fr.segurstudio.model.issue.Issue;

/**
 * The versions of one dossier that git hands a diff or merge driver (temporary files, {@code /dev/null} for a
 * file that does not exist on that side), read as the file they stand for: {@code name} is that file's path in
 * the repository, whose extension says .segur text or ASP JSON.
 */
final class DossierVersions {

	/**
	 * A version read: its text (.segur), the parse that {@link DossierTexts#update} edits, its model (null: empty),
	 * and, when the text did not read entirely, the first thing it left out (null otherwise).
	 */
	record Version(String text, DossierTexts.Parsed parsed, Dossier dossier, String leftOut) {
	}

	/** What git names the version of a file that does not exist on one side. */
	private static final String NO_FILE = "/dev/null";

	private final CliContext context;
	private final DossierTexts texts;

	DossierVersions(CliContext context) {
		this.context = context;
		this.texts = context.service(DossierTexts.class);
	}

	private static String where(Issue issue) {
		String position = issue.location().position();
		return position.isEmpty() ? issue.message() : position + " : " + issue.message();
	}

	DossierTexts texts() {
		return texts;
	}

	/**
	 * Reads a version; an empty file is an empty version (no dossier).
	 *
	 * @param whole true when a value the text leaves out of the model must refuse it (a merge would lose it)
	 * @throws Inputs.Unreadable with a French message naming {@code name}
	 */
	Version read(String file, String name, boolean whole) throws Inputs.Unreadable {
		if (NO_FILE.equals(file)) { // git's side of a file added or deleted
			return new Version("", null, null, null);
		}
		Path path = context.workingDirectory().resolve(file);
		if (!Inputs.isText(name)) {
			ImportResult result = new Inputs(context).read(file, null);
			if (result.dossier() == null) { // not JSON at all, or no dossier in it: never compared as an empty one
				String why = result.issues().stream().filter(Issue::isError).map(DossierVersions::where).findFirst()
						.orElse(Messages.gitNoDossier);
				throw new Inputs.Unreadable(NLS.bind(Messages.gitUnreadable, Echo.longText(name), why));
			}
			return new Version(null, null, result.dossier(), null);
		}
		String text;
		try {
			text = Utf8.decode(InputFiles.read(path));
		} catch (Utf8.NotUtf8 e) {
			throw new Inputs.Unreadable(Echo.longText(name) + ":" + e.line() + ":" + e.column() + ": " + e.getMessage());
		} catch (IOException e) {
			throw new Inputs.Unreadable(Inputs.unreadable(name, e));
		}
		if (text.isBlank()) {
			return new Version(text, null, null, null);
		}
		String fileName = path.toAbsolutePath().toString();
		return Inputs.guard(name, () -> {
			DossierTexts.Parsed parsed = texts.parse(text, fileName);
			ImportResult result = texts.read(parsed, fileName);
			if (result.dossier() == null) {
				throw new IOException(Messages.gitNoDossier);
			}
			for (Issue issue : result.issues()) {
				if (DossierTexts.leavesValueOut(issue)) {
					String where = Echo.longText(name) + ":" + issue.location().position() + ": " + issue.message();
					if (whole) {
						throw new IOException(where);
					}
					return new Version(text, parsed, result.dossier(), where);
				}
			}
			return new Version(text, parsed, result.dossier(), null);
		});
	}
}
