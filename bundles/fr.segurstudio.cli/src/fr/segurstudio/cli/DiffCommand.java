package fr.segurstudio.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import fr.segurstudio.dsl.model.TextStructure;
import fr.segurstudio.forms.ViewRegistry;
import fr.segurstudio.model.issue.Echo;

/**
 * {@code segur diff A B}: what changed per request between two versions of a dossier (exit 0 the same, 1
 * different, 2 usage or I/O, as diff(1)); with git's seven arguments ({@code path old-file old-hex old-mode
 * new-file new-hex new-mode}) it is git's external diff driver, which always exits 0 (git stops on any other).
 */
final class DiffCommand extends NamedCommand {

	/** The arguments git gives an external diff driver (GIT_EXTERNAL_DIFF, diff.NAME.command). */
	private static final int GIT_ARGUMENTS = 7;

	DiffCommand() {
		super("diff", Messages.diffSummaryLine, Messages.diffHelp);
	}

	@Override
	public int run(List<String> args, CliContext context) {
		if (args.size() == GIT_ARGUMENTS) {
			String path = args.get(0);
			context.out().println(NLS.bind(Messages.diffFileHeader, Echo.longText(path)));
			try {
				diff(context, path, args.get(1), path, args.get(4), context.out()); // git shows only what the driver prints
			} catch (Inputs.Unreadable e) {
				context.out().println(e.getMessage());
			} catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
				context.out().println(NLS.bind(Messages.fileFailed, Echo.longText(path), Failures.describe(e)));
			}
			return OK; // git stops the whole diff on a driver's failure
		}
		Arguments arguments = new Arguments(args, Set.of(), Set.of());
		List<String> files = arguments.operands();
		if (files.size() != 2) {
			throw new UsageException(Messages.diffTwoFiles);
		}
		try {
			return diff(context, files.get(0), files.get(0), files.get(1), files.get(1), context.err()) ? OK : INPUT_ERRORS;
		} catch (Inputs.Unreadable e) {
			context.err().println(e.getMessage());
			return USAGE;
		}
	}

	/** Prints the diff, and on {@code notes} what a version left out; true when the two versions hold the same. */
	private static boolean diff(CliContext context, String oldName, String oldFile, String newName, String newFile, PrintStream notes)
			throws Inputs.Unreadable {
		DossierVersions versions = new DossierVersions(context);
		DossierVersions.Version before = versions.read(oldFile, oldName, false);
		DossierVersions.Version after = versions.read(newFile, newName, false);
		FieldTexts fields = new FieldTexts(versions.texts().injector().getInstance(TextStructure.class), context.service(ViewRegistry.class));
		for (DossierVersions.Version version : List.of(before, after)) {
			if (version.leftOut() != null) { // compared as far as it reads; said first
				notes.println(NLS.bind(Messages.diffPartial, version.leftOut()));
			}
		}
		DossierDiff diff = new DossierDiff(fields, before.dossier(), after.dossier());
		diff.lines().forEach(context.out()::println);
		return diff.same();
	}
}
