package fr.segurstudio.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import fr.segurstudio.editing.DossierSession;
import fr.segurstudio.lifecycle.Resubmissions;

/**
 * {@code segur resoumettre [--dossiers DIR]... DOSSIER.segur...}: each REJETEE request of the dossiers gets a
 * numeroEditeur the vendor never used in any dossier under DIR (default: the working directory), is a draft
 * again, keeps its former number and rejection in its history, and its supporting documents are renamed
 * (seed §1.2 step 5.b, §3.2 numeroEditeur, §3.3). Prints {@code old → new}.
 */
final class ResoumettreCommand extends NamedCommand {

	ResoumettreCommand() {
		super("resoumettre", Messages.resoumettreSummary, Messages.resoumettreHelp);
	}

	@Override
	public int run(List<String> args, CliContext context) {
		Arguments arguments = new Arguments(args, Set.of("--dossiers"), Set.of(), Set.of("--dossiers"));
		List<String> files = arguments.files();
		Inputs inputs = new Inputs(context);
		Dossiers dossiers = new Dossiers(context, inputs);
		List<DossierSession> targets = new ArrayList<>();
		boolean unreadable = false;
		try {
			for (String file : files) {
				DossierSession session = dossiers.named(file);
				if (session == null || session.dossier() == null) {
					unreadable = true;
				} else {
					targets.add(session);
				}
			}
		} catch (Inputs.Unreadable e) {
			context.err().println(e.getMessage());
			return USAGE;
		}
		List<DossierSession> others;
		try {
			others = dossiers.under(arguments.values("--dossiers"));
		} catch (Inputs.Unreadable e) {
			context.err().println(e.getMessage());
			return USAGE;
		}
		List<DossierSession> changed = new ArrayList<>();
		for (DossierSession target : targets) {
			// the numbers this vendor used anywhere: its dossiers of the same SIRET or ANS number
			Set<String> used = new HashSet<>();
			Set<DossierSession> all = new LinkedHashSet<>(others);
			all.addAll(targets);
			for (DossierSession other : all) {
				if (other != target && Resubmissions.sameVendor(other.dossier(), target.dossier())) {
					used.addAll(Resubmissions.used(other.dossier()));
				}
			}
			Resubmissions.Application application = Resubmissions.prepare(target, used);
			if (application.renumberings().isEmpty()) {
				context.out().println(NLS.bind(Messages.resoumettreNone, dossiers.name(target)));
				continue;
			}
			target.commandStack().execute(application.command());
			changed.add(target);
			for (Resubmissions.Renumbering renumbering : application.renumberings()) {
				context.out().println(NLS.bind(Messages.resoumettreLine, new Object[] { renumbering.ancien(), renumbering.nouveau(),
						dossiers.name(target) }));
			}
		}
		if (!dossiers.save(changed)) {
			return USAGE;
		}
		return unreadable ? INPUT_ERRORS : OK;
	}
}
