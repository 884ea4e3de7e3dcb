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

	/** All 99,999 numbers are used: a foreseeable condition of the input, which callers say as such. */
	public static final class Exhausted extends IllegalStateException {
		private static final long serialVersionUID = 1L;

		Exhausted() {
			super("Les 99999 numéros éditeur de ce dossier sont tous utilisés");
		}
	}

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
		BitSet used = used(dossier);
		alsoUsed.forEach(n -> mark(used, n));
		int highest = used.length() - 1;
		int candidate = highest < 1 ? 1 : highest + 1;
		if (candidate > MAX) {
			candidate = used.nextClearBit(1);
		}
		if (candidate > MAX) {
			throw new Exhausted();
		}
		return format(candidate);
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
		return pad(Integer.toString(numero));
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
		BitSet used = new BitSet(MAX + 1);
		dossier.getNumerosEditeurUtilises().forEach(n -> mark(used, n));
		for (Demande demande : dossier.getDemandes()) {
			mark(used, demande.getNumeroEditeur());
			demande.getAnciensNumeros().forEach(ancien -> mark(used, ancien.getNumeroEditeur()));
		}
		return used;
	}

	private static void mark(BitSet used, String numero) {
		int n = parse(numero);
		if (n > 0) {
			used.set(n);
		}
	}
}
