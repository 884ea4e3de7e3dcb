package fr.segurstudio.model.dossier;

import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import fr.segurstudio.model.core.Demande;
import fr.segurstudio.model.core.Dossier;

/**
 * Hands out numeroEditeur values (seed §3.2: VARCHAR (=5), unique per request, starts at "00001"; a
 * rejected request is resubmitted with a NEW number). A number counts as used once it was handed out
 * (Dossier.numerosEditeurUtilises), appears on a request or in a request's former numbers
 * (Demande.anciensNumeros, after a resubmission), so that neither a rejected nor a deleted request's
 * number comes back.
 */
public final class NumerosEditeur {

	/** The largest number that fits in five digits. */
	public static final int MAX = 99_999;

	private NumerosEditeur() {
	}

	/** The next free number of this dossier, without recording it. */
	public static String next(Dossier dossier) {
		return next(dossier, List.of());
	}

	/**
	 * The next free number: one more than the highest used, or, once 99999 is used, the lowest
	 * never used; {@code alsoUsed} adds numbers used elsewhere (the vendor's other dossiers).
	 *
	 * @throws Exhausted when all 99999 numbers are used
	 */
	public static String next(Dossier dossier, Collection<String> alsoUsed) {
		Allocator allocator = allocator(dossier);
		alsoUsed.forEach(allocator::markUsed);
		return allocator.peek();
	}

	/**
	 * A hand-out of numbers over many requests at once (a spreadsheet of thousands of rows, a resubmission of
	 * many): the dossier's used numbers are read once, then each number costs constant time on average, where
	 * calling {@link #next(Dossier, Collection)} for each would read the whole dossier again every time.
	 */
	public static Allocator allocator(Dossier dossier) {
		Allocator allocator = new Allocator();
		allocator.markUsed(dossier);
		return allocator;
	}

	/** Takes the next free number and records it in the dossier as used. */
	public static String allocate(Dossier dossier) {
		String numero = next(dossier);
		dossier.getNumerosEditeurUtilises().add(numero);
		return numero;
	}

	/** Every number this dossier used: handed out, on a request, or a request's former one. */
	public static Set<String> usedNumbers(Dossier dossier) {
		Set<String> numbers = new TreeSet<>();
		BitSet used = used(dossier);
		for (int n = used.nextSetBit(1); n > 0; n = used.nextSetBit(n + 1)) {
			numbers.add(format(n));
		}
		return numbers;
	}

	/** True when this number was handed out or is carried by a request of the dossier. */
	public static boolean isUsed(Dossier dossier, String numero) {
		int n = parse(numero);
		return n > 0 && used(dossier).get(n);
	}

	/** "00042" for 42. */
	public static String format(int numero) {
		if (numero < 1 || numero > MAX) {
			throw new IllegalArgumentException("numéro éditeur hors de 00001..99999 : " + numero);
		}
		char[] digits = { '0', '0', '0', '0', '0' };
		for (int i = 4, n = numero; n > 0; i--, n /= 10) {
			digits[i] = (char) ('0' + n % 10);
		}
		return new String(digits);
	}

	/**
	 * A number written with fewer than five digits given its leading zeros ({@code 12} → {@code 00012}: seed §3.2,
	 * VARCHAR (=5)); anything else (five digits already, letters, empty, more than four digits) as it is.
	 */
	public static String pad(String numero) {
		if (numero == null || numero.isEmpty() || numero.length() > 4) {
			return numero;
		}
		for (int i = 0; i < numero.length(); i++) {
			if (numero.charAt(i) < '0' || numero.charAt(i) > '9') {
				return numero;
			}
		}
		return "0".repeat(5 - numero.length()) + numero;
	}

	/** The value of a well-formed number (five digits, not 00000), or -1. */
	public static int parse(String numero) {
		if (numero == null || numero.length() != 5) {
			return -1;
		}
		for (int i = 0; i < 5; i++) {
			if (numero.charAt(i) < '0' || numero.charAt(i) > '9') {
				return -1;
			}
		}
		int n = Integer.parseInt(numero);
		return n == 0 ? -1 : n;
	}

	private static BitSet used(Dossier dossier) {
		return allocator(dossier).used;
	}

	private static void mark(BitSet used, String numero) {
		int n = parse(numero);
		if (n > 0) {
			used.set(n);
		}
	}

	/** All 99999 numbers are used: a condition of the input (the user's dossiers), to be said as such, never a bug. */
	public static final class Exhausted extends IllegalStateException {
		private static final long serialVersionUID = 1L;

		public Exhausted() {
			super("Les 99999 numéros éditeur de ce dossier sont tous utilisés");
		}
	}

	/**
	 * The numbers used so far and the next ones to hand out, by the rule of {@link #next(Dossier, Collection)}:
	 * one more than the highest used, then, once 99999 is used, the lowest never used. Not thread-safe.
	 */
	public static final class Allocator {
		private final BitSet used = new BitSet(); // grows to the highest number marked
		/** Below it every number is used, once the highest is 99999: where the search for a free one starts. */
		private int lowestFree = 1;

		/** Counts a dossier's numbers as used: handed out, on a request, or a request's former one. */
		public void markUsed(Dossier dossier) {
			dossier.getNumerosEditeurUtilises().forEach(this::markUsed);
			for (Demande demande : dossier.getDemandes()) {
				markUsed(demande.getNumeroEditeur());
				demande.getAnciensNumeros().forEach(ancien -> markUsed(ancien.getNumeroEditeur()));
			}
		}

		/** Counts a number as used (a malformed one counts for nothing: it can never be handed out). */
		public void markUsed(String numero) {
			mark(used, numero);
		}

		public boolean isUsed(String numero) {
			int n = parse(numero);
			return n > 0 && used.get(n);
		}

		/** The number {@link #take()} would give, without taking it. */
		public String peek() {
			return format(candidate());
		}

		/**
		 * Takes the next free number and counts it as used.
		 *
		 * @throws Exhausted when all 99999 numbers are used
		 */
		public String take() {
			int n = candidate();
			used.set(n);
			return format(n);
		}

		private int candidate() {
			int highest = used.length() - 1;
			if (highest < MAX) {
				return Math.max(1, highest + 1);
			}
			lowestFree = used.nextClearBit(lowestFree);
			if (lowestFree > MAX) {
				throw new Exhausted();
			}
			return lowestFree;
		}
	}
}
