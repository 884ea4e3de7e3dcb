package fr.segurstudio.lifecycle;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import fr.segurstudio.model.core.Demande;
import fr.segurstudio.model.core.StatutDemande;

/**
 * What an accountant asks of dossiers: requests by status, the sum of their montantSegurHT and of the advance
 * the ASP pays on them (30 %, seed §1.1 and §1.2 step 6: Commande.montantAvance), by status and in all.
 */
public final class Totaux {

	/** The figures of one status (or of all). */
	public static final class Somme {
		private int demandes;
		private BigDecimal montantSegurHT = new BigDecimal("0.00");
		private BigDecimal montantAvance = new BigDecimal("0.00");

		void add(Demande demande) {
			demandes++;
			if (demande.getCommande() != null && demande.getCommande().getMontantSegurHT() != null) {
				montantSegurHT = montantSegurHT.add(demande.getCommande().getMontantSegurHT());
				montantAvance = montantAvance.add(demande.getCommande().getMontantAvance());
			}
		}

		void add(Somme other) {
			demandes += other.demandes;
			montantSegurHT = montantSegurHT.add(other.montantSegurHT);
			montantAvance = montantAvance.add(other.montantAvance);
		}

		public int demandes() {
			return demandes;
		}

		public BigDecimal montantSegurHT() {
			return montantSegurHT;
		}

		public BigDecimal montantAvance() {
			return montantAvance;
		}
	}

	private final Map<StatutDemande, Somme> parStatut = new EnumMap<>(StatutDemande.class);
	private final Somme total = new Somme();

	public Totaux() {
		for (StatutDemande statut : StatutDemande.values()) {
			parStatut.put(statut, new Somme());
		}
	}

	public static Totaux of(Iterable<Demande> demandes) {
		Totaux totaux = new Totaux();
		demandes.forEach(totaux::add);
		return totaux;
	}

	public void add(Demande demande) {
		parStatut.get(DepositRecords.statut(demande)).add(demande);
		total.add(demande);
	}

	public void add(Totaux other) {
		other.parStatut.forEach((statut, somme) -> parStatut.get(statut).add(somme));
		total.add(other.total);
	}

	/** Every status, in the order of a request's life, even those with no request. */
	public Map<StatutDemande, Somme> parStatut() {
		return Collections.unmodifiableMap(parStatut);
	}

	public Somme total() {
		return total;
	}
}
