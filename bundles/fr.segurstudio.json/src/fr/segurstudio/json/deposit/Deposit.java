package fr.segurstudio.json.deposit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import fr.segurstudio.json.AspJsonWriter;
import fr.segurstudio.model.core.Demande;
import fr.segurstudio.model.core.Dossier;
import fr.segurstudio.model.core.FormatFichier;
import fr.segurstudio.model.core.PieceJustificative;
import fr.segurstudio.model.core.StatutDemande;
import fr.segurstudio.model.issue.Issue;
import fr.segurstudio.model.issue.Severity;
import fr.segurstudio.model.issue.SourceLocation;

/**
 * Writes a deposit: the requests grouped by (numeroAns, couloir, software) and cut into files of at
 * most 200 requests named {@code JSON-<numeroAns>-<AAAAMMJJ>-<NNN>.json}, NNN continuing after the files
 * of that ANS and day already in the folder (seeds §2.1, §3.3); the supporting documents copied under
 * their nomenclature name, or packed into zips of at most 200 Mo; a manifest per file, from which the
 * deposit history is read. Every supporting document is checked before anything is written, and every
 * file is written atomically.
 */
public final class Deposit {

	/** Seed §2.1: « Le nombre exact de demandes maximum par fichier JSON est fixé à 200 ». */
	public static final int MAX_REQUESTS_PER_FILE = 200;
	/** Seed §2.1: « Le fichier .zip ne peut excéder la taille de 200 Mo ». */
	public static final long MAX_ZIP_BYTES = 200L * 1024 * 1024;
	/** Room kept per zip entry for its headers, so that a zip never exceeds the limit. */
	private static final long ZIP_ENTRY_OVERHEAD = 1024;

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuuMMdd");

	/** A dossier to deposit, and the folder its relative supporting-document paths start from. */
	public record Source(Dossier dossier, Path directory) {
	}

	/**
	 * @param zip         pack the supporting documents into zips rather than copy them into a folder
	 * @param maxZipBytes size limit of one zip ({@link #MAX_ZIP_BYTES} but in tests)
	 */
	public record Options(Path outputDirectory, LocalDate date, boolean zip, long maxZipBytes) {

		public Options(Path outputDirectory, LocalDate date, boolean zip) {
			this(outputDirectory, date, zip, MAX_ZIP_BYTES);
		}
	}

	private record Key(String numeroAns, String typeLogiciel) {
	}

	private record Item(Source source, Demande demande) {
	}

	private record Piece(String name, Path file, long size) {
	}

	private final AspJsonWriter writer = new AspJsonWriter();

	/**
	 * Checks, then writes. When a check fails nothing is written and the result lists the problems
	 * (French, naming the request and the file).
	 */
	public DepositResult run(List<Source> sources, Options options) throws IOException {
		Map<Key, List<Item>> groups = group(sources);
		List<Issue> problems = new ArrayList<>();
		Map<Demande, List<Piece>> pieces = checkPieces(groups, problems);
		checkHeaders(groups, problems);
		if (problems.stream().anyMatch(Issue::isError)) {
			return new DepositResult(List.of(), problems);
		}
		Files.createDirectories(options.outputDirectory());
		String day = DAY.format(options.date());
		Map<String, Integer> lastNumber = new HashMap<>();
		List<DepositResult.File> files = new ArrayList<>();
		for (Map.Entry<Key, List<Item>> group : groups.entrySet()) {
			List<Item> items = group.getValue();
			for (int from = 0; from < items.size(); from += MAX_REQUESTS_PER_FILE) {
				List<Item> chunk = items.subList(from, Math.min(items.size(), from + MAX_REQUESTS_PER_FILE));
				String ans = group.getKey().numeroAns();
				int number = lastNumber.computeIfAbsent(ans, a -> existingNumber(options.outputDirectory(), a, day)) + 1;
				if (number > 999) {
					throw new IOException("plus de 999 fichiers déposés le " + day + " pour l'ANS " + ans);
				}
				lastNumber.put(ans, number);
				String base = "JSON-" + ans + "-" + day + "-" + String.format(Locale.ROOT, "%03d", number);
				files.add(writeFile(base, group.getKey(), chunk, pieces, options));
			}
		}
		return new DepositResult(List.copyOf(files), problems);
	}

	private static Map<Key, List<Item>> group(List<Source> sources) {
		Map<Key, List<Item>> groups = new LinkedHashMap<>();
		for (Source source : sources) {
			Key key = new Key(Objects.toString(source.dossier().getNumeroAns(), ""), source.dossier().getTypeLogiciel());
			for (Demande demande : source.dossier().getDemandes()) {
				groups.computeIfAbsent(key, k -> new ArrayList<>()).add(new Item(source, demande));
			}
		}
		return groups;
	}

	/** One file carries one SIRET and one valid ANS number (seed §3.2, Entête fichier JSON). */
	private static void checkHeaders(Map<Key, List<Item>> groups, List<Issue> problems) {
		for (Map.Entry<Key, List<Item>> group : groups.entrySet()) {
			String ans = group.getKey().numeroAns();
			if (!ans.matches("[A-Za-z0-9]{1,40}")) {
				problems.add(Issue.error("depot.numeroAns", "numeroAns « " + ans + " » inutilisable dans un nom de fichier JSON",
						SourceLocation.UNKNOWN));
			}
			Set<String> sirets = new HashSet<>();
			group.getValue().forEach(item -> sirets.add(String.valueOf(item.source().dossier().getSIRET())));
			Set<String> numbers = new HashSet<>();
			for (Item item : group.getValue()) {
				String numero = item.demande().getNumeroEditeur();
				if (numero != null && !numbers.add(numero)) {
					problems.add(new Issue(Severity.ERROR, "depot.numero-double", "numeroEditeur " + numero
							+ " porté par deux demandes déposées ensemble pour l'ANS " + ans + " : chaque demande a son numéro",
							item.demande(), null, -1, SourceLocation.UNKNOWN));
				}
			}
			if (sirets.size() > 1) {
				problems.add(Issue.error("depot.siret", "l'ANS " + ans + " est déposé avec plusieurs SIRET " + sirets
						+ " : un fichier ne porte qu'un SIRET", SourceLocation.UNKNOWN));
			}
		}
	}

	private static Map<Demande, List<Piece>> checkPieces(Map<Key, List<Item>> groups, List<Issue> problems) throws IOException {
		Map<Demande, List<Piece>> result = new HashMap<>();
		for (List<Item> items : groups.values()) {
			for (Item item : items) {
				List<Piece> list = new ArrayList<>();
				Set<String> names = new HashSet<>();
				for (PieceJustificative piece : item.demande().getPiecesJustificatives()) {
					Piece checked = check(item, piece, names, problems);
					if (checked != null) {
						list.add(checked);
					}
				}
				result.put(item.demande(), list);
			}
		}
		return result;
	}

	private static Piece check(Item item, PieceJustificative piece, Set<String> names, List<Issue> problems) throws IOException {
		String where = "demande " + item.demande().getNumeroEditeur() + ", pièce « " + piece.getNomFichier() + " »";
		if (piece.getChemin() == null || piece.getChemin().isBlank()) {
			problems.add(new Issue(Severity.WARNING, "depot.piece-absente", where + " : aucun fichier joint ; à fournir à part",
					piece, null, -1, SourceLocation.UNKNOWN));
			return null;
		}
		String name = piece.getNomFichier();
		if (!PieceFiles.isSafeName(name)) {
			problems.add(error(piece, "depot.piece-nom", where + " : ce nom ne peut pas être un nom de fichier du dépôt"));
			return null;
		}
		if (!names.add(name)) {
			problems.add(error(piece, "depot.piece-double", where + " : deux pièces de la demande portent ce nom"));
			return null;
		}
		Path file = item.source().directory() == null ? Path.of(piece.getChemin()) : item.source().directory().resolve(piece.getChemin());
		if (!Files.isRegularFile(file)) {
			problems.add(error(piece, "depot.piece-introuvable", where + " : fichier " + file + " introuvable"));
			return null;
		}
		long size = Files.size(file);
		if (size > PieceFiles.MAX_BYTES) {
			problems.add(error(piece, "depot.piece-taille", where + " : " + file.getFileName() + " pèse " + size
					+ " octets ; 3 Mo (" + PieceFiles.MAX_BYTES + " octets) au plus"));
			return null;
		}
		FormatFichier actual = PieceFiles.sniff(file);
		if (actual == null) {
			problems.add(error(piece, "depot.piece-type", where + " : " + file.getFileName() + " n'est ni un PDF, ni un PNG, ni un JPG"));
			return null;
		}
		if (piece.isSetFormatFichier() && piece.getFormatFichier() != actual) {
			problems.add(error(piece, "depot.piece-type", where + " : le fichier est un " + actual + " mais formatFichier dit "
					+ piece.getFormatFichier()));
			return null;
		}
		return new Piece(name, file, size);
	}

	private static Issue error(PieceJustificative piece, String code, String message) {
		return new Issue(Severity.ERROR, code, message, piece, null, -1, SourceLocation.UNKNOWN);
	}

	private DepositResult.File writeFile(String base, Key key, List<Item> chunk, Map<Demande, List<Piece>> pieces, Options options)
			throws IOException {
		Path out = options.outputDirectory();
		List<Demande> demandes = chunk.stream().map(Item::demande).toList();
		Dossier header = chunk.get(0).source().dossier();
		AtomicFiles.write(out.resolve(base + ".json"), writer.toBytes(header, demandes, AspJsonWriter.DEPOSIT));

		List<Piece> all = new ArrayList<>();
		demandes.forEach(d -> all.addAll(pieces.get(d)));
		Map<Piece, String> placed = options.zip() ? zip(out, base, all, options.maxZipBytes()) : copy(out, base, all);

		List<DepositResult.Request> requests = new ArrayList<>();
		for (int i = 0; i < demandes.size(); i++) {
			Demande demande = demandes.get(i);
			List<DepositResult.Placement> placements = new ArrayList<>();
			for (Piece piece : pieces.get(demande)) {
				placements.add(new DepositResult.Placement(piece.name(), placed.get(piece)));
			}
			requests.add(new DepositResult.Request(i + 1, demande.getNumeroEditeur(), placements));
			demande.setStatut(StatutDemande.DEPOSEE);
			demande.setFichierDepot(base + ".json");
		}
		List<String> containers = placed.values().stream().distinct().toList();
		DepositResult.File file = new DepositResult.File(base + ".json", key.numeroAns(), key.typeLogiciel(),
				options.date(), List.copyOf(requests), containers);
		AtomicFiles.write(out.resolve(base + Manifest.SUFFIX), Manifest.toBytes(file));
		return file;
	}

	/** Greedy packing in file order; a new zip starts when the next document would pass 200 Mo. */
	private static Map<Piece, String> zip(Path out, String base, List<Piece> all, long maxZipBytes) throws IOException {
		List<List<Piece>> zips = new ArrayList<>();
		List<Piece> current = new ArrayList<>();
		long size = 0;
		for (Piece piece : all) {
			long needed = piece.size() + ZIP_ENTRY_OVERHEAD;
			if (!current.isEmpty() && size + needed > maxZipBytes) {
				zips.add(current);
				current = new ArrayList<>();
				size = 0;
			}
			current.add(piece);
			size += needed;
		}
		if (!current.isEmpty()) {
			zips.add(current);
		}
		Map<Piece, String> placed = new LinkedHashMap<>();
		for (int i = 0; i < zips.size(); i++) {
			String name = base + (i == 0 ? "" : "-" + (i + 1)) + ".zip";
			List<Piece> content = zips.get(i);
			AtomicFiles.write(out.resolve(name), stream -> {
				try (ZipOutputStream zip = new ZipOutputStream(stream)) {
					for (Piece piece : content) {
						ZipEntry entry = new ZipEntry(piece.name());
						entry.setTime(0L); // same content, same bytes
						zip.putNextEntry(entry);
						try (InputStream in = Files.newInputStream(piece.file())) {
							in.transferTo(zip);
						}
						zip.closeEntry();
					}
				}
			});
			content.forEach(piece -> placed.put(piece, name));
		}
		return placed;
	}

	private static Map<Piece, String> copy(Path out, String base, List<Piece> all) throws IOException {
		Map<Piece, String> placed = new LinkedHashMap<>();
		for (Piece piece : all) {
			Path target = out.resolve(base).resolve(piece.name());
			AtomicFiles.write(target, stream -> Files.copy(piece.file(), stream));
			placed.put(piece, base + "/");
		}
		return placed;
	}

	/** The highest NNN of JSON-<ans>-<day>-NNN.json already in the folder, 0 when none. */
	static int existingNumber(Path directory, String ans, String day) {
		Pattern pattern = Pattern.compile("JSON-" + Pattern.quote(ans) + "-" + day + "-(\\d{3})\\.json");
		int highest = 0;
		if (!Files.isDirectory(directory)) {
			return 0;
		}
		try (DirectoryStream<Path> files = Files.newDirectoryStream(directory)) {
			for (Path file : files) {
				Matcher matcher = pattern.matcher(file.getFileName().toString());
				if (matcher.matches()) {
					highest = Math.max(highest, Integer.parseInt(matcher.group(1)));
				}
			}
		} catch (IOException e) {
			return highest;
		}
		return highest;
	}
}
