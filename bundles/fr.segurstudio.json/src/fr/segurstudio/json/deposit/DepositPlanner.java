package fr.segurstudio.json.deposit;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;

import fr.segurstudio.json.IssueCodes;
import fr.segurstudio.model.core.Demande;
import fr.segurstudio.model.core.Dossier;
import fr.segurstudio.model.core.PieceJustificative;
import fr.segurstudio.model.core.SegurPackage;
import fr.segurstudio.model.issue.Echo;
import fr.segurstudio.model.issue.Issue;
import fr.segurstudio.model.issue.Severity;
import fr.segurstudio.model.issue.SourceLocation;

/**
 * Makes a {@link DepositPlan}: groups the requests by (numeroAns, couloir, software), cuts them into files
 * of 200, numbers the files after every artefact of that ANS and day already in the folder, checks the
 * supporting documents (the checks of {@link PieceFiles}, as {@code validate} makes them), the headers, and
 * that no numeroEditeur is deposited twice for one ANS (in this deposit or an earlier one recorded in the
 * folder's manifests: seed §3.2, a number identifies one request). Every problem about an input carries
 * one of its model objects as target, from which the caller names the input's file.
 */
final class DepositPlanner {

	private static final Pattern ANS = Pattern.compile("[A-Za-z0-9]{1,40}");

	private record Key(String numeroAns, String typeLogiciel) {
	}

	private record Item(Deposit.Source source, Demande demande) {
	}

	private final List<Issue> problems = new ArrayList<>();
	private final Deposit.Options options;

	private DepositPlanner(Deposit.Options options) {
		this.options = options;
	}

	static DepositPlan plan(List<Deposit.Source> sources, Deposit.Options options) {
		return new DepositPlanner(options).run(sources);
	}

	private DepositPlan run(List<Deposit.Source> sources) {
		Map<Key, List<Item>> groups = group(sources);
		Map<Demande, List<DepositPlan.Piece>> pieces = new IdentityHashMap<>();
		for (List<Item> items : groups.values()) {
			for (Item item : items) {
				pieces.put(item.demande(), pieces(item));
			}
		}
		checkHeaders(groups);
		Map<String, Map<String, String>> deposited = depositedNumbers();
		checkNumbers(groups, deposited);
		List<DepositPlan.File> files = new ArrayList<>();
		String day = Deposit.DAY.format(options.date());
		Map<String, Integer> lastNumber = new HashMap<>();
		for (Map.Entry<Key, List<Item>> group : groups.entrySet()) {
			List<Item> items = group.getValue();
			String ans = group.getKey().numeroAns();
			for (int from = 0; from < items.size(); from += Deposit.MAX_REQUESTS_PER_FILE) {
				List<Item> chunk = items.subList(from, Math.min(items.size(), from + Deposit.MAX_REQUESTS_PER_FILE));
				Integer last = lastNumber.computeIfAbsent(ans, a -> existingNumber(a, day));
				if (last == null) {
					return new DepositPlan(List.of(), List.copyOf(problems));
				}
				int number = last + 1;
				if (number > 999) {
					problems.add(Issue.error(IssueCodes.DEPOT_NUMEROTATION, "plus de 999 fichiers déposés le " + day + " pour l'ANS " + ans
							+ " : NNN n'a que 3 chiffres (seed §3.3)", SourceLocation.UNKNOWN));
					break;
				}
				lastNumber.put(ans, number);
				List<Demande> demandes = chunk.stream().map(Item::demande).toList();
				Map<Demande, List<DepositPlan.Piece>> filePieces = new LinkedHashMap<>();
				demandes.forEach(d -> filePieces.put(d, pieces.get(d)));
				files.add(new DepositPlan.File("JSON-" + ans + "-" + day + "-" + String.format(Locale.ROOT, "%03d", number), ans,
						group.getKey().typeLogiciel(), chunk.get(0).source().dossier(), demandes, filePieces));
			}
		}
		return new DepositPlan(List.copyOf(files), List.copyOf(problems));
	}

	private static Map<Key, List<Item>> group(List<Deposit.Source> sources) {
		Map<Key, List<Item>> groups = new LinkedHashMap<>();
		for (Deposit.Source source : sources) {
			Key key = new Key(Objects.toString(source.dossier().getNumeroAns(), ""), source.dossier().getTypeLogiciel());
			for (Demande demande : source.dossier().getDemandes()) {
				groups.computeIfAbsent(key, k -> new ArrayList<>()).add(new Item(source, demande));
			}
		}
		return groups;
	}

	/** One file carries one SIRET and one valid ANS number (seed §3.2, Entête fichier JSON). */
	private void checkHeaders(Map<Key, List<Item>> groups) {
		for (Map.Entry<Key, List<Item>> group : groups.entrySet()) {
			String ans = group.getKey().numeroAns();
			Item first = group.getValue().get(0);
			if (!ANS.matcher(ans).matches()) {
				problems.add(error(first.source(), first.source().dossier(), IssueCodes.DEPOT_NUMERO_ANS, "numeroAns " + Echo.quote(ans)
						+ " inutilisable dans un nom de fichier JSON (lettres et chiffres)"));
			}
			Map<String, String> sirets = new LinkedHashMap<>();
			group.getValue().forEach(item -> sirets.putIfAbsent(String.valueOf(item.source().dossier().getSIRET()), name(item.source())));
			if (sirets.size() > 1) {
				problems.add(error(first.source(), first.source().dossier(), IssueCodes.DEPOT_SIRET, "l'ANS " + ans
						+ " est déposé avec plusieurs SIRET " + sirets + " : un fichier ne porte qu'un SIRET"));
			}
		}
	}

	/** A number identifies one request of the vendor: not twice in this deposit, not again after an earlier one. */
	private void checkNumbers(Map<Key, List<Item>> groups, Map<String, Map<String, String>> deposited) {
		for (Map.Entry<Key, List<Item>> group : groups.entrySet()) {
			String ans = group.getKey().numeroAns();
			Map<String, Item> numbers = new HashMap<>();
			Map<String, String> earlier = deposited.getOrDefault(ans, Map.of());
			for (Item item : group.getValue()) {
				String numero = item.demande().getNumeroEditeur();
				if (numero == null) {
					continue;
				}
				Item previous = numbers.putIfAbsent(numero, item);
				if (previous != null) {
					problems.add(error(item.source(), item.demande(), IssueCodes.DEPOT_NUMERO_DOUBLE, "demande " + numero
							+ " : numeroEditeur porté aussi par une autre demande déposée ensemble pour l'ANS " + ans
							+ (previous.source() == item.source() ? "" : " (" + name(previous.source()) + ")") + " : chaque demande a son numéro"));
				} else if (earlier.containsKey(numero)) {
					String file = earlier.get(numero);
					problems.add(new Issue(Severity.ERROR, IssueCodes.DEPOT_NUMERO_DEPOSE, "demande " + numero
							+ " : ce numeroEditeur a déjà été déposé pour l'ANS " + ans + " dans " + file
							+ " ; une nouvelle demande (ou une demande rejetée) prend un nouveau numéro", item.demande(),
							SegurPackage.Literals.DEMANDE__NUMERO_EDITEUR, -1, SourceLocation.UNKNOWN, List.of(file)));
				}
			}
		}
	}

	/** numeroAns → numeroEditeur → file, from the manifests of the output folder. */
	private Map<String, Map<String, String>> depositedNumbers() {
		Map<String, Map<String, String>> numbers = new HashMap<>();
		try {
			for (DepositResult.File file : Manifest.history(options.outputDirectory())) {
				for (DepositResult.Request request : file.requests()) {
					numbers.computeIfAbsent(file.numeroAns(), a -> new HashMap<>()).putIfAbsent(request.numeroEditeur(), file.name());
				}
			}
		} catch (IOException e) {
			problems.add(Issue.error(IssueCodes.DEPOT_DOSSIER, "dossier de dépôt " + options.outputDirectory()
					+ " illisible (les dépôts précédents n'ont pas pu être lus) : " + e.getClass().getSimpleName(), SourceLocation.UNKNOWN));
		}
		return numbers;
	}

	private List<DepositPlan.Piece> pieces(Item item) {
		List<DepositPlan.Piece> list = new ArrayList<>();
		Set<String> names = new HashSet<>();
		for (PieceJustificative piece : item.demande().getPiecesJustificatives()) {
			DepositPlan.Piece checked = check(item, piece, names);
			if (checked != null) {
				list.add(checked);
			}
		}
		return list;
	}

	private DepositPlan.Piece check(Item item, PieceJustificative piece, Set<String> names) {
		String where = "demande " + item.demande().getNumeroEditeur() + ", pièce " + Echo.quote(piece.getNomFichier()) + " : ";
		if (piece.getChemin() == null || piece.getChemin().isBlank()) {
			problems.add(new Issue(Severity.WARNING, IssueCodes.DEPOT_PIECE_ABSENTE, where
					+ "aucun fichier joint ; à fournir à part", piece, null, -1, SourceLocation.UNKNOWN));
			return null;
		}
		String name = piece.getNomFichier();
		if (!PieceFiles.isSafeName(name)) {
			problems.add(error(item.source(), piece, IssueCodes.PJ_FICHIER_NOM, where + "ce nom ne peut pas être un nom de fichier du dépôt"
					+ " (lettres, chiffres, . _ -)"));
			return null;
		}
		if (!names.add(name)) {
			problems.add(error(item.source(), piece, IssueCodes.DEPOT_PIECE_DOUBLE, where + "deux pièces de la demande portent ce nom"));
			return null;
		}
		PieceFiles.Located located = PieceFiles.locate(piece.getChemin(), item.source().directory(), options.piecesOutsideAllowed());
		if (located.problem() != null) {
			problems.add(error(item.source(), piece, located.problem().code(), where + located.problem().message()));
			return null;
		}
		Path file = located.file();
		PieceFiles.Problem problem = PieceFiles.check(piece.getChemin(), file, piece.isSetFormatFichier() ? piece.getFormatFichier() : null);
		if (problem != null) {
			problems.add(error(item.source(), piece, problem.code(), where + problem.message()));
			return null;
		}
		try {
			return new DepositPlan.Piece(name, file, Files.size(file));
		} catch (IOException e) {
			problems.add(error(item.source(), piece, IssueCodes.PJ_FICHIER_ABSENT, where + "fichier joint " + Echo.quote(piece.getChemin())
					+ " illisible"));
			return null;
		}
	}

	/**
	 * The highest NNN of the artefacts of JSON-&lt;ans&gt;-&lt;day&gt;-NNN already in the folder (its JSON file,
	 * manifest, zips, pieces folder: a deposit is numbered after all of them), 0 when none; null after
	 * reporting that the folder cannot be listed (never a guess that could overwrite).
	 */
	private Integer existingNumber(String ans, String day) {
		Pattern pattern = Pattern.compile("JSON-" + Pattern.quote(ans) + "-" + day + "-(\\d{3})(?:\\.json|" + Pattern.quote(Manifest.SUFFIX)
				+ "|\\.zip|-\\d+\\.zip)?");
		int highest = 0;
		Path directory = options.outputDirectory();
		if (!Files.exists(directory)) {
			return 0;
		}
		try (DirectoryStream<Path> files = Files.newDirectoryStream(directory)) {
			for (Path file : files) {
				Matcher matcher = pattern.matcher(file.getFileName().toString());
				if (matcher.matches()) {
					highest = Math.max(highest, Integer.parseInt(matcher.group(1)));
				}
			}
			return highest;
		} catch (IOException | RuntimeException e) {
			problems.add(Issue.error(IssueCodes.DEPOT_DOSSIER, "dossier de dépôt " + directory + " illisible : les fichiers déjà déposés ne"
					+ " peuvent pas être comptés, rien n'est écrit (" + e.getClass().getSimpleName() + ")", SourceLocation.UNKNOWN));
			return null;
		}
	}

	/** An error about a model object of a source: the caller names the source's file from the object. */
	private static Issue error(Deposit.Source source, EObject target, String code, String message) {
		return new Issue(Severity.ERROR, code, message, target, null, -1, SourceLocation.UNKNOWN);
	}

	private static String name(Deposit.Source source) {
		return source.name() != null ? source.name() : source.dossier().getTypeLogiciel() + " ANS " + source.dossier().getNumeroAns();
	}
}
