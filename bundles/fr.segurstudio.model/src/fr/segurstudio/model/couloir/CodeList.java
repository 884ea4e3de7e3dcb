package fr.segurstudio.model.couloir;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A closed list of codes with their labels, declared as data (e.g. the 355 messaging operators of
 * seed §4). Codes are exact strings: {@code CH _20} has a space, {@code HÔP_302} a non-ASCII letter.
 */
public final class CodeList {

	private final String id;
	private final String label;
	private final String seed;
	private final Map<String, String> entries;

	public CodeList(String id, String label, String seed, Map<String, String> entries) {
		this.id = id;
		this.label = label;
		this.seed = seed;
		this.entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
	}

	public String id() {
		return id;
	}

	public String label() {
		return label;
	}

	public String seed() {
		return seed;
	}

	public boolean contains(String code) {
		return code != null && entries.containsKey(code);
	}

	/** The label of a code, or null when the code is not in the list. */
	public String label(String code) {
		return entries.get(code);
	}

	/** Codes in the order of the seed. */
	public Set<String> codes() {
		return entries.keySet();
	}

	public Map<String, String> entries() {
		return entries;
	}

	public int size() {
		return entries.size();
	}
}
