package fr.segurstudio.ui.tests;

import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.segurstudio.testing.Golden;

/** Texts for the editor's tests and benchmark, made from the golden .segur files. */
final class SegurTexts {

	private SegurTexts() {
	}

	/**
	 * The golden BIO-SGL dossier with its request repeated {@code count} times (numeroEditeur and file name
	 * 00001..count): 200 requests make the largest file the portal takes.
	 */
	static String bio(int count) {
		return repeated(Golden.BIO_SGL.segurText(), count, (request, i) -> request);
	}

	/** The golden dossier with its request repeated, each numbered 00001..count (its pieces too), then adjusted. */
	private static String repeated(String golden, int count, BiFunction<String, Integer, String> adjust) {
		int start = golden.indexOf("  demande \"00001\"");
		int end = golden.lastIndexOf("}");
		String request = golden.substring(start, end);
		StringBuilder text = new StringBuilder(golden.substring(0, start));
		for (int i = 1; i <= count; i++) {
			String numero = String.format("%05d", i);
			if (i > 1) {
				text.append('\n');
			}
			text.append(adjust.apply(request.replace("\"00001\"", "\"" + numero + "\"").replace("BDC-00001", "BDC-" + numero), i));
		}
		return text.append("}\n").toString();
	}

	private static final String[] SURNAMES = { "MARTIN", "BERNARD", "THOMAS", "PETIT", "ROBERT", "RICHARD", "DUBOIS", "MOREAU", "LAURENT",
			"SIMON", "MICHEL", "LEFEBVRE", "LEROY", "ROUX", "DAVID", "BERTRAND", "MOREL", "FOURNIER", "GIRARD", "BONNET" };

	/**
	 * The golden MDV-LGC LIBERAL dossier with its request repeated {@code count} times (at most 1000), each with a
	 * number 00001..count, a doctor's name and an amount of its own: sorting by beneficiary or by amount gives two
	 * orders, both unlike the numbers' (request i is named after (73 i mod count), its amount after 919 i mod 1000).
	 */
	static String mdv(int count) {
		return repeated(Golden.MDV_LGC_LIBERAL.segurText(), count,
				(request, i) -> request.replaceFirst("nomMedecin \"DURAND\"", "nomMedecin \"" + doctor(i, count) + "\"")
						.replace("1075.00", (1000 + 919 * i % 1000 * 10) + ".00"));
	}

	/** The beneficiary (first doctor) of request i of {@link #mdv}. */
	static String doctor(int i, int count) {
		int k = 73 * i % count;
		return SURNAMES[k % SURNAMES.length] + " " + (char) ('A' + k / SURNAMES.length % 26) + (k / SURNAMES.length / 26 + 1);
	}

	/** The offset just after the n-th occurrence (1-based) of {@code what}. */
	static int after(String text, String what, int nth) {
		Matcher matcher = Pattern.compile(Pattern.quote(what)).matcher(text);
		for (int i = 0; i < nth; i++) {
			if (!matcher.find()) {
				throw new AssertionError(what + " absent");
			}
		}
		return matcher.end();
	}
}
