package fr.segurstudio.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import fr.segurstudio.editing.DossierSession;
import fr.segurstudio.json.ImportResult;
import fr.segurstudio.json.portal.PortalReturn;
import fr.segurstudio.lifecycle.DossierUpdate;
import fr.segurstudio.lifecycle.PortalReturns;
import fr.segurstudio.model.core.StatutDemande;
import fr.segurstudio.model.issue.Echo;

/**
 * {@code segur retour [--dossiers DIR]... RETURNED.json...}: files returned by the portal (seed §1.2 step
 * 5.b) applied to the .segur dossiers under each DIR (default: the working directory), as one
 * {@link DossierUpdate} (no other writer cuts in). One line per returned request, a summary; what a file says
 * that cannot be applied is a warning or an error naming its line; exit 0 when every line matched and none
 * is in error, 1 otherwise, 2 on usage or I/O problems. The same file applied twice changes nothing the
 * second time.
 */
final class RetourCommand extends NamedCommand {

	RetourCommand() {
		super("retour", Messages.retourSummary, Messages.retourHelp);
	}

	@Override
	public int run(List<String> args, CliContext context) {
		Arguments arguments = new Arguments(args, Set.of("--dossiers"), Set.of(), Set.of("--dossiers"));
		Inputs inputs = new Inputs(context);
		List<ImportResult> returned = new ArrayList<>();
		for (String file : arguments.files()) {
			ImportResult result;
			try {
				result = inputs.read(file, null);
			} catch (Inputs.Unreadable e) {
				context.err().println(e.getMessage());
				return USAGE;
			}
			if (result.dossier() == null || !PortalReturn.isReturnedFile(result.dossier())) {
				context.err().println(NLS.bind(Messages.retourNotReturned, Echo.longText(file)));
				return USAGE;
			}
			returned.add(result);
		}
		Dossiers dossiers = new Dossiers(context, inputs);
		List<Path> files;
		try {
			files = dossiers.under(arguments.values("--dossiers"));
		} catch (Inputs.Unreadable e) {
			context.err().println(e.getMessage());
			return USAGE;
		}
		DossierUpdate.Outcome<PortalReturns.Application> outcome;
		try {
			outcome = dossiers.update().run(files, sessions -> {
				dossiers.begin();
				List<DossierSession> opened = new ArrayList<>();
				for (Path file : files) {
					DossierSession session = dossiers.open(sessions, file, false);
					if (session != null) {
						opened.add(session);
					}
				}
				PortalReturns.Application application = PortalReturns.prepareFiles(returned, opened);
				application.execute();
				return application;
			});
		} catch (IOException e) {
			context.err().println(NLS.bind(Messages.dossiersUnwritable, Echo.longText(String.valueOf(e.getMessage()))));
			return USAGE;
		}
		dossiers.printLeftOut();
		PortalReturns.Application application = outcome.value();
		int accepted = 0;
		int rejected = 0;
		List<PortalReturns.Line> unmatched = new ArrayList<>();
		for (PortalReturns.Line line : application.lines()) {
			if (!line.matched()) {
				unmatched.add(line);
				continue;
			}
			if (line.statut() == StatutDemande.ACCEPTEE) {
				accepted++;
			} else {
				rejected++;
			}
			String numero = Echo.text(line.numeroEditeur());
			String text = line.statut() == StatutDemande.ACCEPTEE
					? NLS.bind(Messages.retourAccepted, numero, line.numeroASP() == null ? "" : Echo.text(line.numeroASP())).strip()
					: NLS.bind(Messages.retourRejected, new Object[] { numero, dash(line.codeTraitement()), dash(line.libelleTraitement()) });
			if (line.resubmittedAs() != null) {
				text += NLS.bind(Messages.retourResubmitted, Echo.text(line.resubmittedAs()));
			}
			context.out().println(text);
		}
		for (PortalReturns.Problem problem : application.problems()) {
			context.err().println(IssuePrinter.line(problem.file(), problem.issue()));
		}
		for (PortalReturns.Line line : unmatched) {
			context.err().println(NLS.bind(Messages.retourUnmatched, Echo.text(line.numeroEditeur()), line.statut().getLiteral()));
		}
		if (!dossiers.report(outcome)) {
			return USAGE;
		}
		List<DossierSession.Written> written = outcome.written();
		context.out().println(NLS.bind(Messages.retourTotal, new Object[] { accepted, rejected, unmatched.size(), written.size(),
				written.stream().map(w -> dossiers.name(w.file())).reduce((a, b) -> a + ", " + b).map(s -> " : " + s).orElse("") }));
		return unmatched.isEmpty() && !application.hasErrors() ? OK : INPUT_ERRORS;
	}

	private static String dash(String value) {
		return value == null ? "-" : Echo.longText(value);
	}
}
