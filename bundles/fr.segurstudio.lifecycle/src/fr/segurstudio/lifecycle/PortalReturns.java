package fr.segurstudio.lifecycle;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.common.command.Command;

import fr.segurstudio.editing.DossierSession;
import fr.segurstudio.json.portal.PortalReturn;
import fr.segurstudio.model.core.AncienNumero;
import fr.segurstudio.model.core.Demande;
import fr.segurstudio.model.core.Dossier;
import fr.segurstudio.model.core.SegurPackage;
import fr.segurstudio.model.core.StatutDemande;

/**
 * A file returned by the portal (seed §1.2 step 5.b: the deposited JSON with, per request, codeTraitement
 * and libelleTraitement, and numeroASP for an accepted one — "essentiel et doit être conservé par
 * l'éditeur") applied to the user's dossiers as commands of their sessions: a request matched by
 * numeroAns, couloir and software, and numeroEditeur becomes ACCEPTEE with its numeroASP, or REJETEE with
 * the code and label. Applying the same file again changes nothing.
 */
public final class PortalReturns {

	/**
	 * One returned request and what it matched: a request of a session's dossier, or a former number of one
	 * (already resubmitted: {@code resubmittedAs} is its number now), or nothing ({@code session} null).
	 */
	public record Line(String numeroEditeur, StatutDemande statut, String numeroASP, String codeTraitement, String libelleTraitement,
			DossierSession session, Demande demande, String resubmittedAs) {

		public boolean matched() {
			return session != null;
		}
	}

	/** The lines of returned files and, per session, the command applying them (only sessions where something changes). */
	public record Application(List<Line> lines, Map<DossierSession, Command> commands) {

		/** Executes the commands on their sessions' stacks; returns the sessions changed (to save). */
		public List<DossierSession> execute() {
			commands.forEach((session, command) -> Changes.execute(session, command));
			return List.copyOf(commands.keySet());
		}
	}

	private PortalReturns() {
	}

	/**
	 * Matches every processed line of the returned dossiers (a line without numeroASP nor codeTraitement was
	 * not processed and is left out) with the sessions' requests, and prepares the commands; nothing is
	 * executed yet.
	 */
	public static Application prepare(List<Dossier> returned, List<DossierSession> sessions) {
		List<Line> lines = new ArrayList<>();
		Map<DossierSession, Changes> changes = new LinkedHashMap<>();
		for (Dossier file : returned) {
			for (Demande line : file.getDemandes()) {
				if (line.getCodeTraitement() == null && line.getNumeroASP() == null) {
					continue;
				}
				lines.add(match(file, line, sessions, changes));
			}
		}
		Map<DossierSession, Command> commands = new LinkedHashMap<>();
		changes.forEach((session, change) -> {
			if (change.command() != null) {
				commands.put(session, change.command());
			}
		});
		return new Application(lines, commands);
	}

	private static Line match(Dossier file, Demande line, List<DossierSession> sessions, Map<DossierSession, Changes> changes) {
		StatutDemande statut = PortalReturn.statut(line);
		String numero = line.getNumeroEditeur();
		List<DossierSession> candidates = sessions.stream().filter(s -> sameFile(s.dossier(), file)).toList();
		for (DossierSession session : candidates) {
			for (Demande demande : session.dossier().getDemandes()) {
				if (Objects.equals(demande.getNumeroEditeur(), numero)) {
					Changes change = changes.computeIfAbsent(session, s -> new Changes(s, "Retour du portail"));
					change.set(demande, SegurPackage.Literals.DEMANDE__STATUT, statut);
					change.set(demande, SegurPackage.Literals.DEMANDE__NUMERO_ASP, line.getNumeroASP());
					change.set(demande, SegurPackage.Literals.DEMANDE__CODE_TRAITEMENT, line.getCodeTraitement());
					change.set(demande, SegurPackage.Literals.DEMANDE__LIBELLE_TRAITEMENT, line.getLibelleTraitement());
					return line(line, statut, session, demande, null);
				}
			}
		}
		for (DossierSession session : candidates) {
			for (Demande demande : session.dossier().getDemandes()) {
				for (AncienNumero ancien : demande.getAnciensNumeros()) {
					if (Objects.equals(ancien.getNumeroEditeur(), numero)) {
						return line(line, statut, session, demande, demande.getNumeroEditeur());
					}
				}
			}
		}
		return line(line, statut, null, null, null);
	}

	/** The dossier the returned file is about: same numeroAns, couloir and software (seed §2.1: one file, one of each). */
	private static boolean sameFile(Dossier dossier, Dossier returned) {
		return dossier != null && Objects.equals(dossier.getNumeroAns(), returned.getNumeroAns())
				&& Objects.equals(dossier.getTypeLogiciel(), returned.getTypeLogiciel());
	}

	private static Line line(Demande line, StatutDemande statut, DossierSession session, Demande demande, String resubmittedAs) {
		return new Line(line.getNumeroEditeur(), statut, line.getNumeroASP(), line.getCodeTraitement(), line.getLibelleTraitement(), session,
				demande, resubmittedAs);
	}
}
