package fr.segurstudio.ui.dossier.pages;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;

import fr.segurstudio.model.core.Demande;

/**
 * The requests table's viewer: a virtual table of rows it is given, whose selection is a set of requests found
 * by their place in those rows. JFace's own way for a virtual table looks a request up in its element-to-item
 * map, which after a sort or a filter still names the row where the request was before: the row highlighted
 * then held another request, which Delete removed. Here every selection goes to the widget, and comes back
 * from it, through the rows: the same requests stay selected whatever their order, and a request that left the
 * rows leaves the selection (a request read again from disk is found again by its numeroEditeur).
 */
final class RequestTable extends TableViewer {

	private List<Demande> rows = List.of();
	private final Map<Demande, Integer> places = new IdentityHashMap<>();

	RequestTable(Composite parent, int style) {
		super(parent, style | SWT.VIRTUAL);
		setContentProvider(new ILazyContentProvider() {
			@Override
			public void updateElement(int index) {
				if (index < rows.size()) {
					replace(rows.get(index), index);
				}
			}

			@Override
			public void inputChanged(Viewer viewer, Object oldInput, Object newInput) {
			}
		});
	}

	/** The rows shown, in their order. */
	List<Demande> rows() {
		return rows;
	}

	/**
	 * Shows these rows (a new order, a filter, the dossier changed), the selected requests kept selected where they
	 * still are, the first of them scrolled into view; the listeners are told when the selection changed.
	 */
	void setRows(List<Demande> newRows) {
		Table table = getTable();
		List<Demande> before = selected();
		rows = List.copyOf(newRows);
		places.clear();
		for (int i = 0; i < rows.size(); i++) {
			places.put(rows.get(i), i);
		}
		List<Demande> kept = kept(before);
		table.setRedraw(false);
		try {
			setItemCount(rows.size());
			table.clearAll(); // each visible row asks for its request again
			setSelectionToWidget(kept, !kept.isEmpty()); // a sort or a filter moved the rows: the selected one is shown
		} finally {
			table.setRedraw(true);
		}
		if (!kept.equals(before)) {
			updateSelection(new StructuredSelection(kept));
		}
	}

	/** The requests selected, in the table's order. */
	List<Demande> selected() {
		List<Demande> selected = new ArrayList<>();
		for (int index : getTable().getSelectionIndices()) {
			if (index < rows.size()) {
				selected.add(rows.get(index));
			}
		}
		return selected;
	}

	/** Where each of these requests is now: itself, or a request of the same number read again; gone otherwise. */
	private List<Demande> kept(List<Demande> requests) {
		List<Demande> kept = new ArrayList<>();
		for (Demande demande : requests) {
			Demande now = places.containsKey(demande) ? demande : sameNumber(demande);
			if (now != null && !kept.contains(now)) {
				kept.add(now);
			}
		}
		return kept;
	}

	/**
	 * A request no longer in any dossier (the file read again, the text page's edits taken): the row of the same
	 * numeroEditeur, if any. A request only hidden by a filter, or deleted, is not found again (numbers are
	 * never given twice).
	 */
	private Demande sameNumber(Demande gone) {
		if (gone.eResource() != null || gone.getNumeroEditeur() == null) {
			return null;
		}
		for (Demande demande : rows) {
			if (gone.getNumeroEditeur().equals(demande.getNumeroEditeur())) {
				return demande;
			}
		}
		return null;
	}

	@Override
	protected List<Object> getSelectionFromWidget() {
		return new ArrayList<>(selected());
	}

	@Override
	protected void setSelectionToWidget(@SuppressWarnings("rawtypes") List list, boolean reveal) {
		Table table = getTable();
		int[] indices = list == null ? new int[0]
				: ((List<?>) list).stream().map(places::get).filter(Objects::nonNull).mapToInt(Integer::intValue).toArray();
		if (reveal) {
			table.setSelection(indices); // also shows the first one
		} else {
			table.deselectAll();
			table.select(indices);
		}
	}
}
