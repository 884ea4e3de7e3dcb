package fr.segurstudio.model.asp;

import java.util.Collection;
import java.util.Locale;

/** The name probably meant by a misspelt one, for the JSON importer and the text language alike. */
public final class Spelling {

	/** More edits than this and the name is not a typo of another. */
	private static final int MAX_DISTANCE = 2;

	private Spelling() {
	}

	/** The name written with another case or one or two letters off (a typo), if there is one; else null. */
	public static String closest(String written, Collection<String> names) {
		String best = null;
		int bestDistance = MAX_DISTANCE + 1;
		String lower = written.toLowerCase(Locale.ROOT);
		for (String name : names) {
			int distance = name.equalsIgnoreCase(written) ? 0 : distance(lower, name.toLowerCase(Locale.ROOT), bestDistance);
			if (distance < bestDistance) {
				best = name;
				bestDistance = distance;
			}
		}
		return best;
	}

	/** Levenshtein distance, given up at {@code limit}. */
	private static int distance(String a, String b, int limit) {
		if (Math.abs(a.length() - b.length()) >= limit) {
			return limit;
		}
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
				current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}
}
