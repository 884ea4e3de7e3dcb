package fr.segurstudio.json.deposit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Pattern;

import fr.segurstudio.json.IssueCodes;
import fr.segurstudio.model.core.FormatFichier;
import fr.segurstudio.model.issue.Echo;

/**
 * Checks of the supporting-document files themselves: size (seed §2.1: 3 Mo at most each) and type,
 * recognised from the first bytes of the content, not from the name.
 */
public final class PieceFiles {

	/**
	 * Seed §2.1: « des pièces justificatives pesant 3Mo maximum chacune ». The seeds do not say which megabyte: the
	 * reading the portal cannot refuse is the smaller one, 1 Mo = 1 000 000 octets (a piece of 3 Mio would pass a
	 * portal counting 1 048 576 and fail one counting 10^6).
	 */
	public static final long MAX_BYTES = 3_000_000L;

	private static final byte[] PDF = { '%', 'P', 'D', 'F', '-' };
	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };
	private static final byte[] JPG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

	private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,199}");

	/** What is wrong with an attached file: a code of {@link IssueCodes} and a French message naming it. */
	public record Problem(String code, String message) {
	}

	/** A chemin resolved: the file, or the problem that refuses it. */
	public record Located(Path file, Problem problem) {
	}

	/** The option of {@code segur validate} and {@code segur export} that accepts pieces outside the dossier's folder. */
	public static final String OUTSIDE_OPTION = "--pieces-hors-dossier";

	private PieceFiles() {
	}

	/**
	 * The file a piece's chemin names, from the folder of its dossier. Unless {@code outsideAllowed} (the
	 * user's explicit {@value #OUTSIDE_OPTION}), a chemin that leads out of that folder — absolute, with
	 * {@code ../}, or through a symbolic link — and a piece that is itself a symbolic link are refused; the
	 * refusal of a path outside is decided from the path alone, so that it never tells whether an arbitrary
	 * file exists. With no folder known, the chemin is taken as it is.
	 */
	public static Located locate(String chemin, Path directory, boolean outsideAllowed) {
		String named = "fichier joint " + Echo.quote(chemin);
		Path file;
		try {
			file = directory == null ? Path.of(chemin) : directory.resolve(chemin);
		} catch (InvalidPathException e) {
			return new Located(null, new Problem(IssueCodes.PJ_FICHIER_ABSENT, named + " : ce chemin n'est pas un nom de fichier possible"));
		}
		if (outsideAllowed || directory == null) {
			return new Located(file, null);
		}
		Path base = directory.toAbsolutePath().normalize();
		String refused = " ; refusé (l'option " + OUTSIDE_OPTION + " l'accepte)";
		if (!file.toAbsolutePath().normalize().startsWith(base)) {
			return new Located(null, new Problem(IssueCodes.PJ_FICHIER_HORS_DOSSIER, named + " : hors du dossier du fichier" + refused));
		}
		if (Files.isSymbolicLink(file)) {
			return new Located(null, new Problem(IssueCodes.PJ_FICHIER_HORS_DOSSIER, named + " : c'est un lien symbolique" + refused));
		}
		try {
			if (Files.exists(file) && !file.toRealPath().startsWith(base.toRealPath())) {
				return new Located(null, new Problem(IssueCodes.PJ_FICHIER_HORS_DOSSIER, named
						+ " : un lien symbolique de son chemin mène hors du dossier du fichier" + refused));
			}
		} catch (IOException e) {
			// unreadable: check() says so
		}
		return new Located(file, null);
	}

	/**
	 * The checks of an attached file, the same for {@code validate} and {@code export}: it exists, weighs 3 Mo
	 * at most, and is the PDF, PNG or JPG that formatFichier says (from its first bytes).
	 *
	 * @param chemin   the path as the dossier writes it, for messages
	 * @param file     that path resolved
	 * @param declared formatFichier, or null when not given
	 * @return null when the file is fine
	 */
	public static Problem check(String chemin, Path file, FormatFichier declared) {
		String named = "fichier joint " + Echo.quote(chemin);
		try {
			if (!Files.isRegularFile(file)) {
				return new Problem(IssueCodes.PJ_FICHIER_ABSENT, named + " introuvable");
			}
			long size = Files.size(file);
			if (size > MAX_BYTES) {
				return new Problem(IssueCodes.PJ_FICHIER_TAILLE, named + " : " + size + " octets ; une pièce pèse 3 Mo au plus, soit "
						+ MAX_BYTES + " octets (1 Mo = 1 000 000 octets)");
			}
			FormatFichier actual = sniff(file);
			if (actual == null) {
				return new Problem(IssueCodes.PJ_FICHIER_TYPE, named + " : ni un PDF, ni un PNG, ni un JPG");
			}
			if (declared != null && actual != declared) {
				return new Problem(IssueCodes.PJ_FICHIER_TYPE, named + " : c'est un " + actual + ", formatFichier dit " + declared);
			}
			return null;
		} catch (IOException | RuntimeException e) {
			return new Problem(IssueCodes.PJ_FICHIER_ABSENT, named + " illisible");
		}
	}

	/** The format the content really has, or null when it is none of PDF, PNG, JPG. */
	public static FormatFichier sniff(Path file) throws IOException {
		byte[] head = new byte[8];
		int n;
		try (InputStream in = Files.newInputStream(file)) {
			n = in.readNBytes(head, 0, head.length);
		}
		byte[] read = Arrays.copyOf(head, n);
		if (startsWith(read, PDF)) {
			return FormatFichier.PDF;
		}
		if (startsWith(read, PNG)) {
			return FormatFichier.PNG;
		}
		if (startsWith(read, JPG)) {
			return FormatFichier.JPG;
		}
		return null;
	}

	private static boolean startsWith(byte[] bytes, byte[] prefix) {
		return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
	}

	/** A name that stays a plain file name in any folder or zip: no separator, no "..", nothing exotic. */
	public static boolean isSafeName(String name) {
		return name != null && SAFE_NAME.matcher(name).matches() && !name.contains("..");
	}
}
