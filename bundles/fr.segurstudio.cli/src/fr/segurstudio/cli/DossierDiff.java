package fr.segurstudio.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

import org.eclipse.osgi.util.NLS;

import fr.segurstudio.model.core.Demande;
import fr.segurstudio.model.core.Dossier;
import fr.segurstudio.model.issue.Echo;

/**
 * What changed between two versions of a dossier, per request keyed by numeroEditeur, in the manner of
 * {@code terraform plan}: {@code +} added, {@code -} removed, {@code ~} changed with each field's old → new
 * value; the header's changes first; one summary line at the end.
 */
final class DossierDiff {

	private final FieldTexts fields;
	private final List<String> lines = new ArrayList<>();
	private int added;
	private int changed;
	private int removed;
	private boolean headerChanged;

	/** Either dossier may be null (a file added or removed). */
	DossierDiff(FieldTexts fields, Dossier before, Dossier after) {
		this.fields = fields;
		compareHeaders(before, after);
		SortedMap<String, Demande> old = byNumber(before);
		SortedMap<String, Demande> now = byNumber(after);
		Set<String> numbers = new TreeSet<>(old.keySet());
		numbers.addAll(now.keySet());
		for (String numero : numbers) {
			compare(numero, old.get(numero), now.get(numero));
		}
	}

	boolean same() {
		return added == 0 && changed == 0 && removed == 0 && !headerChanged;
	}

	/** The lines of the diff, the summary last. */
	List<String> lines() {
		List<String> all = new ArrayList<>(lines);
		String summary = NLS.bind(Messages.diffSummary, new Object[] { count(added, Messages.diffAddedOne, Messages.diffAddedMany),
				count(changed, Messages.diffChangedOne, Messages.diffChangedMany), count(removed, Messages.diffRemovedOne, Messages.diffRemovedMany) });
		all.add(headerChanged ? summary + Messages.diffHeaderChangedSuffix : summary);
		return all;
	}

	/** French counts: 0 and 1 take the singular (« 0 supprimée », « 1 ajoutée », « 2 modifiées »). */
	private static String count(int n, String one, String many) {
		return NLS.bind(n > 1 ? many : one, n);
	}

	/** The requests by number; a number carried twice keeps both, the second as « 00001 (2) ». */
	private static SortedMap<String, Demande> byNumber(Dossier dossier) {
		SortedMap<String, Demande> map = new TreeMap<>();
		if (dossier == null) {
			return map;
		}
		for (Demande demande : dossier.getDemandes()) {
			String numero = Objects.toString(demande.getNumeroEditeur(), "");
			String key = numero;
			for (int n = 2; map.containsKey(key); n++) {
				key = numero + " (" + n + ")";
			}
			map.put(key, demande);
		}
		return map;
	}

	private void compareHeaders(Dossier before, Dossier after) {
		if (before == null || after == null) {
			return; // the requests say it all; a whole file added or removed
		}
		List<String> changes = fieldChanges(fields.of(before), fields.of(after));
		if (!Objects.equals(before.getCouloir(), after.getCouloir())) {
			changes.add(0, change("~", Messages.diffCouloir, "couloir", Echo.quote(before.getCouloir()) + " → " + Echo.quote(after.getCouloir())));
		}
		if (!changes.isEmpty()) {
			headerChanged = true;
			lines.add("~ " + Messages.diffHeader);
			lines.addAll(changes);
		}
	}

	private void compare(String numero, Demande before, Demande after) {
		String name = NLS.bind(Messages.diffRequest, Echo.text(numero));
		if (before == null) {
			added++;
			lines.add("+ " + name);
			fields.of(after).values().forEach(f -> lines.add(change("+", f.label(), f.path(), Echo.quote(f.text()))));
		} else if (after == null) {
			removed++;
			lines.add("- " + name);
			fields.of(before).values().forEach(f -> lines.add(change("-", f.label(), f.path(), Echo.quote(f.text()))));
		} else {
			List<String> changes = fieldChanges(fields.of(before), fields.of(after));
			if (!changes.isEmpty()) {
				changed++;
				lines.add("~ " + name);
				lines.addAll(changes);
			}
		}
	}

	private static List<String> fieldChanges(Map<String, FieldTexts.Field> before, Map<String, FieldTexts.Field> after) {
		List<String> changes = new ArrayList<>();
		Set<String> paths = new LinkedHashSet<>(before.keySet());
		paths.addAll(after.keySet());
		for (String path : paths) {
			FieldTexts.Field old = before.get(path);
			FieldTexts.Field now = after.get(path);
			if (old == null) {
				changes.add(change("+", now.label(), path, Echo.quote(now.text())));
			} else if (now == null) {
				changes.add(change("-", old.label(), path, Echo.quote(old.text())));
			} else if (!old.text().equals(now.text())) {
				changes.add(change("~", now.label(), path, Echo.quote(old.text()) + " → " + Echo.quote(now.text())));
			}
		}
		return changes;
	}

	/** {@code     ~ Nom du client (beneficiaires.EtablissementsClients[1].nomClient) : « A » → « B »}. */
	private static String change(String sign, String label, String path, String values) {
		return "    " + sign + " " + label + " (" + path + ") : " + values;
	}
}
