package fr.segurstudio.lifecycle.csv;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import fr.segurstudio.lifecycle.Resubmissions;
import fr.segurstudio.model.core.Dossier;
import fr.segurstudio.model.dossier.NumerosEditeur;

/**
 * The numeroEditeur values of each vendor of an import (seed §3.2: unique per request of a vendor; a vendor
 * is known by its SIRET or its numeroAns, as {@link Resubmissions#sameVendor} says): the numbers of the
 * vendor's dossiers already there, then every number the import hands out, in one
 * {@link NumerosEditeur.Allocator} per vendor, shared by all the tables of one import. Finding a vendor's
 * allocator costs the same whatever the number of rows, vendors and dossiers (hash lookups).
 */
public final class VendorNumbers {

	private record Key(String numeroAns, String siret) {
	}

	private final Map<Key, NumerosEditeur.Allocator> byKey = new HashMap<>();
	private final Map<String, NumerosEditeur.Allocator> byAns = new HashMap<>();
	private final Map<String, NumerosEditeur.Allocator> bySiret = new HashMap<>();
	private final Map<String, List<Dossier>> existingByAns = new HashMap<>();
	private final Map<String, List<Dossier>> existingBySiret = new HashMap<>();

	/** @param existing the dossiers already there (the output folder's): their numbers are taken */
	public VendorNumbers(Collection<Dossier> existing) {
		for (Dossier dossier : existing) {
			if (dossier.getNumeroAns() != null) {
				existingByAns.computeIfAbsent(dossier.getNumeroAns(), k -> new ArrayList<>()).add(dossier);
			}
			if (dossier.getSIRET() != null) {
				existingBySiret.computeIfAbsent(dossier.getSIRET(), k -> new ArrayList<>()).add(dossier);
			}
		}
	}

	/** The allocator of the vendor of this numeroAns or SIRET (null or empty: not known). */
	public NumerosEditeur.Allocator of(String numeroAns, String siret) {
		Key key = new Key(numeroAns == null || numeroAns.isEmpty() ? null : numeroAns, siret == null || siret.isEmpty() ? null : siret);
		NumerosEditeur.Allocator known = byKey.get(key);
		if (known != null) {
			return known;
		}
		// the same vendor: the same SIRET, or the same numeroAns (Resubmissions.sameVendor)
		NumerosEditeur.Allocator allocator = key.siret() != null ? bySiret.get(key.siret()) : null;
		if (allocator == null && key.numeroAns() != null) {
			allocator = byAns.get(key.numeroAns());
		}
		if (allocator == null) {
			allocator = new NumerosEditeur.Allocator();
		}
		Map<Dossier, Boolean> marked = new IdentityHashMap<>();
		for (Dossier dossier : existing(existingBySiret, key.siret(), existingByAns, key.numeroAns())) {
			if (marked.put(dossier, Boolean.TRUE) == null) {
				allocator.markUsed(dossier);
			}
		}
		byKey.put(key, allocator);
		if (key.siret() != null) {
			bySiret.putIfAbsent(key.siret(), allocator);
		}
		if (key.numeroAns() != null) {
			byAns.putIfAbsent(key.numeroAns(), allocator);
		}
		return allocator;
	}

	private static List<Dossier> existing(Map<String, List<Dossier>> bySiret, String siret, Map<String, List<Dossier>> byAns, String ans) {
		List<Dossier> found = new ArrayList<>();
		if (siret != null) {
			found.addAll(bySiret.getOrDefault(siret, List.of()));
		}
		if (ans != null) {
			found.addAll(byAns.getOrDefault(ans, List.of()));
		}
		return found;
	}
}
