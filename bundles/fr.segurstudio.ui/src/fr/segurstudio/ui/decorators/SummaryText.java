package fr.segurstudio.ui.decorators;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;

import fr.segurstudio.model.core.StatutDemande;
import fr.segurstudio.model.settings.SettingsFolder;
import fr.segurstudio.ui.Messages;
import fr.segurstudio.workspace.DossierSummary;

/** The words of the explorer's decorations. */
public final class SummaryText {

	private SummaryText() {
	}

	/**
	 * {@code BIO-SGL · ANS0000001 · 200 demandes · 3 erreurs, 12 avertissements}; once some were deposited, how many
	 * are still to deposit: {@code 200 demandes, 12 à déposer}.
	 */
	public static String of(DossierSummary summary) {
		List<String> parts = new ArrayList<>();
		parts.add(summary.couloir() == null ? Messages.summaryUnknownCouloir : summary.couloir());
		if (summary.numeroAns() != null && !summary.numeroAns().isBlank()) {
			parts.add(summary.numeroAns());
		}
		String requests = count(summary.requests(), Messages.summaryNoRequest, Messages.summaryRequest, Messages.summaryRequests);
		int drafts = summary.requests() - summary.byStatus().entrySet().stream().filter(e -> e.getKey() != StatutDemande.BROUILLON)
				.mapToInt(Map.Entry::getValue).sum();
		if (drafts < summary.requests()) {
			requests += ", " + (drafts == 0 ? Messages.summaryNothingToDeposit : NLS.bind(Messages.summaryToDeposit, drafts));
		}
		parts.add(requests);
		List<String> problems = new ArrayList<>();
		if (summary.errors() > 0) {
			problems.add(count(summary.errors(), "", Messages.summaryError, Messages.summaryErrors));
		}
		if (summary.warnings() > 0) {
			problems.add(count(summary.warnings(), "", Messages.summaryWarning, Messages.summaryWarnings));
		}
		if (!problems.isEmpty()) {
			parts.add(String.join(", ", problems));
		}
		return String.join(" · ", parts);
	}

	/** A path with the home folder written {@code ~}. */
	public static String home(Path path) {
		Path home = SettingsFolder.userHome();
		return path.startsWith(home) && !path.equals(home) ? "~/" + home.relativize(path) : path.toString();
	}

	private static String count(int n, String none, String one, String many) {
		return n == 0 ? none : n == 1 ? one : NLS.bind(many, n);
	}
}
