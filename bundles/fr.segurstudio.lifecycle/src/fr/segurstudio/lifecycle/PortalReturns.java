package fr.segurstudio.lifecycle;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EStructuralFeature;

import fr.segurstudio.editing.DossierSession;
import fr.segurstudio.json.ImportResult;
import fr.segurstudio.json.portal.PortalReturn;
import fr.segurstudio.model.asp.RawValues;
import fr.segurstudio.model.core.AncienNumero;
import fr.segurstudio.model.core.Demande;
import fr.segurstudio.model.core.Dossier;
import fr.segurstudio.model.core.SegurPackage;
import fr.segurstudio.model.core.StatutDemande;
import fr.segurstudio.model.issue.Echo;
import fr.segurstudio.model.issue.Issue;
import fr.segurstudio.model.issue.Severity;
import fr.segurstudio.model.issue.SourceLocation;
import fr.segurstudio.model.issue.SourceLocator;

/**
 * A file returned by the portal (seed §1.2 step 5.b: the deposited JSON with, per request, codeTraitement
 * and libelleTraitement, and numeroASP for an accepted one — "essentiel et doit être conservé par
 * l'éditeur") applied to the user's dossiers as commands of their sessions: a request matched by
 * numeroAns, couloir and software, SIRET, and numeroEditeur becomes ACCEPTEE with its numeroASP, or REJETEE
 * with the code and label. Applying the same file again changes nothing. What the file says that cannot be
 * applied as it is is said, naming its line, never silently: a line without any answer, an answer without a
 * number, the same request twice, a rejection code with a numeroASP, 0000 without a numeroASP, a file of
 * another SIRET, an answer that would undo an acceptance. A dossier never ends REJETEE with a numeroASP,
 * and the numeroASP of an accepted request is never lost.
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

	/** A problem of a returned file: the file as named by the caller, and the issue placed in it. */
	public record Problem(String file, Issue issue) {
	}

	/**
	 * The lines of returned files, per session the command applying them (only sessions where something
	 * changes), and the problems of the files (lines not applied are said there).
	 */
	public record Application(List<Line> lines, Map<DossierSession, Command> commands, List<Problem> problems) {

		public Application(List<Line> lines, Map<DossierSession, Command> commands) {
			this(lines, commands, List.of());
		}

		/** Executes the commands on their sessions' stacks; returns the sessions changed (to save). */
		public List<DossierSession> execute() {
			commands.forEach((session, command) -> Changes.execute(session, command));
			return List.copyOf(commands.keySet());
		}

		public boolean hasErrors() {
			return problems.stream().anyMatch(p -> p.issue().isError());
		}
	}

	private PortalReturns() {
	}

	/** Matches the returned dossiers (files without positions) with the sessions' requests; nothing is executed yet. */
	public static Application prepare(List<Dossier> returned, List<DossierSession> sessions) {
		List<ImportResult> files = new ArrayList<>();
		for (Dossier dossier : returned) {
			files.add(new ImportResult("retour", null, dossier, null, List.of(), null));
		}
		return prepareFiles(files, sessions);
	}

	/**
	 * Matches every line of the returned files (each named by its {@link ImportResult#file()}, its problems
	 * placed with its source map) with the sessions' requests, and prepares the commands; nothing is executed yet.
	 */
	public static Application prepareFiles(List<ImportResult> returned, List<DossierSession> sessions) {
		return new Preparation(sessions).run(returned);
	}

	/** The work of one {@link #prepareFiles}. */
	private static final class Preparation {
		private final List<DossierSession> sessions;
		private final List<Line> lines = new ArrayList<>();
		private final List<Problem> problems = new ArrayList<>();
		private final Map<DossierSession, Changes> changes = new LinkedHashMap<>();
		/** The first answer of each request (numeroAns, couloir, numeroEditeur), to find it twice. */
		private final Map<List<String>, Answer> answers = new LinkedHashMap<>();

		Preparation(List<DossierSession> sessions) {
			this.sessions = sessions;
		}

		/** A line of a returned file, where it is. */
		private record Answer(ImportResult file, Demande line) {
			boolean sameAs(Demande other) {
				return Objects.equals(line.getNumeroASP(), other.getNumeroASP()) && Objects.equals(line.getCodeTraitement(), other.getCodeTraitement())
						&& Objects.equals(line.getLibelleTraitement(), other.getLibelleTraitement());
			}
		}

		Application run(List<ImportResult> returned) {
			// the same request twice, across the files too: the same answer is applied once, different ones never
			Map<List<String>, Boolean> conflicting = new LinkedHashMap<>();
			for (ImportResult file : returned) {
				for (Demande line : file.dossier().getDemandes()) {
					if (answered(line) && line.getNumeroEditeur() != null) {
						List<String> key = key(file.dossier(), line);
						Answer first = answers.putIfAbsent(key, new Answer(file, line));
						if (first != null) {
							conflicting.merge(key, !first.sameAs(line), Boolean::logicalOr);
						}
					}
				}
			}
			for (ImportResult file : returned) {
				for (Demande line : file.dossier().getDemandes()) {
					answer(file, line, conflicting);
				}
			}
			Map<DossierSession, Command> commands = new LinkedHashMap<>();
			changes.forEach((session, change) -> {
				if (change.command() != null) {
					commands.put(session, change.command());
				}
			});
			return new Application(List.copyOf(lines), commands, List.copyOf(problems));
		}

		private void answer(ImportResult file, Demande line, Map<List<String>, Boolean> conflicting) {
			String numero = line.getNumeroEditeur();
			if (!answered(line)) {
				if (line.getLibelleTraitement() != null) {
					problem(file, line, Severity.WARNING, IssueCodes.RETOUR_SANS_REPONSE, "libelleTraitement " + Echo.quote(line.getLibelleTraitement())
							+ " sans codeTraitement ni numeroASP : réponse incomplète, la demande est laissée telle quelle");
				} else {
					problem(file, line, Severity.WARNING, IssueCodes.RETOUR_SANS_REPONSE,
							"aucune réponse du portail (numeroASP, codeTraitement et libelleTraitement nuls) : la demande est laissée telle quelle");
				}
				return;
			}
			if (numero == null) {
				problem(file, line, Severity.ERROR, IssueCodes.RETOUR_SANS_NUMERO,
						"réponse du portail sans numeroEditeur : elle ne peut être rattachée à aucune demande");
				return;
			}
			List<String> key = key(file.dossier(), line);
			Answer first = answers.get(key);
			if (first.line() != line) {
				String where = first.file() == file ? "ligne " + numLigne(first.line()) : first.file().file() + " ligne " + numLigne(first.line());
				if (conflicting.get(key)) {
					problem(file, line, Severity.ERROR, IssueCodes.RETOUR_DOUBLE, "la demande figure aussi " + where
							+ " avec une autre réponse : aucune des deux n'est appliquée ; demandez à l'ASP laquelle vaut");
				} else {
					problem(file, line, Severity.WARNING, IssueCodes.RETOUR_DOUBLE, "la demande figure aussi " + where
							+ " avec la même réponse : appliquée une fois");
				}
				return;
			}
			if (conflicting.getOrDefault(key, false)) {
				problem(file, line, Severity.ERROR, IssueCodes.RETOUR_DOUBLE,
						"la demande figure plusieurs fois avec des réponses différentes : aucune n'est appliquée");
				return;
			}
			StatutDemande statut = PortalReturn.statut(line);
			boolean accepted = PortalReturn.CODE_ACCEPTEE.equals(line.getCodeTraitement());
			if (line.getNumeroASP() != null && line.getCodeTraitement() != null && !accepted) {
				problem(file, line, Severity.ERROR, IssueCodes.RETOUR_CONTRADICTOIRE, "codeTraitement " + Echo.quote(line.getCodeTraitement())
						+ " (un rejet) avec un numeroASP " + Echo.quote(line.getNumeroASP())
						+ " (une acceptation) : réponse contradictoire, non appliquée ; demandez à l'ASP ce qu'il en est");
				return;
			}
			if (statut == StatutDemande.ACCEPTEE && line.getNumeroASP() == null) {
				problem(file, line, Severity.WARNING, IssueCodes.RETOUR_SANS_NUMERO_ASP,
						"acceptée (code 0000) sans numeroASP : ce numéro, que l'éditeur doit conserver (seed §1.2), manque ; demandez-le à l'ASP");
			}
			match(file, line, statut);
		}

		private void match(ImportResult file, Demande line, StatutDemande statut) {
			String numero = line.getNumeroEditeur();
			List<DossierSession> candidates = sessions.stream().filter(s -> sameFile(s.dossier(), file.dossier())).toList();
			List<DossierSession> sameSiret = candidates.stream().filter(s -> Objects.equals(s.dossier().getSIRET(), file.dossier().getSIRET())).toList();
			for (DossierSession session : sameSiret) {
				for (Demande demande : session.dossier().getDemandes()) {
					if (Objects.equals(demande.getNumeroEditeur(), numero)) {
						apply(file, line, statut, session, demande);
						return;
					}
				}
			}
			for (DossierSession session : sameSiret) {
				for (Demande demande : session.dossier().getDemandes()) {
					for (AncienNumero ancien : demande.getAnciensNumeros()) {
						if (Objects.equals(ancien.getNumeroEditeur(), numero)) {
							lines.add(line(line, statut, session, demande, demande.getNumeroEditeur()));
							return;
						}
					}
				}
			}
			for (DossierSession session : candidates) {
				if (!sameSiret.contains(session) && session.dossier().getDemandes().stream().anyMatch(d -> Objects.equals(d.getNumeroEditeur(), numero))) {
					problem(file, line, Severity.ERROR, IssueCodes.RETOUR_SIRET, "le fichier retourné est celui du SIRET "
							+ Echo.quote(file.dossier().getSIRET()) + ", le dossier " + session.file().getFileName() + " celui du SIRET "
							+ Echo.quote(session.dossier().getSIRET()) + " : la réponse n'y est pas appliquée");
					break;
				}
			}
			lines.add(line(line, statut, null, null, null));
		}

		/** The answer set on the request, unless it would undo an acceptance or lose its numeroASP. */
		private void apply(ImportResult file, Demande line, StatutDemande statut, DossierSession session, Demande demande) {
			String kept = demande.getNumeroASP();
			if (DepositRecords.statut(demande) == StatutDemande.ACCEPTEE && kept != null
					&& (statut != StatutDemande.ACCEPTEE || line.getNumeroASP() != null && !kept.equals(line.getNumeroASP()))) {
				problem(file, line, Severity.ERROR, IssueCodes.RETOUR_DEJA_ACCEPTEE, "la demande est déjà ACCEPTEE avec le numeroASP "
						+ Echo.quote(kept) + " : cette réponse (" + describe(line, statut) + ") ne l'annule pas ; non appliquée");
				lines.add(line(line, statut, null, null, null));
				return;
			}
			Changes change = changes.computeIfAbsent(session, s -> new Changes(s, "Retour du portail"));
			change.set(demande, SegurPackage.Literals.DEMANDE__STATUT, statut);
			// a rejected request has no numeroASP; an accepted one keeps the number it has when the line gives none
			String numeroASP = statut == StatutDemande.ACCEPTEE ? (line.getNumeroASP() != null ? line.getNumeroASP() : kept) : null;
			change.set(demande, SegurPackage.Literals.DEMANDE__NUMERO_ASP, numeroASP);
			change.set(demande, SegurPackage.Literals.DEMANDE__CODE_TRAITEMENT, line.getCodeTraitement());
			change.set(demande, SegurPackage.Literals.DEMANDE__LIBELLE_TRAITEMENT, line.getLibelleTraitement());
			lines.add(line(line, statut, session, demande, null));
		}

		private void problem(ImportResult file, Demande line, Severity severity, String code, String message) {
			String numero = line.getNumeroEditeur() == null ? "sans numéro" : Echo.text(line.getNumeroEditeur());
			EStructuralFeature feature = SegurPackage.Literals.DEMANDE__NUMERO_EDITEUR;
			SourceLocator locator = file.sourceMap();
			SourceLocation at = locator == null ? SourceLocation.UNKNOWN : locator.locate(line, feature, -1);
			problems.add(new Problem(file.file(), new Issue(severity, code, "demande " + numero + " (ligne " + numLigne(line) + ") : " + message,
					line, feature, -1, at)));
		}
	}

	/** A line the portal answered: a numeroASP or a codeTraitement. */
	private static boolean answered(Demande line) {
		return line.getCodeTraitement() != null || line.getNumeroASP() != null;
	}

	private static List<String> key(Dossier file, Demande line) {
		return Arrays.asList(file.getNumeroAns(), file.getTypeLogiciel(), line.getNumeroEditeur());
	}

	/** The line's numLigne as the file wrote it (a number other than the line's place is kept as written). */
	private static String numLigne(Demande line) {
		String written = RawValues.text(line, SegurPackage.Literals.DEMANDE__NUM_LIGNE);
		return written == null ? "?" : written;
	}

	private static String describe(Demande line, StatutDemande statut) {
		return statut.getLiteral() + (line.getCodeTraitement() == null ? "" : " " + Echo.text(line.getCodeTraitement()))
				+ (line.getNumeroASP() == null ? "" : " " + Echo.text(line.getNumeroASP()));
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
