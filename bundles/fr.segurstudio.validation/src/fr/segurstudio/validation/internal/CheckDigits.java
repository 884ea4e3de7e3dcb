package fr.segurstudio.validation.internal;

/**
 * Check-digit algorithms of French identifiers (public algorithms, not in the seeds: asp-json.md §8).
 * The seeds' examples use dummy numbers that fail them, so a failure is a warning.
 */
final class CheckDigits {

	/** SIREN of La Poste, whose establishments' SIRET follow another rule. */
	private static final String LA_POSTE = "356000000";

	private CheckDigits() {
	}

	static boolean luhn(CharSequence digits) {
		int sum = 0;
		boolean twice = false;
		for (int i = digits.length() - 1; i >= 0; i--) {
			int d = digits.charAt(i) - '0';
			if (d < 0 || d > 9) {
				return false;
			}
			if (twice) {
				d *= 2;
				if (d > 9) {
					d -= 9;
				}
			}
			sum += d;
			twice = !twice;
		}
		return sum % 10 == 0;
	}

	/** 14 digits: Luhn over the SIRET and over its SIREN; La Poste's: the sum of the digits is a multiple of 5. */
	static boolean siret(String siret) {
		if (siret.startsWith(LA_POSTE) && !luhn(siret)) {
			return siret.chars().map(c -> c - '0').sum() % 5 == 0;
		}
		return luhn(siret) && luhn(siret.substring(0, 9));
	}

	/** 9 characters; Corsican numbers (2A, 2B) are not checked: no public key rule covers them. */
	static boolean finess(String finess) {
		return finess.startsWith("2A") || finess.startsWith("2B") || luhn(finess);
	}

	static boolean rpps(String rpps) {
		return luhn(rpps);
	}
}
