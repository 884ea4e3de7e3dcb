package fr.segurstudio.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import fr.segurstudio.dsl.DossierTexts;
import fr.segurstudio.dsl.model.TextEdit;
import fr.segurstudio.dsl.model.TextStructure;
import fr.segurstudio.forms.ViewRegistry;
import fr.segurstudio.json.deposit.AtomicFiles;
import fr.segurstudio.model.issue.Echo;

/**
 * {@code segur merge %O %A %B %L %P}: git's merge driver for dossiers. Merges field by field into our version
 * (%A, overwritten with the result) what theirs (%B) changed since the common ancestor (%O), through the
 * language's services, so that the requests neither side touched keep their comments and layout. A real
 * conflict writes the request of each side between markers of %L characters and exits 1; a version that does
 * not read entirely leaves ours untouched and exits 1: git then reports a conflict, and no side is lost.
 */
final class MergeCommand extends NamedCommand {

	private static final int DEFAULT_MARKER_SIZE = 7;

	MergeCommand() {
		super("merge", Messages.mergeSummary, Messages.mergeHelp);
	}

	@Override
	public int run(List<String> args, CliContext context) {
		List<String> files = new Arguments(args, Set.of(), Set.of()).operands();
		if (files.size() < 3 || files.size() > 5) {
			throw new UsageException(Messages.mergeArguments);
		}
		int markerSize = DEFAULT_MARKER_SIZE;
		if (files.size() > 3) {
			try {
				markerSize = Integer.parseInt(files.get(3));
			} catch (NumberFormatException e) {
				throw new UsageException(Messages.mergeArguments);
			}
			if (markerSize < 1 || markerSize > 100) {
				throw new UsageException(Messages.mergeArguments);
			}
		}
		String name = files.size() > 4 ? files.get(4) : files.get(1);
		String shown = Echo.longText(name);
		DossierVersions versions = new DossierVersions(context);
		DossierVersions.Version base;
		DossierVersions.Version ours;
		DossierVersions.Version theirs;
		try {
			if (!Inputs.isText(name)) {
				throw new Inputs.Unreadable(NLS.bind(Messages.gitUnreadable, shown, Messages.mergeTextOnly));
			}
			base = versions.read(files.get(0), name, true);
			ours = versions.read(files.get(1), name, true);
			theirs = versions.read(files.get(2), name, true);
			if (ours.parsed() == null || theirs.dossier() == null) {
				throw new Inputs.Unreadable(NLS.bind(Messages.gitUnreadable, shown, Messages.gitNoDossier));
			}
		} catch (Inputs.Unreadable e) {
			context.err().println(NLS.bind(Messages.mergeUnreadable, shown, e.getMessage()));
			return INPUT_ERRORS;
		}
		DossierTexts texts = versions.texts();
		TextStructure structure = texts.injector().getInstance(TextStructure.class);
		FieldTexts fields = new FieldTexts(structure, context.service(ViewRegistry.class));

		DossierMerge merge = new DossierMerge(fields, structure, ours.parsed().built().couloir(), DossierMerge.Side.OURS);
		merge.merge(base.dossier(), ours.parsed().built().dossier(), theirs.dossier());
		if (!merge.exhausted().isEmpty()) { // their request has no number to take: ours stays, theirs stays in git
			merge.exhausted().forEach(numero -> context.err().println(NLS.bind(Messages.mergeExhausted, shown, numero)));
			return INPUT_ERRORS;
		}
		String merged = TextEdit.apply(ours.text(), texts.update(ours.parsed()));
		boolean conflicts = !merge.conflicts().isEmpty() || !merge.headerConflicts().isEmpty();
		if (conflicts) {
			DossierVersions.Version again;
			try {
				again = versions.read(files.get(1), name, true);
			} catch (Inputs.Unreadable e) { // changed under us since: nothing written
				context.err().println(NLS.bind(Messages.mergeUnreadable, shown, e.getMessage()));
				return INPUT_ERRORS;
			}
			DossierMerge theirsPreferred = new DossierMerge(fields, structure, again.parsed().built().couloir(), DossierMerge.Side.THEIRS);
			theirsPreferred.merge(base.dossier(), again.parsed().built().dossier(), theirs.dossier());
			String theirText = TextEdit.apply(again.text(), texts.update(again.parsed()));
			List<String> numbers = new ArrayList<>();
			merge.conflicts().forEach(c -> numbers.add(c.numero()));
			merged = new ConflictMarkers(texts, markerSize).around(merged, theirText, numbers, !merge.headerConflicts().isEmpty());
		}
		try {
			AtomicFiles.write(context.workingDirectory().resolve(files.get(1)), merged.getBytes(StandardCharsets.UTF_8));
		} catch (IOException e) {
			context.err().println(NLS.bind(Messages.cannotWrite, Echo.longText(files.get(1)), Echo.longText(String.valueOf(e.getMessage()))));
			return USAGE;
		}
		for (DossierMerge.Renumbering renumbering : merge.renumberings()) {
			context.err().println(NLS.bind(Messages.mergeRenumbered, new Object[] { shown, renumbering.ancien(), renumbering.nouveau() }));
		}
		if (!merge.headerConflicts().isEmpty()) {
			context.err().println(NLS.bind(Messages.mergeHeaderConflict, shown, String.join(", ", merge.headerConflicts())));
		}
		for (DossierMerge.Conflict conflict : merge.conflicts()) {
			String what = conflict.fields().isEmpty() ? Messages.mergeDeletedChanged : String.join(", ", conflict.fields());
			context.err().println(NLS.bind(Messages.mergeConflict, new Object[] { shown, conflict.numero(), what }));
		}
		return conflicts ? INPUT_ERRORS : OK;
	}
}
