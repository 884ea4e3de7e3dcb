package fr.segurstudio.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import fr.segurstudio.editing.DossierSession;
import fr.segurstudio.lifecycle.DossierUpdate;
import fr.segurstudio.lifecycle.Resubmissions;
import fr.segurstudio.model.issue.Echo;
import fr.segurstudio.model.issue.Issue;

/**
 * {@code segur resoumettre [--dossiers DIR]... DOSSIER.segur...}: each REJETEE request of the dossiers gets a
 * numeroEditeur the vendor never used in any dossier under DIR (default: the working directory), is a draft
 * again, keeps its former number and rejection in its history, and its supporting documents are renamed
 * (seed §1.2 step 5.b, §3.2 numeroEditeur, §3.3). The numbers are handed out as one {@link DossierUpdate}
 * of every dossier read: two resubmissions at once never hand out one number twice. Prints {@code old → new};
 * a request that cannot get a number (all 99,999 used) is an error of the input (exit 1).
 */
final class ResoumettreCommand extends NamedCommand {

	ResoumettreCommand() {
		super("resoumettre", Messages.resoumettreSummary, Messages.resoumettreHelp);
	}

	/** What the change did, for the lines printed after it. */
	private record Done(List<String> lines, List<String> problems, boolean unreadable) {
	}

	@Override
	public int run(List<String> args, CliContext context) {
		Arguments arguments = new Arguments(args, Set.of("--dossiers"), Set.of(), Set.of("--dossiers"));
		List<String> names = arguments.files();
		Inputs inputs = new Inputs(context);
		Dossiers dossiers = new Dossiers(context, inputs);
		List<Path> targets = new ArrayList<>();
		List<Path> others;
		try {
			for (String name : names) {
				targets.add(dossiers.named(name));
			}
			others = dossiers.under(arguments.values("--dossiers"));
		} catch (Inputs.Unreadable e) {
			context.err().println(e.getMessage());
			return USAGE;
		}
		Set<Path> all = new LinkedHashSet<>(others);
		all.addAll(targets);
		DossierUpdate.Outcome<Done> outcome;
		try {
			outcome = dossiers.update().run(all, sessions -> {
				dossiers.begin();
				List<DossierSession> opened = new ArrayList<>();
				boolean unreadable = false;
				List<DossierSession> targetSessions = new ArrayList<>();
				for (Path target : targets) {
					DossierSession session = dossiers.open(sessions, target, true);
					if (session == null || session.dossier() == null) {
						unreadable = true;
					} else if (!targetSessions.contains(session)) {
						targetSessions.add(session);
					}
				}
				for (Path other : others) {
					DossierSession session = dossiers.open(sessions, other, false);
					if (session != null) {
						opened.add(session);
					}
				}
				opened.addAll(targetSessions);
				List<String> lines = new ArrayList<>();
				List<String> problems = new ArrayList<>();
				for (DossierSession target : targetSessions) {
					// the numbers this vendor used anywhere: its dossiers of the same SIRET or ANS number
					Set<String> used = new HashSet<>();
					for (DossierSession other : new LinkedHashSet<>(opened)) {
						if (other != target && Resubmissions.sameVendor(other.dossier(), target.dossier())) {
							used.addAll(Resubmissions.used(other.dossier()));
						}
					}
					Resubmissions.Application application = Resubmissions.prepare(target, used);
					for (Issue problem : application.problems()) {
						problems.add(NLS.bind(Messages.resoumettreProblem, dossiers.name(target), problem.message()));
					}
					if (application.renumberings().isEmpty()) {
						if (application.problems().isEmpty()) {
							lines.add(NLS.bind(Messages.resoumettreNone, dossiers.name(target)));
						}
						continue;
					}
					target.commandStack().execute(application.command());
					for (Resubmissions.Renumbering renumbering : application.renumberings()) {
						lines.add(NLS.bind(Messages.resoumettreLine, new Object[] { Echo.text(renumbering.ancien()), renumbering.nouveau(),
								dossiers.name(target) }));
					}
				}
				return new Done(lines, problems, unreadable);
			});
		} catch (Dossiers.Refused e) {
			context.err().println(e.getMessage());
			return USAGE;
		} catch (IOException e) {
			context.err().println(NLS.bind(Messages.dossiersUnwritable, Echo.longText(String.valueOf(e.getMessage()))));
			return USAGE;
		}
		dossiers.printLeftOut();
		Done done = outcome.value();
		done.lines().forEach(context.out()::println);
		done.problems().forEach(context.err()::println);
		if (!dossiers.report(outcome)) {
			return USAGE;
		}
		return done.unreadable() || !done.problems().isEmpty() ? INPUT_ERRORS : OK;
	}
}
