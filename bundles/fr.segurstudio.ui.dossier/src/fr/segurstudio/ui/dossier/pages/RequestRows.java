package fr.segurstudio.ui.dossier.pages;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;

import fr.segurstudio.model.core.Demande;
import fr.segurstudio.model.core.StatutDemande;
import fr.segurstudio.model.issue.Issue;
import fr.segurstudio.ui.dossier.internal.RequestLabels;

/**
 * The rows of the requests table: the dossier's requests filtered (status, with errors, text) and sorted by
 * a column; each request's error and warning counts from the last validation. Headless, so that filters
 * and sorting are tested without a display.
 */
public final class RequestRows {

	/** The columns, in the table's order. */
	public enum Column {
		NUMERO, BENEFICIAIRE, MONTANT, STATUT, PROBLEMES
	}

	private final Map<Demande, int[]> counts = new IdentityHashMap<>();
	private StatutDemande status;
	private boolean withErrorsOnly;
	private String text = "";
	private Column sortColumn;
	private boolean descending;

	/** Counts each issue on the request it is about (an issue on the dossier's header has none). */
	public void setIssues(List<Issue> issues) {
		counts.clear();
		for (Issue issue : issues) {
			Demande demande = requestOf(issue.target());
			if (demande != null) {
				counts.computeIfAbsent(demande, d -> new int[2])[issue.isError() ? 0 : 1]++;
			}
		}
	}

	public static Demande requestOf(EObject target) {
		for (EObject o = target; o != null; o = o.eContainer()) {
			if (o instanceof Demande demande) {
				return demande;
			}
		}
		return null;
	}

	public int errors(Demande demande) {
		int[] c = counts.get(demande);
		return c == null ? 0 : c[0];
	}

	public int warnings(Demande demande) {
		int[] c = counts.get(demande);
		return c == null ? 0 : c[1];
	}

	/** Null: every status. */
	public void filterStatus(StatutDemande wanted) {
		this.status = wanted;
	}

	public void filterErrors(boolean only) {
		this.withErrorsOnly = only;
	}

	/** Requests whose number or beneficiary contains the text (any case). */
	public void filterText(String value) {
		this.text = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
	}

	public boolean isFiltered() {
		return status != null || withErrorsOnly || !text.isEmpty();
	}

	public void clearFilters() {
		status = null;
		withErrorsOnly = false;
		text = "";
	}

	/** Sorts by this column; the same column again reverses the order. */
	public void sortBy(Column column) {
		descending = column == sortColumn && !descending;
		sortColumn = column;
	}

	/** Sorts by this column in this direction (null: the dossier's order). */
	public void sort(Column column, boolean descendingOrder) {
		sortColumn = column;
		descending = column != null && descendingOrder;
	}

	public StatutDemande statusFilter() {
		return status;
	}

	public boolean errorsFilter() {
		return withErrorsOnly;
	}

	public Column sortColumn() {
		return sortColumn;
	}

	public boolean isDescending() {
		return descending;
	}

	public List<Demande> rows(List<Demande> demandes) {
		List<Demande> rows = new ArrayList<>(demandes.size());
		for (Demande demande : demandes) {
			if (accepts(demande)) {
				rows.add(demande);
			}
		}
		if (sortColumn != null) {
			Comparator<Demande> order = comparator(sortColumn);
			rows.sort(descending ? order.reversed() : order);
		}
		return rows;
	}

	private boolean accepts(Demande demande) {
		if (status != null && demande.getStatut() != status) {
			return false;
		}
		if (withErrorsOnly && errors(demande) == 0) {
			return false;
		}
		if (text.isEmpty()) {
			return true;
		}
		String numero = demande.getNumeroEditeur() == null ? "" : demande.getNumeroEditeur().toLowerCase(Locale.ROOT);
		return numero.contains(text) || RequestLabels.beneficiary(demande).toLowerCase(Locale.ROOT).contains(text);
	}

	private Comparator<Demande> comparator(Column column) {
		return switch (column) {
		case NUMERO -> Comparator.comparing(d -> d.getNumeroEditeur() == null ? "" : d.getNumeroEditeur());
		case BENEFICIAIRE -> Comparator.comparing(d -> RequestLabels.beneficiary(d), String.CASE_INSENSITIVE_ORDER);
		case MONTANT -> Comparator.comparing(d -> amountOrZero(d));
		case STATUT -> Comparator.comparing(Demande::getStatut);
		case PROBLEMES -> Comparator.<Demande>comparingInt(this::errors).thenComparingInt(this::warnings);
		};
	}

	private static BigDecimal amountOrZero(Demande demande) {
		BigDecimal amount = RequestLabels.amount(demande);
		return amount == null ? BigDecimal.ZERO : amount;
	}
}
