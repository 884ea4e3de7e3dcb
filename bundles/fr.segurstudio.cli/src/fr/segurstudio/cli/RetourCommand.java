package fr.segurstudio.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import fr.segurstudio.editing.DossierSession;
import fr.segurstudio.json.ImportResult;
import fr.segurstudio.json.portal.PortalReturn;
import fr.segurstudio.lifecycle.PortalReturns;
import fr.segurstudio.model.core.Dossier;
import fr.segurstudio.model.core.StatutDemande;

/**
 * {@code segur retour [--dossiers DIR]... RETURNED.json...}: files returned by the portal (seed §1.2 step
 * 5.b) applied to the .segur dossiers under each DIR (default: the working directory). One line per returned
 * request, a summary; exit 0 when every line matched a request, 1 when some did not, 2 on usage or I/O
 * problems. The same file applied twice changes nothing the second time.
 */
final class RetourCommand extends NamedCommand {

	RetourCommand() {
		super("retour", Messages.retourSummary, Messages.retourHelp);
	}

	@Override
	public int run(List<String> args, CliContext context) {
		Arguments arguments = new Arguments(args, Set.of("--dossiers"), Set.of(), Set.of("--dossiers"));
		Inputs inputs = new Inputs(context);
		List<Dossier> returned = new ArrayList<>();
		for (String file : arguments.files()) {
			ImportResult result;
			try {
				result = inputs.read(file, null);
			} catch (Inputs.Unreadable e) {
				context.err().println(e.getMessage());
				return USAGE;
			}
			if (result.dossier() == null || !PortalReturn.isReturnedFile(result.dossier())) {
				context.err().println(NLS.bind(Messages.retourNotReturned, file));
				return USAGE;
			}
			returned.add(result.dossier());
		}
		Dossiers dossiers = new Dossiers(context, inputs);
		List<DossierSession> sessions;
		try {
			sessions = dossiers.under(arguments.values("--dossiers"));
		} catch (Inputs.Unreadable e) {
			context.err().println(e.getMessage());
			return USAGE;
		}
		PortalReturns.Application application = PortalReturns.prepare(returned, sessions);
		List<DossierSession> changed = application.execute();
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
			String text = line.statut() == StatutDemande.ACCEPTEE
					? NLS.bind(Messages.retourAccepted, line.numeroEditeur(), line.numeroASP() == null ? "" : line.numeroASP()).strip()
					: NLS.bind(Messages.retourRejected, new Object[] { line.numeroEditeur(), dash(line.codeTraitement()), dash(line.libelleTraitement()) });
			if (line.resubmittedAs() != null) {
				text += NLS.bind(Messages.retourResubmitted, line.resubmittedAs());
			}
			context.out().println(text);
		}
		for (PortalReturns.Line line : unmatched) {
			context.err().println(NLS.bind(Messages.retourUnmatched, line.numeroEditeur(), line.statut().getLiteral()));
		}
		if (!dossiers.save(changed)) {
			return USAGE;
		}
		context.out().println(NLS.bind(Messages.retourTotal, new Object[] { accepted, rejected, unmatched.size(), changed.size(),
				changed.stream().map(dossiers::name).reduce((a, b) -> a + ", " + b).map(s -> " : " + s).orElse("") }));
		return unmatched.isEmpty() ? OK : INPUT_ERRORS;
	}

	private static String dash(String value) {
		return value == null ? "-" : value;
	}
}
