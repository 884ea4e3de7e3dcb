package fr.segurstudio.cli;

import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import fr.segurstudio.json.ImportResult;
import fr.segurstudio.json.portal.PortalReturn;
import fr.segurstudio.model.core.Demande;
import fr.segurstudio.model.core.Dossier;
import fr.segurstudio.model.issue.Echo;
import fr.segurstudio.model.issue.Issue;

/** {@code segur import FILE...}: what each file holds (couloir, ANS, requests, problems; statuses of a returned file). */
final class ImportCommand extends NamedCommand {

	ImportCommand() {
		super("import", Messages.importSummary, Messages.importHelp);
	}

	@Override
	public int run(List<String> args, CliContext context) {
		Arguments arguments = new Arguments(args, Set.of("--couloir"), Set.of());
		Inputs inputs = new Inputs(context);
		boolean errors = false;
		boolean unreadable = false;
		for (String file : arguments.files()) {
			ImportResult result;
			try {
				result = inputs.read(file, arguments.value("--couloir"));
			} catch (Inputs.Unreadable e) {
				context.err().println(e.getMessage());
				unreadable = true;
				continue;
			}
			long errorCount = result.issues().stream().filter(Issue::isError).count();
			long warningCount = result.issues().size() - errorCount;
			errors |= errorCount > 0;
			Dossier dossier = result.dossier();
			if (dossier == null) {
				context.out().println(NLS.bind(Messages.importUnreadable, Echo.longText(file)));
			} else {
				context.out().println(NLS.bind(Messages.importSummaryLine, new Object[] { Echo.longText(file),
						result.couloir() == null ? "?" : result.couloir().id(), Echo.text(dossier.getNumeroAns()), Echo.text(dossier.getSIRET()),
						dossier.getDemandes().size(), errorCount, warningCount }));
				if (PortalReturn.isReturnedFile(dossier)) {
					for (Demande demande : dossier.getDemandes()) {
						context.out().println(NLS.bind(Messages.importReturnedLine, new Object[] { Echo.text(demande.getNumeroEditeur()),
								PortalReturn.statut(demande), nullToDash(demande.getNumeroASP()), nullToDash(demande.getCodeTraitement()),
								demande.getLibelleTraitement() == null ? "-" : Echo.longText(demande.getLibelleTraitement()) }));
					}
				}
			}
			for (Issue issue : result.issues()) {
				IssuePrinter.print(context.out(), file, issue);
			}
		}
		return unreadable ? USAGE : errors ? INPUT_ERRORS : OK;
	}

	private static String nullToDash(String value) {
		return value == null ? "-" : Echo.text(value);
	}
}
