package fr.segurstudio.ui.dossier.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.segurstudio.lifecycle.DepositRecords;
import fr.segurstudio.model.core.AncienNumero;
import fr.segurstudio.model.core.Demande;
import fr.segurstudio.model.core.Dossier;
import fr.segurstudio.model.core.StatutDemande;

/**
 * The deposits a dossier recorded, read from its requests (seed §1.2: the vendor keeps what it deposited): each file
 * a request went into — its own fichierDepot, and those of its former numbers, rejected and resubmitted — with the
 * day and what became of its requests. What the dossier file says, so it is true as soon as a deposit is recorded.
 */
public final class DepositHistory {

	/** One deposited file: its name, its day, its requests by status now. */
	public record File(String name, LocalDate date, Map<StatutDemande, Integer> byStatus) {

		public int requests() {
			return byStatus.values().stream().mapToInt(Integer::intValue).sum();
		}
	}

	private DepositHistory() {
	}

	/** The files in the order of their day, then of their name. */
	public static List<File> of(Dossier dossier) {
		Map<String, LocalDate> dates = new LinkedHashMap<>();
		Map<String, Map<StatutDemande, Integer>> counts = new LinkedHashMap<>();
		for (Demande demande : dossier.getDemandes()) {
			for (AncienNumero ancien : demande.getAnciensNumeros()) {
				count(ancien.getFichierDepot(), ancien.getDateDepot(), StatutDemande.REJETEE, dates, counts);
			}
			count(demande.getFichierDepot(), demande.getDateDepot(), DepositRecords.statut(demande), dates, counts);
		}
		List<File> files = new ArrayList<>();
		counts.forEach((name, byStatus) -> files.add(new File(name, dates.get(name) == LocalDate.MAX ? null : dates.get(name), byStatus)));
		files.sort(Comparator.comparing(File::date, Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(File::name));
		return files;
	}

	private static void count(String file, LocalDate date, StatutDemande statut, Map<String, LocalDate> dates,
			Map<String, Map<StatutDemande, Integer>> counts) {
		if (file == null || file.isBlank()) {
			return;
		}
		dates.merge(file, date == null ? LocalDate.MAX : date, (a, b) -> a.isBefore(b) ? a : b);
		counts.computeIfAbsent(file, f -> new EnumMap<>(StatutDemande.class)).merge(statut, 1, Integer::sum);
	}
}
